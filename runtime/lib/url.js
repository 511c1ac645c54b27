'use strict';

// url: the legacy API (Url, parse, format, resolve, resolveObject). The WHATWG URL, URLSearchParams,
// domainToASCII/domainToUnicode, fileURLToPath/pathToFileURL and urlToHttpOptions come with the runtime and are
// not exported here yet; format() already accepts WHATWG URL objects (from wherever they come).
//
// The legacy parser has no specification: what it does is whatever Node's does, quirks included, and that is
// what this file reproduces (differential tests in tests/lib/url/).

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  Boolean,
  ErrorCaptureStackTrace,
  FunctionPrototypeCall,
  ObjectKeys,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  decodeURIComponent,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_URL,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { charTable, encodeStr, hexTable } = require('internal/querystring');
const { deprecateCall } = require('internal/util');

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

let idna;
function lazyIdna() {
  idna ??= internalBinding('idna');
  return idna;
}

const CHAR_TAB = 9;
const CHAR_LINE_FEED = 10;
const CHAR_CARRIAGE_RETURN = 13;
const CHAR_SPACE = 32;
const CHAR_DOUBLE_QUOTE = 34;
const CHAR_HASH = 35;
const CHAR_PERCENT = 37;
const CHAR_SINGLE_QUOTE = 39;
const CHAR_FORWARD_SLASH = 47;
const CHAR_COLON = 58;
const CHAR_SEMICOLON = 59;
const CHAR_LEFT_ANGLE_BRACKET = 60;
const CHAR_RIGHT_ANGLE_BRACKET = 62;
const CHAR_QUESTION_MARK = 63;
const CHAR_AT = 64;
const CHAR_LEFT_SQUARE_BRACKET = 91;
const CHAR_BACKWARD_SLASH = 92;
const CHAR_RIGHT_SQUARE_BRACKET = 93;
const CHAR_CIRCUMFLEX_ACCENT = 94;
const CHAR_GRAVE_ACCENT = 96;
const CHAR_LEFT_CURLY_BRACKET = 123;
const CHAR_VERTICAL_LINE = 124;
const CHAR_RIGHT_CURLY_BRACKET = 125;
const CHAR_NO_BREAK_SPACE = 160;
const CHAR_ZERO_WIDTH_NOBREAK_SPACE = 65279;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path without host, protocol or anything else to take apart: '/a/b?c', '//a' (no host unless asked).
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const fileProtocolPattern = /^file:?$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

const hostnameMaxLen = 255;
// Protocols that never have a host, and whose rest is never escaped.
const hostlessProtocol = new SafeSet(['javascript', 'javascript:']);
// Protocols that always have '//' after them.
const slashedProtocol = new SafeSet(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

// What format() leaves unescaped in `auth`: what querystring.escape() keeps, and ':'.
const noEscapeAuth = charTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*:");

// Characters escaped in the part after the host even though encodeURIComponent would not touch some of them.
const autoEscape = { __proto__: null };
{
  const chars = '\t\n\r "\'<>\\^`{|}';
  for (let i = 0; i < chars.length; i++) {
    const code = StringPrototypeCharCodeAt(chars, i);
    autoEscape[code] = hexTable[code];
  }
}

let warnedParse = false;

// DEP0169 is for applications: calls from code under node_modules stay quiet. `entry` is the public function
// the user called, so that the first frame left is the caller's.
function warnParse(entry) {
  if (warnedParse || process.noDeprecation) return;
  const holder = {};
  ErrorCaptureStackTrace(holder, entry);
  const stack = `${holder.stack}`;
  const firstFrame = StringPrototypeIndexOf(stack, '\n    at ');
  if (firstFrame !== -1) {
    const lineEnd = StringPrototypeIndexOf(stack, '\n', firstFrame + 1);
    const frame = StringPrototypeSlice(stack, firstFrame, lineEnd === -1 ? stack.length : lineEnd);
    if (StringPrototypeIncludes(frame, '/node_modules/') || StringPrototypeIncludes(frame, '\\node_modules\\')) return;
  }
  warnedParse = true;
  deprecateCall('`url.parse()` behavior is not standardized and prone to errors that have security ' +
    'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
  'DEP0169');
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  warnParse(urlParse);
  return parseUrl(url, parseQueryString, slashesDenoteHost);
}

function parseUrl(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isWhitespace(code) {
  return code <= CHAR_SPACE || code === CHAR_NO_BREAK_SPACE || code === CHAR_ZERO_WIDTH_NOBREAK_SPACE;
}

// Trims leading and trailing whitespace and turns backslashes into slashes up to the first '?' or '#'. Also
// reports whether the input has a '#' and (before '?' or '#') an '@', through these two variables.
let sawHash = false;
let sawAt = false;
function prepare(url) {
  const len = url.length;
  let start = 0;
  while (start < len && isWhitespace(StringPrototypeCharCodeAt(url, start))) start++;
  let end = len;
  while (end > start && isWhitespace(StringPrototypeCharCodeAt(url, end - 1))) end--;
  sawHash = false;
  sawAt = false;
  let out = '';
  let last = start;
  let i = start;
  for (; i < end; i++) {
    const code = StringPrototypeCharCodeAt(url, i);
    if (code === CHAR_AT) {
      sawAt = true;
    } else if (code === CHAR_HASH) {
      sawHash = true;
      break;
    } else if (code === CHAR_QUESTION_MARK) {
      break;
    } else if (code === CHAR_BACKWARD_SLASH) {
      out += `${StringPrototypeSlice(url, last, i)}/`;
      last = i + 1;
    }
  }
  if (!sawHash) {
    for (; i < end; i++) {
      if (StringPrototypeCharCodeAt(url, i) === CHAR_HASH) {
        sawHash = true;
        break;
      }
    }
  }
  return last === start ? StringPrototypeSlice(url, start, end) : out + StringPrototypeSlice(url, last, end);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let rest = prepare(url);

  if (!slashesDenoteHost && !sawHash && !sawAt) {
    const simplePath = RegExpPrototypeExec(simplePathPattern, rest);
    if (simplePath !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = StringPrototypeSlice(this.search, 1);
        if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = RegExpPrototypeExec(protocolPattern, rest);
  let lowerProto;
  if (proto !== null) {
    proto = proto[0];
    lowerProto = StringPrototypeToLowerCase(proto);
    this.protocol = lowerProto;
    rest = StringPrototypeSlice(rest, proto.length);
  }

  // '//' starts a host after a protocol, when asked, or when it is followed by user@host.
  let slashes;
  if (slashesDenoteHost || proto || RegExpPrototypeExec(hostPattern, rest) !== null) {
    slashes = StringPrototypeCharCodeAt(rest, 0) === CHAR_FORWARD_SLASH &&
      StringPrototypeCharCodeAt(rest, 1) === CHAR_FORWARD_SLASH;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = StringPrototypeSlice(rest, 2);
      this.slashes = true;
    }
  }

  // Node compares the protocol as written here, so 'HTTP:x' gets a host where 'http:x' does not.
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = this.parseAuthority(rest, url);
  }

  if (!hostlessProtocol.has(lowerProto)) rest = escapeRest(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === CHAR_HASH) {
      this.hash = StringPrototypeSlice(rest, i);
      hashIdx = i;
      break;
    } else if (code === CHAR_QUESTION_MARK && questionIdx === -1) {
      questionIdx = i;
    }
  }
  if (questionIdx !== -1) {
    const searchEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = StringPrototypeSlice(rest, questionIdx, searchEnd);
    this.query = StringPrototypeSlice(rest, questionIdx + 1, searchEnd);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = questionIdx !== -1 ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = StringPrototypeSlice(rest, 0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes auth, host, port and hostname from the start of `rest` and returns what follows them.
Url.prototype.parseAuthority = function parseAuthority(rest, url) {
  // The host ends at the first '/', '?' or '#'. Before the last '@' (that comes before those) is the auth, which
  // may contain anything; characters that can never be in a host end it where they appear after that '@'.
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (StringPrototypeCharCodeAt(rest, i)) {
      case CHAR_SPACE:
      case CHAR_DOUBLE_QUOTE:
      case CHAR_PERCENT:
      case CHAR_SINGLE_QUOTE:
      case CHAR_SEMICOLON:
      case CHAR_LEFT_ANGLE_BRACKET:
      case CHAR_RIGHT_ANGLE_BRACKET:
      case CHAR_BACKWARD_SLASH:
      case CHAR_CIRCUMFLEX_ACCENT:
      case CHAR_GRAVE_ACCENT:
      case CHAR_LEFT_CURLY_BRACKET:
      case CHAR_VERTICAL_LINE:
      case CHAR_RIGHT_CURLY_BRACKET:
        if (nonHost === -1) nonHost = i;
        break;
      case CHAR_HASH:
      case CHAR_FORWARD_SLASH:
      case CHAR_QUESTION_MARK:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case CHAR_AT:
        atSign = i;
        nonHost = -1;
        break;
    }
  }
  // Tabs and line breaks vanish from the auth and the host (not from what follows them).
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(withoutTabsAndNewlines(StringPrototypeSlice(rest, 0, atSign)));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = withoutTabsAndNewlines(StringPrototypeSlice(rest, start));
    rest = '';
  } else {
    this.host = withoutTabsAndNewlines(StringPrototypeSlice(rest, start, nonHost));
    rest = StringPrototypeSlice(rest, nonHost);
  }

  this.parseHost();
  // There is a host, even if empty.
  if (typeof this.hostname !== 'string') this.hostname = '';
  const hostname = this.hostname;
  const ipv6 = isIpv6Hostname(hostname);
  if (!ipv6) rest = cutHostname(this, rest, hostname, url);

  this.hostname = this.hostname.length > hostnameMaxLen ? '' : StringPrototypeToLowerCase(this.hostname);
  if (this.hostname !== '') {
    if (ipv6) {
      if (RegExpPrototypeExec(forbiddenHostCharsIpv6, this.hostname) !== null) throw new ERR_INVALID_URL(url);
    } else {
      // Internationalized names become punycode. Anything left that cannot be in a host came from that
      // conversion: rather than guess, refuse the URL.
      this.hostname = lazyIdna().toASCII(this.hostname);
      if (this.hostname === '' || RegExpPrototypeExec(forbiddenHostChars, this.hostname) !== null) {
        throw new ERR_INVALID_URL(url);
      }
    }
  }
  this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    // The brackets stay in `host` only.
    this.hostname = StringPrototypeSlice(this.hostname, 1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

function withoutTabsAndNewlines(s) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const code = StringPrototypeCharCodeAt(s, i);
    if (code === CHAR_TAB || code === CHAR_LINE_FEED || code === CHAR_CARRIAGE_RETURN) {
      out += StringPrototypeSlice(s, last, i);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + StringPrototypeSlice(s, last);
}

function isIpv6Hostname(hostname) {
  return StringPrototypeCharCodeAt(hostname, 0) === CHAR_LEFT_SQUARE_BRACKET &&
    StringPrototypeCharCodeAt(hostname, hostname.length - 1) === CHAR_RIGHT_SQUARE_BRACKET;
}

// A hostname ends at the first character that cannot be in one; the rest moves to the path. A ':' there (a
// port that is not a number) is reported as DEP0170.
function cutHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const code = StringPrototypeCharCodeAt(hostname, i);
    if (code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH || code === CHAR_HASH ||
        code === CHAR_QUESTION_MARK || code === CHAR_COLON) {
      if (code === CHAR_COLON) {
        deprecateCall(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`, 'DEP0170');
      }
      self.hostname = StringPrototypeSlice(hostname, 0, i);
      return `/${StringPrototypeSlice(hostname, i)}${rest}`;
    }
  }
  return rest;
}

function escapeRest(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const escaped = autoEscape[StringPrototypeCharCodeAt(rest, i)];
    if (escaped !== undefined) {
      out += StringPrototypeSlice(rest, last, i) + escaped;
      last = i + 1;
    }
  }
  return last === 0 ? rest : out + StringPrototypeSlice(rest, last);
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = RegExpPrototypeExec(portPattern, host);
  if (port !== null) {
    const text = port[0];
    if (text !== ':') this.port = StringPrototypeSlice(text, 1);
    host = StringPrototypeSlice(host, 0, host.length - text.length);
  }
  if (host) this.hostname = host;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    warnParse(urlFormat);
    urlObject = parseUrl(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isWhatwgUrl(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject, fragment, unicode, search, auth);
  }
  return FunctionPrototypeCall(Url.prototype.format, urlObject);
}

// What Node takes for a WHATWG URL: something with an href and a protocol, but none of the legacy fields.
function isWhatwgUrl(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// The URL's href without the parts the options leave out; `unicode` shows an internationalized host as Unicode.
function formatWhatwg(url, fragment, unicode, search, auth) {
  const href = `${url.href}`;
  const protocol = `${url.protocol}`;
  let out = protocol;
  let pos = protocol.length;
  if (StringPrototypeCharCodeAt(href, pos) === CHAR_FORWARD_SLASH &&
      StringPrototypeCharCodeAt(href, pos + 1) === CHAR_FORWARD_SLASH) {
    out += '//';
    const username = `${url.username}`;
    const password = `${url.password}`;
    if (auth && (username !== '' || password !== '')) {
      out += username;
      if (password !== '') out += `:${password}`;
      out += '@';
    }
    const hostname = `${url.hostname}`;
    out += unicode ? lazyIdna().toUnicode(hostname) : hostname;
    const port = `${url.port}`;
    if (port !== '') out += `:${port}`;
  }
  out += `${url.pathname}`;
  if (search) out += `${url.search}`;
  if (fragment) out += `${url.hash}`;
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, noEscapeAuth)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    host = auth + (StringPrototypeIncludes(hostname, ':') && !isIpv6Hostname(hostname) ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') query = lazyQuerystring().stringify(this.query);

  let search = this.search || (query && `?${query}`) || '';

  if (protocol && StringPrototypeCharCodeAt(protocol, protocol.length - 1) !== CHAR_COLON) protocol += ':';

  pathname = escapeChars(pathname, CHAR_HASH, CHAR_QUESTION_MARK);

  // Only the slashed protocols get '//' (unless the URL had it to begin with); a bare 'file:' gets it too.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && StringPrototypeCharCodeAt(pathname, 0) !== CHAR_FORWARD_SLASH) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && StringPrototypeSlice(protocol, 0, 4) === 'file') {
      host = '//';
    }
  }

  search = escapeChars(search, CHAR_HASH, -1);

  if (hash && StringPrototypeCharCodeAt(hash, 0) !== CHAR_HASH) hash = `#${hash}`;
  if (search && StringPrototypeCharCodeAt(search, 0) !== CHAR_QUESTION_MARK) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

// Percent-escapes every occurrence of the characters `a` and `b` (-1: none) in `s`.
function escapeChars(s, a, b) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const code = StringPrototypeCharCodeAt(s, i);
    if (code === a || code === b) {
      out += StringPrototypeSlice(s, last, i) + hexTable[code];
      last = i + 1;
    }
  }
  return last === 0 ? s : out + StringPrototypeSlice(s, last);
}

function urlResolve(source, relative) {
  warnParse(urlResolve);
  return parseUrl(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(parseUrl(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  warnParse(urlResolveObject);
  return parseUrl(source, false, true).resolveObject(relative);
}

function copyKeys(from, to, except) {
  const keys = ObjectKeys(from);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== except) to[keys[i]] = from[keys[i]];
  }
}

function splitPath(pathname) {
  return pathname ? StringPrototypeSplit(pathname, '/') : [];
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// Pulls 'user@' out of a host that picked it up from a hostless URL's path (mailto:a@b resolved against ...).
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && StringPrototypeIndexOf(host, '@') > 0) {
    const parts = StringPrototypeSplit(host, '@');
    result.auth = ArrayPrototypeShift(parts);
    result.host = result.hostname = ArrayPrototypeShift(parts);
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  copyKeys(this, result);

  // The hash always comes from the relative URL, even an empty one.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // '//host/path' keeps only the protocol of the base.
  if (relative.slashes && !relative.protocol) {
    copyKeys(relative, result, 'protocol');
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: an unknown one replaces everything. A slashed one needs a host (taken from the path if
    // the relative URL has none), except file: and hostless ones.
    if (!slashedProtocol.has(relative.protocol)) {
      copyKeys(relative, result);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && RegExpPrototypeExec(fileProtocolPattern, relative.protocol) === null &&
        !hostlessProtocol.has(relative.protocol)) {
      const relPath = StringPrototypeSplit(relative.pathname || '', '/');
      while (relPath.length > 0 && !(relative.host = ArrayPrototypeShift(relPath)));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') ArrayPrototypeUnshift(relPath, '');
      if (relPath.length < 2) ArrayPrototypeUnshift(relPath, '');
      result.pathname = ArrayPrototypeJoin(relPath, '/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = splitPath(result.pathname);
  const relPath = splitPath(relative.pathname);
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // In a URL without '//' (mailto:, news:...) the host is just the first path segment, which '..' can reach.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else ArrayPrototypeUnshift(srcPath, result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // A relative URL with its own protocol brings its own auth (or none).
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else ArrayPrototypeUnshift(relPath, relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length > 0) {
    // A relative path replaces the last segment of the base.
    ArrayPrototypePop(srcPath);
    for (let i = 0; i < relPath.length; i++) ArrayPrototypePush(srcPath, relPath[i]);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query ('?x').
    if (noLeadingSlashes) {
      result.hostname = result.host = ArrayPrototypeShift(srcPath);
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (srcPath.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (or in '/') keeps a trailing slash; any other ending drops it.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.' segments and resolve '..' against the segments before them; `up` counts those that climb above.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      ArrayPrototypeSplice(srcPath, i, 1);
    } else if (last === '..') {
      ArrayPrototypeSplice(srcPath, i, 1);
      up++;
    } else if (up) {
      ArrayPrototypeSplice(srcPath, i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) ArrayPrototypeUnshift(srcPath, '..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) {
    ArrayPrototypeUnshift(srcPath, '');
  }

  if (hasTrailingSlash && StringPrototypeSlice(ArrayPrototypeJoin(srcPath, '/'), -1) !== '/') {
    ArrayPrototypePush(srcPath, '');
  }

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length > 0 ? ArrayPrototypeShift(srcPath) : '';
    splitAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);

  if (mustEndAbs && !isAbsolute) ArrayPrototypeUnshift(srcPath, '');

  if (srcPath.length > 0) {
    result.pathname = ArrayPrototypeJoin(srcPath, '/');
  } else {
    result.pathname = null;
    result.path = null;
  }

  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
};
