/**
 * docs/tai-lieu-in.md "`Tổng hợp điểm` — the detail annex"; docs/quy-tac-tinh-diem.md §11 (a final that differs from the
 * self score by more than the threshold share of the leaf maximum is marked).
 */
import { asPercent } from '../../../src/core/hundredths';
import { deviatesFromSelf, describeDetailSheet } from '../../../src/core/documents/detailSheet';
import { resultInputs } from '../../../src/core/documents/documentInputs';
import { PRINTABLE_UNITS } from '../../../src/core/documents/pageSetup';
import type { SheetDescription } from '../../../src/core/sheet';
import { bigCluster, makeResults, makeWorkbook } from './fixtures';
import { allText, mergeAt, printedRef, printedRow, printedWidths, rect, rowOf, shapeProblems, styleAt } from './sheetQueries';
import { a1 } from '../../../src/core/grid';

function detail(settings = {}): SheetDescription {
  const wb = makeWorkbook({ settings });
  return describeDetailSheet(resultInputs(wb, makeResults(wb), '3F2A-91C0-7D4E-0B18', '27/11/2026 14:05'));
}

/** The cell of a criterion (by code in column A) and a member column (by header text). */
function at(s: SheetDescription, rowLabel: string, header: string): string {
  const h = rowOf(s, 'Mã');
  const k = printedRow(s, h).indexOf(header);
  const r = s.values.findIndex((row, i) => i > h && row[0] === rowLabel);
  if (k < 0 || r < 0) throw new Error(`no cell ${rowLabel} × ${header}`);
  return printedRef(s, r, k - (printedRow(s, h).length - printedRow(s, r).length));
}

function value(s: SheetDescription, ref: string): string | number | null {
  const r = rect(ref);
  return s.values[r.r0][r.c0];
}

describe('title, header row and member columns', () => {
  it('is titled with the year', () => {
    expect(allText(detail())).toContain('BẢNG TỔNG HỢP ĐIỂM THEO TIÊU CHÍ NĂM 2022');
  });

  it('has Mã | Nội dung | Điểm tối đa, then one column per member in `Thành viên` order, headed by the short name', () => {
    const s = detail();
    expect(printedRow(s, rowOf(s, 'Mã'))).toEqual(['Mã', 'Nội dung', 'Điểm tối đa', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế']);
  });

  it('freezes the rows down to the header and repeats the header on every page', () => {
    const s = detail();
    const h = rowOf(s, 'Mã');
    expect(s.freezeRows).toBe(h + 1);
    expect(s.pageSetup!.printTitleRows).toEqual({ first: h + 1, last: h + 1 });
  });
});

describe('rows: every criterion in order, groups bold with subtotals, leaves with finals', () => {
  it('lists the ten criteria in `Tiêu chí` order', () => {
    const s = detail();
    const h = rowOf(s, 'Mã');
    expect(s.values.slice(h + 1, h + 11).map((r) => r[0])).toEqual(['I', 'I.1', 'I.2', 'II', 'II.1', 'II.2', 'III', 'III.1', 'IV', 'IV.1']);
  });

  it('shows group subtotals (Thanh Hóa I = 28 + 27,5 = 55,50) and leaf finals (27,50), with the maxima', () => {
    const s = detail();
    expect(value(s, at(s, 'I', 'Thanh Hóa'))).toBe('55,50');
    expect(value(s, at(s, 'I.2', 'Thanh Hóa'))).toBe('27,50');
    expect(value(s, at(s, 'I', 'Điểm tối đa'))).toBe('60,00');
    expect(value(s, at(s, 'II.1', 'Điểm tối đa'))).toBe('25,00');
  });

  it('prints groups in bold and leaves not', () => {
    const s = detail();
    expect(styleAt(s, at(s, 'II', 'Nghệ An')).bold).toBe(true);
    expect(styleAt(s, at(s, 'II.1', 'Nghệ An')).bold).toBeUndefined();
  });

  it('wraps the criterion text and right-aligns the numbers', () => {
    const s = detail();
    const ref = at(s, 'I', 'Nội dung');
    expect(styleAt(s, ref).wrap).toBe(true);
    expect(styleAt(s, at(s, 'I.1', 'Nghệ An')).hAlign).toBe('right');
    // "Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội" does not fit 44 units in one line.
    expect(s.rowHeights.some((h) => h.row === rect(ref).r0)).toBe(true);
  });
});

describe('final rows: Điểm thưởng, Điểm trừ, Tổng điểm, Xếp hạng', () => {
  it('gives each member its bonus, deduction, total and rank', () => {
    const s = detail();
    expect(value(s, at(s, 'Điểm thưởng', 'Nghệ An'))).toBe('2,00');
    expect(value(s, at(s, 'Điểm trừ', 'Thừa Thiên Huế'))).toBe('3,00');
    expect(value(s, at(s, 'Tổng điểm', 'Nghệ An'))).toBe('95,50');
    expect(value(s, at(s, 'Tổng điểm', 'Thanh Hóa'))).toBe('93,00');
    expect(value(s, at(s, 'Xếp hạng', 'Thanh Hóa'))).toBe(3);
    expect(value(s, at(s, 'Xếp hạng', 'Quảng Bình'))).toBe(4);
    expect(value(s, at(s, 'Xếp hạng', 'Quảng Trị'))).toBe(4);
  });

  it('merges the label over Mã and Nội dung', () => {
    const s = detail();
    const r = rowOf(s, 'Tổng điểm');
    const h = rowOf(s, 'Mã');
    // The label spans the columns of Mã and Nội dung (whatever sheet columns they take).
    expect(mergeAt(s, `A${r + 1}`)!.c1).toBe(mergeAt(s, printedRef(s, h, 1))?.c1 ?? 1);
    expect(printedRow(s, r)).toHaveLength(1 + 1 + 6);
    expect(styleAt(s, printedRef(s, r, 2)).bold).toBe(true);
  });
});

describe('deviation from the self score (docs/quy-tac-tinh-diem.md §11)', () => {
  it('compares strictly: a gap of exactly the threshold is not marked', () => {
    // 20 % of 25,00 is 5,00.
    const twenty = asPercent(2000);
    expect(deviatesFromSelf(2000, 2500, 2500, twenty)).toBe(false);
    expect(deviatesFromSelf(1999, 2500, 2500, twenty)).toBe(true);
    expect(deviatesFromSelf(3001, 2500, 2500, twenty)).toBe(true);
  });

  it('shows the self score in brackets under the final and shades the cell', () => {
    const s = detail();
    const ref = at(s, 'I.1', 'Thừa Thiên Huế'); // final 20, self 28: gap 8 > 6
    expect(value(s, ref)).toBe('20,00\n(TC: 28,00)');
    expect(styleAt(s, ref).fill).toBe('D9D9D9');
    expect(styleAt(s, ref).wrap).toBe(true);
    expect(s.rowHeights.find((h) => h.row === rect(ref).r0)!.height).toBeGreaterThanOrEqual(2 * 11);
  });

  it('leaves cells at or under the threshold plain', () => {
    const s = detail();
    for (const [row, member] of [
      ['II.1', 'Quảng Bình'], // gap 5 = 20 % of 25
      ['I.1', 'Quảng Bình'], // gap 5 < 6
      ['I.2', 'Quảng Trị'], // gap 6 = 20 % of 30
      ['II.2', 'Quảng Trị'], // gap 3 = 20 % of 15
      ['I.1', 'Nghệ An'], // equal
    ]) {
      const ref = at(s, row, member);
      expect(String(value(s, ref))).not.toContain('TC');
      expect(styleAt(s, ref).fill).toBeUndefined();
    }
  });

  it('shades two adjacent marked cells with one range', () => {
    const s = detail();
    const left = rect(at(s, 'III.1', 'Quảng Trị'));
    const right = rect(at(s, 'III.1', 'Thừa Thiên Huế'));
    const shade = s.styles.filter((x) => x.style.fill === 'D9D9D9').map((x) => rect(x.range));
    expect(shade).toContainEqual({ r0: left.r0, c0: left.c0, r1: right.r0, c1: right.c0 });
    expect(value(s, a1(left.r0, left.c0))).toBe('0,00\n(TC: 5,00)');
  });

  it('explains the shading with the threshold under the table', () => {
    expect(allText(detail())).toContain('Các ô được tô nền có điểm lệch so với điểm đơn vị tự chấm quá 20% điểm tối đa của tiêu chí');
    expect(allText(detail({ deviationThreshold: 1250 }))).toContain('quá 12,5% điểm tối đa');
  });

  it('marks nothing when the self scores are the score source', () => {
    const s = detail({ scoreSource: 'self' });
    expect(s.styles.some((x) => x.style.fill === 'D9D9D9')).toBe(false);
    expect(allText(s)).not.toContain('tô nền');
  });
});

describe('one page wide with 12 members and 60 criteria', () => {
  const { workbook, results } = bigCluster(12, 10, 5);
  const s = describeDetailSheet(resultInputs(workbook, results, null, '27/11/2026 14:05'));

  it('has the 60 criterion rows and 12 member columns, well formed', () => {
    expect(shapeProblems(s)).toEqual([]);
    expect(printedRow(s, rowOf(s, 'Mã'))).toHaveLength(3 + 12);
    expect(s.values.filter((r) => typeof r[0] === 'string' && /^G\d+(\.\d+)?$/.test(r[0])).length).toBe(60);
  });

  it('keeps the columns within 180 units, so fit-to-width prints 11 pt text at 7,5 pt or more', () => {
    // Landscape A4 between the margins holds about 135 units at 100 %; 180 units scale to 75 %,
    // and 11 pt × 0,75 ≈ 8,2 pt — small but legible for an annex.
    const total = s.columnWidths.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(180);
    expect((11 * PRINTABLE_UNITS.landscape) / total).toBeGreaterThanOrEqual(7.5);
    expect(s.pageSetup!.fitToWidth).toBe(true);
  });

  it('keeps Nội dung 40–50 wide and the member columns 9–11 wide, and wraps long texts', () => {
    const h = rowOf(s, 'Mã');
    // Widths as printed: the header block may cut a column in pieces that every row merges back.
    const widths = printedWidths(s, h);
    expect(widths[1]).toBeGreaterThanOrEqual(40);
    expect(widths[1]).toBeLessThanOrEqual(50);
    for (const w of widths.slice(3)) {
      expect(w).toBeGreaterThanOrEqual(9);
      expect(w).toBeLessThanOrEqual(11);
    }
    expect(styleAt(s, printedRef(s, h + 2, 1)).wrap).toBe(true);
    expect(styleAt(s, printedRef(s, h, 5)).wrap).toBe(true);
  });

  it('uses 11 pt type in the wide table', () => {
    const h = rowOf(s, 'Mã');
    expect(styleAt(s, a1(h + 2, 4)).fontSize).toBe(11);
  });
});
