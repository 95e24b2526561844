/**
 * Runs the built command line (bin/cum-thi-dua.js over lib/) as its own process and reports its
 * peak resident memory, as the operating system counts it (getrusage's maxrss, read by a small
 * preload at exit). lib/ is built first when it is missing or older than the sources.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
const REPORTER = path.join(__dirname, 'reportPeakRss.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export function ensureCliBuilt(): void {
  if (fs.existsSync(MAIN) && fs.statSync(MAIN).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build:cli failed:\n${r.stdout}${r.stderr}`);
  fs.utimesSync(MAIN, new Date(), new Date());
}

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  peakMb: number;
  ms: number;
}

export function runCliProcess(args: readonly string[], cwd: string): ProcessRun {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', REPORTER, path.join(ROOT, 'bin', 'cum-thi-dua.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.replace(/PEAK_RSS_KB=\d+\n?/, ''), peakMb: kb / 1024, ms };
}
