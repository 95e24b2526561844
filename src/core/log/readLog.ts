/**
 * Finding and reading the run log `Nhật ký` in the core's input. The log is ours when it
 * carries our mark (src/core/outputSheets.ts LOG_SHEET): found through `WorkbookInput.marks`
 * (so a log the user renamed is still found), or, from a shell that does not pass the marks,
 * as the marked sheet named `Nhật ký`. A sheet named `Nhật ký` without the mark belongs to a
 * person: the program never writes into it (docs/huong-dan-so-lieu.md, General rules).
 *
 * Rows are read by the header labels of logColumns.ts; rows that are not ours (a note a user
 * typed under the log) are kept out of the records by their `Lệnh` cell.
 */
import { cellAt, isBlank, type CellValue, type SheetGrid, type WorkbookInput } from '../grid';
import { LOG_SHEET } from '../outputSheets';
import { cleanText, matchKey } from '../text';
import { commandOf, LOG_COLUMNS, type LogColumnKey, type LogCommand } from './logColumns';

const LOG_NAME_KEY = matchKey(LOG_SHEET.name);
const MARK_KEY = LOG_SHEET.mark.toLowerCase();

/** Name of the sheet that carries the log's mark, or null when the workbook has no log yet. */
export function logSheetName(input: WorkbookInput): string | null {
  const names = (input.sheets ?? []).map((s) => s.name);
  if (Array.isArray(input.marks)) {
    const m = input.marks.find((x) => typeof x?.mark === 'string' && x.mark.toLowerCase() === MARK_KEY);
    if (!m) return null;
    return names.find((n) => matchKey(n) === matchKey(m.sheet)) ?? null;
  }
  const marked = new Set((input.markedSheets ?? []).map((n) => matchKey(n)));
  return names.find((n) => matchKey(n) === LOG_NAME_KEY && marked.has(LOG_NAME_KEY)) ?? null;
}

/** The log's grid, or null when the workbook has no log. */
export function findLogGrid(input: WorkbookInput): SheetGrid | null {
  const name = logSheetName(input);
  return name === null ? null : (input.sheets.find((s) => s.name === name) ?? null);
}

/**
 * A sheet named `Nhật ký` that does not carry our mark (a person's own sheet): the program must
 * not write into it. Null when there is none, or when it is our log.
 */
export function unmarkedLogSheet(input: WorkbookInput): string | null {
  const ours = logSheetName(input);
  const found = (input.sheets ?? []).find((s) => matchKey(s.name) === LOG_NAME_KEY && s.name !== ours);
  return found ? found.name : null;
}

/** One row of the log as read back. */
export interface LogRecord {
  /** 0-based sheet row. */
  row: number;
  at: string;
  command: LogCommand | null;
  /** '' when the cell is blank. */
  fingerprint: string;
  by: string;
  errors: number | null;
  warnings: number | null;
}

const HEADER_KEYS = new Map<string, LogColumnKey>(LOG_COLUMNS.map((c) => [matchKey(c.header), c.key]));

/** Text of a cell as the log shows it (numbers as written, blanks as ''). */
function text(v: CellValue): string {
  if (isBlank(v)) return '';
  return cleanText(v);
}

function count(v: CellValue): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}

/** Every row under the header, in sheet order. A log without a recognisable header has no records. */
export function readLog(grid: SheetGrid): LogRecord[] {
  const top = grid.top ?? 0;
  const left = grid.left ?? 0;
  const height = grid.values.length;
  const width = grid.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  // The header is the first row that names the `Thời gian` and `Lệnh` columns.
  let headerRow = -1;
  const columns = new Map<LogColumnKey, number>();
  for (let r = top; r < top + height && headerRow < 0; r++) {
    const found = new Map<LogColumnKey, number>();
    for (let c = left; c < left + width; c++) {
      const key = HEADER_KEYS.get(matchKey(cellAt(grid, r, c)));
      if (key !== undefined && !found.has(key)) found.set(key, c);
    }
    if (found.has('at') && found.has('command')) {
      headerRow = r;
      for (const [k, c] of found) columns.set(k, c);
    }
  }
  if (headerRow < 0) return [];
  const at = (r: number, key: LogColumnKey): CellValue => {
    const c = columns.get(key);
    return c === undefined ? null : cellAt(grid, r, c);
  };
  const out: LogRecord[] = [];
  for (let r = headerRow + 1; r < top + height; r++) {
    const command = commandOf(at(r, 'command'));
    if (command === null && text(at(r, 'at')) === '') continue;
    out.push({
      row: r,
      at: text(at(r, 'at')),
      command,
      fingerprint: text(at(r, 'fingerprint')),
      by: text(at(r, 'by')),
      errors: count(at(r, 'errors')),
      warnings: count(at(r, 'warnings')),
    });
  }
  return out;
}

/** The log's records in the input (empty when there is no log). */
export function logRecords(input: WorkbookInput): LogRecord[] {
  const grid = findLogGrid(input);
  return grid ? readLog(grid) : [];
}

/** 0-based row just under the log's last used row: where the next entry goes (0 when empty). */
export function nextLogRow(grid: SheetGrid): number {
  let last = grid.values.length - 1;
  while (last >= 0 && (grid.values[last] ?? []).every(isBlank)) last--;
  return last < 0 ? 0 : (grid.top ?? 0) + last + 1;
}
