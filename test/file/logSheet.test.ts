/**
 * Appending to the run log `Nhật ký` (src/file/logSheet.ts): created once with its header and
 * mark, then one row after the last used row; earlier rows keep their bytes through a write and
 * a read; a person's sheet of that name is never written into.
 */
import ExcelJS from 'exceljs';
import { describeLogSheet, LOG_HEADERS } from '../../src/core/log/describeLog';
import { logRecords } from '../../src/core/log/readLog';
import { OutputSheetNotOursError } from '../../src/file/errors';
import { appendLogRow, lastUsedRow, logWorksheet } from '../../src/file/logSheet';
import { loadWorkbook, readXlsxBytes } from '../../src/file/readXlsx';
import { workbookBytes } from '../../src/file/writeXlsx';
import type { Workbook } from '../../src/file/book/workbook';
import type { LogRow } from '../../src/core/log/logEntry';
import { openedWith, readByExcelJs } from './fixtures';

const row = (at: string, command = 'Xếp hạng'): LogRow => [at, command, '3F2A-91C0-7D4E-0B18', 0, 2, '1. Tỉnh Nghệ An; 2. Tỉnh Hà Tĩnh; 3. Tỉnh Quảng Bình', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', null, '=SUM(A1) không phải công thức'];
const entry = (r: LogRow, sheet: string | null = null) => ({ row: r, create: describeLogSheet([r]), sheet });

function inputBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Cấu hình').addRows([['Tham số', 'Giá trị'], ['Năm', 2022]]);
  return wb;
}

async function roundTrip(wb: Workbook) {
  return readXlsxBytes(await workbookBytes(wb));
}

/** The log's part, decoded (to compare bytes of earlier rows). */
const logXml = (wb: Workbook): string => new TextDecoder().decode(wb.pkg.read(logWorksheet(wb)!.part!)!);

describe('the first run creates the log', () => {
  test('header, the row, the mark; after a write and a read the row reads back exactly', async () => {
    const wb = await openedWith(inputBook());
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
  test('after the last used row, earlier rows byte for byte, through several write/read cycles', async () => {
    let wb = await openedWith(inputBook());
    appendLogRow(wb, entry(row('15/12/2022 09:00:00')));
    for (const t of ['10:00:00', '11:00:00', '12:00:00']) {
      wb = (await roundTrip(wb)).workbook;
      const before = logXml(wb);
      appendLogRow(wb, entry(row('15/12/2022 ' + t), 'Nhật ký'));
      // Every earlier row element is there as it was, in order; one row more after them.
      const rows = (xml: string): string[] => xml.match(/<row\b[\s\S]*?<\/row>/g) ?? [];
      const after = rows(logXml(wb));
      expect(after.slice(0, -1)).toEqual(rows(before));
      expect(after).toHaveLength(rows(before).length + 1);
    }
    const log = (await roundTrip(wb)).input.sheets.find((s) => s.name === 'Nhật ký')!;
    expect(log.values.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 09:00:00', '15/12/2022 10:00:00', '15/12/2022 11:00:00', '15/12/2022 12:00:00']);
    expect(log.values[1]).toEqual(row('15/12/2022 09:00:00'));
  });

  test('a note a user typed under the log stays; the next row goes below it', async () => {
    const wb = await openedWith(inputBook());
    appendLogRow(wb, entry(row('15/12/2022 09:00:00')));
    // The user types a note in A4 (exceljs plays Excel: it opens and saves the file).
    const edited = await readByExcelJs(wb);
    edited.getWorksheet('Nhật ký')!.getCell('A4').value = 'Ghi chú: lần chạy thử';
    const again = await openedWith(edited);
    appendLogRow(again, entry(row('15/12/2022 10:00:00'), 'Nhật ký'));
    expect(lastUsedRow(again, logWorksheet(again)!)).toBe(5);
    const ws = (await readByExcelJs(again)).getWorksheet('Nhật ký')!;
    expect(ws.getCell('A4').value).toBe('Ghi chú: lần chạy thử');
    expect(ws.getCell('A5').value).toBe('15/12/2022 10:00:00');
  });

  test('a log emptied by hand gets its header back above the new row', async () => {
    const wb = await openedWith(inputBook());
    appendLogRow(wb, entry(row('15/12/2022 09:00:00')));
    // Cleared cell by cell (deleting row 1 would take the mark with it, as in Excel).
    const cleared = await readByExcelJs(wb);
    cleared.getWorksheet('Nhật ký')!.eachRow((r) => r.eachCell((c) => void (c.value = null)));
    const again = await openedWith(cleared);
    appendLogRow(again, entry(row('15/12/2022 10:00:00'), 'Nhật ký'));
    const ws = (await readByExcelJs(again)).getWorksheet('Nhật ký')!;
    expect(ws.getRow(1).values).toEqual([undefined, ...LOG_HEADERS]);
    expect(ws.getCell('A2').value).toBe('15/12/2022 10:00:00');
  });
});

describe('a sheet named Nhật ký without our mark belongs to a person', () => {
  test('refused with OutputSheetNotOursError; nothing changed', async () => {
    const input = inputBook();
    input.addWorksheet('Nhật ký').getCell('A1').value = 'Ghi chép của thư ký';
    const wb = await openedWith(input);
    const before = Buffer.from(await workbookBytes(wb));
    expect(() => appendLogRow(wb, entry(row('15/12/2022 09:00:00')))).toThrow(OutputSheetNotOursError);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Nhật ký']);
    expect(Buffer.from(await workbookBytes(wb)).equals(before)).toBe(true);
    expect(loadWorkbook(before, 'x').workbook.sheets.length).toBe(2);
  });
});
