/**
 * The add-in in a real shared workbook (issue 12), with the real core and the fake Excel API: what
 * the review of the Office.js shell found the first fake could not show. Each test here failed on
 * the shell before issue 12 (checked by running it against that code).
 *
 * - a user's formula `='Xếp hạng'!C5` and a defined name on `Tổng hợp điểm` survive Rank twice,
 *   and a failure at every round trip;
 * - two task panes (two co-authors) ranking together leave one set of outputs, nothing stray, and
 *   no error either of them did not cause; what they share lives in the workbook, not in one pane's
 *   copy of the document settings;
 * - check, rank and nominate cost at most 3 round trips; output sheets' values are never read;
 * - page layout that the host refuses does not undo the data;
 * - a user typing in a cell does not make the quiet read fail.
 */
import * as path from 'path';
import { readStatus, runCheck, runNominate, runRank, lastRankFingerprint } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import { checkWorkbook } from '../../src/core/index';
import type { CommandDeps } from '../../src/app/deps';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { createExcelPort } from '../../src/office/excelPort';
import { FakeRange, installFakeOffice, type FakeScalar, type InstalledFakeOffice } from '../fakes/fakeExcel';

let fake: InstalledFakeOffice | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  jest.restoreAllMocks();
});

let sample: Record<string, FakeScalar[][]>;
beforeAll(async () => {
  const { input } = await readXlsxFile(path.join(__dirname, '../../samples/bac-trung-bo-2022.xlsx'));
  sample = {};
  for (const s of input.sheets) sample[s.name] = s.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));
  const probe = installFakeOffice({ sheets: sample });
  await runRank(createExcelPort(), deps(8));
  const values = probe.values('Xếp hạng');
  const row = values.findIndex((r) => r.includes('Tỉnh Nghệ An'));
  RANK_ONE = String.fromCharCode(65 + values[row].indexOf('Tỉnh Nghệ An')) + String(row + 1);
  probe.uninstall();
});

const deps = (hour: number): CommandDeps => ({ ...defaultCore, now: () => new Date(2023, 0, 9, hour, 0, 0) });
const OUTPUTS = ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng'];
/** The cell of `Xếp hạng` that names the member ranked first in the sample (Tỉnh Nghệ An). */
let RANK_ONE = '';

/** The office's own summary sheet, built on top of ours. */
function withSummary(f: InstalledFakeOffice): void {
  f.addSheet('Tổng hợp riêng', [['Hạng 1', ''], ['Ghi chú', '']]);
  f.setFormula('Tổng hợp riêng', 'B1', "='Xếp hạng'!" + RANK_ONE);
  f.defineName('BangDiem', 'Tổng hợp điểm', '$A$1:$E$40');
}

function expectReferencesWork(f: InstalledFakeOffice): void {
  const cell = f.formulaCell('Tổng hợp riêng', 'B1');
  expect(cell.formula).toBe("='Xếp hạng'!" + RANK_ONE);
  const [row, col] = [Number(RANK_ONE.slice(1)) - 1, RANK_ONE.charCodeAt(0) - 65];
  expect(cell.value).toBe(f.values('Xếp hạng')[row][col]);
  expect(cell.value).toBe('Tỉnh Nghệ An');
  expect(cell.value).not.toBe('#REF!');
  expect(f.names().find((n) => n.name === 'BangDiem')?.formula).toBe("='Tổng hợp điểm'!$A$1:$E$40");
}

describe('references to the output sheets keep working', () => {
  test('a formula on Xếp hạng and a name on Tổng hợp điểm, after Rank twice', async () => {
    const f = (fake = installFakeOffice({ sheets: sample }));
    const port = createExcelPort();
    await runRank(port, deps(8));
    withSummary(f);
    const ranked = f.values('Xếp hạng')[5][1];
    expect(typeof ranked).toBe('string');
    await runRank(port, deps(9));
    expectReferencesWork(f);
    await runRank(createExcelPort(), deps(10));
    expectReferencesWork(f);
    expect(f.sheetNames().filter((n) => n.startsWith('~') && n !== '~ctd-state')).toEqual([]);
  });

  test('… and after a failure at every round trip of Rank (then a good run)', async () => {
    const probe = (fake = installFakeOffice({ sheets: sample }));
    await runRank(createExcelPort(), deps(8));
    withSummary(probe);
    const before = probe.syncCount;
    await runRank(createExcelPort(), deps(9));
    const total = probe.syncCount - before;
    probe.uninstall();
    for (let step = 1; step <= total; step++) {
      const f = (fake = installFakeOffice({ sheets: sample }));
      await runRank(createExcelPort(), deps(8));
      withSummary(f);
      f.failSync(f.syncCount + step, { code: 'GeneralException' });
      await runRank(createExcelPort(), deps(9)).catch(() => undefined);
      expectReferencesWork(f);
      expect(f.sheetNames().filter((n) => n.startsWith('~') && n !== '~ctd-state')).toEqual([]);
      f.clearFaults();
      await runRank(createExcelPort(), deps(10));
      expectReferencesWork(f);
      f.uninstall();
      fake = undefined;
    }
  });
});

describe('two task panes on one workbook (co-authors)', () => {
  test.each([
    ['a new workbook', false],
    ['a workbook ranked before', true],
  ])('two panes ranking together on %s: one set of outputs, no stray sheet, neither reports an error', async (_label, rankedBefore) => {
    const f = (fake = installFakeOffice({ sheets: sample }));
    if (rankedBefore) await runRank(createExcelPort(), deps(7));
    f.latencyMs = 5;
    const a = createExcelPort();
    const b = createExcelPort();
    // Both panes have opened (their quiet first read), then both press Rank at once.
    await Promise.all([readStatus(a, defaultCore), readStatus(b, defaultCore)]);
    const results = await Promise.allSettled([runRank(a, deps(8)), runRank(b, deps(8))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    for (const r of results) expect((r as PromiseFulfilledResult<Awaited<ReturnType<typeof runRank>>>).value).toMatchObject({ outcome: 'done' });
    // Their requests really interleaved.
    const runs = f.syncs.map((s) => s.run);
    expect(new Set(runs.slice(-6)).size).toBeGreaterThan(1);
    const names = f.sheetNames();
    for (const o of OUTPUTS) expect(names.filter((n) => n === o)).toHaveLength(1);
    // Only the outputs, the log and the panes' shared state (very hidden): no staging sheet left.
    expect(names.filter((n) => n.startsWith('~'))).toEqual(['~ctd-state']);
    expect(names.filter((n) => !Object.keys(sample).includes(n)).sort()).toEqual([...OUTPUTS, 'Nhật ký', '~ctd-state'].sort());
    expect(f.names().filter((n) => n.formula.includes('#REF!'))).toEqual([]);
    // Each pane's run left its row in the log.
    expect(f.values('Nhật ký').length).toBe(1 + (rankedBefore ? 1 : 0) + 2);
  });

  test('what the panes share is kept in the workbook: one pane’s save does not undo the other’s', async () => {
    const f = (fake = installFakeOffice({ sheets: sample }));
    const paneA = f.settings;
    const paneB = f.openPane();
    // Pane A colours a problem cell; pane B (opened earlier, with its own copy of the settings) ranks.
    f.usePane(paneA);
    await createExcelPort().highlightCells!([{ sheet: 'Tự chấm', cell: 'C3', severity: 'error' }]);
    f.usePane(paneB);
    const ranked = await runRank(createExcelPort(), deps(8));
    // Pane A clears its colouring; the cell gets its fill back, and B's last ranking is still known.
    f.usePane(paneA);
    await createExcelPort().clearHighlights!();
    expect(f.cell('Tự chấm', 'C3')?.fill.color ?? null).toBeNull();
    f.usePane(f.openPane());
    expect(await lastRankFingerprint(createExcelPort())).toBe(ranked.report.fingerprint);
  });
});

describe('round trips', () => {
  test.each([['check'], ['rank'], ['nominate']] as const)('%s costs at most 3 round trips once the pane has opened', async (command) => {
    const f = (fake = installFakeOffice({ sheets: sample }));
    const port = createExcelPort();
    await readStatus(port, defaultCore); // the pane's quiet first read when it opens
    // Three times in a row: the first run creates the log (and for Rank the shared state), the next ones rewrite in place.
    for (let i = 0; i < 3; i++) {
      const before = f.syncCount;
      const r = await { check: runCheck, rank: runRank, nominate: runNominate }[command](port, deps(9 + i));
      expect(r.outcome).toBe('done');
      expect(f.syncCount - before).toBeLessThanOrEqual(3);
    }
  });

  test('output sheets’ values are never read', async () => {
    const f = (fake = installFakeOffice({ sheets: sample }));
    const port = createExcelPort();
    await runRank(port, deps(8));
    await runNominate(port, deps(8));
    const read: string[] = [];
    const original = FakeRange.prototype.valueOf;
    jest.spyOn(FakeRange.prototype, 'valueOf').mockImplementation(function (this: FakeRange, t, prop) {
      if (prop === 'values') read.push((t as { sheet: { name: string } }).sheet.name);
      return original.call(this, t, prop);
    });
    await runRank(port, deps(9));
    expect(read.filter((n) => [...OUTPUTS, 'Biên bản họp', 'Tờ trình', 'Thông báo kết quả'].includes(n))).toEqual([]);
    // …while the inputs are read.
    expect(read).toContain('Tự chấm');
    expect(f.sheetNames()).toContain('Biên bản họp');
  });
});

describe('cosmetic settings never sink the data', () => {
  test('page layout refused by the host: the results are written all the same, the user is told', async () => {
    const f = (fake = installFakeOffice({ sheets: sample }));
    // A platform quirk: setting the paper size fails on this host.
    const { FakePageLayout } = await import('../fakes/fakeExcel');
    jest.spyOn(FakePageLayout.prototype, 'paperSize', 'set').mockImplementation(function (this: { context: { queue(a: unknown): void } }) {
      this.context.queue({
        name: 'PageLayout.paperSize',
        target: null,
        kind: 4,
        member: 'paperSize',
        args: ['A4'],
        apply: () => {
          throw Object.assign(new Error('paper'), { code: 'GeneralException' });
        },
      });
    });
    const notices: string[] = [];
    const r = await runRank(createExcelPort({ onNotice: (n) => notices.push(n.code) }), deps(8));
    expect(r.outcome).toBe('done');
    expect(f.values('Xếp hạng').length).toBeGreaterThan(6);
    expect(notices).toContain('layoutFailed');
  });
});

describe('a user typing in a cell', () => {
  test('ExcelApi 1.11: the quiet read waits until the user leaves the cell, then succeeds', async () => {
    const f = (fake = installFakeOffice({ sheets: sample, supported: { ExcelApi: '1.11' } }));
    f.cellEditMode = true;
    const pending = readStatus(createExcelPort(), defaultCore);
    await new Promise((r) => setTimeout(r, 20));
    f.exitCellEdit();
    await expect(pending).resolves.toMatchObject({ notScoringWorkbook: false });
  });

  test('below ExcelApi 1.11: the read is tried again and succeeds once the user has left the cell', async () => {
    const f = (fake = installFakeOffice({ sheets: sample, supported: { ExcelApi: '1.9' } }));
    f.cellEditMode = true;
    setTimeout(() => f.exitCellEdit(), 300);
    await expect(readStatus(createExcelPort(), defaultCore)).resolves.toMatchObject({ notScoringWorkbook: false });
    expect(f.syncs.some((s) => s.failed === 'InvalidOperationInCellEditMode')).toBe(true);
  });
});

describe('the shared state sheet is nobody’s input', () => {
  test('a workbook saved with `~ctd-state` (then read by the command line or the web mode) checks and fingerprints the same', async () => {
    const { input } = await readXlsxFile(path.join(__dirname, '../../samples/bac-trung-bo-2022.xlsx'));
    const state = { name: '~ctd-state', values: [['lastRankFingerprint', '3F2A-91C0-7D4E-0B18'], ...Array.from({ length: 9 }, () => []), ['highlight', 'Tự chấm', '#FFC7CE', '#FFFFFF', 'None', 'C3:C9,E4']] };
    const without = checkWorkbook(input);
    const withState = checkWorkbook({ ...input, sheets: [...input.sheets, state] });
    expect(withState.problems).toEqual(without.problems);
    expect(withState.fingerprint).toBe(without.fingerprint);
  });
});
