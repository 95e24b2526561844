#!/usr/bin/env node
'use strict';
/** Installs the system packages the tests need when they are missing (root on Debian). */
const { ensureDebianPackages } = require('./ensure-system-packages');
const requirements = require('./system-packages');

const result = ensureDebianPackages(requirements);
if (result.missing.length > 0) {
  process.stderr.write(result.message + '\n');
  process.exit(1);
}
