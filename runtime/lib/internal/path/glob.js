'use strict';

// Glob matching for path.matchesGlob(), with the semantics Node 24 gives it (its bundled minimatch with the options
// windowsPathsNoEscape, nonegate, nocomment, optimizationLevel 2, case-sensitive on Linux):
// - '\' in a pattern is a separator, never an escape; '!' and '#' at the start are ordinary characters;
// - braces expand first: {a,b}, nested, {1..10}, {01..10}, {a..e}, with steps; '{x}' and '${...}' stay literal;
// - '**' as a whole segment matches any number of segments, but never '.', '..' or a name starting with '.';
// - '*', '?', [classes] (with POSIX [:classes:]), and the extglobs @() ?() *() +() !() work within a segment and
//   never match a leading '.' unless the pattern spells it out;
// - '.' and '..' segments and empty segments are simplified away in the pattern and in the path alike.
// Each segment with wildcards becomes a regular expression; the rest is plain comparison.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  MathAbs,
  MathMax,
  NumberParseInt,
  RegExp,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolSplit,
  SafeSet,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  TypeError,
} = primordials;

const GLOBSTAR = 0;
const driveRoot = /^[a-z]:$/i;

// ---------------------------------------------------------------------------------------------------------------
// Brace expansion, as bash (and the brace-expansion package minimatch uses) does it.

// The first '{' that has a matching '}', as [open, close]; when the outermost '{' never closes, the leftmost pair
// that does close.
function findBraces(str) {
  const first = StringPrototypeIndexOf(str, '{');
  if (first === -1 || StringPrototypeIndexOf(str, '}', first + 1) === -1) return undefined;
  const opens = [];
  let best;
  for (let i = first; i < str.length; i++) {
    const c = str[i];
    if (c === '{') {
      ArrayPrototypePush(opens, i);
    } else if (c === '}' && opens.length > 0) {
      const open = ArrayPrototypePop(opens);
      if (opens.length === 0) return [open, i];
      if (best === undefined || open < best[0]) best = [open, i];
    }
  }
  return best;
}

// Splits a brace body at its commas, except those inside the first balanced pair of braces (and, recursively,
// inside the first pair of what follows it).
function splitOptions(body) {
  const pair = findBraces(body);
  if (pair === undefined) return StringPrototypeSplit(body, ',');
  const parts = StringPrototypeSplit(StringPrototypeSlice(body, 0, pair[0]), ',');
  parts[parts.length - 1] += StringPrototypeSlice(body, pair[0], pair[1] + 1);
  const post = StringPrototypeSlice(body, pair[1] + 1);
  if (post.length > 0) {
    const postParts = splitOptions(post);
    parts[parts.length - 1] += postParts[0];
    for (let i = 1; i < postParts.length; i++) ArrayPrototypePush(parts, postParts[i]);
  }
  return parts;
}

const numericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/;
const alphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/;

function sequence(body, numeric) {
  const bounds = StringPrototypeSplit(body, '..');
  const out = [];
  const x = numeric ? NumberParseInt(bounds[0], 10) : StringPrototypeCharCodeAt(bounds[0], 0);
  const y = numeric ? NumberParseInt(bounds[1], 10) : StringPrototypeCharCodeAt(bounds[1], 0);
  const step = bounds.length === 3 ? MathMax(MathAbs(NumberParseInt(bounds[2], 10)), 1) : 1;
  // Zero padding when either bound is written with leading zeros: '{01..10}'.
  const padded = numeric && (RegExpPrototypeExec(/^-?0\d/, bounds[0]) !== null ||
                             RegExpPrototypeExec(/^-?0\d/, bounds[1]) !== null);
  const width = MathMax(bounds[0].length, bounds[1].length);
  const down = y < x;
  for (let i = x; down ? i >= y : i <= y; i += down ? -step : step) {
    if (!numeric) {
      const c = StringFromCharCode(i);
      ArrayPrototypePush(out, c === '\\' ? '' : c);
      continue;
    }
    let s = `${i}`;
    if (padded) {
      const negative = i < 0;
      const digits = negative ? StringPrototypeSlice(s, 1) : s;
      const need = width - s.length;
      if (need > 0) s = `${negative ? '-' : ''}${StringPrototypeRepeat('0', need)}${digits}`;
    }
    ArrayPrototypePush(out, s);
  }
  return out;
}

function expandBraces(str, top) {
  const pair = findBraces(str);
  if (pair === undefined) return [str];
  const pre = StringPrototypeSlice(str, 0, pair[0]);
  const body = StringPrototypeSlice(str, pair[0] + 1, pair[1]);
  const post = StringPrototypeSlice(str, pair[1] + 1);
  const posts = post.length > 0 ? expandBraces(post, false) : [''];
  const out = [];

  if (StringPrototypeEndsWith(pre, '$')) {
    for (let k = 0; k < posts.length; k++) ArrayPrototypePush(out, `${pre}{${body}}${posts[k]}`);
    return out;
  }

  const isNumeric = RegExpPrototypeExec(numericSequence, body) !== null;
  const isAlpha = !isNumeric && RegExpPrototypeExec(alphaSequence, body) !== null;
  const isSequence = isNumeric || isAlpha;
  if (!isSequence && !StringPrototypeIncludes(body, ',')) {
    // Not an expansion: these braces are literal, but a later '}' may still close the '{'.
    if (RegExpPrototypeExec(/,(?!,).*\}/, post) !== null) {
      const retried = expandBraces(`${pre}{${body}${kClose}${post}`, false);
      for (let i = 0; i < retried.length; i++) retried[i] = restoreClose(retried[i]);
      return retried;
    }
    return [str];
  }

  let options;
  if (isSequence) {
    options = sequence(body, isNumeric);
  } else {
    const parts = splitOptions(body);
    if (parts.length === 1) {
      // '{a,{b}}' style: a single option keeps its braces.
      const inner = expandBraces(parts[0], false);
      for (let k = 0; k < inner.length; k++) inner[k] = `{${inner[k]}}`;
      const result = [];
      for (let j = 0; j < inner.length; j++) {
        for (let k = 0; k < posts.length; k++) ArrayPrototypePush(result, pre + inner[j] + posts[k]);
      }
      return result;
    }
    options = [];
    for (let j = 0; j < parts.length; j++) {
      const expanded = expandBraces(parts[j], false);
      for (let k = 0; k < expanded.length; k++) ArrayPrototypePush(options, expanded[k]);
    }
  }
  for (let j = 0; j < options.length; j++) {
    for (let k = 0; k < posts.length; k++) {
      const expansion = pre + options[j] + posts[k];
      // Empty words vanish from the top-level result of an option list, as in bash.
      if (!top || isSequence || expansion) ArrayPrototypePush(out, expansion);
    }
  }
  return out;
}

// Stands for a '}' that is known not to close anything while the rest is expanded (a noncharacter, which no
// sensible pattern contains).
const kClose = '\uFDD0';

function restoreClose(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s[i] === kClose ? '}' : s[i];
  return out;
}

function braceExpand(pattern) {
  // '{}' at the very start is literal.
  if (StringPrototypeStartsWith(pattern, '{}')) {
    const rest = expandBraces(StringPrototypeSlice(pattern, 2), true);
    for (let i = 0; i < rest.length; i++) rest[i] = `{}${rest[i]}`;
    return rest;
  }
  if (RegExpPrototypeExec(/\{(?:(?!\{).)*\}/, pattern) === null) return [pattern];
  return expandBraces(pattern, true);
}

// ---------------------------------------------------------------------------------------------------------------
// Segments

function splitSegments(path, windows) {
  const parts = RegExpPrototypeSymbolSplit(/\/+/, path);
  // On Windows a leading '//name' is a UNC root: keep both empty segments.
  if (windows && RegExpPrototypeExec(/^\/\/[^/]+/, path) !== null) ArrayPrototypeSplice(parts, 0, 0, '');
  return parts;
}

// Drops '.' and empty segments (except a leading one and the last one) and folds 'name/..'; for patterns, also
// '**/..' followed by two names becomes two patterns, one without each of the two. In a Windows path (not a
// pattern) a drive ('c:') is never folded away by the '..' after it.
function simplify(parts, isPattern, out, windows) {
  let changed;
  do {
    changed = false;
    if (isPattern) {
      for (let gs = ArrayPrototypeIndexOf(parts, '**'); gs !== -1; gs = ArrayPrototypeIndexOf(parts, '**', gs + 1)) {
        let end = gs;
        while (parts[end + 1] === '**') end++;
        if (end > gs) ArrayPrototypeSplice(parts, gs + 1, end - gs);
        const p = parts[gs + 2];
        const p2 = parts[gs + 3];
        if (parts[gs + 1] !== '..' || !p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') continue;
        changed = true;
        ArrayPrototypeSplice(parts, gs, 1);
        const other = ArrayPrototypeSlice(parts);
        other[gs] = '**';
        ArrayPrototypePush(out, other);
        gs--;
      }
    }
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue;
      if (p === '.' || p === '') {
        changed = true;
        ArrayPrototypeSplice(parts, i, 1);
        i--;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      changed = true;
      ArrayPrototypePop(parts);
    }
    for (let dd = ArrayPrototypeIndexOf(parts, '..', 1); dd !== -1; dd = ArrayPrototypeIndexOf(parts, '..', dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && (isPattern ? p !== '**' : !windows || RegExpPrototypeExec(driveRoot, p) === null)) {
        changed = true;
        if (isPattern && dd === 1 && parts[dd + 1] === '**') {
          ArrayPrototypeSplice(parts, dd - 1, 2, '.');
        } else {
          ArrayPrototypeSplice(parts, dd - 1, 2);
        }
        if (parts.length === 0) ArrayPrototypePush(parts, '');
        dd -= 2;
        if (dd < 0) dd = 0;
      }
    }
  } while (changed);
  return parts;
}

function simplifyPatterns(list) {
  for (let i = 0; i < list.length; i++) simplify(list[i], true, list, false);
  return list;
}

// ---------------------------------------------------------------------------------------------------------------
// Segment patterns to regular expressions

const posixClasses = {
  __proto__: null,
  '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
  '[:alpha:]': ['\\p{L}\\p{Nl}', true],
  '[:ascii:]': ['\\x00-\\x7f', false],
  '[:blank:]': ['\\p{Zs}\\t', true],
  '[:cntrl:]': ['\\p{Cc}', true],
  '[:digit:]': ['\\p{Nd}', true],
  '[:graph:]': ['\\p{Z}\\p{C}', true, true],
  '[:lower:]': ['\\p{Ll}', true],
  '[:print:]': ['\\p{C}', true],
  '[:punct:]': ['\\p{P}', true],
  '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
  '[:upper:]': ['\\p{Lu}', true],
  '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
  '[:xdigit:]': ['A-Fa-f0-9', false],
};

const regexpSpecial = new SafeSet(['-', '[', ']', '{', '}', '(', ')', '*', '+', '?', '.', ',', '\\', '^', '$', '|',
  '#', ' ', '/']);

function escapeRegExp(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) out += regexpSpecial.has(s[i]) ? `\\${s[i]}` : s[i];
  return out;
}

function escapeInClass(c) {
  return c === '[' || c === ']' || c === '\\' || c === '-' || c === '^' ? `\\${c}` : c;
}

// Parses the class starting at pattern[pos] === '['. Returns [source, usesUnicode, consumed, magic, char] or
// undefined when it is not a class (no closing ']'), in which case '[' is literal. A class of one plain character
// is not magic: it stands for `char`.
function parseClass(pattern, pos) {
  let i = pos + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  const ranges = [];
  const negated = [];
  let unicode = false;
  let sawStart = false;
  let rangeStart = '';
  let closed = false;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === ']' && sawStart) {
      closed = true;
      i++;
      break;
    }
    sawStart = true;
    if (c === '[' && pattern[i + 1] === ':') {
      const end = StringPrototypeIndexOf(pattern, ':]', i + 2);
      if (end !== -1) {
        const name = StringPrototypeSlice(pattern, i, end + 2);
        const cls = posixClasses[name];
        // An unknown name is no class: its '[' and ':' are ordinary members.
        if (cls !== undefined) {
          if (cls[2]) ArrayPrototypePush(negated, cls[0]);
          else ArrayPrototypePush(ranges, cls[0]);
          unicode = unicode || cls[1];
          i = end + 2;
          continue;
        }
      }
    }
    if (rangeStart !== '') {
      if (c > rangeStart) {
        ArrayPrototypePush(ranges, `${escapeInClass(rangeStart)}-${escapeInClass(c)}`);
      } else if (c === rangeStart) {
        ArrayPrototypePush(ranges, escapeInClass(c));
      }
      rangeStart = '';
      i++;
      continue;
    }
    if (pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
      rangeStart = c;
      i += 2;
      continue;
    }
    ArrayPrototypePush(ranges, escapeInClass(c));
    i++;
  }
  if (!closed) return undefined;
  const consumed = i - pos;
  if (ranges.length === 0 && negated.length === 0) return ['$.', false, consumed, true];
  if (negated.length === 0 && ranges.length === 1 && !negate && RegExpPrototypeExec(/^\\?.$/, ranges[0]) !== null) {
    const c = ranges[0].length === 2 ? ranges[0][1] : ranges[0];
    return [escapeRegExp(c), false, consumed, false, c];
  }
  const sranges = `[${negate ? '^' : ''}${ArrayPrototypeJoin(ranges, '')}]`;
  const snegs = `[${negate ? '' : '^'}${ArrayPrototypeJoin(negated, '')}]`;
  let source;
  if (ranges.length > 0 && negated.length > 0) source = `(${sranges}|${snegs})`;
  else if (ranges.length > 0) source = sranges;
  else source = snegs;
  return [source, unicode, consumed, true];
}

const QMARK = '[^/]';
const STAR = `${QMARK}*?`;
const NO_DOT = '(?!\\.)';
const NO_TRAVERSAL = '(?!(?:^|\\/)\\.\\.?(?:$|\\/))';

// A segment pattern is parsed into nodes: { literal, source, text } for plain text (`source` is its regexp form),
// { literal: false, source } for wildcards and classes, { type, alternatives } for extglobs. These two flags
// record whether the segment needs a regexp at all, and whether that regexp needs the 'u' flag.
let sawMagic = false;
let sawUnicode = false;

function parseNodes(pattern, pos, inExt, out) {
  let literal = '';
  const flush = () => {
    if (literal !== '') {
      ArrayPrototypePush(out, { literal: true, source: escapeRegExp(literal), text: literal });
      literal = '';
    }
  };
  // After a '[' that never closes, the rest of the pattern is inside it as far as extglobs are concerned: no
  // extglob starts there, and '|' and ')' end nothing.
  let openBracket = false;
  let i = pos;
  while (i < pattern.length) {
    const c = pattern[i];
    if (inExt && !openBracket && (c === '|' || c === ')')) break;
    if (!openBracket && (c === '@' || c === '?' || c === '*' || c === '+' || c === '!') && pattern[i + 1] === '(') {
      const node = { type: c, alternatives: [] };
      let j = i + 2;
      let closed = false;
      for (;;) {
        const alt = [];
        j = parseNodes(pattern, j, true, alt);
        ArrayPrototypePush(node.alternatives, alt);
        if (j >= pattern.length) break;
        if (pattern[j] === ')') {
          closed = true;
          j++;
          break;
        }
        j++;
      }
      if (closed) {
        flush();
        sawMagic = true;
        ArrayPrototypePush(out, node);
        i = j;
        continue;
      }
      literal += c;
      i++;
      continue;
    }
    if (c === '*') {
      flush();
      sawMagic = true;
      // A run of stars is one star, but a star right before '(' starts an extglob.
      while (pattern[i + 1] === '*' && pattern[i + 2] !== '(') i++;
      ArrayPrototypePush(out, { literal: false, source: STAR });
      i++;
      continue;
    }
    if (c === '?') {
      flush();
      sawMagic = true;
      ArrayPrototypePush(out, { literal: false, source: QMARK });
      i++;
      continue;
    }
    if (c === '[') {
      const cls = parseClass(pattern, i);
      if (cls !== undefined) {
        flush();
        if (cls[3]) sawMagic = true;
        if (cls[1]) sawUnicode = true;
        ArrayPrototypePush(out, cls[3] ? { literal: false, source: cls[0] } :
          { literal: true, source: cls[0], text: cls[4] });
        i += cls[2];
        continue;
      }
      openBracket = true;
    }
    literal += c;
    i++;
  }
  flush();
  return i;
}

// Regexp source for `nodes`, followed by `rest` (the source of what comes after them, needed by '!(...)' whose
// lookahead must see the rest of the segment). `atStart`: the nodes begin the segment.
function toSource(nodes, atStart, rest) {
  let src = '';
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.type === undefined) {
      src += node.source;
      continue;
    }
    // Still at the start of the segment when only negations come before.
    let first = atStart;
    for (let b = 0; b < k && first; b++) first = nodes[b].type === '!';
    const following = ArrayPrototypeSlice(nodes, k + 1);
    // In the lookahead of a leading negation, a lone trailing star must match something ('!(a)*' matches 'a').
    const after = node.type === '!' && first && following.length === 1 && following[0].source === STAR &&
      following[0].type === undefined ? `${QMARK}+?` : toSource(following, false, rest);
    // An extglob that both starts (after negations only) and ends the segment ignores its empty alternatives;
    // an '@' left with none matches nothing.
    const whole = k > 0 && first && k === nodes.length - 1 && atStart && rest === '' && node.type !== '!';
    const alts = [];
    for (let a = 0; a < node.alternatives.length; a++) {
      if (whole && node.alternatives[a].length === 0) continue;
      let s = toSource(node.alternatives[a], first, node.type === '!' ? after + rest : '');
      // At the start of the segment each alternative guards against a leading dot on its own.
      if (first && node.type !== '!') s = startGuard(s) + s;
      ArrayPrototypePush(alts, s);
    }
    const body = ArrayPrototypeJoin(alts, '|');
    if (whole && alts.length === 0 && node.type === '@') {
      src += '(?!)';
    } else if (node.type === '!' && extglobIsEmpty(node)) {
      // '!()' must match something, where '!(x)' may match nothing.
      src += `${first ? NO_DOT : ''}${QMARK}+?`;
    } else if (node.type === '!') {
      src += `(?:(?!(?:${body})${after}${rest}$)${first ? NO_DOT : ''}${STAR})`;
    } else if (node.type === '@') {
      src += `(?:${body})`;
    } else if (node.type === '?') {
      src += `(?:${body})?`;
    } else if (node.type === '+') {
      src += `(?:${body})+`;
    } else {
      src += `(?:${body})*`;
    }
  }
  return src;
}

// What must precede a segment's source so that it does not match a leading '.' (when it starts with a wildcard
// or class), nor '.' or '..' (when it starts with one or two literal dots and then a wildcard or class).
function startGuard(src) {
  if (StringPrototypeStartsWith(src, '\\.\\.')) return src[4] === '[' ? NO_TRAVERSAL : '';
  if (StringPrototypeStartsWith(src, '\\.')) return src[2] === '[' ? NO_TRAVERSAL : '';
  return src[0] === '[' ? NO_DOT : '';
}

function extglobIsEmpty(node) {
  return node.alternatives.length === 1 && node.alternatives[0].length === 0;
}

function unescapeLiteral(nodes) {
  let s = '';
  for (let i = 0; i < nodes.length; i++) s += nodes[i].text;
  return s;
}

// The matcher for one segment: GLOBSTAR, a string to compare, or a RegExp.
function compileSegment(segment) {
  if (segment === '**') return GLOBSTAR;
  if (segment === '') return '';
  // '*' alone needs at least one character, which the general form would not require.
  if (RegExpPrototypeExec(/^\*+$/, segment) !== null) return { star: true, re: undefined, glob: segment };
  sawMagic = false;
  sawUnicode = false;
  const nodes = [];
  parseNodes(segment, 0, false, nodes);
  if (!sawMagic) return unescapeLiteral(nodes);
  // An extglob with nothing in it that is the whole segment ('@()') is taken literally; '!()' is not.
  if (nodes.length === 1 && nodes[0].type !== undefined && nodes[0].type !== '!' &&
      extglobIsEmpty(nodes[0])) {
    return segment;
  }
  let src = toSource(nodes, true, '');
  src = startGuard(src) + src;
  return { star: false, re: new RegExp(`^${src}$`, sawUnicode ? 'u' : ''), glob: segment };
}

function testSegment(matcher, name) {
  if (typeof matcher === 'string') return matcher === name;
  if (matcher.star === true) return name.length > 0 && name[0] !== '.';
  return RegExpPrototypeExec(matcher.re, name) !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

function isDotted(name) {
  return name === '.' || name === '..' || name[0] === '.';
}

function noneDotted(file, from, to) {
  for (let k = from; k < to; k++) if (isDotted(file[k])) return false;
  return true;
}

function hasGlobstar(pattern, from) {
  for (let k = from; k < pattern.length; k++) if (pattern[k] === GLOBSTAR) return true;
  return false;
}

// `lastGlobstar`: index of the last '**' of a pattern that has more than one, else -1; Node never lets what
// follows that last '**' match a dotted name ('a/.x' fails '**/a/**/.x' but passes 'a/**/.x').
function matchParts(file, fi, pattern, pi, lastGlobstar) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    if (p === GLOBSTAR) {
      if (pi === lastGlobstar && !noneDotted(file, fi, fl)) return false;
      if (pi + 1 === pl) return noneDotted(file, fi, fl);
      if (!hasGlobstar(pattern, pi + 1)) {
        // Only '**' is left to place: what follows it lines up with the end of the path. Node tries the very end
        // first, trailing slash included, and keeps that placement if it fits, even when the names the '**'
        // would then have to cover rule it out ('.a/' fails '**/?(x)*', whose '?(x)*' also matches '').
        const tail = pl - pi - 1;
        const atEnd = fl - tail;
        if (atEnd >= fi && matchTail(file, atEnd, pattern, pi + 1)) return noneDotted(file, fi, atEnd);
        const beforeSlash = atEnd - 1;
        if (file[fl - 1] === '' && beforeSlash >= fi && matchTail(file, beforeSlash, pattern, pi + 1)) {
          return noneDotted(file, fi, beforeSlash);
        }
        return false;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchParts(file, fr, pattern, pi + 1, lastGlobstar)) return true;
        if (isDotted(file[fr])) break;
      }
      return false;
    }
    if (!testSegment(p, file[fi])) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // Only a trailing slash may be left over in the path.
  return fi === fl - 1 && file[fi] === '';
}

// Segment by segment, without globstars, from file[fi] and pattern[pi] on.
function matchTail(file, fi, pattern, pi) {
  for (; pi < pattern.length; fi++, pi++) {
    if (!testSegment(pattern[pi], file[fi])) return false;
  }
  return true;
}

// Windows drive letters compare case-insensitively, and '//?/C:/x' matches 'C:/x' and the other way round.
// Returns the path and pattern segments to match instead, or undefined when nothing changes.
function matchWindowsRoots(file, pattern) {
  const fileDrive = typeof file[0] === 'string' && RegExpPrototypeExec(driveRoot, file[0]) !== null;
  const fileUnc = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' &&
    RegExpPrototypeExec(driveRoot, file[3]) !== null;
  const patternDrive = typeof pattern[0] === 'string' && RegExpPrototypeExec(driveRoot, pattern[0]) !== null;
  const patternUnc = !patternDrive && pattern[0] === '' && pattern[1] === '' && pattern[2] === '?' &&
    typeof pattern[3] === 'string' && RegExpPrototypeExec(driveRoot, pattern[3]) !== null;
  const fdi = fileUnc ? 3 : fileDrive ? 0 : -1;
  const pdi = patternUnc ? 3 : patternDrive ? 0 : -1;
  if (fdi === -1 || pdi === -1 || StringPrototypeToLowerCase(file[fdi]) !== StringPrototypeToLowerCase(pattern[pdi])) {
    return undefined;
  }
  pattern[pdi] = file[fdi];
  if (pdi > fdi) return [file, ArrayPrototypeSlice(pattern, pdi)];
  if (fdi > pdi) return [ArrayPrototypeSlice(file, fdi), pattern];
  return [file, pattern];
}

function simplifiedFile(parts, windows) {
  const file = simplify(ArrayPrototypeSlice(parts), false, undefined, windows);
  if (file.length === 0) ArrayPrototypePush(file, '');
  return file;
}

const kMaxPatternLength = 64 * 1024;

function matches(path, pattern, windows) {
  if (pattern.length > kMaxPatternLength) throw new TypeError('pattern is too long');
  if (pattern === '') return path === '';
  let normalized = '';
  for (let i = 0; i < pattern.length; i++) normalized += pattern[i] === '\\' ? '/' : pattern[i];

  const expanded = braceExpand(normalized);
  const unique = [];
  for (let i = 0; i < expanded.length; i++) {
    if (!ArrayPrototypeIncludes(unique, expanded[i])) ArrayPrototypePush(unique, expanded[i]);
  }
  const partsList = [];
  for (let i = 0; i < unique.length; i++) ArrayPrototypePush(partsList, splitSegments(unique[i], windows));
  simplifyPatterns(partsList);

  if (windows) {
    let converted = '';
    for (let i = 0; i < path.length; i++) converted += path[i] === '\\' ? '/' : path[i];
    path = converted;
  }
  const rawFile = splitSegments(path, windows);
  const file = simplifiedFile(rawFile, windows);

  for (let i = 0; i < partsList.length; i++) {
    const source = partsList[i];
    let compiled = [];
    for (let k = 0; k < source.length; k++) ArrayPrototypePush(compiled, compileSegment(source[k]));
    // On Windows the '?' of a '//?/C:' root is not a wildcard.
    if (windows && source[0] === '' && source[1] === '' && source[2] === '?' && typeof compiled[3] === 'string' &&
        RegExpPrototypeExec(driveRoot, compiled[3]) !== null) {
      compiled[2] = '?';
    }
    let f = file;
    if (windows) {
      // Drive roots are compared on the path as given, before '..' and '.' are folded.
      const roots = matchWindowsRoots(rawFile, compiled);
      if (roots !== undefined) {
        f = simplifiedFile(roots[0], windows);
        compiled = roots[1];
      }
    }
    let globstars = 0;
    let lastGlobstar = -1;
    for (let k = 0; k < compiled.length; k++) {
      if (compiled[k] === GLOBSTAR) {
        globstars++;
        lastGlobstar = k;
      }
    }
    if (matchParts(f, 0, compiled, 0, globstars > 1 ? lastGlobstar : -1)) return true;
  }
  return false;
}

module.exports = { matches };
