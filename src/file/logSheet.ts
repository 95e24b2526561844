/**
 * Appending to the run log `Nhật ký` (src/core/log) in an exceljs workbook: one row after the
 * last used row, earlier rows left exactly as they are. The first time, the log is created
 * from the core's description (header and this row) and marked like the other output sheets.
 * A sheet named `Nhật ký` without our mark belongs to a person: refused, nothing changed
 * (OutputSheetNotOursError). No Node APIs here.
 */
import type ExcelJS from 'exceljs';
import type { LogAppend } from '../core/log/logAppend';
import { LOG_ROW_FORMAT, LOG_HEADERS } from '../core/log/describeLog';
import { LOG_SHEET } from '../core/outputSheets';
import { StyleCache } from './cellStyle';
import { marksOf, rawFromExcelJs, sameName } from './definedNames';
import { OutputSheetNotOursError } from './errors';
import { applySheetDescriptions } from './writeXlsx';

/** The sheet carrying the log's mark, or null. */
export function logWorksheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | null {
  const marks = marksOf(rawFromExcelJs(workbook), workbook.worksheets.map((w) => w.name));
  const key = [...marks.keys()].find((k) => k.toLowerCase() === LOG_SHEET.mark.toLowerCase());
  const name = key === undefined ? undefined : marks.get(key);
  return name === undefined ? null : (workbook.worksheets.find((w) => w.name === name) ?? null);
}

/** 1-based number of the last row holding a value (0 for an empty sheet). */
export function lastUsedRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) any = true;
    });
    if (any && n > last) last = n;
  });
  return last;
}

function writeRow(ws: ExcelJS.Worksheet, rowNumber: number, values: readonly (string | number | null)[], styles: StyleCache): void {
  const style = styles.get(LOG_ROW_FORMAT.style);
  values.forEach((v, i) => {
    const cell = ws.getCell(rowNumber, i + 1);
    cell.value = v === null || (typeof v === 'number' && !Number.isFinite(v)) ? null : v;
    cell.style = style;
  });
}

/** Appends the entry's row to the log, creating the log when the workbook has none. */
export function appendLogRow(workbook: ExcelJS.Workbook, entry: LogAppend): void {
  const ws = logWorksheet(workbook);
  if (ws === null) {
    const person = workbook.worksheets.find((w) => sameName(w.name, LOG_SHEET.name));
    if (person) throw new OutputSheetNotOursError(person.name);
    applySheetDescriptions(workbook, [entry.create]);
    return;
  }
  const styles = new StyleCache(LOG_ROW_FORMAT.font);
  let next = lastUsedRow(ws) + 1;
  // A log emptied by hand gets its header back above the new row.
  if (next === 1) {
    writeRow(ws, 1, LOG_HEADERS, styles);
    next = 2;
  }
  writeRow(ws, next, entry.row, styles);
}
