/**
 * Issue 13 in a real browser: the whole year's work in order from the step strip, at 320 px, with
 * the keyboard only (Tab, Shift+Tab, Enter, Space) — in Excel (the fake host holding the sample
 * workbook) and in the file mode. After every action the focus is somewhere visible, never on the
 * page's body; every view passes axe with no serious or critical violation; every view is
 * pictured at 320 and 1280 px (the README's pictures come from here: scripts/screenshots.js).
 */
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/serve-web';
import type { FakeOfficeOptions, FakeScalar } from '../fakes/fakeExcel';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { axeViolations, focused, serious, type AxeFinding, type Focused } from './a11y';
import { launchBrowser, type Browser } from './browser';
import { ensureBuilt } from './build';
import { bundleFakeHost } from './fakeHostBundle';
import { stepStrip } from './paneViews';
import { DIST, SAMPLE } from './paths';
import { horizontalOverflow, shootView } from './screenshots';

let server: RunningServer;
let browser: Browser;
let fakeHostScript: string;
let sampleSheets: Record<string, FakeScalar[][]>;
/** axe's findings per view and mode, printed at the end for the report. */
const axeReport: string[] = [];

async function sampleGrids(): Promise<Record<string, FakeScalar[][]>> {
  const { input } = await readXlsxFile(SAMPLE);
  const sheets: Record<string, FakeScalar[][]> = {};
  for (const grid of input.sheets) sheets[grid.name] = grid.values.map((row) => row.map((v) => (v === null || v === undefined ? '' : v)));
  return sheets;
}

beforeAll(async () => {
  await ensureBuilt((line) => process.stderr.write(`[e2e] ${line}\n`));
  [fakeHostScript, sampleSheets] = await Promise.all([bundleFakeHost(), sampleGrids()]);
  server = await startServer({ root: DIST, port: 0 });
  browser = await launchBrowser({ origin: server.origin, officeJs: 'abort' });
  await browser.context.clock.setFixedTime(new Date(2023, 0, 9, 8, 5));
}, 600_000);

afterAll(async () => {
  process.stderr.write(`[e2e] axe, serious or critical violations per view:\n${axeReport.join('\n')}\n`);
  await browser?.close();
  await server?.close();
});

/** Presses Tab (or Shift+Tab) until `wanted` has the focus; every stop on the way must be visible and never the body. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, backwards = false, limit = 80): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    expect({ at: f.name, body: f.tag === 'BODY' }).toEqual({ at: f.name, body: false });
    expect({ at: f.name, visible: f.visible }).toEqual({ at: f.name, visible: true });
    if (wanted(f)) return f;
  }
  throw new Error('the focus never reached what was wanted');
}

const named = (text: string | RegExp) => (f: Focused) => (typeof text === 'string' ? f.name === text : text.test(f.name));
const step = (name: string) => named(new RegExp(`^Bước \\d: ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} — `));

/** Opens a step from the strip by keyboard: to it with Tab (from above it) or Shift+Tab (from the view), then Enter (or Space). */
async function openStepByKeyboard(page: Page, name: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  const here = await focused(page);
  const onTop = /^Bước \d: /.test(here.name) || here.name === 'Cài đặt' || here.name === 'Phiếu chấm' || here.name === 'Mở tệp khác';
  await tabTo(page, step(name), !onTop);
  await page.keyboard.press(key);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  expect((await focused(page)).tag).not.toBe('BODY');
}

/** Runs the view's command by keyboard; afterwards the focus is on its result's heading. */
async function runByKeyboard(page: Page, button: string, resultTitle: string, done: string): Promise<void> {
  await tabTo(page, named(button));
  await page.keyboard.press('Enter');
  await page.getByTestId('result').filter({ hasText: done }).waitFor({ timeout: 60_000 });
  await page.waitForFunction((title) => document.activeElement?.textContent === title, resultTitle);
  const f = await focused(page);
  expect({ tag: f.tag, name: f.name }).toEqual({ tag: 'H3', name: resultTitle });
  await expect(page.getByTestId('announcer').innerText()).resolves.toContain(`${resultTitle}: `);
}

async function checkAxe(page: Page, mode: string, view: string): Promise<void> {
  const found: AxeFinding[] = await axeViolations(page);
  const bad = serious(found);
  axeReport.push(`  ${mode} ${view}: ${bad.length} serious/critical (${found.length} in all${found.length ? `: ${[...new Set(found.map((v) => `${v.id}/${v.impact}`))].join(', ')}` : ''})`);
  expect({ mode, view, violations: bad }).toEqual({ mode, view, violations: [] });
}

async function view(page: Page, mode: 'addin' | 'web', name: string, docName?: string): Promise<void> {
  await checkAxe(page, mode, name);
  expect(await horizontalOverflow(page)).toBe(0);
  await shootView(page, `${mode}-${name}`, docName);
}

describe('In Excel (the fake host, the sample workbook), by keyboard only at 320 px', () => {
  let page: Page;
  beforeAll(async () => {
    page = browser.page;
    browser.officeJs = 'empty';
    await page.addInitScript({ content: [`window.__ctdFakeOptions = ${JSON.stringify({ sheets: sampleSheets, displayLanguage: 'vi-VN' } satisfies FakeOfficeOptions)};`, fakeHostScript].join('\n') });
    await page.goto(`${server.url}${server.url.includes('?') ? '&' : '?'}_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
    await stepStrip(page).waitFor();
  });

  it('Tab order: Phiếu chấm, Cài đặt, then the five steps in order, then the open step’s button', async () => {
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.visible).toBe(true);
      order.push(f.name);
    }
    expect(order).toEqual([
      'Phiếu chấm',
      'Cài đặt',
      'Bước 1: Kiểm tra — Chưa làm',
      'Bước 2: Chốt số liệu — Chưa làm',
      'Bước 3: Xếp hạng — Chưa làm',
      'Bước 4: Bầu chọn / Đề nghị — Chưa làm',
      'Bước 5: In & Tải về — Chưa làm',
      'Kiểm tra dữ liệu',
    ]);
  });

  it('1. Kiểm tra: Enter runs it; the focus lands on the result; a problem is chosen with Enter', async () => {
    await page.keyboard.press('Enter');
    await page.getByTestId('result').filter({ hasText: 'Không có lỗi; có 2 cảnh báo nên xem lại.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Kết quả kiểm tra');
    await tabTo(page, named(/G7/));
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toMatch(/G7/);
    await view(page, 'addin', 'check', 'check');
  });

  it('2. Chốt số liệu: an empty name is refused on its field (focused); then typed, the data is locked', async () => {
    await openStepByKeyboard(page, 'Chốt số liệu', 'Space');
    await tabTo(page, named('Chốt số liệu'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await view(page, 'addin', 'lock-refused');
    await page.keyboard.type('Nguyễn Văn A');
    await runByKeyboard(page, 'Chốt số liệu', 'Kết quả chốt số liệu', 'Đã chốt số liệu');
    await page.getByTestId('lock-chip').waitFor();
    await view(page, 'addin', 'lock', 'lock');
  });

  it('3. Xếp hạng: Enter runs it; the score table by Space; a row’s group scores by Enter', async () => {
    await openStepByKeyboard(page, 'Xếp hạng');
    await runByKeyboard(page, 'Xếp hạng và ghi kết quả', 'Kết quả xếp hạng', 'Đã xếp hạng 6 đơn vị.');
    await tabTo(page, named('Điểm theo nhóm — Tỉnh Nghệ An'));
    await page.keyboard.press('Enter');
    await view(page, 'addin', 'rank', 'rank');
    await tabTo(page, named('Bảng điểm'), true);
    await page.keyboard.press('Space');
    await view(page, 'addin', 'rank-table');
  });

  it('4. Bầu chọn / Đề nghị: Enter runs it', async () => {
    await openStepByKeyboard(page, 'Bầu chọn / Đề nghị');
    await runByKeyboard(page, 'Lập hồ sơ Hội nghị', 'Kết quả đề nghị', 'Đã lập hồ sơ Hội nghị.');
    await view(page, 'addin', 'nominate', 'nominate');
  });

  it('5. In & Tải về: the sheets to print, each opened with Enter', async () => {
    await openStepByKeyboard(page, 'In & Tải về');
    await tabTo(page, named('Mở trang “Xếp hạng”'));
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe('Mở trang “Xếp hạng”');
    await view(page, 'addin', 'deliver', 'deliver');
  });

  it('every step now says its state', async () => {
    const labels = await stepStrip(page)
      .locator('li > button')
      .evaluateAll((bs) =>
        bs.map((b) => {
          const copy = b.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      );
    expect(labels).toEqual([
      'Bước 1: Kiểm tra — Đã chốt',
      'Bước 2: Chốt số liệu — Đã chốt',
      'Bước 3: Xếp hạng — Đã xong',
      'Bước 4: Bầu chọn / Đề nghị — Đã xong',
      'Bước 5: In & Tải về — Đã xong',
    ]);
  });

  it('Cài đặt: reached by Shift+Tab, the new-workbook form by Enter, its first field focused', async () => {
    await tabTo(page, named('Cài đặt'), true);
    await page.keyboard.press('Enter');
    // The view loads on demand the first time (its chunk): wait for it, as a person waits to see it.
    await page.getByRole('heading', { name: 'Cài đặt của sổ' }).waitFor();
    await tabTo(page, named('Tạo sổ mới'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await view(page, 'addin', 'settings', 'settings');
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('In the file mode, by keyboard only at 320 px', () => {
  let page: Page;
  beforeAll(async () => {
    browser.officeJs = 'abort';
    page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Mở tệp Excel', exact: true }).waitFor();
  });
  afterAll(async () => {
    await page.close();
  });

  it('the first screen', async () => {
    await tabTo(page, named('Mở tệp Excel'));
    await view(page, 'web', 'open', 'web');
  });

  it('the sample opened, then each step: Check, Rank, Nominate by keyboard; the download from the last step', async () => {
    await page.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await stepStrip(page).waitFor();
    await tabTo(page, named('Kiểm tra dữ liệu'));
    await page.keyboard.press('Enter');
    await page.getByTestId('result').filter({ hasText: 'Không có lỗi' }).waitFor();
    await tabTo(page, named(/G7/));
    await page.keyboard.press('Enter');
    await page.getByRole('note').filter({ hasText: 'Ô G7' }).waitFor();
    await view(page, 'web', 'check');
    await openStepByKeyboard(page, 'Chốt số liệu');
    await view(page, 'web', 'lock');
    await openStepByKeyboard(page, 'Xếp hạng');
    await runByKeyboard(page, 'Xếp hạng và ghi kết quả', 'Kết quả xếp hạng', 'Đã xếp hạng 6 đơn vị.');
    await view(page, 'web', 'rank');
    await openStepByKeyboard(page, 'Bầu chọn / Đề nghị');
    await runByKeyboard(page, 'Lập hồ sơ Hội nghị', 'Kết quả đề nghị', 'Đã lập hồ sơ Hội nghị.');
    await view(page, 'web', 'nominate');
    await openStepByKeyboard(page, 'In & Tải về');
    await tabTo(page, named('Tải về kết quả'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('bac-trung-bo-2022-ket-qua.xlsx');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Kết quả tải về');
    await view(page, 'web', 'deliver', 'web-deliver');
    await tabTo(page, named('Cài đặt'), true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Cài đặt của sổ' }).waitFor();
    await view(page, 'web', 'settings');
    expect(browser.pageErrors).toEqual([]);
  });
});
