/**
 * A failed write must leave the previous output sheets as they were — or, once the new content
 * was complete, the new ones complete — never a mix, with no staging sheet behind, the same sheets
 * (by id: references to them keep working) and the next write succeeding (writeOutputs.ts). Every
 * request of a write is made to fail in turn, and the data request after each of its actions,
 * since Excel keeps the actions of a failed request that ran before the failing one.
 */
import { OUTPUT_SHEETS } from '../../src/core/outputSheets';
import { PortError } from '../../src/core/port';
import { createExcelPort } from '../../src/office/excelPort';
import type { PortNotice } from '../../src/office/notices';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook, outputDescriptions } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => {
  fake?.uninstall();
  jest.restoreAllMocks();
});

const OUTPUT_NAMES = OUTPUT_SHEETS.map((s) => s.name);
/** Every mark pointing at its sheet, in the fake's (alphabetical) order of names. */
const MARKS = OUTPUT_SHEETS.map((s) => ({ name: s.mark, formula: "='" + s.name + "'!$A$1" })).sort((a, b) => (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1)); // as Excel's Name Manager lists them (case-insensitive)

interface State {
  order: string[];
  sheets: Record<string, string>;
  names: { name: string; formula: string }[];
}

function state(f: InstalledFakeOffice): State {
  const sheets: Record<string, string> = {};
  for (const n of f.sheetNames()) sheets[n] = f.snapshot(n);
  return { order: f.sheetNames(), sheets, names: f.names() };
}

const ids = (f: InstalledFakeOffice): string[] => OUTPUT_NAMES.map((n) => f.sheet(n).id);

/** A workbook with inputs and a first set of output sheets, one of them moved among the inputs. */
async function withPreviousOutput(): Promise<State> {
  fake = installFakeOffice({ sheets: memberWorkbook(6) });
  await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 1'));
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Tổng hợp điểm').position = 2;
    await context.sync();
  });
  return state(fake);
}

function expectNoStagingSheet(): void {
  expect(fake.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
}

function expectAllNew(before: State, stamp: string): void {
  expect(fake.sheetNames()).toEqual(before.order);
  for (const n of OUTPUT_NAMES) expect(fake.values(n)[1][0]).toBe(stamp);
  expect(fake.names()).toEqual(MARKS);
}

async function expectNextWriteSucceeds(before: State, sheetIds: string[]): Promise<void> {
  fake.clearFaults();
  await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 3'));
  expectAllNew(before, 'Lần chạy 3');
  expect(ids(fake)).toEqual(sheetIds);
  expectNoStagingSheet();
}

/** Syncs of a write by a new pane on the prepared workbook: 2 to look, 1 data, 1 layout. */
const SURVEY = 2;

describe('a write that fails leaves the previous output sheets intact, or the new ones complete', () => {
  test.each([
    ['the first look', 1],
    ['the second look', 2],
    ['the data request', 3],
  ])('failure of %s (sync %i of the write): the old sheets, as they were', async (_label, step) => {
    const before = await withPreviousOutput();
    const sheetIds = ids(fake);
    const first = fake.syncCount;
    fake.failSync(first + step, { code: 'GeneralException' });
    const error = await createExcelPort()
      .writeSheets(outputDescriptions(6, 'Lần chạy 2'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ kind: 'host' });
    expect(state(fake)).toEqual(before);
    // Recovery is two more requests (look, fix) at most; none when nothing was written.
    expect(fake.syncCount - first).toBeLessThanOrEqual(step <= SURVEY ? step : step + 2);
    await expectNextWriteSucceeds(before, sheetIds);
  });

  test('failure of the layout request: the data is written, the user is told', async () => {
    const before = await withPreviousOutput();
    const notices: PortNotice[] = [];
    fake.failSync(fake.syncCount + SURVEY + 2, { code: 'GeneralException' });
    await createExcelPort({ onNotice: (n) => notices.push(n) }).writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    expectAllNew(before, 'Lần chạy 2');
    expect(notices.map((n) => n.code)).toContain('layoutFailed');
    expect(notices.find((n) => n.code === 'layoutFailed')?.vi).toMatch(/Đã ghi số liệu/);
  });

  test('the data request fails after each of its actions in turn: all old sheets or all new ones, never a mix', async () => {
    await withPreviousOutput();
    const first = fake.syncCount;
    await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    const actions = fake.syncs[first + SURVEY].actions;
    expect(actions).toContain('Range.copyFrom');
    fake.uninstall();
    for (let k = 0; k < actions.length; k += Math.max(1, Math.floor(actions.length / 40))) {
      const before = await withPreviousOutput();
      const sheetIds = ids(fake);
      fake.failSync(fake.syncCount + SURVEY + 1, { afterOps: k });
      const outcome = await createExcelPort()
        .writeSheets(outputDescriptions(6, 'Lần chạy 2'))
        .then(() => 'done', (e: unknown) => e);
      const copied = actions.slice(0, k).includes('Range.copyFrom') || actions.slice(0, k).filter((a) => a === 'Worksheet.name').length >= OUTPUT_NAMES.length;
      if (outcome === 'done') {
        expectAllNew(before, 'Lần chạy 2');
      } else {
        expect(outcome).toBeInstanceOf(PortError);
        expect(state(fake)).toEqual(before);
        expect(copied).toBe(false);
      }
      expect(ids(fake)).toEqual(sheetIds);
      expectNoStagingSheet();
      fake.uninstall();
    }
  });

  test('when recovery fails too, a later write removes the staging sheets once they are abandoned', async () => {
    const before = await withPreviousOutput();
    const sheetIds = ids(fake);
    const first = fake.syncCount;
    fake.failSync(first + SURVEY + 1, { afterOps: 4 });
    for (let n = 2; n <= 7; n++) fake.failSync(first + SURVEY + n, { code: 'GeneralException' });
    await expect(createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'))).rejects.toBeInstanceOf(PortError);
    expect(fake.sheetNames().filter((n) => n.startsWith('~ctd-')).length).toBeGreaterThan(0);
    for (const n of OUTPUT_NAMES) expect(fake.snapshot(n)).toBe(before.sheets[n]);
    // A co-author's pane must not take them for its own: only once they are half an hour old.
    fake.clearFaults();
    await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 3'));
    expect(fake.sheetNames().filter((n) => n.startsWith('~ctd-')).length).toBeGreaterThan(0);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 31 * 60_000);
    await expectNextWriteSucceeds(before, sheetIds);
  });

  test('a timed-out data request: the old sheets stay, the next write succeeds', async () => {
    const before = await withPreviousOutput();
    const sheetIds = ids(fake);
    fake.hangSync(fake.syncCount + SURVEY + 1);
    await expect(createExcelPort({ syncTimeoutMs: 30 }).writeSheets(outputDescriptions(6, 'Lần chạy 2'))).rejects.toMatchObject({ kind: 'timeout' });
    expect(state(fake)).toEqual(before);
    await expectNextWriteSucceeds(before, sheetIds);
  });
});
