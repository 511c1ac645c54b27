'use strict';

// path: both flavours live here because each refers to the other (`path.posix.win32 === path.win32`).
// `path` itself is the flavour of the host platform; `path/posix` and `path/win32` re-export one flavour.
//
// Everything but matchesGlob (internal/path/glob, loaded on first use) works on UTF-16 code units (charCodeAt),
// never on regular expressions or arrays of segments: these functions sit on hot paths (module resolution, fs
// wrappers), so they avoid allocating anything they don't return.

const {
  FunctionPrototypeCall,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
} = primordials;

const {
  validateObject,
  validateString,
} = require('internal/validators');

const CHAR_DOT = 46;
const CHAR_FORWARD_SLASH = 47;
const CHAR_BACKWARD_SLASH = 92;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;
const CHAR_UPPERCASE_A = 65;
const CHAR_UPPERCASE_Z = 90;
const CHAR_LOWERCASE_A = 97;
const CHAR_LOWERCASE_Z = 122;

const isWindowsHost = process.platform === 'win32';

function isDriveLetter(code) {
  return (code >= CHAR_UPPERCASE_A && code <= CHAR_UPPERCASE_Z) ||
    (code >= CHAR_LOWERCASE_A && code <= CHAR_LOWERCASE_Z);
}

function isWinSep(code) {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

// Resolves '.' and '..' segments and drops empty ones. `alt` is the second separator code: '/' again for posix,
// '\' for win32, so one loop serves both. '..' segments that would climb above the start are kept only when
// `allowAboveRoot` (relative paths); for absolute paths they vanish.
function normalizeSegments(path, allowAboveRoot, sep, alt) {
  let res = '';
  let poppable = 0;
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len) {
      const code = StringPrototypeCharCodeAt(path, i);
      if (code !== CHAR_FORWARD_SLASH && code !== alt) continue;
    }
    const segLen = i - start;
    if (segLen === 0 || (segLen === 1 && StringPrototypeCharCodeAt(path, start) === CHAR_DOT)) {
      start = i + 1;
      continue;
    }
    if (segLen === 2 && StringPrototypeCharCodeAt(path, start) === CHAR_DOT &&
        StringPrototypeCharCodeAt(path, start + 1) === CHAR_DOT) {
      if (poppable > 0) {
        // '..' segments only ever sit at the front of `res`, so the last separator bounds a real segment.
        const cut = StringPrototypeLastIndexOf(res, sep);
        res = cut === -1 ? '' : StringPrototypeSlice(res, 0, cut);
        poppable--;
      } else if (allowAboveRoot) {
        res = res.length === 0 ? '..' : `${res}${sep}..`;
      }
    } else {
      const seg = StringPrototypeSlice(path, start, i);
      res = res.length === 0 ? seg : `${res}${sep}${seg}`;
      poppable++;
    }
    start = i + 1;
  }
  return res;
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject', 0);
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    const name = pathObject.name;
    base = `${name || ''}${ext ? (ext[0] === '.' ? ext : `.${ext}`) : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// The last segment of `path[start..]`, ignoring trailing separators, as [partStart, partEnd); partEnd is -1 when
// there is no such segment. Shared by basename, extname and parse through these two variables.
let partStart = 0;
let partEnd = -1;
function findLastPart(path, start, alt) {
  let i = path.length - 1;
  while (i >= start) {
    const code = StringPrototypeCharCodeAt(path, i);
    if (code !== CHAR_FORWARD_SLASH && code !== alt) break;
    i--;
  }
  if (i < start) {
    partStart = start;
    partEnd = -1;
    return;
  }
  partEnd = i + 1;
  while (i >= start) {
    const code = StringPrototypeCharCodeAt(path, i);
    if (code === CHAR_FORWARD_SLASH || code === alt) break;
    i--;
  }
  partStart = i + 1;
}

// Index of the dot that starts the extension of path[from, to), or -1: a leading dot ('.bashrc') and the names
// '.' and '..' have none.
function extensionDot(path, from, to) {
  let dot = -1;
  for (let i = to - 1; i > from; i--) {
    if (StringPrototypeCharCodeAt(path, i) === CHAR_DOT) {
      dot = i;
      break;
    }
  }
  if (dot === -1) return -1;
  if (to - from === 2 && dot === from + 1 && StringPrototypeCharCodeAt(path, from) === CHAR_DOT) return -1;
  return dot;
}

function basenameWith(path, suffix, start, alt) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  findLastPart(path, start, alt);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return partEnd === -1 ? '' : StringPrototypeSlice(path, partStart, partEnd);
  }
  if (suffix === path) return '';
  if (partEnd === -1) return StringPrototypeSlice(path, start);
  // The suffix is compared backwards with the last segment. A segment that is a proper tail of the suffix counts
  // as matched up to the segment start, and then Node returns everything from there on, trailing separators
  // included; a suffix equal to the whole segment removes nothing.
  const partLen = partEnd - partStart;
  const n = suffix.length < partLen ? suffix.length : partLen;
  let k = 1;
  while (k <= n &&
         StringPrototypeCharCodeAt(path, partEnd - k) === StringPrototypeCharCodeAt(suffix, suffix.length - k)) {
    k++;
  }
  if (k <= n) return StringPrototypeSlice(path, partStart, partEnd);
  if (suffix.length < partLen) return StringPrototypeSlice(path, partStart, partEnd - suffix.length);
  if (suffix.length === partLen) return StringPrototypeSlice(path, partStart, partEnd);
  return StringPrototypeSlice(path, partStart);
}

function extnameWith(path, start, alt) {
  validateString(path, 'path');
  findLastPart(path, start, alt);
  if (partEnd === -1) return '';
  const dot = extensionDot(path, partStart, partEnd);
  return dot === -1 ? '' : StringPrototypeSlice(path, dot, partEnd);
}

// Fills `ret` (root already set) from the last segment of path[rootEnd..].
function parseTail(path, rootEnd, alt, ret) {
  findLastPart(path, rootEnd, alt);
  if (partEnd !== -1) {
    const dot = extensionDot(path, partStart, partEnd);
    ret.base = StringPrototypeSlice(path, partStart, partEnd);
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = StringPrototypeSlice(path, partStart, dot);
      ret.ext = StringPrototypeSlice(path, dot, partEnd);
    }
  }
  // Only the one separator just before the last segment is dropped from `dir`.
  if (partStart > rootEnd) {
    ret.dir = StringPrototypeSlice(path, 0, partStart - 1);
  } else {
    ret.dir = ret.root;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// posix

// On Windows, posix.resolve still needs an absolute POSIX directory: the drive is dropped and separators flipped.
function posixCwd() {
  const cwd = process.cwd();
  if (!isWindowsHost) return cwd;
  let out = '';
  for (let i = 0; i < cwd.length; i++) {
    const code = StringPrototypeCharCodeAt(cwd, i);
    out += code === CHAR_BACKWARD_SLASH ? '/' : cwd[i];
  }
  const slash = StringPrototypeIndexOf(out, '/');
  return slash === -1 ? out : StringPrototypeSlice(out, slash);
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= 0; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
      if (StringPrototypeCharCodeAt(path, 0) === CHAR_FORWARD_SLASH) {
        absolute = true;
        break;
      }
    }
    if (!absolute) {
      const cwd = posixCwd();
      resolved = resolved.length === 0 ? cwd : `${cwd}/${resolved}`;
      absolute = StringPrototypeCharCodeAt(resolved, 0) === CHAR_FORWARD_SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', CHAR_FORWARD_SLASH);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const absolute = StringPrototypeCharCodeAt(path, 0) === CHAR_FORWARD_SLASH;
    const trailing = StringPrototypeCharCodeAt(path, len - 1) === CHAR_FORWARD_SLASH;
    let out = normalizeSegments(path, !absolute, '/', CHAR_FORWARD_SLASH);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && StringPrototypeCharCodeAt(path, 0) === CHAR_FORWARD_SLASH;
  },

  join(...args) {
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are now absolute and normalized; the root becomes '' so that every segment is preceded by '/'.
    if (from === '/') from = '';
    if (to === '/') to = '';
    const fromLen = from.length;
    const toLen = to.length;
    const min = fromLen < toLen ? fromLen : toLen;
    let common = -1;
    let i = 0;
    for (; i < min; i++) {
      const code = StringPrototypeCharCodeAt(from, i);
      if (code !== StringPrototypeCharCodeAt(to, i)) break;
      if (code === CHAR_FORWARD_SLASH) common = i;
    }
    if (i === min) {
      if (toLen > min && StringPrototypeCharCodeAt(to, min) === CHAR_FORWARD_SLASH) {
        // `from` is an ancestor of `to`.
        return StringPrototypeSlice(to, min + 1);
      }
      if (fromLen > min && StringPrototypeCharCodeAt(from, min) === CHAR_FORWARD_SLASH) common = min;
    }
    let ups = 0;
    for (let k = common; k < fromLen; k++) {
      if (StringPrototypeCharCodeAt(from, k) === CHAR_FORWARD_SLASH) ups++;
    }
    const rest = StringPrototypeSlice(to, common);
    if (ups === 0) return StringPrototypeSlice(rest, 1);
    return `..${StringPrototypeRepeat('/..', ups - 1)}${rest}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const rooted = StringPrototypeCharCodeAt(path, 0) === CHAR_FORWARD_SLASH;
    // The result ends just before the last separator that precedes the last segment; separators before that one
    // are kept ('/a//b' -> '/a/').
    let i = len - 1;
    while (i >= 1 && StringPrototypeCharCodeAt(path, i) === CHAR_FORWARD_SLASH) i--;
    while (i >= 1 && StringPrototypeCharCodeAt(path, i) !== CHAR_FORWARD_SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return StringPrototypeSlice(path, 0, i);
  },

  basename(path, suffix) {
    return basenameWith(path, suffix, 0, CHAR_FORWARD_SLASH);
  },

  extname(path) {
    return extnameWith(path, 0, CHAR_FORWARD_SLASH);
  },

  format(pathObject) {
    return formatWith('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    let rootEnd = 0;
    if (StringPrototypeCharCodeAt(path, 0) === CHAR_FORWARD_SLASH) {
      ret.root = '/';
      rootEnd = 1;
    }
    parseTail(path, rootEnd, CHAR_FORWARD_SLASH, ret);
    // Node's own quirk: a '..' right after the root splits like a name with a dot ('/..' -> name '.', ext '.').
    if (rootEnd === 1 && partStart === 1 && ret.base === '..') {
      ret.name = '.';
      ret.ext = '.';
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------------------------------------------
// win32

// The root of a win32 path, found by scanRoot into these variables:
//   rootDevice  'C:', '\\server\share', '\\.' / '\\?' (device namespace), 'CON:' (reserved name), or ''
//   rootEnd     index just past the root
//   rootAbsolute whether the path starts at the root of its device
//   rootUncOnly the path is exactly a UNC root ('\\server\share'), no separator after it
let rootDevice = '';
let rootEnd = 0;
let rootAbsolute = false;
let rootUncOnly = false;
let rootReserved = false;

// `reserved`: also recognise a leading reserved device name followed by ':' (only normalize does).
function scanRoot(path, reserved) {
  const len = path.length;
  rootDevice = '';
  rootEnd = 0;
  rootAbsolute = false;
  rootUncOnly = false;
  rootReserved = false;
  if (len === 0) return;
  const code = StringPrototypeCharCodeAt(path, 0);
  if (isWinSep(code)) {
    rootAbsolute = true;
    rootEnd = 1;
    if (len > 1 && isWinSep(StringPrototypeCharCodeAt(path, 1))) scanUnc(path, true, reserved);
    return;
  }
  if (len > 1 && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON && isDriveLetter(code)) {
    rootDevice = StringPrototypeSlice(path, 0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(StringPrototypeCharCodeAt(path, 2))) {
      rootAbsolute = true;
      rootEnd = 3;
    }
    return;
  }
  if (reserved) {
    // Without a colon Node compares everything but the last character ('NUL/' and 'NULx' count, 'NUL' does not).
    const colon = StringPrototypeIndexOf(path, ':');
    if (isReservedName(path, 0, colon === -1 ? len - 1 : colon)) {
      rootDevice = StringPrototypeSlice(path, 0, colon + 1);
      rootEnd = colon + 1;
      rootReserved = true;
    }
  }
}

// `\\server\share`: the server and share names must both be non-empty. `\\.\x` and `\\?\x` name the device
// namespace, whose root is just `\\.` or `\\?` when `devices` is set (resolve and normalize); dirname and parse
// treat them as ordinary UNC roots. With `reserved` (normalize), a reserved device name with a colon right after
// '\\.\' or '\\?\' becomes the root '\\?\NAME:'.
function scanUnc(path, devices, reserved) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (j === len || j === 2) return;
  const server = StringPrototypeSlice(path, 2, j);
  while (j < len && isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (j === len) return;
  const shareStart = j;
  while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (devices && (server === '.' || server === '?')) {
    const colon = reserved && shareStart === 4 ? StringPrototypeIndexOf(path, ':', 4) : -1;
    if (colon !== -1 && isReservedName(path, 4, colon)) {
      rootDevice = `\\\\?\\${StringPrototypeSlice(path, 4, colon + 1)}`;
      rootEnd = colon + 1;
      return;
    }
    rootDevice = `\\\\${server}`;
    rootEnd = 4;
    return;
  }
  rootDevice = `\\\\${server}\\${StringPrototypeSlice(path, shareStart, j)}`;
  rootEnd = j;
  rootUncOnly = j === len;
}

// CON, PRN, AUX, NUL, COM1-9, LPT1-9 and the superscript digits ¹²³ Windows also accepts, in any case.
function isReservedName(path, start, end) {
  if (end - start === 3) {
    const name = StringPrototypeToUpperCase(StringPrototypeSlice(path, start, end));
    return name === 'CON' || name === 'PRN' || name === 'AUX' || name === 'NUL';
  }
  if (end - start !== 4) return false;
  const name = StringPrototypeToUpperCase(StringPrototypeSlice(path, start, start + 3));
  if (name !== 'COM' && name !== 'LPT') return false;
  const digit = StringPrototypeCharCodeAt(path, start + 3);
  return (digit >= 49 && digit <= 57) || digit === 0xb9 || digit === 0xb2 || digit === 0xb3;
}

// A relative path without a drive that contains ':' could be read by Windows as drive-relative ('c:x') or as an
// alternate data stream ('x:'). normalize then keeps it explicitly relative by prefixing '.\'.
function needsDotPrefix(path, tail) {
  if (tail.length >= 2 && StringPrototypeCharCodeAt(tail, 1) === CHAR_COLON &&
      isDriveLetter(StringPrototypeCharCodeAt(tail, 0))) {
    return true;
  }
  const len = path.length;
  let colon = StringPrototypeIndexOf(path, ':');
  while (colon !== -1) {
    if (colon === len - 1 || isWinSep(StringPrototypeCharCodeAt(path, colon + 1))) return true;
    colon = StringPrototypeIndexOf(path, ':', colon + 1);
  }
  return false;
}

// join leaves its result as built (only '/' turned into '\') when one of its backslash-separated parts starts
// with a reserved device name and ':', since normalizing could turn it into something Windows reads differently.
function hasReservedPart(joined) {
  const len = joined.length;
  let start = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && StringPrototypeCharCodeAt(joined, i) !== CHAR_BACKWARD_SLASH) continue;
    const colon = StringPrototypeIndexOf(joined, ':', start);
    if (colon === -1) return false;
    if (colon < i && isReservedName(joined, start, colon)) return true;
    start = i + 1;
  }
  return false;
}

function backslashed(path) {
  let out = '';
  let from = 0;
  for (let i = 0; i < path.length; i++) {
    if (StringPrototypeCharCodeAt(path, i) === CHAR_FORWARD_SLASH) {
      out += `${StringPrototypeSlice(path, from, i)}\\`;
      from = i + 1;
    }
  }
  return from === 0 ? path : `${out}${StringPrototypeSlice(path, from)}`;
}

function driveCwd(device) {
  // Windows keeps one working directory per drive in the hidden variables '=C:'.
  let path = process.env[`=${device}`] || process.cwd();
  if (path === undefined ||
      (StringPrototypeToLowerCase(StringPrototypeSlice(path, 0, 2)) !== StringPrototypeToLowerCase(device) &&
       StringPrototypeCharCodeAt(path, 2) === CHAR_BACKWARD_SLASH)) {
    path = `${device}\\`;
  }
  return path;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        path = driveCwd(device);
      }
      scanRoot(path, false);
      if (rootDevice.length > 0) {
        if (device.length === 0) {
          device = rootDevice;
        } else if (StringPrototypeToLowerCase(rootDevice) !== StringPrototypeToLowerCase(device)) {
          // A path on another drive does not contribute.
          continue;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${StringPrototypeSlice(path, rootEnd)}\\${tail}`;
        absolute = rootAbsolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute, '\\', CHAR_BACKWARD_SLASH);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return StringPrototypeCharCodeAt(path, 0) === CHAR_FORWARD_SLASH ? '\\' : path;
    scanRoot(path, true);
    if (rootUncOnly) return `${rootDevice}\\`;
    const device = rootDevice;
    const absolute = rootAbsolute;
    let tail = rootEnd < len ?
      normalizeSegments(StringPrototypeSlice(path, rootEnd), !absolute, '\\', CHAR_BACKWARD_SLASH) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(StringPrototypeCharCodeAt(path, len - 1))) tail += '\\';
    if (device.length === 0) {
      if (absolute) return `\\${tail}`;
      if (rootReserved) return `.\\${tail}`;
      return needsDotPrefix(path, tail) ? `.\\${tail}` : tail;
    }
    // A reserved device name stays explicitly relative, so that it still names a file.
    if (rootReserved) return `.\\${device}${tail}`;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = StringPrototypeCharCodeAt(path, 0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON &&
       isWinSep(StringPrototypeCharCodeAt(path, 2)));
  },

  join(...args) {
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = first = arg;
        } else {
          joined = `${joined}\\${arg}`;
        }
      }
    }
    if (joined === undefined) return '.';
    // Leading separators are squeezed to one, so that joining does not invent a UNC root, unless the first part
    // clearly names one: exactly two separators followed by something else.
    let collapse = true;
    let leading = 0;
    if (isWinSep(StringPrototypeCharCodeAt(first, 0))) {
      leading = 1;
      if (first.length > 1 && isWinSep(StringPrototypeCharCodeAt(first, 1))) {
        leading = 2;
        if (first.length > 2) {
          if (isWinSep(StringPrototypeCharCodeAt(first, 2))) {
            leading = 3;
          } else {
            collapse = false;
          }
        }
      }
    }
    if (collapse) {
      while (leading < joined.length && isWinSep(StringPrototypeCharCodeAt(joined, leading))) leading++;
      if (leading >= 2) joined = `\\${StringPrototypeSlice(joined, leading)}`;
    }
    if (hasReservedPart(joined)) return backslashed(joined);
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = StringPrototypeToLowerCase(fromOrig);
    to = StringPrototypeToLowerCase(toOrig);
    if (from === to) return '';

    let fromStart = 0;
    while (fromStart < from.length && StringPrototypeCharCodeAt(from, fromStart) === CHAR_BACKWARD_SLASH) {
      fromStart++;
    }
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && StringPrototypeCharCodeAt(from, fromEnd - 1) === CHAR_BACKWARD_SLASH) {
      fromEnd--;
    }
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && StringPrototypeCharCodeAt(to, toStart) === CHAR_BACKWARD_SLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && StringPrototypeCharCodeAt(to, toEnd - 1) === CHAR_BACKWARD_SLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = StringPrototypeCharCodeAt(from, fromStart + i);
      if (code !== StringPrototypeCharCodeAt(to, toStart + i)) break;
      if (code === CHAR_BACKWARD_SLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Nothing in common, not even the drive: the target can only be given as is.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (StringPrototypeCharCodeAt(to, toStart + i) === CHAR_BACKWARD_SLASH) {
          return StringPrototypeSlice(toOrig, toStart + i + 1);
        }
        // 'C:' is a prefix of 'C:foo' only in the resolved form 'C:\' + 'foo'.
        if (i === 2) return StringPrototypeSlice(toOrig, toStart + i);
      }
      if (fromLen > length) {
        if (StringPrototypeCharCodeAt(from, fromStart + i) === CHAR_BACKWARD_SLASH) {
          lastCommonSep = i;
        } else if (i === 2) {
          lastCommonSep = 3;
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (let k = fromStart + lastCommonSep + 1; k <= fromEnd; k++) {
      if (k === fromEnd || StringPrototypeCharCodeAt(from, k) === CHAR_BACKWARD_SLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${StringPrototypeSlice(toOrig, toStart, toEnd)}`;
    if (StringPrototypeCharCodeAt(toOrig, toStart) === CHAR_BACKWARD_SLASH) toStart++;
    return StringPrototypeSlice(toOrig, toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const code = StringPrototypeCharCodeAt(resolved, 0);
    if (code === CHAR_BACKWARD_SLASH) {
      if (StringPrototypeCharCodeAt(resolved, 1) === CHAR_BACKWARD_SLASH) {
        const third = StringPrototypeCharCodeAt(resolved, 2);
        if (third !== CHAR_QUESTION_MARK && third !== CHAR_DOT) {
          return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
        }
      }
    } else if (isDriveLetter(code) && StringPrototypeCharCodeAt(resolved, 1) === CHAR_COLON &&
               StringPrototypeCharCodeAt(resolved, 2) === CHAR_BACKWARD_SLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(StringPrototypeCharCodeAt(path, 0)) ? path : '.';
    const root = dirRoot(path);
    if (root === -2) return path;
    const offset = root === -1 ? 0 : root;
    let i = len - 1;
    while (i >= offset && isWinSep(StringPrototypeCharCodeAt(path, i))) i--;
    while (i >= offset && !isWinSep(StringPrototypeCharCodeAt(path, i))) i--;
    if (i < offset) return root === -1 ? '.' : StringPrototypeSlice(path, 0, root);
    return StringPrototypeSlice(path, 0, i);
  },

  basename(path, suffix) {
    return basenameWith(path, suffix, driveStart(path), CHAR_BACKWARD_SLASH);
  },

  extname(path) {
    return extnameWith(path, driveStart(path), CHAR_BACKWARD_SLASH);
  },

  format(pathObject) {
    return formatWith('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    if (len === 1) {
      if (isWinSep(StringPrototypeCharCodeAt(path, 0))) {
        ret.root = ret.dir = path;
      } else {
        ret.base = ret.name = path;
      }
      return ret;
    }
    const code = StringPrototypeCharCodeAt(path, 0);
    let end = 0;
    if (isWinSep(code)) {
      end = dirRoot(path);
      if (end === -2) end = len;
    } else if (isDriveLetter(code) && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON) {
      if (len === 2 || (len === 3 && isWinSep(StringPrototypeCharCodeAt(path, 2)))) {
        ret.root = ret.dir = path;
        return ret;
      }
      end = isWinSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
    }
    if (end > 0) ret.root = StringPrototypeSlice(path, 0, end);
    parseTail(path, end, CHAR_BACKWARD_SLASH, ret);
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// Where the root of `path` (length >= 2) ends for dirname and parse: -1 without a root, -2 when the whole path is
// a UNC root, otherwise the index just past the root and its separator.
function dirRoot(path) {
  const code = StringPrototypeCharCodeAt(path, 0);
  if (isWinSep(code)) {
    if (!isWinSep(StringPrototypeCharCodeAt(path, 1))) return 1;
    rootDevice = '';
    rootUncOnly = false;
    scanUnc(path, false, false);
    if (rootDevice.length === 0) return 1;
    return rootUncOnly ? -2 : rootEnd + 1;
  }
  if (isDriveLetter(code) && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON) {
    return path.length > 2 && isWinSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
  }
  return -1;
}

// basename and extname skip a leading drive ('C:'), which is never part of a name.
function driveStart(path) {
  if (typeof path === 'string' && path.length >= 2 && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON &&
      isDriveLetter(StringPrototypeCharCodeAt(path, 0))) {
    return 2;
  }
  return 0;
}

let glob;
function matchesGlobWith(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  glob ??= require('internal/path/glob');
  return FunctionPrototypeCall(glob.matches, undefined, path, pattern, windows);
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = isWindowsHost ? win32 : posix;
