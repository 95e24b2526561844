'use strict';
// Preloaded (node -r) by test/corpus/peakRss.ts and bench/bench.ts: prints the process's peak
// resident memory in KB on stderr when it exits.
process.on('exit', () => {
  require('fs').writeSync(2, `PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
