/**
 * Plain 2-D value grids: what Excel's `range.values` gives and what every shell hands the core.
 * Empty cells may arrive as "" (Office.js) or null (file shell); both mean blank.
 * Error values (#REF!, #N/A, …) arrive as their text, as Office.js reports them.
 */
export type CellValue = string | number | boolean | null | undefined;

export interface SheetGrid {
  /** The sheet's name exactly as the workbook spells it. */
  name: string;
  /** Row-major values of the used range. */
  values: CellValue[][];
  /** 0-based row of values[0] in the sheet (the used range may not start at A1). Default 0. */
  top?: number;
  /** 0-based column of values[0][0] in the sheet. Default 0. */
  left?: number;
  /**
   * Set by a shell that did not load a sheet's values because its used range is too large to
   * process (src/core/read/limits.ts): the size of that used range. `values` is then empty, and
   * the core refuses the workbook with this figure. Absent for sheets loaded in full.
   */
  usedRange?: { rows: number; columns: number };
}

export interface WorkbookInput {
  /** Every worksheet of the workbook, in tab order. */
  sheets: SheetGrid[];
  /** Names of the sheets that carry the program's mark (see src/core/outputSheets.ts). */
  markedSheets?: string[];
  /**
   * Each of the program's marks present in the workbook with the sheet it points at, as the
   * workbook spells both (e.g. {mark: "CumThiDua_NhatKy", sheet: "Nhật ký"}). Tells which
   * marked sheet is which even after a user renamed one (src/core/log/readLog.ts).
   */
  marks?: { mark: string; sheet: string }[];
}

const ERROR_VALUE = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|EXTERNAL!|PYTHON!)$/;

/** True for an Excel error value such as "#REF!" or "#DIV/0!". */
export function isErrorValue(v: CellValue): v is string {
  return typeof v === 'string' && v.length > 2 && v.charCodeAt(0) === 35 && ERROR_VALUE.test(v);
}

/** True for a cell that holds nothing (null, undefined, or only spaces). */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based (row, column) pair. */
export function a1(row0: number, col0: number): string {
  return columnLetters(col0) + String(row0 + 1);
}

/** A1 range "A1:C3" from two 0-based corners. */
export function a1Range(row0: number, col0: number, row1: number, col1: number): string {
  return a1(row0, col0) + ':' + a1(row1, col1);
}

/** 0-based column index of column letters: A → 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B12" into 0-based {row, col}; null when it is not an A1 address. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Reads a grid cell by sheet coordinates, honouring the grid's offset. */
export function cellAt(grid: SheetGrid, row0: number, col0: number): CellValue {
  const r = row0 - (grid.top ?? 0);
  const c = col0 - (grid.left ?? 0);
  if (r < 0 || c < 0) return null;
  const line = grid.values[r];
  return line === undefined ? null : line[c];
}
