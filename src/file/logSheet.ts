/**
 * Appending to the run log `Nhật ký` (src/core/log): one row after the last used row, spliced
 * into the log's worksheet part so that every earlier row keeps its bytes. The first time, the
 * log is created from the core's description (header and this row) and marked like the other
 * output sheets. A sheet named `Nhật ký` without our mark belongs to a person: refused, nothing
 * changed (OutputSheetNotOursError). No Node APIs here.
 */
import { LOG_HEADERS, LOG_ROW_FORMAT, LOG_SHEET, a1, isBlank, type LogAppend } from '../core/index';
import type { Workbook } from './book/workbook';
import type { SheetEntry } from './book/workbookPart';
import { prefixOf, sheetLayout } from './book/sheetLayout';
import { sameName } from './definedNames';
import { OutputSheetNotOursError } from './errors';
import { readSheetValues } from './read/sheetValues';
import { readSharedStrings } from './read/sharedStrings';
import { applySheetDescriptions } from './write/applySheets';
import { cellXml } from './write/sheetXml';
import { StyleBook } from './write/styleBook';
import { rawText, setAttribute, spliceBytes, type Splice } from './xml/splice';

/** The sheet carrying the log's mark, or null. */
export function logWorksheet(workbook: Workbook): SheetEntry | null {
  const marks = workbook.marks();
  const key = [...marks.keys()].find((k) => k.toLowerCase() === LOG_SHEET.mark.toLowerCase());
  const name = key === undefined ? undefined : marks.get(key);
  return name === undefined ? null : (workbook.sheets.find((s) => s.name === name && s.part !== null) ?? null);
}

/** 1-based number of the last row holding a value (0 for an empty sheet). */
export function lastUsedRow(workbook: Workbook, sheet: SheetEntry): number {
  const { pkg, info } = workbook;
  const values = readSheetValues(pkg, sheet.part!, sheet.name, {
    sharedStrings: readSharedStrings(pkg, info.sharedStrings),
    date1904: info.date1904,
    budget: { left: Number.MAX_SAFE_INTEGER },
  });
  for (let r = values.rows.length - 1; r >= 0; r--) {
    const line = values.rows[r];
    if (line && line.some((v) => !isBlank(v))) return r + 1;
  }
  return 0;
}

/** Appends the entry's row to the log, creating the log when the workbook has none. */
export function appendLogRow(workbook: Workbook, entry: LogAppend): void {
  workbook.transaction(() => appendEntry(workbook, entry));
}

function appendEntry(workbook: Workbook, entry: LogAppend): void {
  const log = logWorksheet(workbook);
  if (log === null) {
    const person = workbook.sheets.find((s) => sameName(s.name, LOG_SHEET.name));
    if (person) throw new OutputSheetNotOursError(person.name);
    applySheetDescriptions(workbook, [entry.create]);
    return;
  }
  const rows: (readonly (string | number | null)[])[] = [];
  let first = lastUsedRow(workbook, log) + 1;
  // A log emptied by hand gets its header back above the new row.
  if (first === 1) {
    rows.push(LOG_HEADERS);
    first = 1;
  }
  rows.push(entry.row);
  appendRows(workbook, log, first, rows);
}

/** Writes these rows from row `first` (1-based) on, replacing only rows that hold no value there. */
function appendRows(workbook: Workbook, sheet: SheetEntry, first: number, rows: (readonly (string | number | null)[])[]): void {
  const { pkg, info } = workbook;
  const styles = new StyleBook(info.styles ? (pkg.read(info.styles) ?? null) : null);
  const xf = styles.xf(LOG_ROW_FORMAT.style, LOG_ROW_FORMAT.font);
  const layout = sheetLayout(pkg, sheet.part!);
  const p = prefixOf(layout.root);
  const last = first + rows.length - 1;
  const xml = rows
    .map((values, i) => {
      const r = first + i;
      const cells = values.map((v, c) => cellXml(a1(r - 1, c), v === null || (typeof v === 'number' && !Number.isFinite(v)) ? null : v, xf)).join('');
      return `<row r="${r}">${cells}</row>`;
    })
    .join('')
    .replace(/<(\/?)(?=[a-z])/g, `<$1${p}`);

  const edits: Splice[] = [];
  const data = layout.top.find((t) => t.local === 'sheetData');
  if (!data) throw new Error(`${sheet.name}: a worksheet without sheetData`);
  // Rows already there at these numbers hold no value (formatting only): they are replaced.
  const replaced = layout.rows.filter((row) => row.r >= first && row.r <= last);
  const after = layout.rows.find((row) => row.r > last);
  if (data.selfClosing) {
    const open = rawText(layout.bytes, data.start, data.end).replace(/\s*\/>$/, '>');
    edits.push({ start: data.start, end: data.end, text: `${open}${xml}</${data.name}>` });
  } else if (replaced.length > 0) {
    edits.push({ start: replaced[0].start, end: replaced[replaced.length - 1].end, text: xml });
  } else {
    const at = after ? after.start : layout.rows.length > 0 ? layout.rows[layout.rows.length - 1].end : data.openEnd;
    edits.push({ start: at, end: at, text: xml });
  }
  const dimension = layout.top.find((t) => t.local === 'dimension');
  if (dimension) {
    const width = Math.max(...rows.map((r) => r.length), 1);
    const ref = dimension.attrs.get('ref') ?? 'A1';
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
    const lastCol = m ? (m[3] ?? m[1]) : 'A';
    const lastRowNow = m ? Number(m[4] ?? m[2]) : 1;
    const col = lastCol.length > a1(0, width - 1).replace(/\d+/, '').length || lastCol >= a1(0, width - 1).replace(/\d+/, '') ? lastCol : a1(0, width - 1).replace(/\d+/, '');
    const newRef = `A1:${col}${Math.max(lastRowNow, last)}`;
    if (newRef !== ref) edits.push({ start: dimension.start, end: dimension.openEnd, text: setAttribute(rawText(layout.bytes, dimension.start, dimension.openEnd), 'ref', newRef) });
  }
  pkg.set(sheet.part!, spliceBytes(layout.bytes, edits));
  if (styles.changed) pkg.set(info.styles ?? 'xl/styles.xml', styles.toBytes());
}
