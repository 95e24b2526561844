#!/usr/bin/env node
'use strict';
/**
 * Regenerates the README's pictures of the task pane, docs/images/pane-*.png, at 320 px (the
 * narrowest task pane Excel shows):
 *
 *   node scripts/screenshots.js
 *
 * The pictures are taken by the browser tests themselves (test/e2e/: the production build in
 * Debian's Chromium, the sample workbook, a fixed clock), so they always show what the tests
 * checked. This script runs those tests with CTD_DOC_IMAGES=1, which makes them copy their
 * 320 px pictures of the add-in's views and of the file mode's first screen into docs/images/.
 * Every test run also leaves all its pictures, 320 and 1280 px, in test-output/screenshots/.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const TESTS = ['test/e2e/addinMode.test.ts', 'test/e2e/fileMode.test.ts'];
const PICTURES = ['check', 'rank', 'nominate', 'web'].map((name) => path.join('docs', 'images', `pane-${name}.png`));

const jest = require.resolve('jest/bin/jest', { paths: [ROOT] });
const result = spawnSync(process.execPath, [jest, '--runInBand', ...TESTS], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CTD_DOC_IMAGES: '1' },
});
if (result.status !== 0) {
  console.error('\nCác kiểm thử trên trình duyệt không đạt: ảnh chưa được cập nhật đầy đủ. / The browser tests failed.');
  process.exit(result.status || 1);
}
for (const file of PICTURES) {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) {
    console.error(`Thiếu ${file}. / ${file} was not written.`);
    process.exit(1);
  }
  console.log(`${file}  ${fs.statSync(full).size} byte`);
}
