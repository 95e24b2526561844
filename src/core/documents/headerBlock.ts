/**
 * The header block and title of a printed sheet (docs/tai-lieu-in.md "Common to every printed sheet";
 * Decree 30/2020/NĐ-CP Appendix I): the issuing body on the left, the national name and motto
 * on the right, the place and date under them, then the title and subtitle across the width.
 *
 * The date: the review conference is usually held after the year's end, but some clusters meet
 * in December, and the sheet is often printed days before the meeting. We therefore print
 * "<Địa danh>, ngày …… tháng …… năm ……" with dots for day, month and year alike, for the signer
 * to fill in by hand; guessing the year would put a wrong date on a signed document.
 */
import { FONT_SIZE } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';
import { clusterHeading } from './wording';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The short rule under the issuing body's name (a line of dashes prints on every shell alike). */
export const SHORT_RULE = '——————';
const DOTS = '……';

/** "Nghệ An, ngày …… tháng …… năm ……". */
export function placeDateLine(placeName: string): string {
  const place = placeName.trim() === '' ? DOTS : placeName.trim();
  return `${place}, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
}

/**
 * The column where the right half starts. The national name in bold capitals needs more room
 * than the cluster's name (which may wrap), so the left part aims at about 42 % of the width:
 * the column boundary closest to that, leaving at least one column on each side.
 */
export function headerSplit(widths: readonly number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  const target = 0.42 * total;
  let best = 1;
  let left = 0;
  let bestGap = Infinity;
  for (let c = 1; c < widths.length; c++) {
    left += widths[c - 1];
    const gap = Math.abs(left - target);
    if (gap < bestGap) {
      bestGap = gap;
      best = c;
    }
  }
  return best;
}

export interface HeaderInfo {
  clusterName: string;
  placeName: string;
}

/**
 * Appends the header block (3 rows), a blank row, the title, the subtitle (when given) and a
 * blank row. Returns nothing: the caller continues at b.rowCount.
 */
export function addDocumentHeader(b: SheetBuilder, info: HeaderInfo, title: string, subtitle: string | null): void {
  const split = headerSplit(b.columnWidths);
  const left = { c0: 0, c1: split - 1 };
  const right = { c0: split, c1: b.lastCol };
  const centred = { hAlign: 'center' as const, vAlign: 'top' as const };

  const r0 = b.row();
  b.text(r0, left.c0, left.c1, clusterHeading(info.clusterName), { ...centred, bold: true, fontSize: FONT_SIZE.table }, FONT_SIZE.table);
  b.text(r0, right.c0, right.c1, NATIONAL_NAME, { ...centred, bold: true, fontSize: FONT_SIZE.table }, FONT_SIZE.table);

  const r1 = b.row();
  b.text(r1, left.c0, left.c1, SHORT_RULE, { ...centred, fontSize: FONT_SIZE.table }, FONT_SIZE.table);
  b.text(r1, right.c0, right.c1, NATIONAL_MOTTO, { ...centred, bold: true, underline: true, fontSize: FONT_SIZE.body }, FONT_SIZE.body);

  const r2 = b.row();
  b.text(r2, right.c0, right.c1, placeDateLine(info.placeName), { ...centred, italic: true, fontSize: FONT_SIZE.body }, FONT_SIZE.body);

  b.blank();
  const t = b.row();
  b.text(t, 0, b.lastCol, title, { hAlign: 'center', vAlign: 'middle', bold: true, fontSize: FONT_SIZE.title }, FONT_SIZE.title);
  if (subtitle !== null) {
    const s = b.row();
    b.text(s, 0, b.lastCol, subtitle, { hAlign: 'center', vAlign: 'middle', bold: true, fontSize: FONT_SIZE.body }, FONT_SIZE.body);
  }
  b.blank();
}
