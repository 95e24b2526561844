/**
 * scripts/check-bundle.js on small fake dist/ folders: what counts as the task pane's initial
 * JavaScript, the 160 KB gzip budget (issue 13; 200 KB before), and exceljs kept out of the initial bundle.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

interface Analysis {
  files: Array<{ file: string; raw: number; gzip: number; initial: boolean; exceljs: boolean }>;
  initialGzip: number;
  budget: number;
  problems: string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checkBundle = require('../../scripts/check-bundle.js') as {
  INITIAL_BUDGET_BYTES: number;
  EXCELJS_MARKERS: string[];
  initialScripts(html: string): string[];
  analyzeDist(dir: string): Analysis;
  formatReport(result: Analysis): string;
};

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
const made: string[] = [];

/** A fake dist/ with these files; taskpane.html loads `initial` (in that order). */
function fakeDist(files: Record<string, string | Buffer>, initial: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const tags = initial.map((f) => `<script defer src=${f}></script>`).join('');
  fs.writeFileSync(path.join(dir, 'taskpane.html'), `<!doctype html><html lang=vi><head>${OFFICE}${tags}</head><body></body></html>`);
  return dir;
}

/** Text that gzip cannot shrink much: base64 of random bytes (about 6 bits of entropy per character). */
function incompressible(chars: number): string {
  return `var x="${crypto.randomBytes(Math.ceil(chars * 0.75)).toString('base64').slice(0, chars)}";`;
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Initial JavaScript: the local scripts taskpane.html loads', () => {
  it('reads quoted, single-quoted and unquoted src attributes; skips the CDN and other absolute URLs', () => {
    const html =
      `<head>${OFFICE}<script defer src=725.e3b1038e.js></script><script defer="defer" src="./taskpane.8894fee1.js?v=1"></script>` +
      `<script src='/js/vendor.js'></script><script src="//cdn.example.com/x.js"></script><script>inline()</script></head>`;
    expect(checkBundle.initialScripts(html)).toEqual(['725.e3b1038e.js', 'taskpane.8894fee1.js', 'js/vendor.js']);
  });

  it('counts only those scripts: a chunk loaded later with import() is listed but not counted', () => {
    const big = incompressible(300_000);
    const dir = fakeDist({ 'taskpane.1.js': 'console.log("Tỉnh Nghệ An");', 'exceljs.2.js': big }, ['taskpane.1.js']);
    const result = checkBundle.analyzeDist(dir);
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => [f.file, f.initial])).toEqual([
      ['exceljs.2.js', false],
      ['taskpane.1.js', true],
    ]);
    // Independent check of the total: gzip of the one initial file.
    expect(result.initialGzip).toBe(zlib.gzipSync(Buffer.from('console.log("Tỉnh Nghệ An");'), { level: 9 }).length);
  });
});

describe('Budget: the initial task pane JS must stay within 160 KB of gzip', () => {
  it('the budget is 160 × 1024 bytes', () => {
    expect(checkBundle.INITIAL_BUDGET_BYTES).toBe(163_840);
  });

  it('fails when the initial scripts together exceed it, even if each file alone fits', () => {
    // Two files of ~130 KB raw each (~100 KB gzip each): each under the budget, together over it.
    const dir = fakeDist({ 'a.js': incompressible(130_000), 'b.js': incompressible(130_000) }, ['a.js', 'b.js']);
    const result = checkBundle.analyzeDist(dir);
    for (const f of result.files) expect(f.gzip).toBeLessThan(checkBundle.INITIAL_BUDGET_BYTES);
    expect(result.initialGzip).toBeGreaterThan(checkBundle.INITIAL_BUDGET_BYTES);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/vượt ngân sách 160\.0 KB/);
  });

  it('passes just under the budget', () => {
    const dir = fakeDist({ 'a.js': incompressible(200_000) }, ['a.js']); // ~150 KB gzip, under 160 × 1024
    const result = checkBundle.analyzeDist(dir);
    expect(result.initialGzip).toBeLessThan(checkBundle.INITIAL_BUDGET_BYTES);
    expect(result.problems).toEqual([]);
  });
});

describe('exceljs: never in the initial bundle (the web mode loads it with import())', () => {
  const exceljsLike = `/* bundled */ throw new Error("Please follow upgrade instruction: https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md");`;

  it('fails when an initial script contains exceljs code', () => {
    const dir = fakeDist({ 'taskpane.js': 'render();', 'vendors.js': exceljsLike }, ['vendors.js', 'taskpane.js']);
    const result = checkBundle.analyzeDist(dir);
    expect(result.files.find((f) => f.file === 'vendors.js')?.exceljs).toBe(true);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^vendors\.js chứa mã exceljs/);
  });

  it('accepts exceljs in a chunk loaded on demand', () => {
    const dir = fakeDist({ 'taskpane.js': 'render();', '974.js': exceljsLike }, ['taskpane.js']);
    const result = checkBundle.analyzeDist(dir);
    expect(result.files.find((f) => f.file === '974.js')).toMatchObject({ initial: false, exceljs: true });
    expect(result.problems).toEqual([]);
  });

  it('the markers are really in the installed exceljs (browser build and sources)', () => {
    const browserBuild = fs.readFileSync(path.join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js'), 'utf8');
    const xlsxSource = fs.readFileSync(path.join(ROOT, 'node_modules', 'exceljs', 'lib', 'xlsx', 'xlsx.js'), 'utf8');
    for (const marker of checkBundle.EXCELJS_MARKERS) {
      expect(browserBuild).toContain(marker);
      expect(xlsxSource).toContain(marker);
    }
  });
});

describe('Broken builds are reported, not skipped', () => {
  it('no taskpane.html: run the build first', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-empty-'));
    made.push(dir);
    expect(checkBundle.analyzeDist(dir).problems[0]).toMatch(/npm run build/);
  });

  it('taskpane.html loads a file that is not in dist/', () => {
    const dir = fakeDist({ 'taskpane.js': 'render();' }, ['taskpane.js', 'missing.js']);
    expect(checkBundle.analyzeDist(dir).problems).toEqual([expect.stringMatching(/missing\.js/)]);
  });
});

describe('Command line: a table of every JS file, exit code 1 on failure', () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check-bundle.js'), dir], { encoding: 'utf8' });

  it('prints raw and gzip sizes and exits 0 within budget', () => {
    const dir = fakeDist({ 'taskpane.js': 'render();', 'assets/late.js': 'later();' }, ['taskpane.js']);
    const result = run(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^file\s+raw\s+gzip\s+loaded/m);
    expect(result.stdout).toMatch(/^taskpane\.js\s+0\.0 KB\s+0\.0 KB\s+initial$/m);
    expect(result.stdout).toMatch(/^assets\/late\.js\s+0\.0 KB\s+0\.0 KB\s+later$/m);
    expect(result.stdout).toMatch(/^OK$/m);
  });

  it('exits 1 and says why when exceljs is in the initial bundle', () => {
    const dir = fakeDist({ 'taskpane.js': 'x("https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md")' }, ['taskpane.js']);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^FAIL: taskpane\.js chứa mã exceljs/m);
  });
});
