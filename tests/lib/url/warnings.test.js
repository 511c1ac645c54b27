'use strict';

// The deprecation warnings of the legacy url API, compared with Node's own in child processes: DEP0169 once per
// process for url.parse/format(string)/resolve/resolveObject called by the application, never for code under
// node_modules; DEP0170 once for a URL whose port is not a number; none with --no-deprecation.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { test } = require('../../support/runner.js');

const builtinPath = path.join(__dirname, '..', '..', 'support', 'builtin.js');

function warningsOf(which, body, flags = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnode-url-'));
  try {
    const moduleDir = path.join(dir, 'node_modules', 'dep');
    fs.mkdirSync(moduleDir, { recursive: true });
    const load = `require(${JSON.stringify(builtinPath)}).${which}('url')`;
    fs.writeFileSync(path.join(moduleDir, 'index.js'),
                     `const url = ${load}; module.exports = (s) => [url.parse(s).href, url.resolve(s, 'x')];\n`);
    const main = path.join(dir, 'main.js');
    fs.writeFileSync(main, `const url = ${load};
const seen = [];
process.on('warning', (w) => seen.push([w.name, w.code, w.message]));
${body}
setImmediate(() => console.log(JSON.stringify(seen)));
`);
    const result = spawnSync(process.execPath, [...flags, main], { encoding: 'utf8' });
    assert.strictEqual(result.status, 0, result.stderr);
    return JSON.parse(result.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const scenarios = {
  'parse twice': "url.parse('http://a/'); url.parse('http://b/');",
  'resolve': "url.resolve('http://a/', 'b');",
  'format of a string': "url.format('http://a/');",
  'format of an object': "url.format({ protocol: 'http', host: 'a' });",
  'resolveObject': "url.resolveObject('http://a/', 'b');",
  'Url#parse': "new url.Url().parse('http://a/');",
  'from node_modules only': "require('dep')('http://a:b:c/');",
  'from node_modules, then the application': "require('dep')('http://a/'); url.parse('http://b/');",
  'invalid ports': "url.parse('http://a:b/'); url.parse('http://c:1x/'); url.parse('http://a:/');",
  'ipv6 and empty ports': "url.parse('http://[::1]:/'); url.parse('http://a:/b:c');",
};

for (const [name, body] of Object.entries(scenarios)) {
  test(`warnings: ${name}`, () => {
    assert.deepStrictEqual(warningsOf('builtin', body), warningsOf('reference', body));
  });
}

test('warnings: none with --no-deprecation', () => {
  const body = scenarios['invalid ports'];
  assert.deepStrictEqual(warningsOf('builtin', body, ['--no-deprecation']), []);
  assert.deepStrictEqual(warningsOf('reference', body, ['--no-deprecation']), []);
});
