'use strict';

// PassThrough: a Transform that outputs its input unchanged.

const {
  ObjectSetPrototypeOf,
  ReflectApply,
} = primordials;

const Transform = require('internal/streams/transform');

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  ReflectApply(Transform, this, [options]);
}
ObjectSetPrototypeOf(PassThrough.prototype, Transform.prototype);
ObjectSetPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function(chunk, encoding, cb) {
  cb(null, chunk);
};

module.exports = PassThrough;
