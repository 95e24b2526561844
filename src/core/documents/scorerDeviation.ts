/**
 * Each cross scorer's mean signed deviation from the others on the same cells (docs/quy-tac-tinh-diem.md §11:
 * "the report lists each scorer's mean signed deviation so the chair can see leniency or
 * harshness"). It sits in `Kết quả kiểm tra`, under the problem list, next to the
 * SCORER_BIASED warnings it explains: it is a working figure for the chair before the meeting,
 * not part of the printed annex that members sign.
 */
import type { ScorerDeviation } from '../results';
import type { MemberNames } from '../memberNames';
import { pointText, signedPointText } from './numberText';
import { FONT_SIZE } from './pageSetup';
import type { OutCell, SheetBuilder } from './sheetBuilder';
import { addTableHeader, fitRow, styleTableBody } from './table';

export const DEVIATION_INTRO =
  'Độ lệch của từng đơn vị chấm chéo so với trung bình điểm các đơn vị khác chấm cho cùng ô ' +
  '(tính bằng điểm; có dấu — dương: chấm cao hơn, âm: chấm thấp hơn; tuyệt đối: trung bình độ lệch không kể dấu).';

export function deviationRemark(d: ScorerDeviation): string {
  if (!d.flagged) return 'Trong mức chung của Cụm';
  return d.meanSigned >= 0
    ? 'Lệch nhiều hơn hẳn các đơn vị khác: chấm cao hơn (rộng tay), nên xem lại'
    : 'Lệch nhiều hơn hẳn các đơn vị khác: chấm thấp hơn (chặt tay), nên xem lại';
}

/**
 * Appends the section to a sheet laid out like `Kết quả kiểm tra` (7 columns): STT | Đơn vị
 * chấm | Số ô so sánh | Lệch trung bình (có dấu) over two columns | Lệch tuyệt đối | Nhận xét.
 * Nothing is added when there is no cross-scoring.
 */
export function describeScorerDeviation(b: SheetBuilder, deviations: readonly ScorerDeviation[], names: MemberNames): void {
  if (deviations.length === 0) return;
  const fontSize = FONT_SIZE.wideTable;
  b.paragraph('ĐỘ LỆCH CỦA CÁC ĐƠN VỊ CHẤM CHÉO', { bold: true }, FONT_SIZE.body);
  b.paragraph(DEVIATION_INTRO, { italic: true }, fontSize);
  const h = addTableHeader(b, ['STT', 'Đơn vị chấm', 'Số ô so sánh', 'Lệch trung bình (có dấu)', null, 'Lệch tuyệt đối', 'Nhận xét'], fontSize);
  b.merge(h, 3, h, 4);
  const first = b.rowCount;
  deviations.forEach((d, i) => {
    const cells: OutCell[] = [i + 1, names.name(d.scorer), d.cells, signedPointText(d.meanSigned), null, pointText(d.meanAbsolute), deviationRemark(d)];
    const r = b.row(cells);
    b.merge(r, 3, r, 4);
    fitRow(b, r, cells, [1, 6], fontSize);
  });
  const last = b.rowCount - 1;
  styleTableBody(b, first, last, 6, fontSize);
  b.style(first, 0, last, 0, { hAlign: 'center' });
  b.style(first, 1, last, 1, { hAlign: 'left', wrap: true });
  b.style(first, 2, last, 2, { hAlign: 'center' });
  b.style(first, 3, last, 5, { hAlign: 'right' });
  b.style(first, 6, last, 6, { hAlign: 'left', wrap: true });
  deviations.forEach((d, i) => {
    if (d.flagged) b.style(first + i, 0, first + i, 6, { bold: true });
  });
}
