/**
 * `Tổng hợp điểm` — the detail annex (docs/tai-lieu-in.md "Tổng hợp điểm"; docs/huong-dan-so-lieu.md "Output
 * sheets"): every criterion down, every member across; leaves show final scores, groups their
 * subtotals in bold; then bonus, deduction, total and rank. A4 landscape.
 *
 * Deviation from the self score (docs/quy-tac-tinh-diem.md §11): where |final − self| is more than
 * `Ngưỡng chênh lệch (%)` of the leaf maximum, the cell is shaded and shows the self score in
 * brackets on a second line: "8,00" / "(TC: 10,00)". We chose the bracket over a cell note
 * because notes do not print, and this sheet is printed for the meeting.
 *
 * Width: one page wide is reached by fit-to-width scaling; the columns are kept narrow so that
 * 12 members still print at a readable scale (Nội dung 44 units, wrapping; members 10 units,
 * headed by the short name, wrapping).
 */
import type { Criterion, ParsedWorkbook } from '../model';
import { formatPercent, type Percent, type Points } from '../hundredths';
import type { MemberScore } from '../results';
import type { SheetDescription } from '../sheet';
import type { ResultInputs } from './documentInputs';
import { addDocumentHeader } from './headerBlock';
import { shortMemberName } from '../memberNames';
import { pointText } from './numberText';
import { buildDocument } from './buildDocument';
import { FONT_SIZE } from './pageSetup';
import { addLockWarning } from './provenance';
import { heightForLines } from './rowHeight';
import { SheetBuilder, type OutCell } from './sheetBuilder';
import { addSignatureBlocks, clusterHeadBlock } from './signatureBlock';
import { addTableHeader, alignNumbers, fitRow, styleTableBody } from './table';
import { clusterFullName, scoreSourceText } from './wording';

const SHADE = 'D9D9D9';
const TOP_GROUP_FILL = 'F2F2F2';
const FIRST_MEMBER_COL = 3;

/** True when a final differs from the self score by more than the threshold share of the maximum (docs/quy-tac-tinh-diem.md §11). */
export function deviatesFromSelf(final: Points, self: Points, max: Points, threshold: Percent): boolean {
  // |final − self| > threshold/10000 × max, compared in integers.
  return Math.abs(final - self) * 10000 > threshold * max;
}

/** "8,00\n(TC: 10,00)". */
export function markedCellText(final: Points, self: Points): string {
  return `${pointText(final)}\n(TC: ${pointText(self)})`;
}

interface CriterionRow {
  criterion: Criterion;
  cells: string[];
  /** Member positions (0-based among the member columns) whose cell is marked. */
  marked: number[];
}

function criterionRows(wb: ParsedWorkbook, scores: (MemberScore | undefined)[]): CriterionRow[] {
  const threshold = wb.settings.deviationThreshold;
  // With self scores as the source the finals are the self scores: nothing to compare.
  const self = wb.settings.scoreSource === 'self' ? null : wb.self;
  return wb.criteria.map((c) => {
    const marked: number[] = [];
    const cells = wb.members.map((m, i) => {
      const score = scores[i];
      if (!score) return '';
      if (c.leafIndex < 0) return pointText(score.subtotals[c.code] ?? null);
      const final = score.finals[c.leafIndex] ?? null;
      const own = self?.values[m.index]?.[c.leafIndex] ?? null;
      if (final !== null && own !== null && deviatesFromSelf(final, own, c.max, threshold)) {
        marked.push(i);
        return markedCellText(final, own);
      }
      return pointText(final);
    });
    return { criterion: c, cells, marked };
  });
}

/** Widest line of the member cells, to size the member columns. */
function longestLine(rows: readonly CriterionRow[]): number {
  let longest = 0;
  for (const r of rows) for (const i of r.marked) for (const line of r.cells[i].split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

export function describeDetailSheet(x: ResultInputs): SheetDescription {
  const wb = x.workbook;
  const s = wb.settings;
  const members = wb.members;
  const scores = members.map((m) => x.scoreOf.get(m.code));
  const rows = criterionRows(wb, scores);
  const fontSize = members.length > 5 ? FONT_SIZE.wideTable : FONT_SIZE.table;
  // "(TC: 10,00)" is 11 characters and fits 10 units at 11 pt; "(TC: 100,00)" needs one more.
  const memberWidth = longestLine(rows) > 11 ? 11 : 10;
  const lastCol = FIRST_MEMBER_COL + members.length - 1;
  const widths = [7, 44, 8, ...members.map(() => memberWidth)];

  const b = new SheetBuilder(widths);
  addDocumentHeader(
    b,
    { clusterName: s.clusterName, placeName: s.placeName },
    `BẢNG TỔNG HỢP ĐIỂM THEO TIÊU CHÍ NĂM ${s.year}`,
    clusterFullName(s.clusterName),
  );
  const headerRow = addTableHeader(b, ['Mã', 'Nội dung', 'Điểm tối đa', ...members.map((m) => shortMemberName(m.name))], fontSize);

  const first = b.rowCount;
  const twoLines = heightForLines(2, fontSize);
  const groupRows: { row: number; top: boolean }[] = [];
  const shaded: string[] = [];
  const shadeRanges: { row: number; c0: number; c1: number }[] = [];
  for (const cr of rows) {
    const c = cr.criterion;
    const cells: OutCell[] = [c.code, c.text, pointText(c.max), ...cr.cells];
    const r = b.row(cells);
    fitRow(b, r, cells, [1], fontSize);
    if (c.children.length > 0) {
      groupRows.push({ row: r, top: c.parent === null });
      // A group's heading row stays on the page of its first criterion.
      b.keep(r, r + 1);
    }
    if (cr.marked.length > 0) {
      b.minHeight(r, twoLines);
      shadeRanges.push(...shadeRuns(r, cr.marked));
      shaded.push(c.code);
    }
  }
  const lastCriterion = b.rowCount - 1;

  const sumTopMax = (type: Criterion['type']): Points =>
    wb.criteria.filter((c) => c.parent === null && c.type === type).reduce((a, c) => a + c.max, 0);
  const totalsFirst = b.rowCount;
  const rBonus = b.row(['Điểm thưởng', null, pointText(sumTopMax('bonus')), ...scores.map((sc) => pointText(sc?.bonus))]);
  const rDeduction = b.row(['Điểm trừ', null, pointText(sumTopMax('deduction')), ...scores.map((sc) => pointText(sc?.deduction))]);
  const rTotal = b.row(['Tổng điểm', null, null, ...scores.map((sc) => pointText(sc?.total))]);
  const rRank = b.row(['Xếp hạng', null, null, ...members.map((m) => x.rankOf.get(m.code)?.rank ?? null)]);
  for (const r of [rBonus, rDeduction, rTotal, rRank]) {
    b.merge(r, 0, r, 1);
    fitRow(b, r, [], [], fontSize);
  }
  b.keep(totalsFirst, rRank);

  const last = b.rowCount - 1;
  styleTableBody(b, first, last, lastCol, fontSize);
  b.style(first, 0, lastCriterion, 0, { hAlign: 'center' });
  b.style(first, 1, lastCriterion, 1, { hAlign: 'left', wrap: true });
  alignNumbers(b, first, last, 2, lastCol);
  b.style(first, FIRST_MEMBER_COL, lastCriterion, lastCol, { wrap: true });
  for (const g of groupRows) b.style(g.row, 0, g.row, lastCol, g.top ? { bold: true, fill: TOP_GROUP_FILL } : { bold: true });
  b.style(totalsFirst, 0, last, lastCol, { bold: true });
  b.style(totalsFirst, 0, last, 1, { hAlign: 'left' });
  b.style(rRank, FIRST_MEMBER_COL, rRank, lastCol, { hAlign: 'center' });
  // Marked cells last, so that the shading wins over the group fill.
  for (const st of shadeRanges) b.style(st.row, st.c0, st.row, st.c1, { fill: SHADE });

  b.blank();
  b.paragraph(`Điểm ở từng tiêu chí là ${scoreSourceText(s)}; hàng nhóm là tổng điểm các tiêu chí con.`, {}, FONT_SIZE.body);
  if (s.scoreSource !== 'self') {
    const pct = formatPercent(s.deviationThreshold, 'vi');
    b.paragraph(
      shaded.length > 0
        ? `Các ô được tô nền có điểm lệch so với điểm đơn vị tự chấm quá ${pct} điểm tối đa của tiêu chí; số trong ngoặc (TC: …) là điểm tự chấm.`
        : `Không có ô nào có điểm lệch so với điểm đơn vị tự chấm quá ${pct} điểm tối đa của tiêu chí.`,
      { italic: true },
      FONT_SIZE.body,
    );
  }
  addLockWarning(b, x.lock);
  addSignatureBlocks(b, [null, clusterHeadBlock(x.people)]);

  return buildDocument(b, 'detail', { orientation: 'landscape', table: { header: headerRow, lastBody: last }, freezeRows: headerRow + 1, provenance: x });
}

/** Adjacent marked member cells of a row, as one range each. */
function shadeRuns(row: number, marked: readonly number[]): { row: number; c0: number; c1: number }[] {
  const out: { row: number; c0: number; c1: number }[] = [];
  let start = marked[0];
  let prev = start;
  for (let k = 1; k <= marked.length; k++) {
    const i = marked[k];
    if (i === prev + 1) {
      prev = i;
      continue;
    }
    out.push({ row, c0: FIRST_MEMBER_COL + start, c1: FIRST_MEMBER_COL + prev });
    start = i;
    prev = i;
  }
  return out;
}
