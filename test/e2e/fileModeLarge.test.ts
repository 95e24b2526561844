/**
 * Issues 11 and 13: the file mode keeps the page responsive on a large workbook. The 34 members ×
 * 300 criteria × 34 cross-scoring sheets workbook of the benchmark is opened, checked, ranked and
 * downloaded in Chromium while the browser's long-task observer records every task of the page's
 * main thread that took over 50 ms; none may take more than 100 ms, in any phase (a speed target:
 * asserted under `npm run bench`, printed under `npm test`). The file engine
 * and the core's check run in the file mode's worker (src/web/fileWorker.ts), which the test sees
 * started; opening and downloading show how far they are in per cent (issue 13).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { startServer, type RunningServer } from '../../scripts/serve-web';
import { LARGE, syntheticXlsx } from '../../bench/largeXlsx';
import { launchBrowser, type Browser } from './browser';
import { ensureBuilt } from './build';
import { openStep, runCheck, runRank } from './paneViews';
import { DIST } from './paths';

/** The longest a task of the main thread may take (issue 11, "Done when"). */
const LONGEST_TASK_MS = 100;

let server: RunningServer;
let browser: Browser;
let work: string;
let large: string;

beforeAll(async () => {
  await ensureBuilt((line) => process.stderr.write(`[e2e] ${line}\n`));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-e2e-large-'));
  large = await syntheticXlsx(LARGE, path.join(work, 'cum-34-thanh-vien.xlsx'));
  server = await startServer({ root: DIST, port: 0 });
  browser = await launchBrowser({ origin: server.origin, officeJs: 'abort' });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The long tasks recorded since the last call (and forgets them). */
async function longTasksSince(page: import('playwright-core').Page): Promise<number[]> {
  // Let the last tasks finish and be reported.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    const seen = w.longTasks;
    w.longTasks = [];
    return seen;
  });
}

test('opening, checking, ranking and downloading the 34 × 300 × 34 workbook never block the main thread for more than 100 ms', async () => {
  const page = browser.page;
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Mở tệp Excel', exact: true }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; percents: string[] };
    w.longTasks = [];
    w.percents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    // Every percentage the page shows while it works.
    new MutationObserver(() => {
      const m = /(\d+)%/.exec(document.querySelector('[data-testid="progress"]')?.textContent ?? document.querySelector('[aria-disabled] + span')?.textContent ?? '');
      if (m && w.percents[w.percents.length - 1] !== m[1]) w.percents.push(m[1]);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const phases: Record<string, number[]> = {};

  await page.locator('input[type="file"]').first().setInputFiles(large);
  await page.getByTestId('file-name').filter({ hasText: 'cum-34-thanh-vien.xlsx' }).waitFor({ timeout: 120_000 });
  phases.open = await longTasksSince(page);
  const openPercents = await page.evaluate(() => (window as unknown as { percents: string[] }).percents.splice(0));
  expect(page.workers().length).toBeGreaterThanOrEqual(1);
  expect(await runCheck(page)).toContain('Đã ghi trang “Kết quả kiểm tra”');
  phases.check = await longTasksSince(page);
  expect(await runRank(page)).toContain('Đã xếp hạng 34 đơn vị.');
  phases.rank = await longTasksSince(page);
  await openStep(page, 'In & Tải về');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về kết quả', exact: true }).click()]);
  const file = path.join(work, 'ket-qua.xlsx');
  await download.saveAs(file);
  phases.download = await longTasksSince(page);
  const downloadPercents = await page.evaluate(() => (window as unknown as { percents: string[] }).percents.splice(0));

  for (const [phase, tasks] of Object.entries(phases)) {
    process.stderr.write(`[e2e] ${phase}: long tasks on the main thread (ms): ${tasks.map((d) => d.toFixed(0)).join(', ') || 'none'}; longest ${Math.max(0, ...tasks).toFixed(0)}\n`);
  }
  process.stderr.write(`[e2e] percentages shown while opening: ${openPercents.join(' ')}; while downloading: ${downloadPercents.join(' ')}\n`);
  // The 100 ms target is a speed figure: checked by `npm run bench` (which runs this file with
  // CTD_BENCH=1 on an otherwise idle machine), only printed under `npm test`, where other suites
  // share the CPU and any task may take longer.
  if (process.env.CTD_BENCH === '1') {
    for (const [phase, tasks] of Object.entries(phases)) expect({ phase, longest: Math.max(0, ...tasks) <= LONGEST_TASK_MS }).toEqual({ phase, longest: true });
  }
  // The percentage moved while opening (at least three different figures, ending high).
  expect(new Set(openPercents).size).toBeGreaterThanOrEqual(3);
  // And while downloading (the packing of the file shows its percentage too).
  expect(new Set(downloadPercents).size).toBeGreaterThanOrEqual(3);

  // The download is the workbook with the result sheets added (described by the worker), read by exceljs.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.filter((w) => w.name.startsWith('Chấm chéo - '))).toHaveLength(LARGE.crossSheets);
  expect(wb.getWorksheet('Kết quả kiểm tra')).toBeDefined();
  expect(wb.getWorksheet('Tổng hợp điểm')).toBeDefined();
  // Every member (named "Tỉnh Thử Nghiệm n" by the benchmark's generator) is on the ranking sheet.
  const named = new Set<string>();
  wb.getWorksheet('Xếp hạng')!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && /^Tỉnh Thử Nghiệm \d+$/.test(c.value) && named.add(c.value))));
  expect(named.size).toBe(LARGE.members);
  expect(browser.pageErrors).toEqual([]);
}, 300_000);
