'use strict';

// duplexPair(options): two connected Duplex streams; what is written to one is read from the other.

const {
  Symbol,
} = primordials;

const Duplex = require('internal/streams/duplex');

const { ERR_INTERNAL_ASSERTION } = require('internal/errors').codes;

const kLink = Symbol('kLink');

class DuplexSide extends Duplex {
  #otherSide = null;
  // The write callback of the other side, held until this side's reader asks for more.
  #callback = null;

  constructor(options) {
    super(options);
  }

  [kLink](otherSide) {
    if (this.#otherSide !== null) throw new ERR_INTERNAL_ASSERTION('duplexPair side linked twice');
    this.#otherSide = otherSide;
  }

  _read() {
    const callback = this.#callback;
    if (callback) {
      this.#callback = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#otherSide.#callback = callback;
    }
  }

  // A side that fails takes the other one down with it; a side destroyed without an error just ends the other's
  // readable half, as if it had ended its writes.
  _destroy(error, callback) {
    const otherSide = this.#otherSide;
    if (otherSide !== null && !otherSide.destroyed) {
      process.nextTick(() => {
        if (error) {
          otherSide.destroy();
        } else {
          otherSide.push(null);
        }
      });
    }
    callback(error);
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kLink](side1);
  side1[kLink](side0);
  return [side0, side1];
}

module.exports = { duplexPair };
