/**
 * Issue 14 in a real browser, the file mode in Chromium: "Phát phiếu chấm" downloads one .zip of
 * the six forms; "Thu phiếu chấm" on a copy whose member entries were erased shows, before
 * anything is written, which cells each form fills (nothing to download yet); confirming writes
 * them, and the downloaded workbook ranks exactly like the sample on the command line.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/serve-web';
import { runCli } from '../cli/run';
import { launchBrowser, type Browser } from './browser';
import { ensureBuilt } from './build';
import { DIST, SAMPLE } from './paths';
import { openStep } from './paneViews';
import { horizontalOverflow, shootView } from './screenshots';

const CODES = ['TH', 'NA', 'HT', 'QB', 'QT', 'TTH'];

let server: RunningServer;
let browser: Browser;
let page: Page;
let work: string;

beforeAll(async () => {
  await ensureBuilt((line) => process.stderr.write(`[e2e] ${line}\n`));
  server = await startServer({ root: DIST, port: 0 });
  browser = await launchBrowser({ origin: server.origin, officeJs: 'abort' });
  page = browser.page;
  await browser.context.clock.setFixedTime(new Date(2023, 0, 9, 8, 5));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-e2e-forms-'));
  // The erased copy, written by exceljs (an independent program).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  for (const ws of wb.worksheets) {
    if (ws.name !== 'Tự chấm' && !ws.name.startsWith('Chấm chéo')) continue;
    ws.eachRow((row) => {
      if (String(row.getCell(1).value).includes('.')) for (let c = 4; c <= 9; c++) row.getCell(c).value = null;
    });
  }
  await wb.xlsx.writeFile(path.join(work, 'trong.xlsx'));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function openFile(file: string): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Mở tệp Excel', exact: true }).waitFor();
  await page.locator('input[type="file"]').first().setInputFiles(file);
  await page.getByTestId('file-name').filter({ hasText: path.basename(file) }).waitFor();
  await page.getByRole('button', { name: 'Phiếu chấm', exact: true }).click();
}

test('Phát phiếu chấm: one .zip with the six members’ forms', async () => {
  await openFile(SAMPLE);
  await page.getByLabel('Hạn gửi lại phiếu (không bắt buộc)').fill('2023-01-15');
  await page.getByRole('button', { name: 'Lập phiếu chấm', exact: true }).click();
  const link = page.getByRole('link', { name: 'Tải tất cả (phieu-cham-2022.zip)' });
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('phieu-cham-2022.zip');
  const zip = path.join(work, 'phieu-cham-2022.zip');
  await download.saveAs(zip);
  const files = unzipSync(new Uint8Array(fs.readFileSync(zip)));
  expect(Object.keys(files)).toEqual(CODES.map((c) => `${c}.xlsx`));
  fs.mkdirSync(path.join(work, 'phieu'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(work, 'phieu', name), bytes);
  // The cover carries the deadline typed in the page.
  const na = new ExcelJS.Workbook();
  await na.xlsx.readFile(path.join(work, 'phieu', 'NA.xlsx'));
  expect(na.getWorksheet('Trang bìa')!.getCell('B7').value).toBe('15/01/2023');
  expect(await horizontalOverflow(page)).toBe(0);
  await shootView(page, 'web-forms-issue');
}, 120_000);

test('Thu phiếu chấm: the preview first, nothing written; then the values, and the sample’s ranking', async () => {
  await openFile(path.join(work, 'trong.xlsx'));
  await page.getByTestId('form-files').setInputFiles(CODES.map((c) => path.join(work, 'phieu', `${c}.xlsx`)));
  await page.getByText('Đã chọn 6 tệp.').waitFor();
  await page.getByRole('button', { name: 'Kiểm tra và xem trước', exact: true }).click();
  const preview = page.getByTestId('gather-preview');
  await preview.waitFor();
  for (const c of CODES) {
    const card = preview.locator(`[data-form="${c}.xlsx"]`);
    await expect(card.getAttribute('data-accepted')).resolves.toBe('yes');
    await expect(card.innerText()).resolves.toContain('Điền 89 ô trống · 0 ô đã có đúng số · 0 ô xung đột');
  }
  // Folded under each form: every cell it fills (the sheets and counts show at a glance).
  await expect(preview.locator('[data-form="NA.xlsx"] summary').innerText()).resolves.toBe('Ô sẽ được điền (89) Tự chấm: 16 · Chấm chéo - NA: 73');
  await expect(preview.locator('[data-form="NA.xlsx"] [data-cell="Tự chấm!E5"]').textContent()).resolves.toBe('Tự chấm!E5 ← 9,50');
  await expect(page.getByTestId('gather-total').innerText()).resolves.toBe('Sẽ ghi 534 ô vào sổ.');
  expect(await horizontalOverflow(page)).toBe(0);
  await shootView(page, 'web-forms-preview');

  await page.getByRole('button', { name: 'Ghi vào sổ', exact: true }).click();
  await page.getByText('Đã thu 6 phiếu: ghi 534 ô và 6 dòng nhật ký.').waitFor();
  // The download is the last step's (In & Tải về).
  await openStep(page, 'In & Tải về');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về kết quả', exact: true }).click()]);
  const result = path.join(work, 'da-thu.xlsx');
  await download.saveAs(result);
  const gathered = JSON.parse((await runCli(['rank', result, '-o', path.join(work, 'da-thu-kq.xlsx'), '--json'], { cwd: work })).stdout);
  const sample = JSON.parse((await runCli(['rank', SAMPLE, '-o', path.join(work, 'mau-kq.xlsx'), '--json'], { cwd: work })).stdout);
  expect(gathered.fingerprint).toBe(sample.fingerprint);
  expect(gathered.ranking).toEqual(sample.ranking);
  expect(gathered.nomination).toEqual(sample.nomination);
}, 180_000);
