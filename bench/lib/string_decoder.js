'use strict';

// 4 MB of mixed UTF-8 text fed to a StringDecoder in chunks of 61 bytes (so characters are split), and the same
// bytes as UTF-16LE and base64.
const text = 'ascii text, ünïcödé, €uro, 😀 emoji, 漢字 — '.repeat(60000);
const chunkSize = 61;

function feed(StringDecoder, encoding, bytes) {
  const decoder = new StringDecoder(encoding);
  let n = 0;
  for (let i = 0; i < bytes.length; i += chunkSize) n += decoder.write(bytes.subarray(i, i + chunkSize)).length;
  return n + decoder.end().length;
}

const utf8 = Buffer.from(text, 'utf8');
const utf16 = Buffer.from(text, 'utf16le');

module.exports = [
  {
    name: 'StringDecoder utf8, 4 MB in 61-byte chunks',
    module: 'string_decoder',
    run: ({ StringDecoder }) => feed(StringDecoder, 'utf8', utf8),
  },
  {
    name: 'StringDecoder utf16le + base64, 4 MB each in 61-byte chunks',
    module: 'string_decoder',
    run: ({ StringDecoder }) => feed(StringDecoder, 'utf16le', utf16) + feed(StringDecoder, 'base64', utf8),
  },
];
