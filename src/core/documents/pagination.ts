/**
 * Where the pages of a printed sheet end (docs/tai-lieu-in.md: a heading is never the last line
 * of a page; a signature block is not cut in two). Every row of a document has a height the
 * program set (sheetBuilder.ts), the columns are fitted to one page wide, so the height of a
 * page in sheet points is known: A4 less the margins, divided by the fit-to-width scale. The
 * rows are laid out page by page; a group of rows that must stay together and does not fit in
 * what is left of a page starts the next one.
 *
 * Every break is written, not only those before a heading: Excel and LibreOffice then cut the
 * pages exactly where this count does, instead of where their own count (which may differ by a
 * row) would. The count is on the safe side — a page is assumed to hold a little less than it
 * does — so a printer never needs a break of its own before ours.
 */
import type { PageSetup } from '../sheet';
import { MARGINS_CM } from './pageSetup';
import { unitsToPoints } from './textWidth';

const CM = 72 / 2.54;
/** A4 in points. */
export const A4_POINTS = { width: 210 * (CM / 10), height: 297 * (CM / 10) } as const;

/**
 * The share of a page the count fills, and how much larger the fit-to-width scale may be than
 * computed: Excel sizes a column in whole pixels of the Normal font's digit (7 px for Calibri 11),
 * so its scale can differ from this count's by a per cent or two.
 */
const PAGE_FILL = 0.97;
const SCALE_ALLOWANCE = 1.02;

export interface PageInput {
  orientation: PageSetup['orientation'];
  /** Sheet column widths in units (the printed ones). */
  columnWidths: readonly number[];
  /** Height of every row, in points, by 0-based row. */
  heights: readonly number[];
  /** 0-based first and last row repeated at the top of each page; null for none. */
  titleRows: { first: number; last: number } | null;
  /** Row groups that belong on one page. */
  keeps: readonly { r0: number; r1: number }[];
  /** Rows that always start a new page (a document of its own in the sheet, the next pair of ballot forms). */
  pageStarts?: readonly number[];
}

/** Printable width and height of the page in points (A4 less the margins). */
export function printableArea(orientation: PageSetup['orientation']): { width: number; height: number } {
  const portrait = orientation === 'portrait';
  const w = portrait ? A4_POINTS.width : A4_POINTS.height;
  const h = portrait ? A4_POINTS.height : A4_POINTS.width;
  return { width: w - (MARGINS_CM.left + MARGINS_CM.right) * CM, height: h - (MARGINS_CM.top + MARGINS_CM.bottom) * CM };
}

/** The fit-to-width scale: 1 when the columns fit, else the share that makes them fit (whole per cent, as Excel sets it). */
export function fitScale(orientation: PageSetup['orientation'], columnWidths: readonly number[]): number {
  const content = unitsToPoints(columnWidths.reduce((a, b) => a + b, 0));
  if (content <= 0) return 1;
  return Math.min(1, Math.floor((100 * printableArea(orientation).width) / content) / 100);
}

/** How many sheet points of rows one page holds, as this count assumes it. */
export function pageCapacity(orientation: PageSetup['orientation'], columnWidths: readonly number[]): number {
  const scale = Math.min(1, fitScale(orientation, columnWidths) * SCALE_ALLOWANCE);
  return (printableArea(orientation).height * PAGE_FILL) / scale;
}

/**
 * The 0-based rows that start pages 2, 3, …; empty when the sheet fits on one page. A keep group
 * taller than a page is left to flow.
 */
export function pageBreaks(p: PageInput): number[] {
  const capacity = pageCapacity(p.orientation, p.columnWidths);
  const n = p.heights.length;
  const prefix = [0];
  for (let r = 0; r < n; r++) prefix.push(prefix[r] + p.heights[r]);
  const span = (r0: number, r1: number): number => prefix[r1 + 1] - prefix[r0];
  const starts = new Set((p.pageStarts ?? []).filter((r) => r > 0 && r < n));
  if (starts.size === 0 && span(0, n - 1) <= capacity) return [];

  const titles = p.titleRows;
  const titleHeight = titles ? span(titles.first, titles.last) : 0;
  /** Room on a page that starts at row r (the repeated header rows take their share). */
  const room = (r: number): number => capacity - (titles && r > titles.last ? titleHeight : 0);
  /** The ends of the keep groups that start at each row. */
  const keepEnds = new Map<number, number[]>();
  for (const k of p.keeps) keepEnds.set(k.r0, [...(keepEnds.get(k.r0) ?? []), Math.min(k.r1, n - 1)]);

  const breaks: number[] = [];
  let start = 0;
  let used = 0;
  for (let r = 0; r < n; r++) {
    if (r > start) {
      // The largest group starting here that a fresh page can hold must fit, or the page ends here.
      const ends = (keepEnds.get(r) ?? []).filter((e) => span(r, e) <= room(r));
      const need = ends.length > 0 ? span(r, Math.max(...ends)) : p.heights[r];
      if (starts.has(r) || used + need > room(start)) {
        breaks.push(r);
        start = r;
        used = 0;
      }
    }
    used += p.heights[r];
  }
  return breaks;
}
