/**
 * Gathering member forms in Excel (src/office/fillInputCells.ts, issue 14): after the pane's
 * read, 2 round trips (look at protection; values and log rows); each cell keeps its format; a
 * protected sheet refuses before any value is written; the first gathering creates the log with
 * every row.
 */
import { describeLogSheet } from '../../src/core/log/describeLog';
import type { LogAppend } from '../../src/core/log/logAppend';
import type { LogRow } from '../../src/core/log/logEntry';
import { PortError, type InputFill } from '../../src/core/port';
import { createExcelPort } from '../../src/office/excelPort';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

const row = (note: string): LogRow => ['09/01/2023 08:05:00', 'Thu phiếu chấm', '3F2A-91C0-7D4E-0B18', 0, 2, null, null, null, null, note];
const append = (r: LogRow, all: LogRow[] = [r]): LogAppend => ({ row: r, create: describeLogSheet(all), sheet: null });

/** NA's column of `Tự chấm` (C) rows 2–4 and 6, and one cell of its cross sheet. */
const CELLS: InputFill['cells'] = [
  { sheet: 'Tự chấm', cell: 'C2', row: 1, col: 2, value: 9.5 },
  { sheet: 'Tự chấm', cell: 'C3', row: 2, col: 2, value: 8 },
  { sheet: 'Tự chấm', cell: 'C4', row: 3, col: 2, value: 0.25 },
  { sheet: 'Tự chấm', cell: 'C6', row: 5, col: 2, value: 7 },
  { sheet: 'Chấm chéo - TH', cell: 'D2', row: 1, col: 3, value: 6.75 },
];

function workbook(protectedSelf = false): void {
  const sheets = memberWorkbook(3) as Record<string, unknown>;
  sheets['Tự chấm'] = { values: sheets['Tự chấm'], numberFormats: { C2: '0.00', C3: '0.00' }, protected: protectedSelf };
  fake = installFakeOffice({ sheets: sheets as never });
}

test('values and log rows in one request after a look at protection; formats kept; earlier log rows untouched', async () => {
  workbook();
  const port = createExcelPort();
  await port.appendLog!(append(row('lần chạy trước')));
  await port.readInput();
  const before = fake.syncCount;
  await port.fillInputCells!({ cells: CELLS, log: [append(row('NA.xlsx')), append(row('HT.xlsx'))] });
  expect(fake.syncCount - before).toBe(2);
  expect(['C2', 'C3', 'C4', 'C6'].map((a) => fake.cell('Tự chấm', a)?.value)).toEqual([9.5, 8, 0.25, 7]);
  expect(fake.cell('Tự chấm', 'C2')?.numberFormat).toBe('0.00');
  expect(fake.cell('Tự chấm', 'C5')?.value).not.toBe(7); // between the two runs: untouched
  expect(fake.cell('Chấm chéo - TH', 'D2')?.value).toBe(6.75);
  expect(fake.values('Nhật ký').map((r) => r[9])).toEqual(['Ghi chú', 'lần chạy trước', 'NA.xlsx', 'HT.xlsx']);
});

test('a protected sheet refuses before anything is written', async () => {
  workbook(true);
  const port = createExcelPort();
  await port.readInput();
  const self = fake.snapshot('Tự chấm');
  const cross = fake.snapshot('Chấm chéo - TH');
  const error = await port.fillInputCells!({ cells: CELLS, log: [append(row('NA.xlsx'))] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PortError);
  expect(error).toMatchObject({ kind: 'protected' });
  expect((error as PortError).vi).toContain('“Tự chấm”');
  expect(fake.snapshot('Tự chấm')).toBe(self);
  expect(fake.snapshot('Chấm chéo - TH')).toBe(cross);
  expect(fake.sheetNames()).not.toContain('Nhật ký');
});

test('no log yet: the values, then the log created with every row', async () => {
  workbook();
  const port = createExcelPort();
  await port.readInput();
  const rows = [row('NA.xlsx'), row('HT.xlsx')];
  await port.fillInputCells!({ cells: CELLS, log: [append(rows[0], rows)] });
  expect(fake.cell('Tự chấm', 'C2')?.value).toBe(9.5);
  expect(fake.values('Nhật ký').map((r) => r[9])).toEqual(['Ghi chú', 'NA.xlsx', 'HT.xlsx']);
  expect(fake.names()).toContainEqual({ name: 'CumThiDua_NhatKy', formula: "='Nhật ký'!$A$1" });
});

test('no read before in this pane: the log is found first, and every row goes under its last', async () => {
  workbook();
  await createExcelPort().appendLog!(append(row('lần chạy trước')));
  const port = createExcelPort();
  await port.fillInputCells!({ cells: CELLS, log: [append(row('NA.xlsx')), append(row('HT.xlsx'))] });
  expect(fake.cell('Tự chấm', 'C6')?.value).toBe(7);
  expect(fake.values('Nhật ký').map((r) => r[9])).toEqual(['Ghi chú', 'lần chạy trước', 'NA.xlsx', 'HT.xlsx']);
});

test('a log made after the plan (planned as "create with every row") takes every row', async () => {
  workbook();
  const port = createExcelPort();
  await port.readInput();
  await port.appendLog!(append(row('lần chạy khác')));
  const rows = [row('NA.xlsx'), row('HT.xlsx')];
  await port.fillInputCells!({ cells: CELLS, log: [append(rows[0], rows)] });
  expect(fake.values('Nhật ký').map((r) => r[9])).toEqual(['Ghi chú', 'lần chạy khác', 'NA.xlsx', 'HT.xlsx']);
});

test('no log at the write though the plan saw one (one append per row): the log is created with every row', async () => {
  workbook();
  const port = createExcelPort();
  await port.fillInputCells!({ cells: CELLS, log: [append(row('NA.xlsx')), append(row('HT.xlsx'))] });
  expect(fake.values('Nhật ký').map((r) => r[9])).toEqual(['Ghi chú', 'NA.xlsx', 'HT.xlsx']);
});
