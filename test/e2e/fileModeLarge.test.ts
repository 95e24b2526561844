/**
 * Issue 11: the file mode keeps the page responsive on a large workbook. The 34 members × 300
 * criteria × 34 cross-scoring sheets workbook of the benchmark is opened, checked and downloaded
 * in Chromium while the browser's long-task observer records every task of the page's main thread
 * that took over 50 ms; none may take more than 100 ms. The file engine and the core's check run
 * in the file mode's worker (src/web/fileWorker.ts), which the test sees started.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { startServer, type RunningServer } from '../../scripts/serve-web';
import { LARGE, syntheticXlsx } from '../../bench/largeXlsx';
import { launchBrowser, type Browser } from './browser';
import { ensureBuilt } from './build';
import { runCheck } from './paneViews';
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

test('opening, checking and downloading the 34 × 300 × 34 workbook never blocks the main thread for more than 100 ms', async () => {
  const page = browser.page;
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Mở tệp Excel', exact: true }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });

  await page.locator('input[type="file"]').first().setInputFiles(large);
  await page.getByTestId('file-name').filter({ hasText: 'cum-34-thanh-vien.xlsx' }).waitFor({ timeout: 120_000 });
  expect(page.workers().length).toBeGreaterThanOrEqual(1);
  expect(await runCheck(page)).toContain('Đã ghi trang “Kết quả kiểm tra”');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về kết quả', exact: true }).click()]);
  const file = path.join(work, 'ket-qua.xlsx');
  await download.saveAs(file);
  // Let the last tasks finish and be reported.
  await page.waitForTimeout(500);

  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  process.stderr.write(`[e2e] long tasks on the main thread (ms): ${longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'}\n`);
  expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(LONGEST_TASK_MS);

  // The download is the workbook with the check sheet added, read by exceljs.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.filter((w) => w.name.startsWith('Chấm chéo - '))).toHaveLength(LARGE.crossSheets);
  expect(wb.getWorksheet('Kết quả kiểm tra')).toBeDefined();
  expect(browser.pageErrors).toEqual([]);
}, 300_000);
