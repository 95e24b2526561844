/**
 * Accumulates one output sheet as plain data (src/core/sheet.ts): rows appended top to bottom,
 * styles as ranges over whole blocks, merges, row heights, links and notes. The sheet builders
 * (checkSheet.ts, detailSheet.ts, …) only decide what goes where; this file keeps the values
 * rectangular and the addresses right.
 *
 * Columns. A sheet is made of the columns its tables need ("logical" columns, the widths given
 * to the constructor); every method below takes those. The header block (headerBlock.ts) needs
 * column boundaries where a table has none — a rule under a line of text is a border on a merged
 * cell, so it can only start and end between two columns — and asks for them with `cut` before
 * the first row: a logical column cut in pieces becomes several sheet columns, and every row
 * that has something in it gets that column's pieces merged back into one cell at build.
 *
 * Pages. `keep(r0, r1)` marks rows that belong on one page (a heading and the first rows of its
 * table, a signature block); pagination.ts places the page breaks from them and the heights.
 */
import { a1, a1Range } from '../grid';
import type { CellStyle, PageSetup, SheetDescription, StyledRange } from '../sheet';
import { textHeight } from './rowHeight';

export type OutCell = string | number | null;

export interface BuildMeta {
  key: SheetDescription['key'];
  name: string;
  mark: string | null;
  font: { name: string; size: number };
  pageSetup: PageSetup | null;
  freezeRows: number;
}

/** A boundary asked for within this many width units of an existing one uses the existing one. */
export const SNAP_UNITS = 1;

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export class SheetBuilder {
  private readonly rows: OutCell[][] = [];
  private readonly styleList: { box: Box; style: CellStyle }[] = [];
  private readonly mergeList: Box[] = [];
  private readonly heights = new Map<number, number>();
  private readonly linkList: { row: number; col: number; sheet: string; target: string }[] = [];
  private readonly noteList: { row: number; col: number; text: string }[] = [];
  private readonly validationList: { box: Box; list: string[] }[] = [];
  private readonly keepList: { r0: number; r1: number }[] = [];
  /** Sheet column widths (the logical columns, cut where the header block asked). */
  private sheetWidths: number[];
  /** First and last sheet column of each logical column. */
  private first: number[];
  private last: number[];

  /** One width per column, in Excel character units; the sheet is exactly this wide. */
  constructor(readonly columnWidths: readonly number[]) {
    this.sheetWidths = columnWidths.slice();
    this.first = columnWidths.map((_, i) => i);
    this.last = columnWidths.map((_, i) => i);
  }

  get width(): number {
    return this.columnWidths.length;
  }

  get lastCol(): number {
    return this.columnWidths.length - 1;
  }

  /** Number of rows so far; also the 0-based index the next row gets. */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Total width in character units. */
  get totalWidth(): number {
    return this.columnWidths.reduce((a, b) => a + b, 0);
  }

  // ------------------------------------------------------------------------------------------
  // The sheet's own columns (for the header block)

  /** Positions (in width units from the left edge) where one sheet column ends and the next begins, 0 and the total included. */
  boundaries(): number[] {
    const out = [0];
    for (const w of this.sheetWidths) out.push(out[out.length - 1] + w);
    return out;
  }

  /**
   * Makes a column boundary at each position (width units from the left edge), unless one is
   * already within SNAP_UNITS. A new boundary only before the first row; after it, positions that
   * are all boundaries already are accepted (a sheet holding several documents, each with the same
   * header block).
   */
  cut(positions: readonly number[]): void {
    for (const x of positions) {
      const bounds = this.boundaries();
      if (bounds.some((b) => Math.abs(b - x) <= SNAP_UNITS)) continue;
      if (this.rows.length > 0) throw new Error('columns can only be cut before the first row');
      const k = bounds.findIndex((b) => b > x) - 1; // sheet column that holds x
      if (k < 0 || k >= this.sheetWidths.length) continue;
      const left = Math.round((x - bounds[k]) * 100) / 100;
      this.sheetWidths.splice(k, 1, left, Math.round((this.sheetWidths[k] - left) * 100) / 100);
      for (let c = 0; c < this.width; c++) {
        if (this.first[c] > k) this.first[c]++;
        if (this.last[c] >= k) this.last[c]++;
      }
    }
  }

  /** The sheet columns between two boundaries given in width units (each snapped to the nearest boundary). */
  sheetSpan(from: number, to: number): { c0: number; c1: number } {
    const bounds = this.boundaries();
    const nearest = (x: number): number => {
      let best = 0;
      for (let i = 1; i < bounds.length; i++) if (Math.abs(bounds[i] - x) < Math.abs(bounds[best] - x)) best = i;
      return best;
    };
    const a = nearest(from);
    const b = Math.max(a + 1, nearest(to));
    return { c0: a, c1: Math.min(b, this.sheetWidths.length) - 1 };
  }

  /** Width in units of sheet columns c0..c1. */
  sheetSpanWidth(c0: number, c1: number): number {
    let w = 0;
    for (let c = c0; c <= c1; c++) w += this.sheetWidths[c] ?? 0;
    return w;
  }

  /** Writes a text into sheet columns c0..c1 (see `text`); for the header block. */
  sheetText(row: number, c0: number, c1: number, text: string, style: CellStyle, fontSize: number): void {
    this.put(row, c0, text);
    if (c1 > c0) this.mergeList.push({ r0: row, c0, r1: row, c1 });
    this.styleList.push({ box: { r0: row, c0, r1: row, c1 }, style: { wrap: true, vAlign: 'top', ...style } });
    this.minHeight(row, textHeight(text, this.sheetSpanWidth(c0, c1), fontSize, { bold: style.bold === true }));
  }

  /** Styles (and merges, when `merge`) sheet columns c0..c1 of one row; for the header block. */
  sheetStyle(row: number, c0: number, c1: number, style: CellStyle, merge = false): void {
    if (merge && c1 > c0) this.mergeList.push({ r0: row, c0, r1: row, c1 });
    this.styleList.push({ box: { r0: row, c0, r1: row, c1 }, style });
  }

  // ------------------------------------------------------------------------------------------
  // Rows and cells, in the table's columns

  /** Appends a row (cells from column A) and returns its 0-based index. */
  row(cells: readonly OutCell[] = []): number {
    if (cells.length > this.width) throw new RangeError(`row of ${cells.length} cells in a sheet ${this.width} wide`);
    this.rows.push([]);
    const r = this.rows.length - 1;
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) this.put(r, this.first[c], v);
    });
    return r;
  }

  /** Appends `count` empty rows; returns the index of the last one. */
  blank(count = 1): number {
    for (let i = 0; i < count; i++) this.rows.push([]);
    return this.rows.length - 1;
  }

  set(row: number, col: number, value: OutCell): void {
    if (col < 0 || col >= this.width) throw new RangeError(`column ${col} outside a sheet ${this.width} wide`);
    this.put(row, this.first[col], value);
  }

  private put(row: number, sheetCol: number, value: OutCell): void {
    const line = this.rows[row];
    if (line === undefined) throw new RangeError(`row ${row} not appended yet`);
    while (line.length < sheetCol) line.push(null);
    line[sheetCol] = value;
  }

  /** Styles the block r0..r1 × c0..c1 (inclusive, 0-based) with one entry. */
  style(r0: number, c0: number, r1: number, c1: number, style: CellStyle): void {
    this.styleList.push({ box: { r0, c0: this.first[c0], r1, c1: this.last[c1] }, style });
  }

  merge(r0: number, c0: number, r1: number, c1: number): void {
    const box = { r0, c0: this.first[c0], r1, c1: this.last[c1] };
    if (box.r0 === box.r1 && box.c0 === box.c1) return;
    this.mergeList.push(box);
  }

  /** Total width of columns c0..c1 in character units. */
  spanWidth(c0: number, c1: number): number {
    let w = 0;
    for (let c = c0; c <= c1; c++) w += this.columnWidths[c] ?? 0;
    return w;
  }

  /** Makes a row at least `height` points tall. */
  minHeight(row: number, height: number): void {
    const old = this.heights.get(row) ?? 0;
    if (height > old) this.heights.set(row, height);
  }

  /** Sets a row's height, whatever was asked before. */
  setHeight(row: number, height: number): void {
    this.heights.set(row, height);
  }

  heightOf(row: number): number | undefined {
    return this.heights.get(row);
  }

  /** Gives rows r0..r1 the height of the tallest of them (the rows of one table look even). */
  evenHeights(r0: number, r1: number): void {
    let h = 0;
    for (let r = r0; r <= r1; r++) h = Math.max(h, this.heights.get(r) ?? 0);
    if (h > 0) for (let r = r0; r <= r1; r++) this.heights.set(r, h);
  }

  /**
   * Writes a text into columns c0..c1 of an existing row, merged and wrapped, and makes the row
   * tall enough for it: Excel never grows a row to fit a merged cell by itself, so without an
   * estimate a long sentence would print cut off.
   */
  text(row: number, c0: number, c1: number, text: string, style: CellStyle, fontSize: number): void {
    this.set(row, c0, text);
    this.merge(row, c0, row, c1);
    this.style(row, c0, row, c1, { wrap: true, vAlign: 'top', ...style });
    this.fitText(row, text, this.spanWidth(c0, c1), fontSize, style);
  }

  /** Appends a row holding one text merged across the whole width. */
  paragraph(text: string, style: CellStyle, fontSize: number): number {
    const r = this.row();
    this.text(r, 0, this.lastCol, text, { hAlign: 'left', ...style, fontSize }, fontSize);
    return r;
  }

  /** Raises the row's height to what `text` needs in a cell `widthChars` wide (one line included). */
  fitText(row: number, text: string, widthChars: number, fontSize: number, style: CellStyle = {}): void {
    this.minHeight(row, textHeight(text, widthChars, fontSize, { bold: style.bold === true }));
  }

  /** Rows r0..r1 belong on one page (when they fit on one): a heading with its first rows, a signature block. */
  keep(r0: number, r1: number): void {
    if (r1 > r0) this.keepList.push({ r0, r1 });
  }

  get keeps(): readonly { r0: number; r1: number }[] {
    return this.keepList;
  }

  link(row: number, col: number, sheet: string, target: string): void {
    this.linkList.push({ row, col: this.first[col], sheet, target });
  }

  note(row: number, col: number, text: string): void {
    this.noteList.push({ row, col: this.first[col], text });
  }

  validation(r0: number, c0: number, r1: number, c1: number, list: string[]): void {
    this.validationList.push({ box: { r0, c0: this.first[c0], r1, c1: this.last[c1] }, list });
  }

  /** The sheet column where logical column `c` ends (for a print area narrower than the sheet). */
  sheetColumnOf(c: number): number {
    return this.last[c];
  }

  /** Gives every row without a height the height of one line at `fontSize` (documents: pagination counts on it). */
  fillHeights(fontSize: number): void {
    const one = textHeight('', 10, fontSize);
    for (let r = 0; r < this.rows.length; r++) if (!this.heights.has(r)) this.heights.set(r, one);
  }

  /**
   * The merges that put a cut column back together on each row that has something in it — a
   * value or a style — and is not inside a merge already.
   */
  private rejoinMerges(): Box[] {
    const out: Box[] = [];
    for (let c = 0; c < this.width; c++) {
      const p0 = this.first[c];
      const p1 = this.last[c];
      if (p1 === p0) continue;
      const used = new Set<number>();
      for (let r = 0; r < this.rows.length; r++) if ((this.rows[r][p0] ?? null) !== null) used.add(r);
      for (const s of this.styleList) {
        if (s.box.c0 > p0 || s.box.c1 < p0) continue;
        for (let r = s.box.r0; r <= s.box.r1; r++) used.add(r);
      }
      for (const m of this.mergeList) {
        if (m.c0 > p1 || m.c1 < p0) continue;
        for (let r = m.r0; r <= m.r1; r++) used.delete(r);
      }
      for (const r of [...used].sort((a, b) => a - b)) out.push({ r0: r, c0: p0, r1: r, c1: p1 });
    }
    return out;
  }

  /** The finished description: every row padded with null to the sheet's width, blanks as null. */
  build(meta: BuildMeta): SheetDescription {
    const w = this.sheetWidths.length;
    const values = this.rows.map((line) => {
      const out = line.slice();
      // An empty text and a missing value are the same blank cell: written as null.
      for (let c = 0; c < out.length; c++) if (out[c] === undefined || out[c] === '') out[c] = null;
      while (out.length < w) out.push(null);
      return out;
    });
    const range = (b: Box): string => (b.r0 === b.r1 && b.c0 === b.c1 ? a1(b.r0, b.c0) : a1Range(b.r0, b.c0, b.r1, b.c1));
    const rowHeights = [...this.heights.entries()].sort((x, y) => x[0] - y[0]).map(([row, height]) => ({ row, height }));
    const styles: StyledRange[] = this.styleList.map((s) => ({ range: range(s.box), style: s.style }));
    return {
      key: meta.key,
      name: meta.name,
      values,
      styles,
      font: meta.font,
      merges: [...this.mergeList, ...this.rejoinMerges()].map(range),
      columnWidths: this.sheetWidths.slice(),
      rowHeights,
      links: this.linkList.map((l) => ({ cell: a1(l.row, l.col), sheet: l.sheet, target: l.target })),
      notes: this.noteList.map((n) => ({ cell: a1(n.row, n.col), text: n.text })),
      validations: this.validationList.map((v) => ({ range: range(v.box), list: v.list })),
      freezeRows: meta.freezeRows,
      pageSetup: meta.pageSetup,
      mark: meta.mark,
    };
  }
}
