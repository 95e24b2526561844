/**
 * A workbook as the bad-input corpus describes it: sheets of cells as a person (or Excel) leaves
 * them — plain values, error values, formulas with their cached result, merged areas, hidden rows
 * and columns, a stray value far down the sheet — and the program's marks. toXlsx.ts turns it
 * into a real .xlsx with exceljs. No test framework here: scripts/make-corpus.ts uses it too.
 */
import { parseA1 } from '../../src/core/grid';

/** An Excel error value typed or computed in a cell, e.g. #REF!. */
export interface ErrorCell {
  error: '#REF!' | '#DIV/0!' | '#N/A' | '#VALUE!' | '#NAME?' | '#NUM!' | '#NULL!';
}

/** A formula and the result Excel last computed for it (what every shell reads). */
export interface FormulaCell {
  formula: string;
  result: number | string | ErrorCell;
}

export type CorpusCell = string | number | boolean | null | ErrorCell | FormulaCell;

export interface CorpusSheet {
  name: string;
  /** Rows from A1; null or a missing cell is blank. */
  rows: CorpusCell[][];
  /** Merged areas ("D4:E5"): the value stays in the top-left cell only, as in Excel. */
  merges?: string[];
  /** 1-based rows hidden in Excel (still read: hidden is not deleted). */
  hiddenRows?: number[];
  /** Column letters hidden in Excel. */
  hiddenColumns?: string[];
  /** Single cells far from the table (e.g. A1048576), kept out of `rows` so no huge array is built. */
  far?: { cell: string; value: CorpusCell }[];
}

export interface CorpusBook {
  sheets: CorpusSheet[];
  /** The program's marks: workbook-scoped defined name → the sheet whose A1 it points at. */
  marks?: Record<string, string>;
}

export function findSheet(book: CorpusBook, name: string): CorpusSheet {
  const s = book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`corpus: no sheet "${name}"`);
  return s;
}

/** Writes a value at an A1 address of a sheet, growing the rows as needed. */
export function put(book: CorpusBook, sheet: string, address: string, value: CorpusCell): void {
  const at = parseA1(address);
  if (!at) throw new Error(`corpus: bad address ${address}`);
  const rows = findSheet(book, sheet).rows;
  while (rows.length <= at.row) rows.push([]);
  const line = rows[at.row];
  while (line.length < at.col) line.push(null);
  line[at.col] = value;
}

/** Sets the `Giá trị` of a `Cấu hình` row, adding the row at the end when it is not there. */
export function setSetting(book: CorpusBook, key: string, value: CorpusCell): void {
  const rows = findSheet(book, 'Cấu hình').rows;
  const row = rows.find((r) => r[0] === key);
  if (row) row[1] = value;
  else rows.push([key, value]);
}

export function removeSheet(book: CorpusBook, name: string): void {
  findSheet(book, name);
  book.sheets = book.sheets.filter((s) => s.name !== name);
}

/** Removes a whole column (0-based) of a sheet, shifting the columns to its right left. */
export function removeColumn(book: CorpusBook, sheet: string, col: number): void {
  for (const row of findSheet(book, sheet).rows) if (row.length > col) row.splice(col, 1);
}

/** A deep copy of a sheet under another name. */
export function copySheet(book: CorpusBook, from: string, name: string): CorpusSheet {
  const source = findSheet(book, from);
  return { ...JSON.parse(JSON.stringify(source)), name } as CorpusSheet;
}

/** Every text of the workbook, sheet names included, passed through `f` (e.g. to NFD). */
export function mapTexts(book: CorpusBook, f: (s: string) => string): void {
  for (const s of book.sheets) {
    s.name = f(s.name);
    s.rows = s.rows.map((r) => r.map((v) => (typeof v === 'string' ? f(v) : v)));
  }
}
