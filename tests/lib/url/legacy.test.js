'use strict';

// Differential tests of the legacy url API (parse, format, resolve, resolveObject, Url) against Node's own, on a
// corpus of odd URLs plus thousands generated from the pieces that make the legacy parser quirky.

const { test } = require('../../support/runner.js');
const { builtin, reference } = require('../../support/builtin.js');
const { prng } = require('../../support/random.js');
const { differential, errorParts } = require('../../support/differential.js');

// The DEP0169/DEP0170 warnings have their own test (warnings.test.js).
process.noDeprecation = true;

const ours = builtin('url');
const theirs = reference('url');

const SEED = Number(process.env.URL_TEST_SEED) * 1000 || 0;

// A plain description of a value: Url objects by class name and own entries (in order), null-prototype query
// objects as such.
function describe(value) {
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  const entries = Object.entries(value).map(([k, v]) => [k, describe(v)]);
  return { class: proto === null ? null : proto.constructor.name, entries };
}

const same = differential(ours, theirs, { describe, describeError: (err) => [...errorParts(err), err.input] });

const corpus = [
  '', ' ', 'http://user:pw@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://EXAMPLE.COM/A?B#C', 'http:x',
  'HTTP:x', 'http:/x', 'http:///x', 'http://a:b:c/', 'http://a:/', 'http://a:1x/', 'http://a:99999/', 'http://[::1]:80/x',
  'http://[::1', 'http://[fe80::1%25eth0]/', 'http://[a b]/', 'http://[::1]x/', 'javascript://x/y', 'javascript:alert(1)',
  'JavaScript:x', 'mailto:a@b', 'mailto:a@b?subject=hi', 'news:comp.lang', 'file:///etc/passwd', 'file://host/p',
  'file:/x', 'file:x', 'FILE://X/Y', '//host/p', '///x', '/a?b=c&b=d', '/a/b/../c', '?x', '#y', 'a/b', '../x',
  'http://a@b@c/d', 'http://a@b?@c', 'http://x.com\\@y.com/', 'http://x\\y?a\\b#c\\d', '\\\\server\\share',
  'http://a.com/ b', 'http://a.com/"<>^`{|}', 'http://a..b/', 'HtTp://x:8/', 'http://☃.com/', 'http://xn--a.com/',
  'http://a\u00adb.com/', 'http://ÖBB.at/x', 'http://0x7f.1/', 'http://1.2.3.4.5/', 'http://a$b/c', 'http://a_b!c/',
  'http://a%b/', 'http://%41:%42@h/', 'http://a%40b:c@h/', 'http://%E9@h/', 'http://a:b@c:d@e/', '\u000bhttp://a/ \u000b',
  '\u00a0http://a/\ufeff', '\u2028http://a/', 'http://a/\u2028', 'http://' + 'a'.repeat(256) + '/', 'ws://a', 'wss://a:1',
  'gopher://g', 'ftp://f/x;type=a', 'git+ssh://git@github.com:user/repo.git', 'foo://bar', 'foo:bar', 'foo:/bar',
  'foo:///bar', 'a:b:c', 'x+y.z-w:q', '1http://a', 'http://a/?', 'http://a/#', 'http://a/?#', 'http://a?b', 'http://a#b',
  'http://a;b', 'http://a b', 'http://a\tb', 'http://a\nb', 'http://a\rb', "http://a'b", 'http://a<b', 'http://a|b',
  'http://a{b', 'http://a}b', 'http://a^b', 'http://a`b', 'http://a"b', 'http://@a', 'http://a@', 'http://@', 'http://',
  'http:', 'http:?x', 'http:#x', 'http://a/%zz', 'http://a/%41', 'http://ex.com/?q=a+b&r=%20', 'http://a/p?q#h?i#j',
  'http://a.com:80', 'http://A.COM:080/', 'http://x/y/../../z', 'http://x/./y/.', 'http://x:8/y:z', 'http://[::ffff:1.2.3.4]/',
  'http://[::1]', 'http://[::1]:', 'http://[]/', 'http://[/', 'http://]/', 'http://a[b]/', 'http://a\u0000b/',
  'http://a\u0001b/', 'dat://a/b', 'http://ａ.com/', 'http://a。b/', 'http://xn--ls8h/', 'http://💩.la/',
  'http://a.com./', 'http://.a.com/', 'http://-a-/', 'http://a#b@c', 'http://a?b@c', 'http://a/b@c', 'a@b', 'a@b/c',
  '//a@b/c', '//a/b@c', '@', '@@', 'http://a@b@c@d', 'x://a@b@c@d', 'http://a::b/', 'http://a:8:9/', 'sip:x@y',
  'http://a/\ud800', 'http://\ud800@a/', 'http://a\ud800b/', 'http://a/?\udc00#\ud800', 'http://%ED%A0%80@a/',
  'http://\u00e9\u0301.com/', 'http://a.com/\u{1F600}?q=\u{1F600}#\u{1F600}', 'HTTP://[::1]:8080', 'http://[::1]:8080:9/',
];

const schemes = ['', 'http:', 'HTTP:', 'https:', 'file:', 'mailto:', 'javascript:', 'foo:', 'ws:', 'x+y:', 'ftp:'];
const slashes = ['', '/', '//', '///', '\\\\', '/\\'];
const auths = ['', 'u@', 'u:p@', 'a@b@', '%41@', 'é@', 'u p@', '@'];
const hosts = ['', 'a.com', 'A.COM', 'a:8', 'a:', 'a:x', '[::1]', '[::1]:9', 'é.com', 'a_b', 'a%b', 'a b', 'xn--a',
  '1.2.3', 'a;b', 'a|b', '☃', 'a..b'];
const paths = ['', '/', '/a', '/a/b/', '/../a', '/./b/..', 'x', '/a b', '/a\\b', '/%7e', '/é', '/a:b', '/#', '/?'];
const searches = ['', '?', '?a=1', '?a=1&a=2', '?a b', '?x#', '?%zz', '?a=é'];
const hashes = ['', '#', '#h', '#a b', '#\\', '#?x'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function generate(rand) {
  const ws = rand() < 0.1 ? pick(rand, [' ', '\t', '\u00a0', '\ufeff', '\n']) : '';
  return ws + pick(rand, schemes) + pick(rand, slashes) + pick(rand, auths) + pick(rand, hosts) + pick(rand, paths) +
    pick(rand, searches) + pick(rand, hashes) + (rand() < 0.1 ? ' ' : '');
}

const generated = [];
{
  const rand = prng(SEED + 1);
  for (let i = 0; i < 4000; i++) generated.push(generate(rand));
}
const all = corpus.concat(generated);

test(`parse: ${all.length} URLs, every combination of parseQueryString and slashesDenoteHost`, () => {
  for (const input of all) {
    for (const [qs, sdh] of [[false, false], [true, false], [false, true], [true, true], [undefined, 1]]) {
      same(`parse(${JSON.stringify(input)}, ${qs}, ${sdh})`, (url) => url.parse(input, qs, sdh));
    }
  }
});

test('format: strings, parsed objects and the parsed objects after changes', () => {
  for (const input of all) {
    same(`format(${JSON.stringify(input)})`, (url) => url.format(input));
    same(`format(parse(${JSON.stringify(input)}, true))`, (url) => {
      const parsed = url.parse(input, true);
      const first = url.format(parsed);
      parsed.search = null;
      parsed.host = null;
      parsed.query = { x: ['1', 'é'], y: 2 };
      return [first, url.format(parsed), parsed.format()];
    });
  }
});

test('format: generated plain objects', () => {
  const rand = prng(SEED + 2);
  const field = (list) => (rand() < 0.3 ? pick(rand, [undefined, null, '', 0]) : pick(rand, list));
  for (let i = 0; i < 4000; i++) {
    const obj = {
      protocol: field(['http', 'http:', 'file', 'file:', 'mailto:', 'FILE:', 'x', 'https:']),
      slashes: field([true, false, 1]),
      auth: field(['u', 'u:p', 'é@x', 'a b', '\ud83d\ude00']),
      host: field(['h.com', 'h:8', '[::1]:8']),
      hostname: field(['h.com', '::1', 'a:b', 'x']),
      port: field([80, '8080', 'x']),
      pathname: field(['/p', 'p', '/a#b?c', '//x', '/é']),
      search: field(['?q=1', 'q=1', '?a#b', '#']),
      query: field([{ a: '1' }, 'raw', { b: ['x', 'y'] }, {}]),
      hash: field(['#h', 'h', '#a#b']),
    };
    same(`format(${JSON.stringify(obj)})`, (url) => url.format(obj));
  }
});

const bases = ['http://a/b/c/d;p?q', 'http://a/b/c/d;p?q#f', 'http://u:p@h.com:8/x/y/', 'https://h', 'file:///a/b',
  'file://h/a', 'mailto:a@b', 'mailto:local1@domain1', 'news:a/b/c', 'foo:bar/baz', '/a/b', 'a/b', '', '//h/a',
  'http://[::1]/a', 'javascript:x/y', 'http://a/b/c/', 'http://a', 'x:', 'http://a/b?c#d'];
const relatives = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..',
  '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
  './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'http://x/y', 'https:g', 'https://x', 'file:g', 'file:///g',
  'mailto:x@y', 'local2@domain2', 'foo:x', '//u@x/y', 'HTTP://X', 'http:', 'http://', 'ftp:g', 'ftp://h', 'ws:x',
  '?', '#', 'a@b', '@x', 'javascript:z'];

test('resolve and resolveObject: every base with every relative reference', () => {
  for (const base of bases.concat(corpus.slice(0, 40))) {
    for (const rel of relatives) {
      same(`resolve(${JSON.stringify(base)}, ${JSON.stringify(rel)})`, (url) => url.resolve(base, rel));
      same(`resolveObject(${JSON.stringify(base)}, ${JSON.stringify(rel)})`, (url) => url.resolveObject(base, rel));
    }
  }
});

test('resolve: generated pairs', () => {
  const rand = prng(SEED + 3);
  for (let i = 0; i < 3000; i++) {
    const base = rand() < 0.5 ? pick(rand, bases) : generate(rand);
    const rel = rand() < 0.5 ? pick(rand, relatives) : generate(rand);
    same(`resolve(${JSON.stringify(base)}, ${JSON.stringify(rel)})`, (url) => url.resolve(base, rel));
    same(`resolveObject(${JSON.stringify(base)}, ${JSON.stringify(rel)})`, (url) => url.resolveObject(base, rel));
  }
});

test('Url class, methods and argument errors', () => {
  same('new Url()', (url) => new url.Url());
  same('Url#parse', (url) => new url.Url().parse('http://a/b?c', true));
  same('Url#resolve', (url) => url.parse('http://a/b/c').resolve('../d'));
  same('Url#resolveObject with an object', (url) => url.parse('http://a/b/c').resolveObject(url.parse('d?e', false, true)));
  same('parse(Url) returns it', (url) => { const u = url.parse('http://x'); return url.parse(u) === u; });
  same('resolveObject with empty source', (url) => url.resolveObject('', 'x'));
  same('resolveObject with undefined source', (url) => url.resolveObject(undefined, 'x'));
  for (const bad of [undefined, null, 1, true, {}, [], Symbol('s'), () => {}]) {
    const label = typeof bad === 'symbol' ? 'symbol' : String(bad);
    same(`parse(${label})`, (url) => url.parse(bad));
    same(`format(${label})`, (url) => url.format(bad));
    same(`resolve(${label}, 'x')`, (url) => url.resolve(bad, 'x'));
    same(`resolve('http://a', ${label})`, (url) => url.resolve('http://a', bad));
  }
  same('format(URL-like, options)', (url) => url.format(new URL('http://u:p@xn--n3h.com:8/p?q#h'),
                                                        { fragment: false, unicode: true, search: false, auth: false }));
  same('format(URL-like, bad options)', (url) => url.format(new URL('http://a/'), 'x'));
  for (const href of ['http://u:p@xn--n3h.com:8/p?q#h', 'file:///a/b', 'mailto:x@y', 'http://[::1]:9/', 'data:,x',
    'http://:p@h/', 'http://u@h/', 'blob:http://a/b']) {
    for (const options of [undefined, {}, { unicode: true }, { auth: false }, { fragment: false, search: false },
      { fragment: 0, unicode: 1, search: '', auth: null }]) {
      same(`format(new URL(${href}), ${JSON.stringify(options)})`, (url) => url.format(new URL(href), options));
    }
  }
});
