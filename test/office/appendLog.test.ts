/**
 * The run log `Nhật ký` in the Office.js shell (src/office/writeOutputs.ts; issues 6 and 12):
 * created once, atomically, with its header and mark; then one row per call under the last used
 * row as Excel finds it when the request runs, earlier rows untouched; one round trip once the
 * pane has read the workbook; and a failure at any round trip — or after any action of one —
 * leaves no half-made sheet, no extra row, the previous output sheets as they were (or, once the
 * log was complete, the log finished), and the next append works.
 */
import { describeLogSheet, LOG_HEADERS } from '../../src/core/log/describeLog';
import type { LogAppend } from '../../src/core/log/logAppend';
import type { LogRow } from '../../src/core/log/logEntry';
import { OUTPUT_SHEETS } from '../../src/core/outputSheets';
import { PortError } from '../../src/core/port';
import { createExcelPort } from '../../src/office/excelPort';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook, outputDescriptions } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

/** A row as the core writes it: texts Excel would misread (a fingerprint, "1. …", "=…") among them. */
const row = (at: string): LogRow => [
  at,
  'Xếp hạng',
  '3F2A-91C0-7D4E-0B18',
  0,
  2,
  '1. Tỉnh Nghệ An; 2. Tỉnh Hà Tĩnh; 3. Tỉnh Quảng Bình',
  'Tỉnh Nghệ An',
  'Tỉnh Hà Tĩnh',
  null,
  '=SUM(A1) là chữ',
];
const entry = (at: string, sheet: string | null): LogAppend => ({ row: row(at), create: describeLogSheet([row(at)]), sheet });
/** How the fake shows a written row: blanks as ''. */
const shown = (r: LogRow) => r.map((v) => (v === null ? '' : v));

async function withOutputAndLog(rows: number): Promise<void> {
  fake = installFakeOffice({ sheets: memberWorkbook(6) });
  const port = createExcelPort();
  await port.writeSheets(outputDescriptions(6));
  for (let i = 0; i < rows; i++) await port.appendLog!(entry(`15/12/2022 0${i + 8}:00:00`, i === 0 ? null : 'Nhật ký'));
}

interface State {
  order: string[];
  sheets: Record<string, string>;
  names: { name: string; formula: string }[];
  log: unknown[][] | null;
}

/** Everything but the log's formats (a failed append may format an empty row, holding no value). */
function state(): State {
  const sheets: Record<string, string> = {};
  for (const n of fake.sheetNames()) if (n !== 'Nhật ký') sheets[n] = fake.snapshot(n);
  return { order: fake.sheetNames(), sheets, names: fake.names(), log: fake.sheetNames().includes('Nhật ký') ? fake.values('Nhật ký') : null };
}

describe('the first append creates the log like an output sheet', () => {
  test('header, row, mark; staged hidden, then named and shown: after the read, 2 round trips (data, frozen header); no temporary sheet left', async () => {
    await withOutputAndLog(0);
    const port = createExcelPort();
    await port.readInput();
    const before = fake.syncCount;
    await port.appendLog!(entry('15/12/2022 08:00:00', null));
    expect(fake.syncCount - before).toBe(2);
    expect(fake.values('Nhật ký')).toEqual([LOG_HEADERS, shown(row('15/12/2022 08:00:00'))]);
    expect(fake.names()).toContainEqual({ name: 'CumThiDua_NhatKy', formula: "='Nhật ký'!$A$1" });
    expect(fake.sheet('Nhật ký').visibility).toBe('Visible');
    expect(fake.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
    // Printable on A4 (issue 10), in the same layout request as the frozen header.
    expect(fake.sheet('Nhật ký').pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: '$1:$1', printGridlines: true });
  });

  test('a sheet named Nhật ký that is not ours is refused; nothing changes', async () => {
    fake = installFakeOffice({ sheets: { ...memberWorkbook(3), 'Nhật ký': [['Ghi chép của thư ký cụm']] } });
    const before = state();
    const error = await createExcelPort().appendLog!(entry('15/12/2022 08:00:00', null)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ kind: 'notOurs' });
    expect(state()).toEqual(before);
    expect(fake.snapshot('Nhật ký')).toContain('Ghi chép của thư ký cụm');
  });
});

describe('later appends add one row under the last one', () => {
  test('1 round trip each after the read; earlier rows exactly as they were; texts stay texts', async () => {
    await withOutputAndLog(1);
    const first = fake.values('Nhật ký');
    const port = createExcelPort();
    await port.readInput();
    const before = fake.syncCount;
    await port.appendLog!(entry('15/12/2022 09:00:00', 'Nhật ký'));
    expect(fake.syncCount - before).toBe(1);
    await createExcelPort().appendLog!(entry('15/12/2022 10:00:00', 'Nhật ký'));
    const log = fake.values('Nhật ký');
    expect(log.slice(0, 2)).toEqual(first);
    expect(log.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00', '15/12/2022 09:00:00', '15/12/2022 10:00:00']);
    expect(log[3]).toEqual(shown(row('15/12/2022 10:00:00')));
    expect(fake.cell('Nhật ký', 'J4')?.formula ?? null).toBeNull();
  });

  test('a log renamed since the command read the workbook: found by its id, no round trip more', async () => {
    await withOutputAndLog(1);
    const port = createExcelPort();
    await port.readInput();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nhật ký').name = 'Nhật ký 2022';
      await context.sync();
    });
    const before = fake.syncCount;
    await port.appendLog!(entry('15/12/2022 09:00:00', 'Nhật ký'));
    expect(fake.syncCount - before).toBe(1);
    expect(fake.values('Nhật ký 2022').map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00', '15/12/2022 09:00:00']);
    expect(fake.sheetNames()).not.toContain('Nhật ký');
  });

  test('a note a user typed under the log stays; the next row goes below it', async () => {
    await withOutputAndLog(1);
    fake.userEdit('Nhật ký', 'A4', 'Ghi chú: chạy thử');
    await createExcelPort().appendLog!(entry('15/12/2022 09:00:00', 'Nhật ký'));
    expect(fake.values('Nhật ký').map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00', '', 'Ghi chú: chạy thử', '15/12/2022 09:00:00']);
  });
});

describe('fault tolerance: a failure at each round trip leaves no trace and the next append works', () => {
  test.each([1, 2, 3])('appending: round trip %i fails', async (step) => {
    await withOutputAndLog(2);
    const before = state();
    fake.failSync(fake.syncCount + step, { code: 'GeneralException' });
    await expect(createExcelPort().appendLog!(entry('15/12/2022 11:00:00', 'Nhật ký'))).rejects.toBeInstanceOf(PortError);
    expect(state()).toEqual(before);
    fake.clearFaults();
    await createExcelPort().appendLog!(entry('15/12/2022 12:00:00', 'Nhật ký'));
    expect(fake.values('Nhật ký').map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00', '15/12/2022 09:00:00', '15/12/2022 12:00:00']);
  });

  test('appending: the write request fails after each of its actions in turn — the row is all there or not at all', async () => {
    await withOutputAndLog(2);
    const probe = fake.syncCount;
    await createExcelPort().appendLog!(entry('15/12/2022 11:00:00', 'Nhật ký'));
    const actions = fake.syncs[probe + 2].actions;
    expect(actions[actions.length - 1]).toBe('Range.values');
    fake.uninstall();
    for (let k = 0; k < actions.length; k++) {
      await withOutputAndLog(2);
      const before = state();
      fake.failSync(fake.syncCount + 3, { afterOps: k });
      await expect(createExcelPort().appendLog!(entry('15/12/2022 11:00:00', 'Nhật ký'))).rejects.toBeInstanceOf(PortError);
      expect(state()).toEqual(before);
      fake.clearFaults();
      await createExcelPort().appendLog!(entry('15/12/2022 12:00:00', 'Nhật ký'));
      expect(fake.values('Nhật ký').map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00', '15/12/2022 09:00:00', '15/12/2022 12:00:00']);
      fake.uninstall();
    }
  });

  test.each([1, 2, 3])('creating: round trip %i fails — no Nhật ký, no mark, no temporary sheet; the output sheets intact', async (step) => {
    await withOutputAndLog(0);
    const before = state();
    fake.failSync(fake.syncCount + step, { code: 'GeneralException' });
    await expect(createExcelPort().appendLog!(entry('15/12/2022 08:00:00', null))).rejects.toBeInstanceOf(PortError);
    expect(state()).toEqual(before);
    expect(before.log).toBeNull();
    fake.clearFaults();
    await createExcelPort().appendLog!(entry('15/12/2022 09:00:00', null));
    expect(fake.values('Nhật ký').map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 09:00:00']);
  });

  test('creating: the data request fails after each of its actions in turn: no log at all, or the complete log', async () => {
    await withOutputAndLog(0);
    const probe = fake.syncCount;
    await createExcelPort().appendLog!(entry('15/12/2022 08:00:00', null));
    const counts = [fake.syncs[probe + 2].actions.length];
    fake.uninstall();
    for (const [step, count] of [[3, counts[0]]] as const) {
      for (let k = 0; k < count; k++) {
        await withOutputAndLog(0);
        const outputs = OUTPUT_SHEETS.map((s) => fake.snapshot(s.name));
        fake.failSync(fake.syncCount + step, { afterOps: k });
        const outcome = await createExcelPort()
          .appendLog!(entry('15/12/2022 08:00:00', null))
          .then(() => 'done', (e: unknown) => e);
        expect(OUTPUT_SHEETS.map((s) => fake.snapshot(s.name))).toEqual(outputs);
        expect(fake.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
        const hasLog = fake.sheetNames().includes('Nhật ký');
        // Rolled back: the call failed. Finished: it succeeded after all (the log is complete).
        if (hasLog) expect(outcome).toBe('done');
        else expect(outcome).toBeInstanceOf(PortError);
        if (hasLog) {
          // Too late to go back (the swap had already begun to rename): the log is complete and marked.
          expect(fake.values('Nhật ký')).toEqual([LOG_HEADERS, shown(row('15/12/2022 08:00:00'))]);
          expect(fake.names()).toContainEqual({ name: 'CumThiDua_NhatKy', formula: "='Nhật ký'!$A$1" });
        } else {
          expect(fake.names().map((n) => n.name)).not.toContain('CumThiDua_NhatKy');
        }
        fake.clearFaults();
        await createExcelPort().appendLog!(entry('15/12/2022 09:00:00', hasLog ? 'Nhật ký' : null));
        expect(fake.values('Nhật ký').map((r) => r[0])).toEqual(hasLog ? ['Thời gian', '15/12/2022 08:00:00', '15/12/2022 09:00:00'] : ['Thời gian', '15/12/2022 09:00:00']);
        fake.uninstall();
      }
    }
  });
});
