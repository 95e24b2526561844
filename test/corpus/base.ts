/**
 * The valid workbook every corpus case starts from: the six provinces of the Bắc Trung Bộ
 * cluster in 2022, a 100-point criteria table with a bonus and a deduction group, the default
 * classification bands written out, and self-scoring (`Nguồn điểm = Tự chấm`) as the score source.
 *
 * Layout (the addresses the cases damage):
 *   Cấu hình    A1 `Tham số` | B1 `Giá trị`; values in column B, rows 2–14 (see SETTINGS).
 *   Xếp loại    rows 2–5: Xuất sắc 90, Tốt 80, Khá 70, Trung bình 0 (column B).
 *   Thành viên  rows 2–7: TH, NA, HT, QB, QT, TTH; columns A Mã, B Tên đơn vị, C Tên khác,
 *               D Ký giao ước, E Không đủ điều kiện khen thưởng.
 *   Tiêu chí    rows 2–11: I (40) = I.1 (20) + I.2 (20); II (60) = II.1 (30) + II.2 (30);
 *               III Thưởng (5): III.1 (5); IV Trừ (5): IV.1 (5). Columns A Mã, B Nội dung,
 *               C Điểm tối đa, D Loại, E Hướng dẫn chấm.
 *   Tự chấm     columns A Mã, B Nội dung, C Điểm tối đa, then D TH, E NA, F HT, G QB, H QT,
 *               I TTH; rows 2–7: I.1, I.2, II.1, II.2, III.1, IV.1.
 *
 * Totals by hand (docs/quy-tac-tinh-diem.md §4: Total = Base + Bonus − Deduction):
 *   TH  19 + 18 + 28 + 27 = 92, + 1 bonus           = 93
 *   NA  20 + 19 + 29 + 28 = 96, + 2 bonus           = 98
 *   HT  18 + 17 + 27 + 26 = 88, − 1 deduction       = 87
 *   QB  17 + 17 + 26 + 25 = 85                      = 85
 *   QT  18 + 18 + 27 + 27 = 90, + 1 bonus           = 91
 *   TTH 19 + 19 + 28 + 28 = 94                      = 94
 * Ranking (docs/quy-tac-tinh-diem.md §6): NA 98, TTH 94, TH 93, QT 91, HT 87, QB 85 — no ties.
 * Bands (§4): NA, TTH, TH, QT Xuất sắc (≥ 90); HT, QB Tốt (≥ 80).
 * Proposal without ballots (§7): Flag (quota 1, lowest band the top one, Xuất sắc) → NA;
 * Certificate (quota 1, lowest band the second one, Tốt), Flag nominee excluded → TTH.
 */
import type { CorpusBook, CorpusCell } from './book';

export const MEMBER_CODES = ['TH', 'NA', 'HT', 'QB', 'QT', 'TTH'] as const;

export const BASE_RANKING = ['NA', 'TTH', 'TH', 'QT', 'HT', 'QB'];
export const BASE_NOMINEES = { flag: ['NA'], certificate: ['TTH'] };

export const SETTINGS: [string, CorpusCell][] = [
  ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'], // row 2
  ['Năm', 2022], // row 3
  ['Cụm trưởng', 'NA'], // row 4
  ['Cụm phó', 'QT'], // row 5
  ['Nguồn điểm', 'Tự chấm'], // row 6
  ['Số Cờ thi đua Chính phủ', 1], // row 7
  ['Số Bằng khen Thủ tướng', 1], // row 8
  ['Tỷ lệ phiếu tối thiểu (%)', 50], // row 9
  ['Số thành viên dự họp', 6], // row 10
  ['Thứ tự ưu tiên khi bằng điểm', 'Ít điểm trừ hơn; Nhóm I'], // row 11
  ['Bước điểm', 0.25], // row 12
  ['Cụm trưởng năm sau', 'QT'], // row 13
  ['Cụm phó năm sau', 'TTH'], // row 14
];

const MEMBERS: CorpusCell[][] = [
  ['TH', 'Tỉnh Thanh Hóa', 'Thanh Hóa', 'Có', null],
  ['NA', 'Tỉnh Nghệ An', 'Nghệ An', 'Có', null],
  ['HT', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', 'Có', null],
  ['QB', 'Tỉnh Quảng Bình', 'Quảng Bình', 'Có', null],
  ['QT', 'Tỉnh Quảng Trị', 'Quảng Trị', 'Có', null],
  ['TTH', 'Tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế; Huế', 'Có', null],
];

const CRITERIA: CorpusCell[][] = [
  ['I', 'Thực hiện các chỉ tiêu phát triển kinh tế - xã hội', 40, 'Điểm', null],
  ['I.1', 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) so với kế hoạch', 20, null, 'Đạt kế hoạch: 16 điểm; vượt kế hoạch: cộng đến tối đa 20 điểm'],
  ['I.2', 'Thu ngân sách nhà nước trên địa bàn so với dự toán', 20, null, null],
  ['II', 'Công tác thi đua, khen thưởng', 60, 'Điểm', null],
  ['II.1', 'Ban hành kế hoạch, phát động các phong trào thi đua', 30, null, null],
  ['II.2', 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', 30, null, null],
  ['III', 'Điểm thưởng', 5, 'Thưởng', null],
  ['III.1', 'Có mô hình mới, cách làm hay được Trung ương ghi nhận', 5, null, null],
  ['IV', 'Điểm trừ', 5, 'Trừ', null],
  ['IV.1', 'Để xảy ra vi phạm, khiếu kiện đông người kéo dài', 5, null, null],
];

/** Leaf code, text, maximum, then the self scores of TH, NA, HT, QB, QT, TTH (blank = 0 for III/IV). */
export const SELF_ROWS: CorpusCell[][] = [
  ['I.1', 'Tăng trưởng GRDP', 20, 19, 20, 18, 17, 18, 19],
  ['I.2', 'Thu ngân sách', 20, 18, 19, 17, 17, 18, 19],
  ['II.1', 'Kế hoạch, phát động thi đua', 30, 28, 29, 27, 26, 27, 28],
  ['II.2', 'Điển hình tiên tiến', 30, 27, 28, 26, 25, 27, 28],
  ['III.1', 'Mô hình mới, cách làm hay', 5, 1, 2, null, null, 1, null],
  ['IV.1', 'Vi phạm, khiếu kiện', 5, null, null, 1, null, null, null],
];

export const SCORE_HEADER: CorpusCell[] = ['Mã', 'Nội dung', 'Điểm tối đa', ...MEMBER_CODES];

const copy = (rows: CorpusCell[][]): CorpusCell[][] => rows.map((r) => [...r]);

/** A fresh copy of the valid base workbook. */
export function baseBook(): CorpusBook {
  return {
    sheets: [
      { name: 'Cấu hình', rows: [['Tham số', 'Giá trị'], ...copy(SETTINGS)] },
      {
        name: 'Xếp loại',
        rows: [['Xếp loại', 'Điểm từ'], ['Xuất sắc', 90], ['Tốt', 80], ['Khá', 70], ['Trung bình', 0]],
      },
      {
        name: 'Thành viên',
        rows: [['Mã', 'Tên đơn vị', 'Tên khác', 'Ký giao ước', 'Không đủ điều kiện khen thưởng'], ...copy(MEMBERS)],
      },
      { name: 'Tiêu chí', rows: [['Mã', 'Nội dung', 'Điểm tối đa', 'Loại', 'Hướng dẫn chấm'], ...copy(CRITERIA)] },
      { name: 'Tự chấm', rows: [[...SCORE_HEADER], ...copy(SELF_ROWS)] },
    ],
  };
}

/** `Phiếu bầu` with one row per ballot: [Cờ thi đua, Bằng khen]; numbered from 1 (rows 2, 3, …). */
export function ballotSheet(ballots: [CorpusCell, CorpusCell][]): { name: string; rows: CorpusCell[][] } {
  return { name: 'Phiếu bầu', rows: [['Phiếu số', 'Cờ thi đua', 'Bằng khen'], ...ballots.map(([f, c], i) => [i + 1, f, c])] };
}
