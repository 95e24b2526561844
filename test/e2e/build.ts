/**
 * The browser tests run against the production build in dist/ (what `npm run web` serves and
 * what is deployed). .ci/run builds before `npm test`; on a fresh checkout, or when the sources
 * are newer than the build, the tests build it themselves. Two test files may ask at once, so
 * the build runs under a lock (a directory: creating one is atomic) and the other one waits.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DIST, E2E_OUTPUT, ROOT } from './paths';

/** What the build is made from; a newer file here makes dist/ stale. */
const SOURCES = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json', 'tsconfig.json'];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/**
 * Touched after each build the tests make: webpack leaves a file untouched when its content did
 * not change (a comment edited in src/), so dist/'s own dates would make it look stale forever.
 */
const STAMP = path.join(E2E_OUTPUT, 'dist.stamp');

/** Why dist/ cannot be used as it is, or null when it is up to date. */
export function buildNeeded(): string | null {
  const page = path.join(DIST, 'taskpane.html');
  if (!fs.existsSync(page)) return 'dist/taskpane.html is missing';
  const built = Math.max(fs.statSync(page).mtimeMs, newestMtime(STAMP));
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return newest > built ? 'the sources are newer than dist/' : null;
}

function runBuild(): void {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [cli, '--mode', 'production'], { cwd: ROOT, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function lockHolderAlive(lock: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else. No pid file yet: just created.
    return (e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Builds dist/ when it is missing or stale; returns how it went, for the test log. */
export async function ensureBuilt(log: (line: string) => void = () => undefined): Promise<'fresh' | 'built'> {
  fs.mkdirSync(E2E_OUTPUT, { recursive: true });
  const lock = path.join(E2E_OUTPUT, 'build.lock');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const why = buildNeeded();
    if (!why) return 'fresh';
    try {
      fs.mkdirSync(lock);
    } catch {
      // Someone else is building: wait for their lock to go (or its owner to die).
      if (!lockHolderAlive(lock)) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}`);
      await sleep(500);
      continue;
    }
    try {
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      log(`building dist/ (${why})…`);
      const started = new Date();
      runBuild();
      // The build saw the sources as they were when it started.
      fs.writeFileSync(STAMP, '');
      fs.utimesSync(STAMP, started, started);
      return 'built';
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
