/**
 * Accumulates one output sheet as plain data (src/core/sheet.ts): rows appended top to bottom,
 * styles as ranges over whole blocks, merges, row heights, links and notes. The sheet builders
 * (checkSheet.ts, detailSheet.ts, …) only decide what goes where; this file keeps the values
 * rectangular and the addresses right.
 */
import { a1, a1Range } from '../grid';
import type { CellStyle, PageSetup, SheetDescription, StyledRange } from '../sheet';
import { estimateRowHeight } from './rowHeight';

export type OutCell = string | number | null;

export interface BuildMeta {
  key: SheetDescription['key'];
  name: string;
  mark: string | null;
  font: { name: string; size: number };
  pageSetup: PageSetup | null;
  freezeRows: number;
}

export class SheetBuilder {
  private readonly rows: OutCell[][] = [];
  private readonly styleList: StyledRange[] = [];
  private readonly mergeList: string[] = [];
  private readonly heights = new Map<number, number>();
  private readonly linkList: SheetDescription['links'] = [];
  private readonly noteList: SheetDescription['notes'] = [];
  private readonly validationList: SheetDescription['validations'] = [];

  /** One width per column, in Excel character units; the sheet is exactly this wide. */
  constructor(readonly columnWidths: readonly number[]) {}

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

  /** Appends a row (cells from column A) and returns its 0-based index. */
  row(cells: readonly OutCell[] = []): number {
    if (cells.length > this.width) throw new RangeError(`row of ${cells.length} cells in a sheet ${this.width} wide`);
    this.rows.push(cells.slice());
    return this.rows.length - 1;
  }

  /** Appends `count` empty rows; returns the index of the last one. */
  blank(count = 1): number {
    for (let i = 0; i < count; i++) this.rows.push([]);
    return this.rows.length - 1;
  }

  set(row: number, col: number, value: OutCell): void {
    if (col < 0 || col >= this.width) throw new RangeError(`column ${col} outside a sheet ${this.width} wide`);
    const line = this.rows[row];
    if (line === undefined) throw new RangeError(`row ${row} not appended yet`);
    while (line.length < col) line.push(null);
    line[col] = value;
  }

  /** Styles the block r0..r1 × c0..c1 (inclusive, 0-based) with one entry. */
  style(r0: number, c0: number, r1: number, c1: number, style: CellStyle): void {
    const range = r0 === r1 && c0 === c1 ? a1(r0, c0) : a1Range(r0, c0, r1, c1);
    this.styleList.push({ range, style });
  }

  merge(r0: number, c0: number, r1: number, c1: number): void {
    if (r0 === r1 && c0 === c1) return;
    this.mergeList.push(a1Range(r0, c0, r1, c1));
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

  /** Raises the row's height to what `text` needs in a cell `widthChars` wide, when above one line. */
  fitText(row: number, text: string, widthChars: number, fontSize: number, style: CellStyle = {}): void {
    const h = estimateRowHeight(text, widthChars, fontSize, { bold: style.bold === true });
    if (h !== null) this.minHeight(row, h);
  }

  link(row: number, col: number, sheet: string, target: string): void {
    this.linkList.push({ cell: a1(row, col), sheet, target });
  }

  note(row: number, col: number, text: string): void {
    this.noteList.push({ cell: a1(row, col), text });
  }

  validation(r0: number, c0: number, r1: number, c1: number, list: string[]): void {
    this.validationList.push({ range: r0 === r1 && c0 === c1 ? a1(r0, c0) : a1Range(r0, c0, r1, c1), list });
  }

  /** The finished description: every row padded with null to the sheet's width, blanks as null. */
  build(meta: BuildMeta): SheetDescription {
    const w = this.width;
    const values = this.rows.map((line) => {
      const out = line.slice();
      // An empty text and a missing value are the same blank cell: written as null.
      for (let c = 0; c < out.length; c++) if (out[c] === undefined || out[c] === '') out[c] = null;
      while (out.length < w) out.push(null);
      return out;
    });
    const rowHeights = [...this.heights.entries()].sort((x, y) => x[0] - y[0]).map(([row, height]) => ({ row, height }));
    return {
      key: meta.key,
      name: meta.name,
      values,
      styles: this.styleList,
      font: meta.font,
      merges: this.mergeList,
      columnWidths: this.columnWidths.slice(),
      rowHeights,
      links: this.linkList,
      notes: this.noteList,
      validations: this.validationList,
      freezeRows: meta.freezeRows,
      pageSetup: meta.pageSetup,
      mark: meta.mark,
    };
  }
}
