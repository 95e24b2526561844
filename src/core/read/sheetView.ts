/**
 * One input sheet as the reader sees it: the grid's rows with its offset, sanitised once so that
 * nothing downstream can throw on a ragged, sparse or junk grid. Row and column numbers used by
 * the readers are grid-relative (0 = first row of `values`); `sheetRow`/`sheetCol` and
 * `address` add the offset back, so every reported cell is where the user sees it.
 */
import { a1, type CellValue, type SheetGrid } from '../grid';

function offset(n: unknown): number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

export class SheetView {
  readonly name: string;
  /** Position of the sheet in the workbook's tab order (problems are sorted by it). */
  readonly order: number;
  readonly top: number;
  readonly left: number;
  readonly rows: readonly unknown[];

  constructor(grid: SheetGrid | null | undefined, order: number) {
    const g = (grid ?? {}) as Partial<SheetGrid>;
    this.name = typeof g.name === 'string' ? g.name : '';
    this.order = order;
    this.top = offset(g.top);
    this.left = offset(g.left);
    this.rows = Array.isArray(g.values) ? g.values : [];
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** The row's array, or null for a missing or malformed row. */
  line(r: number): readonly unknown[] | null {
    const line = this.rows[r];
    return Array.isArray(line) ? line : null;
  }

  width(r: number): number {
    const line = this.rows[r];
    return Array.isArray(line) ? line.length : 0;
  }

  /** The cell's value; anything that is not a plain cell value reads as blank. */
  get(r: number, c: number): CellValue {
    if (r < 0 || c < 0) return null;
    const line = this.rows[r];
    if (!Array.isArray(line)) return null;
    return plain(line[c]);
  }

  sheetRow(r: number): number {
    return this.top + r;
  }

  sheetCol(c: number): number {
    return this.left + c;
  }

  /** A1 address of a grid-relative cell, offset included. */
  address(r: number, c: number): string {
    return a1(this.top + r, this.left + c);
  }
}

/** Narrows an arbitrary value to a CellValue (objects, symbols, functions read as blank). */
export function plain(v: unknown): CellValue {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    default:
      return null;
  }
}
