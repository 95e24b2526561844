/**
 * Issue 5, the file mode in a real browser: the production build served on 127.0.0.1 by
 * scripts/serve-web.js (what `npm run web` does), Debian's Chromium, the Office.js CDN out of
 * reach. The page must fall back to the file mode, open the sample workbook, run Check, Rank and
 * Nominate, and download a result with the same ranking and nominees as the command line —
 * without a single request leaving the machine.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/serve-web';
import { runCli } from '../cli/run';
import { launchBrowser, type Browser } from './browser';
import { ensureBuilt } from './build';
import { openStep, runCheck, runNominate, runRank, stepStrip } from './paneViews';
import { DIST, OFFICE_JS_URL, SAMPLE } from './paths';
import { nomineesOf, rankingOf, worksheetValues, type RankRow } from './resultSheets';
import { horizontalOverflow, shootView } from './screenshots';

const OUTPUT_SHEETS = ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Tờ trình', 'Thông báo kết quả'];
const PRIVACY_VI = 'Tệp của bạn không rời khỏi máy tính: mọi xử lý diễn ra trong trình duyệt.';
const PRIVACY_EN = 'Your file never leaves your computer: everything is processed in the browser.';

let server: RunningServer;
let browser: Browser;
let page: Page;
let work: string;

beforeAll(async () => {
  await ensureBuilt((line) => process.stderr.write(`[e2e] ${line}\n`));
  server = await startServer({ root: DIST, port: 0 });
  browser = await launchBrowser({ origin: server.origin, officeJs: 'abort' });
  page = browser.page;
  // A fixed clock: the "computed at" line of the sheets and the pictures do not change per run.
  await browser.context.clock.setFixedTime(new Date(2023, 0, 9, 8, 5));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-e2e-'));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function openFileModePage(): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Mở tệp Excel', exact: true }).waitFor();
}

/** Drops a file on the page as a user dragging it from the desktop would. */
async function dropFile(name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name));
      return dt;
    },
    { name, data: Array.from(bytes) },
  );
  await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: transfer });
}

async function fileMessage(): Promise<string> {
  const bar = page.getByTestId('file-message');
  await bar.waitFor();
  return (await bar.innerText()).trim();
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheetValues(wb: ExcelJS.Workbook, name: string) {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}" in the workbook`);
  return worksheetValues(ws);
}

describe('Outside Office the page shows the file mode, even when Office.js cannot be loaded', () => {
  it('offers "Mở tệp Excel", says the file stays on the computer, and asked nothing of another host but Office.js', async () => {
    await openFileModePage();
    await expect(page.getByTestId('privacy').innerText()).resolves.toBe(PRIVACY_VI);
    await expect(page.getByRole('button', { name: 'Tạo sổ mới', exact: true }).isVisible()).resolves.toBe(true);
    // The only address off this machine the page asked for is Office.js, and it was refused.
    expect(browser.network.nonLocal).toEqual([OFFICE_JS_URL]);
    expect(await horizontalOverflow(page)).toBe(0);
    await shootView(page, 'web-open', 'web');
  });
});

describe('The sample workbook: Check, Rank, Nominate, then "Tải về kết quả"', () => {
  let downloaded: ExcelJS.Workbook;

  it('opens the sample chosen with "Mở tệp Excel" and runs the three views', async () => {
    await openFileModePage();
    await page.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await page.getByTestId('file-name').filter({ hasText: 'bac-trung-bo-2022.xlsx' }).waitFor();

    // docs/quy-tac-tinh-diem.md: the sample has no error and two warnings (a self-score deviation, a biased scorer).
    expect(await runCheck(page)).toContain('Không có lỗi; có 2 cảnh báo nên xem lại.');
    await shootView(page, 'web-check');
    // No grid to go to here: choosing a problem says under it which cell to correct in Excel.
    const g7 = page.getByTestId('problem-list').getByRole('button', { name: /G7/ });
    await g7.click();
    await expect(g7.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.getByRole('note').filter({ hasText: 'Ô G7 của trang “Tự chấm”' }).innerText()).resolves.toContain('Hãy sửa ô này trong Excel hoặc LibreOffice');
    expect(await page.getByTestId('file-message').count()).toBe(0);
    expect(await runRank(page)).toContain('Đã xếp hạng 6 đơn vị.');
    await shootView(page, 'web-rank');
    expect(await runNominate(page)).toContain('Đã ghi các trang “Biên bản họp”, “Biên bản kiểm phiếu”, “Phiếu bầu (mẫu)”, “Tờ trình”, “Thông báo kết quả”.');
    await shootView(page, 'web-nominate');
    expect(await horizontalOverflow(page)).toBe(0);
  });

  it('downloads <name>-ket-qua.xlsx holding the four output sheets, from the step In & Tải về', async () => {
    await openStep(page, 'In & Tải về');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải về kết quả', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bac-trung-bo-2022-ket-qua.xlsx');
    const file = path.join(work, 'web-ket-qua.xlsx');
    await download.saveAs(file);
    downloaded = await readWorkbook(file);
    const names = downloaded.worksheets.map((w) => w.name);
    for (const sheet of OUTPUT_SHEETS) expect(names).toContain(sheet);
    await expect(page.getByTestId('result').filter({ hasText: 'Đã tạo tệp “bac-trung-bo-2022-ket-qua.xlsx”' }).count()).resolves.toBe(1);
  });

  it('ranks Tỉnh Nghệ An first with 98,65 and nominates Tỉnh Nghệ An for the Flag, Tỉnh Thừa Thiên Huế for the Certificate', () => {
    const ranking = rankingOf(sheetValues(downloaded, 'Xếp hạng'));
    expect(ranking).toHaveLength(6);
    expect(ranking[0]).toEqual<RankRow>({ rank: 1, name: 'Tỉnh Nghệ An', total: '98,65' });
    expect(nomineesOf(sheetValues(downloaded, 'Biên bản họp'))).toEqual({
      flag: ['Tỉnh Nghệ An'],
      certificate: ['Tỉnh Thừa Thiên Huế'],
    });
  });

  it('gives the same ranking and nominees as the command line on the same file', async () => {
    const cliOut = path.join(work, 'cli-ket-qua.xlsx');
    const run = await runCli(['rank', SAMPLE, '-o', cliOut], { cwd: work });
    expect(run.code).toBe(0);
    const cli = await readWorkbook(cliOut);
    expect(rankingOf(sheetValues(downloaded, 'Xếp hạng'))).toEqual(rankingOf(sheetValues(cli, 'Xếp hạng')));
    expect(nomineesOf(sheetValues(downloaded, 'Biên bản họp'))).toEqual(nomineesOf(sheetValues(cli, 'Biên bản họp')));
  });

  it('leaves every input sheet of the file as it was', async () => {
    const original = await readWorkbook(SAMPLE);
    for (const ws of original.worksheets) {
      expect({ sheet: ws.name, values: sheetValues(downloaded, ws.name) }).toEqual({ sheet: ws.name, values: worksheetValues(ws) });
    }
  });

  it('sent nothing anywhere: the only request off 127.0.0.1 was the refused Office.js', () => {
    expect(browser.network.nonLocal.filter((u) => u !== OFFICE_JS_URL)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('"Tạo sổ mới": the template input sheets in a new workbook, downloaded', () => {
  it('one press on "Tạo sổ mới" opens the form, its first field focused; then so-cham-diem-moi.xlsx holds the sheets', async () => {
    await openFileModePage();
    await page.getByRole('button', { name: 'Tạo sổ mới', exact: true }).click();
    // Finding 4: no second press, and the focus is where the typing starts.
    await page.getByLabel('Tên cụm').waitFor();
    await expect(page.getByLabel('Tên cụm').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByLabel('Tên cụm').fill('Cụm thi đua các tỉnh Bắc Trung Bộ');
    await page.getByRole('textbox', { name: 'Năm', exact: true }).fill('2023');
    await page.getByLabel('Thành viên (mã=tên, cách nhau bởi dấu ;)').fill('NA=Tỉnh Nghệ An; HT=Tỉnh Hà Tĩnh');
    await page.getByRole('button', { name: 'Tạo các trang nhập liệu', exact: true }).click();
    await page.getByTestId('result').filter({ hasText: 'Đã tạo các trang nhập liệu cho 2 đơn vị.' }).waitFor();
    await openStep(page, 'In & Tải về');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải về kết quả', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('so-cham-diem-moi.xlsx');
    const file = path.join(work, 'so-moi.xlsx');
    await download.saveAs(file);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Cấu hình', 'Thành viên', 'Tiêu chí']));
    const members = sheetValues(wb, 'Thành viên').flat();
    expect(members).toEqual(expect.arrayContaining(['Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh']));
  });
});

describe('A file that cannot be used gets one clear sentence, and the page stays usable', () => {
  beforeAll(async () => {
    await openFileModePage();
  });

  it('a text file renamed .xlsx: not an Excel workbook (judged by its content)', async () => {
    await dropFile('ghi-chu.xlsx', new TextEncoder().encode('Biên bản họp cụm thi đua — bản nháp\n'));
    await expect(fileMessage()).resolves.toContain('Tệp “ghi-chu.xlsx” không phải sổ tính Excel (.xlsx).');
  });

  it('a workbook with a password to open (an encrypted OLE file): remove the password first', async () => {
    await dropFile('co-mat-khau.xlsx', encryptedOleHeader());
    await expect(fileMessage()).resolves.toContain('Tệp “co-mat-khau.xlsx” được bảo vệ bằng mật khẩu.');
  });

  it('a damaged workbook (a zip that does not open): damaged', async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0x50, 0x4b, 0x03, 0x04]); // a zip's signature, then nothing a zip reader can use
    await dropFile('bi-hong.xlsx', bytes);
    await expect(fileMessage()).resolves.toContain('Tệp “bi-hong.xlsx” bị hỏng hoặc không đọc được như một sổ tính Excel.');
  });

  it('a file that is not named .xlsx is refused by its name before it is read', async () => {
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'bao-cao.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    await expect(fileMessage()).resolves.toContain('Tệp “bao-cao.docx” không phải sổ tính Excel (.xlsx). Hãy chọn tệp có đuôi .xlsx.');
  });

  it('a workbook without the input sheets: names the missing sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang tính1').getCell('A1').value = 'Danh sách khen thưởng';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await dropFile('danh-sach.xlsx', bytes);
    await expect(fileMessage()).resolves.toContain('không có trang Cấu hình, Thành viên, Tiêu chí');
  });

  it('a file over 50 MB is refused at once with its size and the limit', async () => {
    const transfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'rat-lon.xlsx'));
      return dt;
    });
    await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: transfer });
    await expect(fileMessage()).resolves.toContain('Tệp “rat-lon.xlsx” nặng 51 MB, vượt giới hạn 50 MB');
  });

  it('after all that, the sample still opens', async () => {
    await page.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await stepStrip(page).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('Office.js loads but does not say it is in Excel', () => {
  it('no host (an ordinary browser): the file mode', async () => {
    browser.officeJs = {
      body: 'window.Office = { onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };',
    };
    await openFileModePage();
    expect(await stepStrip(page).count()).toBe(0);
  });

  it('no answer at all: the file mode after a short wait, not a blank page', async () => {
    browser.officeJs = { body: 'window.Office = { onReady: function () { return new Promise(function () {}); } };' };
    await openFileModePage();
  });

  afterAll(() => {
    browser.officeJs = 'abort';
  });
});

describe('The English page (a browser set to English)', () => {
  let english: Browser;
  beforeAll(async () => {
    english = await launchBrowser({ origin: server.origin, officeJs: 'abort', locale: 'en-US' });
  }, 60_000);
  afterAll(async () => {
    await english?.close();
  });

  it('says the same things in English', async () => {
    await english.page.goto(server.url);
    await english.page.getByRole('button', { name: 'Open an Excel file', exact: true }).waitFor();
    await expect(english.page.getByTestId('privacy').innerText()).resolves.toBe(PRIVACY_EN);
    await english.page.locator('input[type="file"]').first().setInputFiles({ name: 'locked.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(encryptedOleHeader()) });
    await expect(english.page.getByTestId('file-message').innerText()).resolves.toContain('The file “locked.xlsx” is protected with a password.');
  });
});

/**
 * The start of an .xlsx saved with a password to open: Excel stores it as an OLE compound file
 * (signature D0 CF 11 E0 A1 B1 1A E1) whose directory names the stream "EncryptionInfo" in UTF-16.
 */
function encryptedOleHeader(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}
