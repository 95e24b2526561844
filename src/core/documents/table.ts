/**
 * Tables on the printed sheets: a bold, centred, wrapping header row and a bordered body
 * (docs/tai-lieu-in.md: gridlines off, borders drawn on the table). Styles go on whole blocks, one
 * entry per block, so a 34 × 300 table costs a handful of style entries, not thousands.
 */
import type { CellStyle } from '../sheet';
import { estimateRowHeight } from './rowHeight';
import type { OutCell, SheetBuilder } from './sheetBuilder';

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
    const height = estimateRowHeight(h, b.spanWidth(c, end), fontSize, { bold: true });
    if (height !== null) b.minHeight(r, height);
  });
  return r;
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

/** Raises a body row's height to what its wrapping cells need. */
export function fitRow(b: SheetBuilder, r: number, cells: readonly OutCell[], wrapCols: readonly number[], fontSize: number): void {
  for (const c of wrapCols) {
    const v = cells[c];
    if (typeof v === 'string' && v.length > 0) b.fitText(r, v, b.columnWidths[c] ?? 8, fontSize);
  }
}
