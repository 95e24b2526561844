/**
 * Reading a SheetDescription the way a person reads the printed sheet: the text of a cell, the
 * row that holds a text, the rectangle of a range. Independent of the code under test (only the
 * A1 helpers of src/core/grid.ts are shared).
 */
import { a1, parseA1 } from '../../../src/core/grid';
import type { CellStyle, SheetDescription } from '../../../src/core/sheet';

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(range: string): Rect {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new Error('not an A1 range: ' + range);
  return { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
}

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
}

export function cell(s: SheetDescription, ref: string): string | number | null {
  const p = parseA1(ref)!;
  return s.values[p.row]?.[p.col] ?? null;
}

/** Every non-empty cell text, row by row, cells joined by " | ". */
export function lines(s: SheetDescription): string[] {
  return s.values.map((row) => row.filter((v) => v !== null && v !== '').join(' | '));
}

export function allText(s: SheetDescription): string {
  return lines(s).join('\n');
}

/** 0-based index of the first row with a cell equal to `text` (or matching it). */
export function rowOf(s: SheetDescription, text: string | RegExp): number {
  return s.values.findIndex((row) => row.some((v) => (typeof text === 'string' ? v === text : typeof v === 'string' && text.test(v))));
}

/** The A1 address of the first cell equal to `text`. */
export function find(s: SheetDescription, text: string | RegExp): string | null {
  for (let r = 0; r < s.values.length; r++) {
    for (let c = 0; c < s.values[r].length; c++) {
      const v = s.values[r][c];
      if (typeof text === 'string' ? v === text : typeof v === 'string' && text.test(v)) return a1(r, c);
    }
  }
  return null;
}

/** The style a cell ends up with: every range over it applied in order (later wins). */
export function styleAt(s: SheetDescription, ref: string): CellStyle {
  const p = parseA1(ref)!;
  const out: CellStyle = {};
  for (const st of s.styles) if (contains(rect(st.range), p.row, p.col)) Object.assign(out, st.style);
  return out;
}

/** The merge that starts at this cell, if any. */
export function mergeAt(s: SheetDescription, ref: string): Rect | null {
  const p = parseA1(ref)!;
  for (const m of s.merges) {
    const r = rect(m);
    if (r.r0 === p.row && r.c0 === p.col) return r;
  }
  return null;
}

/** Problems with the shape of a description (empty when it is well formed). */
export function shapeProblems(s: SheetDescription): string[] {
  const out: string[] = [];
  const width = s.columnWidths.length;
  s.values.forEach((row, i) => {
    if (row.length !== width) out.push(`row ${i + 1} has ${row.length} cells, not ${width}`);
    row.forEach((v, c) => {
      if (v === undefined) out.push(`undefined at ${a1(i, c)}`);
    });
  });
  const inside = (r: Rect) => r.r0 >= 0 && r.c0 >= 0 && r.r1 < s.values.length && r.c1 < width && r.r0 <= r.r1 && r.c0 <= r.c1;
  const merges = s.merges.map(rect);
  merges.forEach((m, i) => {
    if (!inside(m)) out.push(`merge ${s.merges[i]} outside the sheet`);
    if (m.r0 === m.r1 && m.c0 === m.c1) out.push(`merge ${s.merges[i]} of one cell`);
    for (let j = i + 1; j < merges.length; j++) {
      const n = merges[j];
      if (m.r0 <= n.r1 && n.r0 <= m.r1 && m.c0 <= n.c1 && n.c0 <= m.c1) out.push(`merges ${s.merges[i]} and ${s.merges[j]} overlap`);
    }
    // Only the top-left cell of a merge may hold a value.
    for (let r = m.r0; r <= m.r1; r++)
      for (let c = m.c0; c <= m.c1; c++) {
        if ((r !== m.r0 || c !== m.c0) && s.values[r]?.[c] !== null) out.push(`value hidden under merge ${s.merges[i]} at ${a1(r, c)}`);
      }
  });
  for (const st of s.styles) if (!inside(rect(st.range))) out.push(`style range ${st.range} outside the sheet`);
  for (const l of s.links) if (!inside(rect(l.cell))) out.push(`link ${l.cell} outside the sheet`);
  for (const h of s.rowHeights) if (h.row < 0 || h.row >= s.values.length || !(h.height > 0)) out.push(`bad row height ${JSON.stringify(h)}`);
  return out;
}

/** Whether a cell is hidden under a merge (inside it but not its top-left cell). */
export function hidden(s: SheetDescription, row: number, col: number): boolean {
  return s.merges.some((m) => {
    const r = rect(m);
    return contains(r, row, col) && !(r.r0 === row && r.c0 === col);
  });
}

/**
 * The cells of a row as they print: a cell hidden under a merge is left out, so a table row reads
 * column by column whatever sheet columns the header block cut (src/core/documents/sheetBuilder.ts).
 */
export function printedRow(s: SheetDescription, row: number): (string | number | null)[] {
  return s.values[row].filter((_, c) => !hidden(s, row, c));
}

/** The A1 address of the k-th printed cell of a row (0-based k). */
export function printedRef(s: SheetDescription, row: number, k: number): string {
  const cols = s.values[row].map((_, c) => c).filter((c) => !hidden(s, row, c));
  return a1(row, cols[k]);
}

/** Widths (units) of the printed cells of a row: a merged cell counts the columns it spans. */
export function printedWidths(s: SheetDescription, row: number): number[] {
  const out: number[] = [];
  s.values[row].forEach((_, c) => {
    if (hidden(s, row, c)) return;
    const m = s.merges.map(rect).find((x) => x.r0 <= row && row <= x.r1 && x.c0 === c);
    const c1 = m ? m.c1 : c;
    out.push(s.columnWidths.slice(c, c1 + 1).reduce((a, b) => a + b, 0));
  });
  return out;
}
