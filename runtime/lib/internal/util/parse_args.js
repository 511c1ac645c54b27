'use strict';

// util.parseArgs: command-line arguments to { values, positionals[, tokens] }.
//
// Parsing runs in two passes. The first turns the arguments into tokens (options with their raw spelling and any
// value, positionals, the '--' terminator), expanding short option groups (-abc) and reading option values the
// way the POSIX utility conventions describe: a string option takes the next argument as its value whatever it
// looks like. The second pass checks the tokens against the configuration (in strict mode) and stores the values;
// defaults fill what is left.

const {
  ArrayPrototypeForEach,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshiftApply,
  ObjectEntries,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeCharAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

// Own properties only: an option named "constructor" or "toString" must not find Object.prototype's.
function getOwn(object, key) {
  return ObjectPrototypeHasOwnProperty(object, key) ? object[key] : undefined;
}

function optionsGetOwn(options, longOption, key) {
  if (ObjectPrototypeHasOwnProperty(options, longOption)) return getOwn(options[longOption], key);
  return undefined;
}

// The arguments after the executable and the script, or after the executable alone when the code came from the
// command line (-e, -p) or standard input.
function getMainArgs() {
  const { argv, execArgv } = process;
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i];
    if (flag === '-e' || flag === '--eval' || flag === '-p' || flag === '--print' || flag === '-pe' ||
        StringPrototypeStartsWith(flag, '--eval=') || StringPrototypeStartsWith(flag, '--print=')) {
      return ArrayPrototypeSlice(argv, 1);
    }
  }
  if (process._eval != null) return ArrayPrototypeSlice(argv, 1);
  return ArrayPrototypeSlice(argv, 2);
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') && !StringPrototypeIncludes(arg, '=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') && StringPrototypeIncludes(arg, '=', 3);
}

// A value that looks like an option: probably a forgotten option value, which strict mode reports.
function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function findLongOptionForShort(shortOption, options) {
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    const { 0: longOption, 1: config } = entries[i];
    if (getOwn(config, 'short') === shortOption) return longOption;
  }
  return shortOption;
}

// -abc where -a is not a string option: a group of short options.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// -fVALUE where -f is a string option.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function argsToTokens(args, options, allowNegative) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = ArrayPrototypeSlice(args);
  while (remaining.length > 0) {
    const arg = ArrayPrototypeShift(remaining);
    const nextArg = remaining[0];
    // The parts of an expanded group share the index of the argument they came from.
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    if (arg === '--') {
      ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
      for (let i = 0; i < remaining.length; i++) {
        ArrayPrototypePush(tokens, { kind: 'positional', index: ++index, value: remaining[i] });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && nextArg != null) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) index++;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = StringPrototypeCharAt(arg, i);
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          ArrayPrototypePush(expanded, `-${shortOption}`);
        } else {
          // A string option inside a group takes the rest of the group as its value.
          ArrayPrototypePush(expanded, `-${shortOption}${StringPrototypeSlice(arg, i + 1)}`);
          break;
        }
      }
      ArrayPrototypeUnshiftApply(remaining, expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      ArrayPrototypePush(tokens, optionToken(longOption, `-${shortOption}`, index, StringPrototypeSlice(arg, 2), true));
      continue;
    }

    if (isLoneLongOption(arg)) {
      let longOption = StringPrototypeSlice(arg, 2);
      let value;
      let inlineValue;
      const type = optionsGetOwn(options, longOption, 'type');
      if (type === 'string' && nextArg != null) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      } else if (allowNegative && StringPrototypeStartsWith(longOption, 'no-')) {
        // --no-foo: the token names foo; see isNegated().
        longOption = StringPrototypeSlice(longOption, 3);
      }
      ArrayPrototypePush(tokens, optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) index++;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = StringPrototypeIndexOf(arg, '=');
      const longOption = StringPrototypeSlice(arg, 2, equalIndex);
      const value = StringPrototypeSlice(arg, equalIndex + 1);
      ArrayPrototypePush(tokens, optionToken(longOption, `--${longOption}`, index, value, true));
      continue;
    }

    ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
  }
  return tokens;
}

// A negated option (--no-foo, with allowNegative) is a token named foo spelled --no-foo; no other token's raw
// spelling is "--no-" followed by its name.
function isNegated(token) {
  return token.rawName === `--no-${token.name}`;
}

function checkOptionUsage(config, token) {
  const { options } = config;
  let name = token.name;
  if (isNegated(token)) {
    // An option named no-foo is checked as itself; otherwise foo must be a boolean option.
    if (ObjectPrototypeHasOwnProperty(options, `no-${name}`)) {
      name = `no-${name}`;
    } else if (optionsGetOwn(options, name, 'type') === 'boolean') {
      return;
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  } else if (config.allowNegative && !ObjectPrototypeHasOwnProperty(options, name) &&
      StringPrototypeStartsWith(name, 'no-') &&
      optionsGetOwn(options, StringPrototypeSlice(name, 3), 'type') === 'boolean') {
    // --no-foo=value names the boolean foo in messages.
    name = StringPrototypeSlice(name, 3);
  }
  if (!ObjectPrototypeHasOwnProperty(options, name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
  }
  const short = optionsGetOwn(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = StringPrototypeStartsWith(token.rawName, '--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(longOption, newValue, options, values) {
  // values has a null prototype, but assigning __proto__ would still change it.
  if (longOption === '__proto__') return;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) {
      values[longOption] = [newValue];
    } else {
      ArrayPrototypePush(values[longOption], newValue);
    }
  } else {
    values[longOption] = newValue;
  }
}

function validateOptionConfig(longOption, optionConfig) {
  validateObject(optionConfig, `options.${longOption}`);
  const type = getOwn(optionConfig, 'type');
  validateUnion(type, `options.${longOption}.type`, ['string', 'boolean']);

  if (ObjectPrototypeHasOwnProperty(optionConfig, 'short')) {
    const shortOption = optionConfig.short;
    validateString(shortOption, `options.${longOption}.short`);
    if (shortOption.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
    }
  }

  const multiple = getOwn(optionConfig, 'multiple');
  if (ObjectPrototypeHasOwnProperty(optionConfig, 'multiple')) {
    validateBoolean(multiple, `options.${longOption}.multiple`);
  }

  const defaultValue = getOwn(optionConfig, 'default');
  if (defaultValue !== undefined) {
    const name = `options.${longOption}.default`;
    if (type === 'string') {
      if (multiple) validateStringArray(defaultValue, name);
      else validateString(defaultValue, name);
    } else if (multiple) {
      validateBooleanArray(defaultValue, name);
    } else {
      validateBoolean(defaultValue, name);
    }
  }
}

function parseArgs(config = kEmptyObject) {
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  ArrayPrototypeForEach(ObjectEntries(options), ({ 0: longOption, 1: optionConfig }) => {
    validateOptionConfig(longOption, optionConfig);
  });

  const tokens = argsToTokens(args, options, allowNegative);

  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, isNegated(token) ? false : (token.value ?? true), options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      ArrayPrototypePush(result.positionals, token.value);
    }
  }

  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    const { 0: longOption, 1: optionConfig } = entries[i];
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
