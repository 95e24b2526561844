/**
 * Appending to the run log `Nhật ký` in an exceljs workbook (src/file/logSheet.ts): created
 * once with its header and mark, then one row after the last used row; earlier rows verbatim
 * through a write and a read; a person's sheet of that name never written into.
 */
import ExcelJS from 'exceljs';
import { describeLogSheet, LOG_HEADERS } from '../../src/core/log/describeLog';
import { logRecords } from '../../src/core/log/readLog';
import { OutputSheetNotOursError } from '../../src/file/errors';
import { appendLogRow, lastUsedRow, logWorksheet } from '../../src/file/logSheet';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { workbookBytes } from '../../src/file/writeXlsx';
import type { LogRow } from '../../src/core/log/logEntry';

const row = (at: string, command = 'Xếp hạng'): LogRow => [at, command, '3F2A-91C0-7D4E-0B18', 0, 2, '1. Tỉnh Nghệ An; 2. Tỉnh Hà Tĩnh; 3. Tỉnh Quảng Bình', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', null, '=SUM(A1) không phải công thức'];
const entry = (r: LogRow, sheet: string | null = null) => ({ row: r, create: describeLogSheet([r]), sheet });

function inputBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Cấu hình').addRows([['Tham số', 'Giá trị'], ['Năm', 2022]]);
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook) {
  return readXlsxBytes(await workbookBytes(wb));
}

describe('the first run creates the log', () => {
  test('header, the row, the mark; after a write and a read the row reads back exactly', async () => {
    const wb = inputBook();
    appendLogRow(wb, entry(row('15/12/2022 09:00:00')));
    const back = await roundTrip(wb);
    const log = back.input.sheets.find((s) => s.name === 'Nhật ký')!;
    expect(log.values).toEqual([LOG_HEADERS, row('15/12/2022 09:00:00')]);
    expect(back.input.marks).toContainEqual({ mark: 'CumThiDua_NhatKy', sheet: 'Nhật ký' });
    expect(logWorksheet(back.workbook)!.name).toBe('Nhật ký');
    expect(logRecords(back.input).map((r) => [r.at, r.command, r.fingerprint])).toEqual([['15/12/2022 09:00:00', 'rank', '3F2A-91C0-7D4E-0B18']]);
  });
});

describe('later runs append one row each', () => {
  test('after the last used row, earlier rows untouched, through several write/read cycles', async () => {
    let wb = inputBook();
    appendLogRow(wb, entry(row('15/12/2022 09:00:00')));
    for (const t of ['10:00:00', '11:00:00', '12:00:00']) {
      wb = (await roundTrip(wb)).workbook;
      appendLogRow(wb, entry(row('15/12/2022 ' + t), 'Nhật ký'));
    }
    const log = (await roundTrip(wb)).input.sheets.find((s) => s.name === 'Nhật ký')!;
    expect(log.values.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 09:00:00', '15/12/2022 10:00:00', '15/12/2022 11:00:00', '15/12/2022 12:00:00']);
    expect(log.values[1]).toEqual(row('15/12/2022 09:00:00'));
  });

  test('a note a user typed under the log stays; the next row goes below it', () => {
    const wb = inputBook();
    appendLogRow(wb, entry(row('15/12/2022 09:00:00')));
    const ws = logWorksheet(wb)!;
    ws.getCell('A4').value = 'Ghi chú: lần chạy thử';
    appendLogRow(wb, entry(row('15/12/2022 10:00:00'), 'Nhật ký'));
    expect(lastUsedRow(ws)).toBe(5);
    expect(ws.getCell('A4').value).toBe('Ghi chú: lần chạy thử');
    expect(ws.getCell('A5').value).toBe('15/12/2022 10:00:00');
  });

  test('a log emptied by hand gets its header back above the new row', () => {
    const wb = inputBook();
    appendLogRow(wb, entry(row('15/12/2022 09:00:00')));
    const ws = logWorksheet(wb)!;
    // Cleared cell by cell (deleting row 1 would take the mark with it, as in Excel).
    ws.eachRow((r) => r.eachCell((c) => void (c.value = null)));
    appendLogRow(wb, entry(row('15/12/2022 10:00:00'), 'Nhật ký'));
    expect(ws.getRow(1).values).toEqual([undefined, ...LOG_HEADERS]);
    expect(ws.getCell('A2').value).toBe('15/12/2022 10:00:00');
  });
});

describe('a sheet named Nhật ký without our mark belongs to a person', () => {
  test('refused with OutputSheetNotOursError; nothing changed', () => {
    const wb = inputBook();
    wb.addWorksheet('Nhật ký').getCell('A1').value = 'Ghi chép của thư ký';
    expect(() => appendLogRow(wb, entry(row('15/12/2022 09:00:00')))).toThrow(OutputSheetNotOursError);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cấu hình', 'Nhật ký']);
    expect(wb.getWorksheet('Nhật ký')!.getCell('A1').value).toBe('Ghi chép của thư ký');
    expect(wb.getWorksheet('Nhật ký')!.rowCount).toBe(1);
  });
});
