'use strict';

// Emulation of internalBinding('uv') on Node's public util API (see runtime/lib/BINDINGS.md, section `uv`).

const util = require('util');

module.exports = {
  errname: (err) => util.getSystemErrorName(err),
  getErrorMessage: (err) => util.getSystemErrorMessage(err),
  getErrorMap: () => util.getSystemErrorMap(),
};
