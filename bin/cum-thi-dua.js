#!/usr/bin/env node
'use strict';
// The command is compiled from src/cli/main.ts into lib/ (npm run build:cli).
let cli;
try {
  cli = require('../lib/src/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('lib/src/cli/main.js')) {
    process.stderr.write('cum-thi-dua chưa được biên dịch: hãy chạy "npm run build:cli" (not built yet: run "npm run build:cli").\n');
    process.exit(70);
  }
  throw e;
}
cli.run();
