'use strict';

// Line diff for assertion messages: Myers' O(ND) shortest edit script between the inspected lines of `actual`
// and `expected`, printed as '+ ' (only in actual), '- ' (only in expected) and '  ' (common) lines, with long runs
// of common lines collapsed.

const {
  ArrayPrototypePush,
  Int32Array,
  StringPrototypeTrimEnd,
  TypedArrayPrototypeSlice,
} = primordials;

const kOpEqual = 0;
const kOpInsert = 1; // A line of actual only.
const kOpDelete = -1; // A line of expected only.

// Runs of common lines keep this many lines after a change (and at the start); a run is only collapsed when that
// hides at least three lines.
const kContextLines = 5;

// The last element of an inspected array or object has no trailing comma, so one more element on the other side
// turns an otherwise equal line into "x" vs "x,". Such lines count as common.
function linesMatch(a, b) {
  if (a === b) return true;
  if (a.length + 1 === b.length) return b === `${a},`;
  if (b.length + 1 === a.length) return a === `${b},`;
  return false;
}

function strictEquals(a, b) {
  return a === b;
}

// The common line as printed: the form with the comma, when the two differ by one.
function commonLine(a, b) {
  return a.length >= b.length ? a : b;
}

// Returns the edit script as an array of [op, item], in order. `actual` and `expected` are arrays of lines (or any
// indexable sequence, e.g. the code units of a string). With `commaDisparity`, lines that differ only by a
// trailing comma count as equal (assertion diffs); otherwise items are compared with ===.
function myersDiff(actual, expected, commaDisparity = true) {
  const match = commaDisparity ? linesMatch : strictEquals;
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds the frontier before step d, for diagonals -d..d only (index k + d).
  const trace = [];

  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    ArrayPrototypePush(trace, TypedArrayPrototypeSlice(v, offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) {
        x = v[offset + k + 1];
      } else {
        x = v[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && match(actual[x], expected[y])) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }

  // Walk back from the end through the saved frontiers, collecting the script in reverse.
  const reversed = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const frontier = trace[d];
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && frontier[k - 1 + d] < frontier[k + 1 + d])) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = d === 0 ? 0 : frontier[prevK + d];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ArrayPrototypePush(reversed, [kOpEqual, commonLine(actual[x], expected[y])]);
    }
    if (d > 0) {
      if (x === prevX) {
        y--;
        ArrayPrototypePush(reversed, [kOpDelete, expected[y]]);
      } else {
        x--;
        ArrayPrototypePush(reversed, [kOpInsert, actual[x]]);
      }
    }
  }
  const script = [];
  for (let i = reversed.length - 1; i >= 0; i--) ArrayPrototypePush(script, reversed[i]);
  return script;
}

// Prints an edit script. Returns { message, skipped }: `skipped` tells whether common lines were left out.
// `colors.partial`: lines of actual only are shown in `colors.gray`, unmarked (partial comparisons).
function printDiff(script, colors) {
  const { green, red, blue, white } = colors;
  let message = '';
  let skipped = false;
  let run = 0; // Common lines since the last change.
  for (let i = 0; i < script.length; i++) {
    const op = script[i][0];
    const line = script[i][1];
    if (op !== kOpEqual) {
      if (run > kContextLines) {
        const hidden = run - kContextLines;
        if (hidden >= 3) {
          message += `${blue}...${white}\n`;
          message += `${white}  ${script[i - 1][1]}\n`;
          skipped = true;
        } else {
          for (let j = i - hidden; j < i; j++) message += `${white}  ${script[j][1]}\n`;
        }
      }
      run = 0;
      if (op === kOpDelete) {
        message += `${red}-${white} ${line}\n`;
      } else if (colors.partial) {
        message += `${colors.gray}  ${line}${white}\n`;
      } else {
        message += `${green}+${white} ${line}\n`;
      }
    } else {
      if (run < kContextLines) message += `${white}  ${line}\n`;
      run++;
    }
  }
  return { message: `${StringPrototypeTrimEnd(message)}\n`, skipped };
}

module.exports = {
  kOpDelete,
  kOpEqual,
  kOpInsert,
  myersDiff,
  printDiff,
};
