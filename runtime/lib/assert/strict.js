'use strict';

// `assert/strict` is the strict flavour of assert: the same object as `require('assert').strict`.

module.exports = require('assert').strict;
