/**
 * Issue 5, the add-in mode in a real browser: the same production page, with a fake Office host
 * injected before the page's scripts (fakeHost.ts: the in-memory Excel API fake of the Office
 * shell tests) holding the sample workbook's grids. The Office.js request is answered with an
 * empty script, so the fake stays in place and nothing is fetched from Microsoft. Clicking
 * through Check, Rank and Nominate must write the output sheets into the fake workbook.
 */
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/serve-web';
import type { FakeOfficeOptions, FakeScalar } from '../fakes/fakeExcel';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { launchBrowser, type Browser } from './browser';
import { ensureBuilt } from './build';
import type { FakeHostHandle } from './fakeHost';
import { bundleFakeHost } from './fakeHostBundle';
import { runCheck, runNominate, runRank, stepStrip } from './paneViews';
import { DIST, SAMPLE } from './paths';
import { nomineesOf, rankingOf } from './resultSheets';
import { horizontalOverflow, shootView } from './screenshots';
import { conferenceCase } from '../conference/cases';
import type { CorpusCell } from '../corpus/book';

let server: RunningServer;
let browser: Browser;
let page: Page;
let fakeHostScript: string;
let sampleSheets: Record<string, FakeScalar[][]>;

/** The sample's input sheets as plain values, read in Node with the file shell. */
async function sampleGrids(): Promise<Record<string, FakeScalar[][]>> {
  const { input } = await readXlsxFile(SAMPLE);
  const sheets: Record<string, FakeScalar[][]> = {};
  for (const grid of input.sheets) {
    sheets[grid.name] = grid.values.map((row) => row.map((v) => (v === null || v === undefined ? '' : v)));
  }
  return sheets;
}

/** The init script: the workbook for the fake, then the fake host itself. */
function hostScript(options: FakeOfficeOptions, readyDelayMs = 0): string {
  return [
    `window.__ctdFakeOptions = ${JSON.stringify(options)};`,
    fakeHostScript,
    // Office answering late (a slow machine): onReady resolves only after the delay.
    readyDelayMs > 0
      ? `(function () { var ready = Office.onReady; Office.onReady = function (cb) { return new Promise(function (r) { setTimeout(r, ${readyDelayMs}); }).then(function () { return ready(cb); }); }; })();`
      : '',
  ].join('\n');
}

function fakeValues(sheet: string): Promise<FakeScalar[][]> {
  return page.evaluate((name) => (window as unknown as { __ctdFake: FakeHostHandle }).__ctdFake.values(name), sheet);
}

function fakeSheetNames(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __ctdFake: FakeHostHandle }).__ctdFake.sheetNames());
}

beforeAll(async () => {
  await ensureBuilt((line) => process.stderr.write(`[e2e] ${line}\n`));
  [fakeHostScript, sampleSheets] = await Promise.all([bundleFakeHost(), sampleGrids()]);
  server = await startServer({ root: DIST, port: 0 });
  browser = await launchBrowser({ origin: server.origin, officeJs: 'empty' });
  page = browser.page;
  await browser.context.clock.setFixedTime(new Date(2023, 0, 9, 8, 5));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Inside Excel (a fake host): the pane works on the open workbook', () => {
  beforeAll(async () => {
    await page.addInitScript({ content: hostScript({ sheets: sampleSheets, displayLanguage: 'vi-VN' }) });
    await page.goto(server.url);
    await stepStrip(page).waitFor();
    // Without Office's hint the file mode shows first; the fake host's "Excel" then switches to the add-in.
    await page.getByTestId('privacy').waitFor({ state: 'detached' });
  });

  it('opens as the add-in: the steps, and none of the file mode', async () => {
    await expect(stepStrip(page).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: 'Mở tệp Excel' }).count()).toBe(0);
    expect(await page.getByTestId('privacy').count()).toBe(0);
  });

  it('Kiểm tra writes “Kết quả kiểm tra” into the workbook', async () => {
    expect(await runCheck(page)).toContain('Không có lỗi; có 2 cảnh báo nên xem lại.');
    expect(await fakeSheetNames()).toContain('Kết quả kiểm tra');
    await shootView(page, 'addin-check', 'check');
  });

  it('Xếp hạng writes “Xếp hạng”: Tỉnh Nghệ An at rank 1 with 98,65, six members', async () => {
    expect(await runRank(page)).toContain('Đã xếp hạng 6 đơn vị.');
    const names = await fakeSheetNames();
    expect(names).toEqual(expect.arrayContaining(['Tổng hợp điểm', 'Xếp hạng']));
    const ranking = rankingOf(await fakeValues('Xếp hạng'));
    expect(ranking).toHaveLength(6);
    expect(ranking[0]).toEqual({ rank: 1, name: 'Tỉnh Nghệ An', total: '98,65' });
    await shootView(page, 'addin-rank', 'rank');
  });

  it('Đề nghị writes “Biên bản họp” (and the submission and notice) naming Tỉnh Nghệ An (Flag) and Tỉnh Thừa Thiên Huế (Certificate)', async () => {
    expect(await runNominate(page)).toContain('Đã ghi các trang “Biên bản họp”, “Biên bản kiểm phiếu”, “Phiếu bầu (mẫu)”, “Tờ trình”, “Thông báo kết quả”.');
    expect(nomineesOf(await fakeValues('Biên bản họp'))).toEqual({ flag: ['Tỉnh Nghệ An'], certificate: ['Tỉnh Thừa Thiên Huế'] });
    await shootView(page, 'addin-nominate', 'nominate');
  });

  it('left the input sheets as they were', async () => {
    for (const [name, values] of Object.entries(sampleSheets)) {
      const now = await fakeValues(name);
      // The fake reads back from A1 to the last used cell: the same block as the file's grid.
      expect({ name, values: now }).toEqual({ name, values });
    }
  });

  it('fits 320 px, raised no script error, and asked nothing of another host (the host’s Office was there: Office.js not fetched)', async () => {
    expect(await horizontalOverflow(page)).toBe(0);
    expect(browser.pageErrors).toEqual([]);
    expect([...new Set(browser.network.nonLocal)]).toEqual([]);
  });
});

describe('A split Flag vote (issue 10): the pane shows round 2 and whom it is between', () => {
  it('3–3: the warning, round 1 with its votes, round 2 awaiting its papers between Nghệ An and Thừa Thiên Huế', async () => {
    const book = conferenceCase('3–3 Flag: round 2 between the two').book();
    const plain = (v: CorpusCell): FakeScalar => (v === null || typeof v === 'object' ? '' : v);
    const sheets = Object.fromEntries(book.sheets.map((s) => [s.name, s.rows.map((r) => r.map(plain))]));
    const split = await browser.context.newPage();
    await split.setViewportSize({ width: 320, height: 640 });
    await split.addInitScript({ content: hostScript({ sheets, displayLanguage: 'vi-VN' }) });
    await split.goto(server.url);
    await stepStrip(split).waitFor();
    expect(await runNominate(split)).toMatch(/Có \d+ vấn đề Hội nghị cần xử lý/);
    await expect(
      split.getByText('Chưa đủ tỷ lệ phiếu để suy tôn Cờ thi đua: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.').isVisible(),
    ).resolves.toBe(true);
    const rounds = split.getByRole('region', { name: 'Các vòng bỏ phiếu — Cờ thi đua' });
    await expect(rounds.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Vòng 1: tỉnh Nghệ An 3/6 phiếu (50,00%); tỉnh Thừa Thiên Huế 3/6 phiếu (50,00%)'),
      expect.stringMatching(/^Vòng 2 \(chưa nhập phiếu\) — Bỏ phiếu giữa:\s*Tỉnh Nghệ An\s*Tỉnh Thừa Thiên Huế$/),
    ]);
    await rounds.scrollIntoViewIfNeeded();
    await shootView(split, 'addin-nominate-runoff');
    expect(await horizontalOverflow(split)).toBe(0);
    await split.close();
  });
});

describe('What the host cannot do is told above the views (createExcelPort’s onNotice)', () => {
  it('an Excel with ExcelApi 1.8 cannot set up printed pages: the pane says so, and the notice can be dismissed', async () => {
    const notes = await browser.context.newPage();
    await notes.addInitScript({ content: hostScript({ sheets: sampleSheets, supported: { ExcelApi: '1.8' } }) });
    await notes.goto(server.url);
    await notes.getByTestId('privacy').waitFor({ state: 'detached' });
    await runRank(notes);
    const notice = notes.locator('[data-notice]').filter({ hasText: 'không hỗ trợ thiết lập trang in' });
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain('“Xếp hạng”');
    await shootView(notes, 'addin-notice');
    await notes.getByRole('button', { name: 'Đóng', exact: true }).click();
    await notice.waitFor({ state: 'detached' });
    await notes.close();
  });
});

/** Sets window.__sawFileMode as soon as the file mode's button appears on the page, if ever. */
const WATCH_FILE_MODE = `
  window.__sawFileMode = false;
  new MutationObserver(function () {
    if (document.body && document.body.textContent && document.body.textContent.indexOf('Mở tệp Excel') >= 0) window.__sawFileMode = true;
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

describe('Inside Office, Office.js answering late (a cold start, issue 12)', () => {
  it('Office’s host hint in the address and onReady after 5 s: a spinner, never the file mode, then the add-in', async () => {
    const late = await browser.context.newPage();
    await late.addInitScript({ content: hostScript({ sheets: sampleSheets }, 5000) + WATCH_FILE_MODE });
    const started = Date.now();
    await late.goto(server.url + (server.url.includes('?') ? '&' : '?') + '_host_Info=Excel$Win32$16.01$vi-VN$$$$0');
    await late.getByTestId('starting').waitFor();
    await expect(late.getByTestId('starting').innerText()).resolves.toContain('Đang chờ Excel khởi động');
    await stepStrip(late).waitFor({ timeout: 20_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
    expect(await late.evaluate(() => (window as unknown as { __sawFileMode: boolean }).__sawFileMode)).toBe(false);
    await late.close();
  });
});

describe('Outside Office’s hints, Office answers after the deadline (a browser that does load Office.js slowly)', () => {
  it('the page shows the file mode first, then switches to the add-in', async () => {
    const late = await browser.context.newPage();
    // 8 s: the file mode (after the 3 s deadline, and its own chunk) must have shown before, even on a busy machine.
    await late.addInitScript({ content: hostScript({ sheets: sampleSheets }, 8000) });
    await late.goto(server.url);
    await late.getByRole('button', { name: 'Mở tệp Excel', exact: true }).waitFor();
    await stepStrip(late).waitFor({ timeout: 15_000 });
    expect(await late.getByRole('button', { name: 'Mở tệp Excel' }).count()).toBe(0);
    await late.close();
  });
});
