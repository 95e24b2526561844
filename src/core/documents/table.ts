/**
 * Tables on the printed sheets (docs/tai-lieu-in.md): a bold, centred, wrapping header row and a
 * bordered body (gridlines off, borders drawn on the table). Styles go on whole blocks, one entry
 * per block, so a 34 × 300 table costs a handful of style entries, not thousands.
 *
 * Headings are never cut with "…": a heading wraps within its column, or — when even wrapped it
 * would be too tall — shows its code (or its first whole phrases) and the table gets a legend
 * with the full names under it (`columnHeading`, `addLegend`).
 */
import type { CellStyle } from '../sheet';
import { textHeight, textLines } from './rowHeight';
import { groupLegendText } from './wording';
import type { OutCell, SheetBuilder } from './sheetBuilder';

/** A column heading taller than this many lines is shortened (with a legend). */
export const MAX_HEADING_LINES = 4;

/** Appends the header row of a table starting at column A (null: the cell under a merge); returns its row index. */
export function addTableHeader(b: SheetBuilder, headers: readonly (string | null)[], fontSize: number): number {
  const r = b.row(headers);
  const last = headers.length - 1;
  b.style(r, 0, r, last, { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fontSize });
  headers.forEach((h, c) => {
    if (h === null) return;
    // A header followed by null cells spans them (the caller merges them).
    let end = c;
    while (end + 1 < headers.length && headers[end + 1] === null) end++;
    b.minHeight(r, textHeight(h, b.spanWidth(c, end), fontSize, { bold: true }));
  });
  return r;
}

export interface ColumnHeading {
  text: string;
  /** False when the heading is not the full name: the legend under the table gives it. */
  full: boolean;
}

/**
 * The heading of a column for an item with a code ("I") and a name: "I. <name>" when it fits in
 * MAX_HEADING_LINES lines of the column; else the code with the leading whole phrases of the
 * name (cut at a comma, semicolon or bracket, never inside a phrase) that fit; else the code.
 */
export function columnHeading(code: string, name: string, widthUnits: number, fontSize: number): ColumnHeading {
  const label = code.endsWith('.') ? code : code + '.';
  const fits = (t: string): boolean => textLines(t, widthUnits, fontSize, { bold: true }) <= MAX_HEADING_LINES;
  const full = `${label} ${name}`.trim();
  if (fits(full)) return { text: full, full: true };
  const pieces = name.split(/(?=[,;(:])/);
  let best = '';
  let acc = '';
  for (const piece of pieces) {
    if (piece.startsWith('(')) break;
    acc = acc + piece.replace(/\s+$/, '');
    const candidate = acc.replace(/[,;:]\s*$/, '').trim();
    if (!fits(`${label} ${candidate}`)) break;
    best = candidate;
  }
  return { text: best === '' ? label.replace(/\.$/, '') : `${label} ${best}`, full: false };
}

/** A line under a table naming in full the groups its headings shorten (nothing when none). */
export function addLegend(b: SheetBuilder, items: readonly { code: string; name: string }[], fontSize: number): void {
  if (items.length > 0) b.paragraph(groupLegendText(items), { italic: true }, fontSize);
}

/** Borders, type size and vertical alignment over the body rows r0..r1 (nothing when empty). */
export function styleTableBody(b: SheetBuilder, r0: number, r1: number, lastCol: number, fontSize: number, extra: CellStyle = {}): void {
  if (r1 < r0) return;
  b.style(r0, 0, r1, lastCol, { border: true, vAlign: 'middle', fontSize, ...extra });
}

/** Right-aligns columns c0..c1 of rows r0..r1 (numbers written as text, numberText.ts). */
export function alignNumbers(b: SheetBuilder, r0: number, r1: number, c0: number, c1: number): void {
  if (r1 < r0 || c1 < c0) return;
  b.style(r0, c0, r1, c1, { hAlign: 'right' });
}

/** Sets a body row's height from its wrapping cells (one line at least), so that every row is measured alike. */
export function fitRow(b: SheetBuilder, r: number, cells: readonly OutCell[], wrapCols: readonly number[], fontSize: number): void {
  b.fitText(r, '', 10, fontSize);
  for (const c of wrapCols) {
    const v = cells[c];
    if (typeof v === 'string' && v.length > 0) b.fitText(r, v, b.columnWidths[c] ?? 8, fontSize);
  }
}
