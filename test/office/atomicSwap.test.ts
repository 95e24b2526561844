/**
 * A failed write must leave the previous output sheets as they were, with no temporary sheet
 * behind, and the next write must succeed (writePlan.ts, recovery.ts). Every request of a
 * write is made to fail in turn — and the swap request after each of its actions, since Excel
 * keeps the actions of a failed request that ran before the failing one.
 */
import { OUTPUT_SHEETS } from '../../src/core/outputSheets';
import { PortError } from '../../src/core/port';
import { createExcelPort } from '../../src/office/excelPort';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook, outputDescriptions } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

const OUTPUT_NAMES = OUTPUT_SHEETS.map((s) => s.name);
/** Every mark pointing at its sheet, in the fake's (alphabetical) order of names. */
const MARKS = OUTPUT_SHEETS.map((s) => ({ name: s.mark, formula: "='" + s.name + "'!$A$1" })).sort((a, b) => (a.name < b.name ? -1 : 1));

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

function expectNoTemporarySheet(): void {
  expect(fake.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
}

async function expectNextWriteSucceeds(before: State): Promise<void> {
  fake.clearFaults();
  await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 3'));
  expect(fake.sheetNames()).toEqual(before.order);
  for (const n of OUTPUT_NAMES) expect(fake.values(n)[1][0]).toBe('Lần chạy 3');
  expect(fake.names()).toEqual(MARKS);
  expectNoTemporarySheet();
}

describe('a write that fails leaves the previous output sheets intact', () => {
  test.each([
    ['the survey', 1],
    ['the data request', 2],
    ['the swap', 3],
  ])('failure of %s (sync %i of the write)', async (_label, step) => {
    const before = await withPreviousOutput();
    const first = fake.syncCount;
    fake.failSync(first + step, { code: 'GeneralException' });
    const error = await createExcelPort()
      .writeSheets(outputDescriptions(6, 'Lần chạy 2'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ kind: 'host' });
    expect(state(fake)).toEqual(before);
    // Recovery is two more requests (look, fix) at most; none when nothing was written.
    expect(fake.syncCount - first).toBeLessThanOrEqual(step === 1 ? 1 : step + 2);
    await expectNextWriteSucceeds(before);
  });

  test('the data request fails after each of its actions in turn', async () => {
    await withPreviousOutput();
    const first = fake.syncCount;
    await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    const actions = fake.syncs[first + 1].actions.length;
    fake.uninstall();
    for (let k = 0; k < actions; k += Math.max(1, Math.floor(actions / 25))) {
      const before = await withPreviousOutput();
      fake.failSync(fake.syncCount + 2, { afterOps: k });
      await expect(createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'))).rejects.toBeInstanceOf(PortError);
      expect(state(fake)).toEqual(before);
      fake.uninstall();
    }
  });

  test('the swap fails after each of its actions in turn: all old sheets or all new ones, never a mix', async () => {
    await withPreviousOutput();
    const first = fake.syncCount;
    await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    const swapActions = fake.syncs[first + 2].actions;
    expect(swapActions).toContain('Worksheet.delete');
    fake.uninstall();
    for (let k = 0; k < swapActions.length; k++) {
      const before = await withPreviousOutput();
      fake.failSync(fake.syncCount + 3, { afterOps: k });
      await expect(createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'))).rejects.toBeInstanceOf(PortError);
      const oldSheetDeleted = swapActions.slice(0, k).includes('Worksheet.delete');
      if (!oldSheetDeleted) {
        expect(state(fake)).toEqual(before);
      } else {
        // Too late to go back: the write is finished instead, in the old places.
        expect(fake.sheetNames()).toEqual(before.order);
        for (const n of OUTPUT_NAMES) expect(fake.values(n)[1][0]).toBe('Lần chạy 2');
        expect(fake.names()).toEqual(MARKS);
      }
      expectNoTemporarySheet();
      fake.uninstall();
    }
  });

  test('when recovery fails too, the next write removes the temporary sheets left behind', async () => {
    const before = await withPreviousOutput();
    const first = fake.syncCount;
    fake.failSync(first + 2, { afterOps: 4 });
    fake.failSync(first + 3, { code: 'GeneralException' });
    await expect(createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'))).rejects.toBeInstanceOf(PortError);
    expect(fake.sheetNames().filter((n) => n.startsWith('~ctd-tmp-')).length).toBeGreaterThan(0);
    for (const n of OUTPUT_NAMES) expect(fake.snapshot(n)).toBe(before.sheets[n]);
    await expectNextWriteSucceeds(before);
  });

  test('a timed-out data request: the old sheets stay, the next write succeeds', async () => {
    const before = await withPreviousOutput();
    fake.hangSync(fake.syncCount + 2);
    await expect(createExcelPort({ syncTimeoutMs: 30 }).writeSheets(outputDescriptions(6, 'Lần chạy 2'))).rejects.toMatchObject({ kind: 'timeout' });
    expect(state(fake)).toEqual(before);
    await expectNextWriteSucceeds(before);
  });
});
