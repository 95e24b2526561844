/**
 * The header block and title of a printed document (docs/tai-lieu-in.md "Phần đầu văn bản";
 * Decree 30/2020/NĐ-CP Appendix I), reusable by every document:
 *
 *   CỤM THI ĐUA                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   CÁC TỈNH BẮC TRUNG BỘ                 Độc lập - Tự do - Hạnh phúc
 *       ─────────                         ───────────────────────────
 *   Số: 05/BB-CTĐBTB              Nghệ An, ngày …… tháng …… năm ……
 *
 * - left: the issuing body in bold capitals, one line per row, broken by the program into
 *   balanced lines (balancedLines.ts); under it a rule of about 0.4 of the text's width;
 * - right: the national name (bold capitals) and, on the very next row whatever the left half's
 *   height, the motto (bold) with a rule as long as it;
 * - the rules are drawn borders: the top edge of a narrower merged cell on the row under the
 *   text (headerLayout.ts chooses the columns, cutting new ones where the table has none);
 * - an optional `Số:` line under the left half, on the row of the place and date;
 * - the place and date in italics under the right half: day and month as dots for the signer
 *   unless a date is given.
 *
 * The date: the review conference is usually held after the year's end, but some clusters meet
 * in December, and the sheet is often printed days before the meeting. Without a date the line
 * reads "<Địa danh>, ngày …… tháng …… năm ……", for the signer to fill in by hand; guessing the
 * year would put a wrong date on a signed document.
 */
import { balancedLines } from './balancedLines';
import { headerGeometry } from './headerLayout';
import { FONT_SIZE } from './pageSetup';
import { heightForLines } from './rowHeight';
import type { SheetBuilder } from './sheetBuilder';
import { CELL_PADDING_PT, pointsToUnits, textWidthPt, unitsToPoints } from './textWidth';
import { clusterFullName } from './wording';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** What a document prints where a fact is left for the signer to write. */
export const DOTS = '……';
/** The issuing body's lines are kept within this width even on a wide landscape page (about 8 cm). */
const LEFT_TEXT_MAX_PT = 230;
/** Height of a row that holds only a rule (points): the rule sits right under the text above. */
const RULE_ROW_HEIGHT = 8;

export interface DocumentDate {
  day: number;
  month: number;
  year: number;
}

/**
 * "Nghệ An, ngày 05 tháng 01 năm 2023" or, without a date, "Nghệ An, ngày …… tháng …… năm ……".
 * Decree 30: a day below 10 and the months 1 and 2 are written with a leading zero.
 */
export function placeDateLine(placeName: string, date: DocumentDate | null = null): string {
  const place = placeName.trim() === '' ? DOTS : placeName.trim();
  if (date === null) return `${place}, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** "Số: 05/BB-CTĐBTB", or "Số: ……/TTr-UBND" when the number is not known yet. */
export function numberLine(number: string | null, unknownSuffix = ''): string {
  const n = number === null ? '' : number.trim();
  return n === '' ? `Số: ${DOTS}${unknownSuffix}` : `Số: ${n}`;
}

export interface HeaderBlockOptions {
  /** The issuing body in full ("Cụm thi đua các tỉnh Bắc Trung Bộ"); printed in bold capitals. */
  issuer: string;
  /** Place of the date line ("Nghệ An"); '' prints dots. */
  placeName: string;
  /** The date when known; absent or null prints dots for the signer. */
  date?: DocumentDate | null;
  /**
   * The `Số:` line under the left half (minutes, counting minutes, submission): the number, or
   * null when not known yet (dots, then `unknownSuffix`, e.g. "/TTr-UBND"). Absent: no line.
   */
  number?: { number: string | null; unknownSuffix?: string };
  /**
   * A draft (a vote round is pending, docs/tai-lieu-in.md "Dự thảo"): a boxed "DỰ THẢO" on a row
   * of its own above the block, over the issuing body, so that nobody signs or sends it as final.
   */
  draft?: boolean;
  /**
   * The issuer is printed as given, not as a cluster's name, its lines where it has line breaks
   * ("Ủy ban nhân dân\ntỉnh Nghệ An").
   */
  issuerAsGiven?: boolean;
}

export interface HeaderBlockRows {
  /** First and last row of the block (the place and date line is the last). */
  first: number;
  last: number;
  /** The sheet columns of each half, for a caller that adds lines under them. */
  left: { c0: number; c1: number };
  right: { c0: number; c1: number };
}

/** Width units a single line of `pt` points needs in a cell (the text does not wrap: the font's own widths and the padding). */
const units = (pt: number): number => pointsToUnits(pt + 2 * CELL_PADDING_PT);

/**
 * Appends the header block. Call it first, on an empty builder: it may cut the sheet's columns
 * where its rules need boundaries (sheetBuilder.ts).
 */
export function addHeaderBlock(b: SheetBuilder, o: HeaderBlockOptions): HeaderBlockRows {
  const heading = FONT_SIZE.heading;
  const issuer = (o.issuerAsGiven ? o.issuer.trim() : clusterFullName(o.issuer)).toUpperCase();
  const total = b.totalWidth;
  const lines = issuer.includes('\n')
    ? issuer.split('\n').map((l) => l.trim())
    : balancedLines(issuer, { maxWidthPt: Math.min(LEFT_TEXT_MAX_PT, unitsToPoints(total) / 2), fontSize: heading, bold: true });
  const leftPt = Math.max(...lines.map((l) => textWidthPt(l, heading, true)));
  const place = placeDateLine(o.placeName, o.date ?? null);
  const mottoPt = textWidthPt(NATIONAL_MOTTO, FONT_SIZE.motto, true);
  const rightPt = Math.max(textWidthPt(NATIONAL_NAME, heading, true), textWidthPt(place, FONT_SIZE.body), mottoPt);
  const geo = headerGeometry({ bounds: b.boundaries(), leftText: units(leftPt), rightText: units(rightPt), motto: pointsToUnits(mottoPt) });
  // The draft mark's box: about its text's width, centred over the left half.
  const boxHalf = o.draft ? units(textWidthPt(DRAFT_MARK, FONT_SIZE.title, true)) / 2 + DRAFT_BOX_AIR : 0;
  const box = { from: geo.split / 2 - boxHalf, to: geo.split / 2 + boxHalf };
  b.cut([geo.split, geo.leftRule.from, geo.leftRule.to, geo.rightRule.from, geo.rightRule.to, ...(o.draft ? [box.from, box.to] : [])]);
  const left = b.sheetSpan(0, geo.split);
  const right = b.sheetSpan(geo.split, total);
  const leftRule = b.sheetSpan(geo.leftRule.from, geo.leftRule.to);
  const rightRule = b.sheetSpan(geo.rightRule.from, geo.rightRule.to);

  const centred = { hAlign: 'center' as const, vAlign: 'top' as const, wrap: false };
  if (o.draft) addDraftMark(b, b.sheetSpan(box.from, box.to));
  const first = b.rowCount;
  const ruleRowLeft = first + lines.length;
  const ruleRowRight = first + 2;
  const blockRows = Math.max(lines.length + 1, 3);
  for (let i = 0; i < blockRows; i++) b.row();
  lines.forEach((line, i) => b.sheetText(first + i, left.c0, left.c1, line, { ...centred, bold: true, fontSize: heading }, heading));
  b.sheetText(first, right.c0, right.c1, NATIONAL_NAME, { ...centred, bold: true, fontSize: heading }, heading);
  b.sheetText(first + 1, right.c0, right.c1, NATIONAL_MOTTO, { ...centred, bold: true, fontSize: FONT_SIZE.motto }, FONT_SIZE.motto);
  b.sheetStyle(ruleRowLeft, leftRule.c0, leftRule.c1, { edges: { top: 'thin' } }, true);
  b.sheetStyle(ruleRowRight, rightRule.c0, rightRule.c1, { edges: { top: 'thin' } }, true);
  // Every line is one line by construction (the texts do not wrap): rows of one line's height,
  // so that the national name and the motto sit on adjacent lines; a row with only a rule is low.
  for (let i = 0; i < blockRows; i++) {
    const sizes = [...(i < lines.length ? [heading] : []), ...(i === 0 ? [heading] : []), ...(i === 1 ? [FONT_SIZE.motto] : [])];
    b.setHeight(first + i, sizes.length > 0 ? heightForLines(1, Math.max(...sizes)) : RULE_ROW_HEIGHT);
  }

  const last = b.row();
  if (o.number !== undefined) {
    b.sheetText(last, left.c0, left.c1, numberLine(o.number.number, o.number.unknownSuffix), { hAlign: 'center', vAlign: 'top', fontSize: FONT_SIZE.body }, FONT_SIZE.body);
  }
  b.sheetText(last, right.c0, right.c1, place, { ...centred, italic: true, fontSize: FONT_SIZE.body }, FONT_SIZE.body);
  b.minHeight(last, heightForLines(1, FONT_SIZE.body));
  return { first, last, left, right };
}

/** What a draft prints at its top. */
export const DRAFT_MARK = 'DỰ THẢO';
/** Units of air on each side of the draft mark inside its box. */
const DRAFT_BOX_AIR = 2;

/** A row with "DỰ THẢO" in bold in a drawn box, centred over sheet columns c0..c1, and a low row under it. */
function addDraftMark(b: SheetBuilder, span: { c0: number; c1: number }): void {
  const r = b.row();
  b.sheetText(r, span.c0, span.c1, DRAFT_MARK, { hAlign: 'center', vAlign: 'middle', bold: true, border: true, fontSize: FONT_SIZE.title }, FONT_SIZE.title);
  b.setHeight(r, heightForLines(1, FONT_SIZE.title) + 4);
  b.setHeight(b.row(), RULE_ROW_HEIGHT);
}

/** The rule under a document's subject line spans this share of the width, centred (Decree 30: 1/3–1/2 of the line). */
const TITLE_RULE_SHARE = 0.3;

/** Where the rule under the subject line starts and ends, in width units. */
function titleRuleEdges(total: number): [number, number] {
  return [total * (0.5 - TITLE_RULE_SHARE / 2), total * (0.5 + TITLE_RULE_SHARE / 2)];
}

/**
 * Appends a blank row, the title (bold capitals, centred across the width), the subtitle (bold) when given, and a blank row.
 * With `rule` the subject line gets a drawn rule under it (the blank row's top edge, centred);
 * the columns for it must have been cut before the first row (`cutForTitleRule`).
 */
export function addTitle(b: SheetBuilder, title: string, subtitle: string | null, rule = false): void {
  b.blank();
  const t = b.row();
  b.text(t, 0, b.lastCol, title, { hAlign: 'center', vAlign: 'middle', bold: true, fontSize: FONT_SIZE.title }, FONT_SIZE.title);
  if (subtitle !== null) {
    const s = b.row();
    b.text(s, 0, b.lastCol, subtitle, { hAlign: 'center', vAlign: 'middle', bold: true, fontSize: FONT_SIZE.body }, FONT_SIZE.body);
  }
  const after = b.blank();
  if (rule) {
    const [from, to] = titleRuleEdges(b.totalWidth);
    const span = b.sheetSpan(from, to);
    b.sheetStyle(after, span.c0, span.c1, { edges: { top: 'thin' } }, true);
  }
}

/** Cuts the columns the rule under the subject line needs; call before the first row (before the header block). */
export function cutForTitleRule(b: SheetBuilder): void {
  b.cut(titleRuleEdges(b.totalWidth));
}

export interface HeaderInfo {
  clusterName: string;
  placeName: string;
  /** The `Số:` line (headerBlock options). */
  number?: HeaderBlockOptions['number'];
  /** Marked DỰ THẢO. */
  draft?: boolean;
  /** A drawn rule under the subject line (the minutes, the submission). */
  titleRule?: boolean;
}

/** The header block of the cluster's documents, then the title and subtitle. */
export function addDocumentHeader(b: SheetBuilder, info: HeaderInfo, title: string, subtitle: string | null): void {
  if (info.titleRule) cutForTitleRule(b);
  addHeaderBlock(b, { issuer: info.clusterName, placeName: info.placeName, number: info.number, draft: info.draft });
  addTitle(b, title, subtitle, info.titleRule === true);
}
