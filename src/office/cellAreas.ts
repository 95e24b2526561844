/**
 * Cells as few rectangles as possible, and rectangles as multi-area addresses ("C3:C9,E4"), so
 * that colouring thousands of cells costs a handful of proxies (RangeAreas, ExcelApi 1.9) instead
 * of one range per cell. Pure: no Excel here.
 */
import { a1, columnLetters, parseA1 } from '../core/index';

/** 0-based inclusive corners. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rectAddress(r: Rect): string {
  const a = a1(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : a + ':' + columnLetters(r.c1) + String(r.r1 + 1);
}

/** Parses "C3" or "C3:D9" (with or without $); null when it is neither. */
export function parseRect(address: string): Rect | null {
  const [a, b] = address.replace(/\$/g, '').split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

/** Rectangles of a multi-area address; areas that do not parse are left out. */
export function parseAreas(address: string): Rect[] {
  return address
    .split(',')
    .map((a) => parseRect(a.trim().replace(/^.*!/, '')))
    .filter((r): r is Rect => r !== null);
}

export function cellsOf(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function bounding(a: Rect, b: Rect): Rect {
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}

/**
 * Groups cells into rectangles: runs down each column, then neighbouring columns with the same run
 * side by side. Deterministic (sorted), so the same cells give the same addresses.
 */
export function rectsOf(cells: readonly { row: number; col: number }[]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const list = byCol.get(c.col) ?? [];
    list.push(c.row);
    byCol.set(c.col, list);
  }
  const runs: Rect[] = [];
  for (const col of [...byCol.keys()].sort((x, y) => x - y)) {
    const rows = [...new Set(byCol.get(col))].sort((x, y) => x - y);
    let start = rows[0];
    let prev = rows[0];
    for (const r of rows.slice(1).concat([Number.NaN])) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push({ r0: start, r1: prev, c0: col, c1: col });
      start = r;
      prev = r;
    }
  }
  // Merge a run into the rectangle just left of it with the same rows.
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (const run of runs) {
    const key = run.r0 + ':' + run.r1;
    const left = open.get(key);
    if (left && left.c1 === run.c0 - 1) left.c1 = run.c1;
    else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out;
}

/** Rectangles as multi-area addresses of at most `maxChars` characters each (Excel caps an address's length). */
export function areaAddresses(rects: readonly Rect[], maxChars = 2000): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of rects) {
    const a = rectAddress(r);
    if (current !== '' && current.length + 1 + a.length > maxChars) {
      out.push(current);
      current = '';
    }
    current = current === '' ? a : current + ',' + a;
  }
  if (current !== '') out.push(current);
  return out;
}
