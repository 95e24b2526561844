/**
 * Finding a sheet's header row (docs/huong-dan-so-lieu.md, General rules): the first row within the
 * sheet's first 10 rows that holds every required header, so title rows above it are allowed.
 * Headers are compared by matchKey. A known header written twice is an error; headers the sheet
 * does not define are handed back to the caller, which decides what they mean (member columns in
 * score sheets, a warning elsewhere).
 */
import { cleanText, matchKey } from '../text';
import { cellText, errorText } from './cellValue';
import type { KeylessRow } from '../problems';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';

export interface HeaderSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface ExtraHeader {
  /** Grid-relative column. */
  col: number;
  text: string;
  key: string;
}

export interface HeaderFound {
  /** Grid-relative row of the header. */
  row: number;
  /** Grid-relative column of each header found, by its label as the format spells it (src/core/words/format.ts). */
  cols: Map<string, number>;
  /** Non-blank headers that are not the sheet's own. */
  extras: ExtraHeader[];
}

// A header is short; longer text in the first rows (a title, a note) is never one, and skipping
// it keeps the search cheap on sheets with huge cells.
const LONGEST_HEADER = 120;

/** A header row must be within the sheet's first rows (docs/huong-dan-so-lieu.md, "Quy định chung"). */
export const HEADER_SEARCH_ROWS = 10;

const specKeys = new WeakMap<HeaderSpec, Map<string, { label: string; required: boolean }>>();

function keysOf(spec: HeaderSpec): Map<string, { label: string; required: boolean }> {
  let keys = specKeys.get(spec);
  if (!keys) {
    keys = new Map();
    for (const label of spec.required) keys.set(matchKey(label), { label, required: true });
    for (const label of spec.optional) if (!keys.has(matchKey(label))) keys.set(matchKey(label), { label, required: false });
    specKeys.set(spec, keys);
  }
  return keys;
}

/** The header key of a cell, or '' when the cell cannot be a header. */
export function headerKey(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? matchKey(String(v)) : '';
  if (typeof v !== 'string' || v.length > LONGEST_HEADER) return '';
  return matchKey(v);
}

/**
 * Finds the header row and maps its columns; reports HEADER_NOT_FOUND (at A1) or
 * COLUMN_DUPLICATE. Returns null when there is no header row.
 */
export function findHeader(view: SheetView, spec: HeaderSpec, sink: ProblemSink): HeaderFound | null {
  const keys = keysOf(spec);
  const lastRow = Math.min(view.rowCount, HEADER_SEARCH_ROWS - view.top);
  for (let r = 0; r < lastRow; r++) {
    const line = view.line(r);
    if (!line) continue;
    const seen = new Set<string>();
    for (let c = 0; c < line.length; c++) {
      const key = headerKey(line[c]);
      const known = key === '' ? undefined : keys.get(key);
      if (known && known.required) seen.add(known.label);
    }
    if (seen.size === spec.required.length) return mapColumns(view, r, line, keys, sink);
  }
  sink.sheetCell(view, 0, 0, 'error', 'HEADER_NOT_FOUND', { headers: [...spec.required] });
  return null;
}

function mapColumns(
  view: SheetView,
  r: number,
  line: readonly unknown[],
  keys: Map<string, { label: string; required: boolean }>,
  sink: ProblemSink,
): HeaderFound {
  const cols = new Map<string, number>();
  const extras: ExtraHeader[] = [];
  for (let c = 0; c < line.length; c++) {
    const v = line[c];
    const key = headerKey(v);
    if (key === '') {
      // A long text in the header row is not a header we know; it is still worth a warning.
      if (typeof v === 'string' && v.trim() !== '') extras.push({ col: c, text: v.trim(), key: matchKey(v) });
      continue;
    }
    const known = keys.get(key);
    if (!known) {
      extras.push({ col: c, text: String(v).trim(), key });
      continue;
    }
    if (cols.has(known.label)) {
      sink.cell(view, r, c, 'error', 'COLUMN_DUPLICATE', { header: known.label });
      continue;
    }
    cols.set(known.label, c);
  }
  return { row: r, cols, extras };
}

/** Reports every extra header as COLUMN_UNKNOWN (sheets whose columns are fixed). */
export function warnUnknownColumns(view: SheetView, header: HeaderFound, sink: ProblemSink): void {
  for (const x of header.extras) sink.cell(view, header.row, x.col, 'warning', 'COLUMN_UNKNOWN', { header: x.text });
}

/** True when none of the given grid columns of row r holds anything. */
export function rowIsEmpty(view: SheetView, r: number, cols: readonly number[]): boolean {
  const line = view.line(r);
  if (!line) return true;
  for (const c of cols) {
    const v = line[c];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' ? v.trim() !== '' : typeof v === 'number' || typeof v === 'boolean') return false;
  }
  return true;
}

/**
 * The text of a row's key cell (a member code, a criterion code, a band name, a setting name),
 * cleaned; or null after reporting why the row has no usable key: an error value (VALUE_ERROR)
 * or a blank cell (ROW_WITHOUT_CODE, with the given severity).
 */
export function rowKeyText(
  view: SheetView,
  sink: ProblemSink,
  r: number,
  c: number,
  missing: { severity: 'error' | 'warning'; column: string; kind: KeylessRow },
): string | null {
  const raw = view.get(r, c);
  const err = errorText(raw);
  if (err !== null) {
    sink.cell(view, r, c, 'error', 'VALUE_ERROR', { value: err });
    return null;
  }
  const text = cleanText(cellText(raw));
  if (text === '') {
    sink.cell(view, r, c, missing.severity, 'ROW_WITHOUT_CODE', { column: missing.column, kind: missing.kind });
    return null;
  }
  return text;
}
