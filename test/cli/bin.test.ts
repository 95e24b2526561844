/**
 * The installed command itself, spawned once: bin/cum-thi-dua.js runs the compiled lib/ (built
 * by `npm run build:cli`). Skipped when lib/ has not been built.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const BUILT = existsSync(path.join(ROOT, 'lib', 'src', 'cli', 'main.js'));

(BUILT ? test : test.skip)('bin/cum-thi-dua.js checks the sample: exit 0, one JSON object on stdout, progress on stderr', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'cum-thi-dua.js'), 'check', 'samples/bac-trung-bo-2022.xlsx', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CUM_THI_DUA_DEBUG: '' },
  });
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(Object.keys(json)).toEqual(['fingerprint', 'issues']);
  expect(json.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
  expect(r.stderr).toContain('Đọc tệp');
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const v = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'cum-thi-dua.js'), '--version'], { encoding: 'utf8' });
  expect(v.stdout.trim()).toBe(pkg.version);
});
