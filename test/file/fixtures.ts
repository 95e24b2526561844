/** Helpers for the file shell tests: temporary folders, small sheet descriptions, exceljs round trips. */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { PageSetup, SheetDescription } from '../../src/core/sheet';
import type { Workbook } from '../../src/file/book/workbook';
import { loadWorkbook } from '../../src/file/readXlsx';
import { workbookBytes } from '../../src/file/writeXlsx';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'cum-thi-dua-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The page setup docs/tai-lieu-in.md asks for on a landscape sheet. */
export const LANDSCAPE_A4: PageSetup = {
  paper: 'A4',
  orientation: 'landscape',
  margins: { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 },
  fitToWidth: true,
  printTitleRows: { first: 7, last: 8 },
  printArea: 'A1:H20',
  headerCenter: '&"Times New Roman,Regular"&13&P',
  footerCenter: '&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18',
  firstPage: { headerCenter: '', footerCenter: '&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18' },
  rowBreaks: [12],
  gridlines: false,
  horizontalCentered: true,
};

/** An output sheet description with nothing but values; override what a test needs. */
export function describeSheet(over: Partial<SheetDescription> & { name: string }): SheetDescription {
  return {
    key: 'ranking',
    values: [['Hạng', 'Đơn vị', 'Tổng điểm'], [1, 'Tỉnh Nghệ An', 96.5]],
    styles: [],
    font: { name: 'Times New Roman', size: 12 },
    merges: [],
    columnWidths: [],
    rowHeights: [],
    links: [],
    notes: [],
    validations: [],
    freezeRows: 0,
    pageSetup: null,
    mark: 'CumThiDua_XepHang',
    ...over,
  };
}

/** An exceljs workbook (made by a test as a user's file) as bytes. */
export async function excelJsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An exceljs workbook opened by the file shell, as the command line opens a user's file. */
export async function openedWith(wb: ExcelJS.Workbook): Promise<Workbook> {
  return loadWorkbook(await excelJsBytes(wb), 'so.xlsx').workbook;
}

/** What the file shell wrote, opened by exceljs: an independent reader. */
export async function readByExcelJs(bytes: Uint8Array | Workbook): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : await workbookBytes(bytes);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(data as unknown as ArrayBuffer);
  return back;
}
