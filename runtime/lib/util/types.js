'use strict';

// The public `util/types` id: the same object as `require('util').types`.
module.exports = require('internal/util/types');
