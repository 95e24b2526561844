'use strict';
/** jest globalSetup: `npm test` on a fresh Debian machine installs what the tests need first. */
const { ensureDebianPackages } = require('./ensure-system-packages');
const requirements = require('./system-packages');

module.exports = async function globalSetup() {
  const result = ensureDebianPackages(requirements);
  if (result.missing.length > 0) throw new Error(result.message);
};
