/**
 * The bad-input corpus (issue 6, part 1): named workbooks, each the valid base (base.ts) with one
 * thing done wrong — one per rule of docs/huong-dan-so-lieu.md and docs/quy-tac-tinh-diem.md and per hazard of real
 * files — and what the program must say about it. The expected problems (code, severity, sheet,
 * cell) and exit codes are written by hand from the spec, never copied from a run.
 *
 * Exit codes of `cum-thi-dua check` (src/cli/exitCodes.ts): 0 no errors (warnings allowed),
 * 1 the workbook has errors, 2 not a scoring workbook (or not readable at all).
 *
 * Unless a case says `otherWarnings`, its listed errors and warnings are the exact set the
 * program reports (informational notes are not compared).
 */
import type { ProblemCode, Severity } from '../../src/core/problems';
import { ballotSheet, baseBook, BASE_NOMINEES, BASE_RANKING } from './base';
import { copySheet, findSheet, mapTexts, put, removeColumn, removeSheet, setSetting, type CorpusBook, type CorpusCell } from './book';

export interface ExpectedProblem {
  severity: Severity;
  code: ProblemCode;
  /** '' only for a problem about the whole workbook. */
  sheet: string;
  /** A1 address, or '' for a problem about a whole sheet or the workbook. */
  cell: string;
}

export interface CorpusCase {
  /** File name part: lower-case ASCII words joined by "-". */
  name: string;
  /** What is wrong, in Vietnamese. */
  title: string;
  /** The rule of the spec the case is about. */
  rule: string;
  build(): CorpusBook;
  exit: 0 | 1 | 2;
  problems: ExpectedProblem[];
  /** Why warnings other than the listed ones are allowed (absent: they are not). */
  otherWarnings?: string;
  /** Member codes in rank order, when the ranking is computed (exit 0). */
  ranking?: string[];
  /** The nominees, when the ranking is computed. */
  nominees?: { flag: string[]; certificate: string[] };
}

const E = (code: ProblemCode, sheet: string, cell: string): ExpectedProblem => ({ severity: 'error', code, sheet, cell });
const W = (code: ProblemCode, sheet: string, cell: string): ExpectedProblem => ({ severity: 'warning', code, sheet, cell });

/** The base with `edit` applied. */
function damaged(edit: (book: CorpusBook) => void): () => CorpusBook {
  return () => {
    const book = baseBook();
    edit(book);
    return book;
  };
}

const SELF = 'Tự chấm';

/** Six ballots that count cleanly: Flag NA 5, TTH 1; Certificate TTH 4, TH 2. */
export const CLEAN_BALLOTS: [CorpusCell, CorpusCell][] = [
  ['NA', 'TTH'],
  ['NA', 'TTH'],
  ['NA', 'TH'],
  ['NA', 'TH'],
  ['NA', 'TTH'],
  ['TTH', 'TTH'],
];

export const CASES: CorpusCase[] = [
  // ---- the valid base ------------------------------------------------------------------------
  {
    name: 'hop-le',
    title: 'Sổ chấm điểm hợp lệ: 6 tỉnh Bắc Trung Bộ, nguồn điểm Tự chấm',
    rule: 'docs/huong-dan-so-lieu.md (toàn bộ); docs/quy-tac-tinh-diem.md §4–§8',
    build: baseBook,
    exit: 0,
    problems: [],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },

  // ---- sheets --------------------------------------------------------------------------------
  {
    name: 'thieu-trang-cau-hinh',
    title: 'Thiếu trang “Cấu hình”',
    rule: 'docs/huong-dan-so-lieu.md, `Cấu hình` (required)',
    build: damaged((b) => removeSheet(b, 'Cấu hình')),
    exit: 1,
    problems: [E('SHEET_MISSING', '', '')],
  },
  {
    name: 'thieu-trang-thanh-vien',
    title: 'Thiếu trang “Thành viên”',
    rule: 'docs/huong-dan-so-lieu.md, `Thành viên` (required)',
    build: damaged((b) => removeSheet(b, 'Thành viên')),
    exit: 1,
    // Without members nothing that names a member can be read; the settings' member names are
    // not reported one by one (they are not wrong, the list they refer to is missing).
    problems: [E('SHEET_MISSING', '', '')],
  },
  {
    name: 'thieu-trang-tieu-chi',
    title: 'Thiếu trang “Tiêu chí”',
    rule: 'docs/huong-dan-so-lieu.md, `Tiêu chí` (required)',
    build: damaged((b) => removeSheet(b, 'Tiêu chí')),
    exit: 1,
    problems: [E('SHEET_MISSING', '', '')],
  },
  {
    name: 'thieu-trang-tu-cham',
    title: 'Thiếu trang “Tự chấm” (luôn bắt buộc, kể cả khi không phải nguồn điểm)',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: `Tự chấm` is required',
    build: damaged((b) => removeSheet(b, SELF)),
    exit: 1,
    // Every total is then 0 (band Trung bình): nobody is eligible, so no tie is at a cut-off.
    problems: [E('SCORE_SHEET_MISSING', '', '')],
  },
  {
    name: 'khong-phai-so-cham-diem',
    title: 'Sổ tính không phải sổ chấm điểm (danh sách cán bộ, lịch công tác)',
    rule: 'docs/huong-dan-so-lieu.md, Input sheets: none of the required sheets',
    build: () => ({
      sheets: [
        {
          name: 'Danh sách cán bộ',
          rows: [
            ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
            [1, 'Nguyễn Văn An', 'Trưởng phòng', 'Sở Nội vụ Nghệ An'],
            [2, 'Trần Thị Bình', 'Chuyên viên', 'Ban Thi đua - Khen thưởng'],
          ],
        },
        { name: 'Lịch công tác', rows: [['Ngày', 'Nội dung'], ['15/12/2022', 'Hội nghị tổng kết Cụm thi đua']] },
      ],
    }),
    exit: 2,
    problems: [E('NOT_A_SCORING_WORKBOOK', '', '')],
  },
  {
    name: 'so-tinh-trong',
    title: 'Sổ tính trống: một trang không có gì',
    rule: 'docs/huong-dan-so-lieu.md, Input sheets: none of the required sheets',
    build: () => ({ sheets: [{ name: 'Sheet1', rows: [] }] }),
    exit: 2,
    problems: [E('NOT_A_SCORING_WORKBOOK', '', '')],
  },
  {
    name: 'trang-ket-qua-khong-co-dau',
    title: 'Trang tên “Xếp hạng” do người dùng tạo, không có dấu của chương trình',
    rule: 'docs/huong-dan-so-lieu.md, General rules: an output-named sheet without the mark',
    build: damaged((b) =>
      b.sheets.push({ name: 'Xếp hạng', rows: [['Xếp hạng năm 2021 (bản nháp của văn phòng)'], ['1', 'Tỉnh Thanh Hóa']] }),
    ),
    exit: 1,
    problems: [E('OUTPUT_SHEET_NOT_OURS', 'Xếp hạng', '')],
  },
  {
    name: 'trang-ket-qua-co-dau',
    title: 'Trang “Xếp hạng” mang dấu của chương trình (kết quả lần chạy trước): không đọc như trang nhập',
    rule: 'docs/huong-dan-so-lieu.md, General rules: output sheets belong to the program',
    build: damaged((b) => {
      b.sheets.push({ name: 'Xếp hạng', rows: [['BẢNG XẾP HẠNG'], ['Hạng', 'Đơn vị', 'Tổng điểm'], [1, 'Tỉnh Nghệ An', 98]] });
      b.marks = { CumThiDua_XepHang: 'Xếp hạng' };
    }),
    exit: 0,
    problems: [],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'dong-rac-cuoi-trang',
    title: 'Trang “Ghi chú” có một giá trị sót ở ô A1048576: vùng đã dùng 1.048.576 dòng × 4 cột',
    rule: 'issue 6, part 5: limits instead of freezes (over 2 000 000 used cells)',
    build: damaged((b) =>
      b.sheets.push({
        name: 'Ghi chú',
        rows: [['Ngày', 'Người ghi', 'Nội dung', 'Ghi chú']],
        far: [{ cell: 'A1048576', value: 'x' }],
      }),
    ),
    // Refused whole with the figure and the limit: the file is a scoring workbook with one absurd
    // sheet, so it is a workbook error (exit 1), not an unreadable file (exit 2).
    exit: 1,
    problems: [E('SHEET_TOO_LARGE', 'Ghi chú', '')],
  },

  // ---- headers -------------------------------------------------------------------------------
  {
    name: 'tieu-de-sai-chinh-ta',
    title: 'Tiêu đề cột viết sai: “Tên đơn vi” thay cho “Tên đơn vị” trong trang Thành viên',
    rule: 'docs/huong-dan-so-lieu.md, General rules: the header row has the sheet’s required headers',
    build: damaged((b) => put(b, 'Thành viên', 'B1', 'Tên đơn vi')),
    exit: 1,
    problems: [E('HEADER_NOT_FOUND', 'Thành viên', 'A1')],
  },
  {
    name: 'tieu-de-nfd',
    title: 'Mọi chữ (tên trang, tiêu đề, tham số, tên đơn vị) gõ ở dạng Unicode tổ hợp (NFD)',
    rule: 'docs/huong-dan-so-lieu.md, General rules: NFC and NFD are equal everywhere',
    build: damaged((b) => mapTexts(b, (s) => s.normalize('NFD'))),
    exit: 0,
    problems: [],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'dong-tieu-de-phia-tren',
    title: 'Các dòng tiêu đề (tên bảng, tên cụm) phía trên dòng tiêu đề cột',
    rule: 'docs/huong-dan-so-lieu.md, General rules: title rows above the header row, within 10 rows',
    build: damaged((b) => {
      findSheet(b, SELF).rows.unshift(['BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2022'], ['Cụm thi đua các tỉnh Bắc Trung Bộ'], []);
      findSheet(b, 'Thành viên').rows.unshift(['DANH SÁCH THÀNH VIÊN CỤM'], []);
      findSheet(b, 'Tiêu chí').rows.unshift(['BẢNG TIÊU CHÍ CHẤM ĐIỂM (thang điểm 100)'], []);
    }),
    exit: 0,
    problems: [],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'cot-la',
    title: 'Cột lạ “Ghi chú” trong trang Tự chấm',
    rule: 'docs/huong-dan-so-lieu.md, General rules: an unknown header is a warning',
    build: damaged((b) => {
      put(b, SELF, 'J1', 'Ghi chú');
      put(b, SELF, 'J2', 'Số liệu Cục Thống kê');
    }),
    exit: 0,
    problems: [W('COLUMN_UNKNOWN', SELF, 'J1')],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },

  // ---- Thành viên ------------------------------------------------------------------------------
  {
    name: 'thieu-cot-thanh-vien',
    title: 'Trang Tự chấm thiếu cột của Tỉnh Quảng Bình',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: every member must have a column',
    build: damaged((b) => removeColumn(b, SELF, 6)),
    exit: 1,
    // Reported at the header row's `Mã` cell, where the missing column belongs.
    problems: [E('MEMBER_COLUMN_MISSING', SELF, 'A1')],
  },
  {
    name: 'thanh-vien-trung-lap',
    title: 'Tỉnh Nghệ An được ghi hai lần trong trang Thành viên',
    rule: 'docs/huong-dan-so-lieu.md, `Thành viên`: codes unique',
    build: damaged((b) => findSheet(b, 'Thành viên').rows.push(['NA', 'Tỉnh Nghệ An', 'Nghệ An', 'Có', null])),
    exit: 1,
    // The second row is left out whole, so its name and alias are not reported again.
    problems: [E('MEMBER_CODE_DUPLICATE', 'Thành viên', 'A8')],
  },
  {
    name: 'cot-thanh-vien-trung-lap',
    title: 'Trang Tự chấm có hai cột cho Tỉnh Nghệ An (“NA” và “Nghệ An”)',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: one column per member',
    build: damaged((b) => {
      const rows = findSheet(b, SELF).rows;
      rows[0][9] = 'Nghệ An';
      for (let r = 1; r < rows.length; r++) rows[r][9] = rows[r][4];
    }),
    exit: 1,
    problems: [E('COLUMN_DUPLICATE', SELF, 'J1')],
  },
  {
    name: 'ma-trung-sau-chuan-hoa',
    title: 'Mã “na ” (chữ thường, dấu cách) trùng với mã “NA” sau khi chuẩn hóa',
    rule: 'docs/huong-dan-so-lieu.md, `Thành viên`: codes must not collide after normalisation',
    build: damaged((b) => findSheet(b, 'Thành viên').rows.push(['na ', 'Tỉnh Nam Định', 'Nam Định', 'Có', null])),
    exit: 1,
    problems: [E('MEMBER_CODE_DUPLICATE', 'Thành viên', 'A8')],
  },
  {
    name: 'ten-don-vi-trung',
    title: 'Đơn vị thứ bảy “ĐN” lại mang tên “Tỉnh Nghệ An”',
    rule: 'docs/huong-dan-so-lieu.md, `Thành viên`: names unique',
    build: damaged((b) => findSheet(b, 'Thành viên').rows.push(['ĐN', 'Tỉnh Nghệ An', null, 'Có', null])),
    exit: 1,
    // ĐN is still a member (its code is new), so `Tự chấm` lacks its column too.
    problems: [E('MEMBER_NAME_DUPLICATE', 'Thành viên', 'B8'), E('MEMBER_COLUMN_MISSING', SELF, 'A1')],
  },
  {
    name: 'ky-giao-uoc-sai',
    title: '“Ký giao ước” của Tỉnh Nghệ An ghi “Rồi” thay cho Có/Không',
    rule: 'docs/huong-dan-so-lieu.md, `Thành viên`: Ký giao ước is Có/Không',
    build: damaged((b) => put(b, 'Thành viên', 'D3', 'Rồi')),
    exit: 1,
    problems: [E('YES_NO_INVALID', 'Thành viên', 'D3')],
  },

  // ---- Tiêu chí --------------------------------------------------------------------------------
  {
    name: 'tieu-chi-mo-coi',
    title: 'Tiêu chí “V.1” không có nhóm cha “V”',
    rule: 'docs/huong-dan-so-lieu.md, `Tiêu chí`: the parent of X.Y must exist above it',
    build: damaged((b) => findSheet(b, 'Tiêu chí').rows.push(['V.1', 'Công tác cải cách hành chính', 5, 'Điểm', null])),
    exit: 1,
    problems: [E('CRITERION_PARENT_MISSING', 'Tiêu chí', 'A12')],
  },
  {
    name: 'ma-tieu-chi-trung',
    title: 'Mã tiêu chí “II.2” được ghi hai lần',
    rule: 'docs/huong-dan-so-lieu.md, `Tiêu chí`: codes unique',
    build: damaged((b) => findSheet(b, 'Tiêu chí').rows.push(['II.2', 'Nhân rộng điển hình (ghi trùng)', 30, null, null])),
    exit: 1,
    problems: [E('CRITERION_CODE_DUPLICATE', 'Tiêu chí', 'A12')],
  },
  {
    name: 'tong-diem-nhom-sai',
    title: 'Nhóm I ghi tối đa 45 điểm nhưng hai tiêu chí con cộng lại 40',
    rule: 'docs/huong-dan-so-lieu.md, `Tiêu chí`: a Điểm group’s maximum equals the sum of its children’s',
    build: damaged((b) => put(b, 'Tiêu chí', 'C2', 45)),
    exit: 1,
    problems: [E('CRITERION_GROUP_SUM', 'Tiêu chí', 'C2')],
  },
  {
    name: 'loai-tieu-chi-sai',
    title: 'Loại của nhóm III ghi “Cộng” (không phải Điểm/Thưởng/Trừ)',
    rule: 'docs/huong-dan-so-lieu.md, `Tiêu chí`: Loại is Điểm, Thưởng or Trừ',
    build: damaged((b) => put(b, 'Tiêu chí', 'D8', 'Cộng')),
    exit: 1,
    // III then counts as a Điểm group (the default), so III.1 becomes a scored leaf and its blank
    // cells (HT, QB, TTH) are missing scores in `Tự chấm`.
    problems: [E('CRITERION_TYPE_INVALID', 'Tiêu chí', 'D8'), E('SCORE_MISSING', SELF, 'F6'), E('SCORE_MISSING', SELF, 'G6'), E('SCORE_MISSING', SELF, 'I6')],
  },
  {
    name: 'dong-tieu-chi-thieu-ma',
    title: 'Một dòng tiêu chí có nội dung và điểm tối đa nhưng không có mã',
    rule: 'docs/huong-dan-so-lieu.md, `Tiêu chí`: a row with content but no code is an error',
    build: damaged((b) => findSheet(b, 'Tiêu chí').rows.push([null, 'Công tác cải cách hành chính', 5, null, null])),
    exit: 1,
    problems: [E('ROW_WITHOUT_CODE', 'Tiêu chí', 'A12')],
  },

  // ---- score sheets ------------------------------------------------------------------------------
  {
    name: 'diem-vuot-toi-da',
    title: 'Tỉnh Nghệ An tự chấm 25 điểm cho tiêu chí I.1 (tối đa 20)',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: 0 ≤ value ≤ the leaf’s maximum',
    build: damaged((b) => put(b, SELF, 'E2', 25)),
    exit: 1,
    problems: [E('SCORE_ABOVE_MAX', SELF, 'E2')],
  },
  {
    name: 'diem-am',
    title: 'Tỉnh Hà Tĩnh tự chấm −3 điểm cho tiêu chí II.1',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: 0 ≤ value',
    build: damaged((b) => put(b, SELF, 'F4', -3)),
    exit: 1,
    problems: [E('SCORE_NEGATIVE', SELF, 'F4')],
  },
  {
    name: 'diem-bang-chu',
    title: 'Điểm ghi bằng chữ “chín” (Tỉnh Quảng Bình, tiêu chí I.2)',
    rule: 'docs/huong-dan-so-lieu.md, General rules: text that is not a number is an error',
    build: damaged((b) => put(b, SELF, 'G3', 'chín')),
    exit: 1,
    problems: [E('NUMBER_INVALID', SELF, 'G3')],
  },
  {
    name: 'so-dang-van-ban',
    title: 'Điểm ghi dạng văn bản “17,5” và “ 28 ” (dán từ văn bản Word)',
    rule: 'docs/huong-dan-so-lieu.md, General rules: numbers as text are accepted with a warning',
    build: damaged((b) => {
      put(b, SELF, 'H2', '17,5');
      put(b, SELF, 'I4', ' 28 ');
    }),
    exit: 0,
    problems: [W('NUMBER_AS_TEXT', SELF, 'H2'), W('NUMBER_AS_TEXT', SELF, 'I4')],
    // QT: 17.5 + 18 + 27 + 27 + 1 = 90.5, still fourth (TH 93, HT 87); TTH unchanged (28).
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'gia-tri-loi',
    title: 'Ô điểm chứa giá trị lỗi #REF! và #DIV/0!',
    rule: 'docs/huong-dan-so-lieu.md, General rules: error values are errors wherever a value is needed',
    build: damaged((b) => {
      put(b, SELF, 'D3', { error: '#REF!' });
      put(b, SELF, 'I5', { error: '#DIV/0!' });
    }),
    exit: 1,
    problems: [E('VALUE_ERROR', SELF, 'D3'), E('VALUE_ERROR', SELF, 'I5')],
  },
  {
    name: 'cong-thuc-tra-loi',
    title: 'Công thức trả về #N/A (điểm thưởng của Tỉnh Nghệ An tra cứu từ bảng khác)',
    rule: 'docs/huong-dan-so-lieu.md, General rules: formulas count by their computed value',
    build: damaged((b) => {
      // A formula that computes a valid score is fine; one whose result is #N/A is an error.
      put(b, SELF, 'D2', { formula: '10+9', result: 19 });
      put(b, SELF, 'E6', { formula: 'VLOOKUP("NA",$K$1:$L$6,2,FALSE)', result: { error: '#N/A' } });
    }),
    exit: 1,
    problems: [E('VALUE_ERROR', SELF, 'E6')],
  },
  {
    name: 'o-gop-khoi-diem',
    title: 'Khối ô D4:E5 (điểm II.1, II.2 của Thanh Hóa và Nghệ An) bị gộp: chỉ ô D4 còn giá trị',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: a blank Điểm cell is a missing score',
    build: damaged((b) => {
      findSheet(b, SELF).merges = ['D4:E5'];
    }),
    exit: 1,
    problems: [E('SCORE_MISSING', SELF, 'E4'), E('SCORE_MISSING', SELF, 'D5'), E('SCORE_MISSING', SELF, 'E5')],
  },
  {
    name: 'hang-cot-an',
    title: 'Dòng 3 và cột I bị ẩn; ô ẩn G3 có điểm 25 vượt tối đa 20',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: hidden rows and columns are still read',
    build: damaged((b) => {
      put(b, SELF, 'G3', 25);
      const s = findSheet(b, SELF);
      s.hiddenRows = [3];
      s.hiddenColumns = ['I'];
    }),
    exit: 1,
    problems: [E('SCORE_ABOVE_MAX', SELF, 'G3')],
  },
  {
    name: 'dong-khac-thu-tu',
    title: 'Trang Tự chấm xếp dòng theo thứ tự ngược và cột thành viên theo thứ tự khác',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: rows found by code, columns by member',
    build: damaged((b) => {
      const s = findSheet(b, SELF);
      const order = [0, 1, 2, 6, 8, 4, 5, 3, 7]; // Mã, Nội dung, Điểm tối đa, QB, TTH, NA, HT, TH, QT
      const body = s.rows.slice(1).reverse();
      s.rows = [s.rows[0], ...body].map((r) => order.map((c) => r[c] ?? null));
    }),
    exit: 0,
    problems: [],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'dong-diem-khong-co-tieu-chi',
    title: 'Trang Tự chấm có dòng “II.3” không có trong trang Tiêu chí',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: a row whose code is not in Tiêu chí is an error',
    build: damaged((b) => findSheet(b, SELF).rows.push(['II.3', 'Tiêu chí không có', 10, 5, 5, 5, 5, 5, 5])),
    exit: 1,
    problems: [E('SCORE_ROW_UNKNOWN', SELF, 'A8')],
  },
  {
    name: 'thieu-dong-tieu-chi',
    title: 'Trang Tự chấm thiếu dòng tiêu chí II.2',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: a Điểm leaf with no row is an error',
    build: damaged((b) => findSheet(b, SELF).rows.splice(4, 1)),
    exit: 1,
    problems: [E('SCORE_ROW_MISSING', SELF, '')],
  },
  {
    name: 'o-diem-trong',
    title: 'Tỉnh Nghệ An bỏ trống điểm tiêu chí I.2',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: Tự chấm needs every member, every Điểm leaf',
    build: damaged((b) => put(b, SELF, 'E3', null)),
    exit: 1,
    problems: [E('SCORE_MISSING', SELF, 'E3')],
  },
  {
    name: 'diem-toi-da-khac',
    title: 'Cột “Điểm tối đa” của trang Tự chấm ghi 25 cho II.1 (Tiêu chí ghi 30)',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: a Điểm tối đa that disagrees with Tiêu chí is a warning',
    build: damaged((b) => put(b, SELF, 'C4', 25)),
    exit: 0,
    problems: [W('SCORE_MAX_MISMATCH', SELF, 'C4')],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'dong-nhom-sai-tong',
    title: 'Dòng cộng nhóm I của Tỉnh Thừa Thiên Huế ghi 40, chương trình tính 38',
    rule: 'docs/quy-tac-tinh-diem.md §11: a group row that differs from the computed subtotal is a warning',
    build: damaged((b) => findSheet(b, SELF).rows.push(['I', 'Cộng nhóm I', 40, 37, 39, 35, 34, 36, 40])),
    exit: 0,
    problems: [W('GROUP_ROW_MISMATCH', SELF, 'I8')],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'diem-tru-am',
    title: 'Điểm trừ của Tỉnh Hà Tĩnh ghi −1 (số âm)',
    rule: 'docs/huong-dan-so-lieu.md, Score sheets: a negative Trừ cell is used as its absolute value, with a warning',
    build: damaged((b) => put(b, SELF, 'F7', -1)),
    exit: 0,
    problems: [W('DEDUCTION_NEGATIVE', SELF, 'F7')],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'diem-khong-dung-buoc',
    title: 'Điểm 18,9 không chia hết cho bước điểm 0,25',
    rule: 'docs/quy-tac-tinh-diem.md §11: a score not a multiple of Bước điểm is a warning',
    build: damaged((b) => put(b, SELF, 'D2', 18.9)),
    exit: 0,
    problems: [W('SCORE_STEP', SELF, 'D2')],
    // TH: 18.9 + 18 + 28 + 27 + 1 = 92.9, still between TTH (94) and QT (91).
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },

  // ---- cross-scoring -------------------------------------------------------------------------
  {
    name: 'cham-cheo-nguoi-cham-la',
    title: 'Trang “Chấm chéo - ĐN” của một đơn vị không thuộc cụm',
    rule: 'docs/huong-dan-so-lieu.md, `Chấm chéo - <MÃ>`: MÃ must be a member',
    build: damaged((b) => b.sheets.push(copySheet(b, SELF, 'Chấm chéo - ĐN'))),
    exit: 1,
    problems: [E('SCORER_UNKNOWN', 'Chấm chéo - ĐN', '')],
  },
  {
    name: 'cham-cheo-thieu-o',
    title: 'Nguồn điểm Chấm chéo; Tỉnh Nghệ An bỏ trống điểm I.1 của Tỉnh Thanh Hóa',
    rule: 'docs/huong-dan-so-lieu.md, `Chấm chéo - <MÃ>`: a scorer’s missing cell is a warning while another score counts',
    build: damaged((b) => {
      setSetting(b, 'Nguồn điểm', 'Chấm chéo');
      // Every member scores every member as it scored itself: each final is the self score.
      for (const code of ['TH', 'NA', 'HT', 'QB', 'QT', 'TTH']) b.sheets.push(copySheet(b, SELF, `Chấm chéo - ${code}`));
      put(b, 'Chấm chéo - NA', 'D2', null);
    }),
    exit: 0,
    problems: [W('CROSS_SCORE_MISSING', 'Chấm chéo - NA', 'D2')],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },

  // ---- Cấu hình ------------------------------------------------------------------------------
  {
    name: 'tham-so-sai-gia-tri',
    title: 'Nguồn điểm ghi “Hội đồng” (không phải Tự chấm/Thẩm định/Chấm chéo)',
    rule: 'docs/huong-dan-so-lieu.md, `Cấu hình`: Nguồn điểm',
    build: damaged((b) => setSetting(b, 'Nguồn điểm', 'Hội đồng')),
    exit: 1,
    problems: [E('SETTING_INVALID', 'Cấu hình', 'B6')],
  },
  {
    name: 'thieu-tham-so-bat-buoc',
    title: 'Tham số “Năm” để trống',
    rule: 'docs/huong-dan-so-lieu.md, `Cấu hình`: Năm is required',
    build: damaged((b) => setSetting(b, 'Năm', null)),
    exit: 1,
    problems: [E('SETTING_REQUIRED', 'Cấu hình', 'B3')],
  },
  {
    name: 'tham-so-la',
    title: 'Tham số lạ “Số phiếu phát ra”',
    rule: 'docs/huong-dan-so-lieu.md, `Cấu hình`: unknown keys are warnings',
    build: damaged((b) => setSetting(b, 'Số phiếu phát ra', 6)),
    exit: 0,
    problems: [W('SETTING_UNKNOWN', 'Cấu hình', 'A15')],
    ranking: BASE_RANKING,
    nominees: BASE_NOMINEES,
  },
  {
    name: 'cum-truong-khong-phai-thanh-vien',
    title: 'Cụm trưởng ghi “ĐN”, không phải thành viên của cụm',
    rule: 'docs/huong-dan-so-lieu.md, `Cấu hình`: Cụm trưởng is a member code',
    build: damaged((b) => setSetting(b, 'Cụm trưởng', 'ĐN')),
    exit: 1,
    problems: [E('SETTING_MEMBER_UNKNOWN', 'Cấu hình', 'B4')],
  },

  // ---- Xếp loại ------------------------------------------------------------------------------
  {
    name: 'xep-loai-khong-giam',
    title: 'Bảng xếp loại: “Tốt” từ 90 điểm, bằng “Xuất sắc” (không giảm dần)',
    rule: 'docs/huong-dan-so-lieu.md, `Xếp loại`: Điểm từ strictly decreasing',
    build: damaged((b) => put(b, 'Xếp loại', 'B3', 90)),
    exit: 1,
    problems: [E('BAND_NOT_DECREASING', 'Xếp loại', 'B3')],
  },

  // ---- Phiếu bầu and the vote ----------------------------------------------------------------
  {
    name: 'phieu-vuot-so-luong',
    title: 'Phiếu số 4 bầu Cờ cho hai đơn vị, số lượng Cờ là 1',
    rule: 'docs/huong-dan-so-lieu.md, `Phiếu bầu`: a ballot naming more than the quota is invalid (warning)',
    build: damaged((b) => {
      const ballots = CLEAN_BALLOTS.map((x) => [...x] as [CorpusCell, CorpusCell]);
      ballots[3][0] = 'NA; TTH';
      b.sheets.push(ballotSheet(ballots));
    }),
    exit: 0,
    problems: [W('BALLOT_OVER_QUOTA', 'Phiếu bầu', 'B5')],
    // Flag: 5 valid ballots, NA 4 of 6 members (66,67% > 50%). Certificate: TTH 4, TH 2 → TTH.
    ranking: BASE_RANKING,
    nominees: { flag: ['NA'], certificate: ['TTH'] },
  },
  {
    name: 'phieu-trung-ten',
    title: 'Phiếu số 2 ghi Tỉnh Thừa Thiên Huế hai lần (“TTH; Thừa Thiên Huế”)',
    rule: 'docs/huong-dan-so-lieu.md, `Phiếu bầu`: a ballot naming the same member twice is invalid (warning)',
    build: damaged((b) => {
      setSetting(b, 'Số Bằng khen Thủ tướng', 2);
      b.sheets.push(
        ballotSheet([
          ['NA', 'TTH; TH'],
          ['NA', 'TTH; Thừa Thiên Huế'],
          ['NA', 'TTH; QT'],
          ['NA', 'TH; QT'],
          ['TTH', 'TTH; TH'],
          ['NA', 'TTH; TH'],
        ]),
      );
    }),
    exit: 0,
    problems: [W('BALLOT_DUPLICATE_NAME', 'Phiếu bầu', 'C3')],
    // Flag: NA 5 of 6. Certificate (quota 2, NA excluded), ballot 2 not counted: TTH 4, TH 4,
    // QT 2 of 6 → TTH and TH pass (66,67%), ordered by votes then rank (TTH 2nd, TH 3rd).
    ranking: BASE_RANKING,
    nominees: { flag: ['NA'], certificate: ['TTH', 'TH'] },
  },
  {
    name: 'phieu-ten-la',
    title: 'Phiếu số 3 bầu Cờ cho “Đà Nẵng”, không phải thành viên',
    rule: 'docs/huong-dan-so-lieu.md, `Phiếu bầu`: a ballot naming a non-member is invalid (warning)',
    build: damaged((b) => {
      const ballots = CLEAN_BALLOTS.map((x) => [...x] as [CorpusCell, CorpusCell]);
      ballots[2][0] = 'Đà Nẵng';
      b.sheets.push(ballotSheet(ballots));
    }),
    exit: 0,
    problems: [W('BALLOT_UNKNOWN_NAME', 'Phiếu bầu', 'B4')],
    // Flag: NA 4 of 6 (66,67%). Certificate: TTH 4, TH 2 → TTH.
    ranking: BASE_RANKING,
    nominees: { flag: ['NA'], certificate: ['TTH'] },
  },
  {
    name: 'nhieu-phieu-hon-so-du-hop',
    title: '6 phiếu bầu nhưng chỉ 5 thành viên dự họp',
    rule: 'docs/huong-dan-so-lieu.md, `Phiếu bầu`; docs/quy-tac-tinh-diem.md §9: more ballots than members present is an error',
    build: damaged((b) => {
      setSetting(b, 'Số thành viên dự họp', 5);
      b.sheets.push(ballotSheet(CLEAN_BALLOTS));
    }),
    exit: 1,
    // Pointed at the first ballot too many: the 6th, on row 7.
    problems: [E('BALLOTS_EXCEED_PRESENT', 'Phiếu bầu', 'A7')],
  },
  {
    name: 'khong-du-so-thanh-vien-du-hop',
    title: 'Chỉ 3 trong 6 thành viên dự họp (cần ít nhất 4)',
    rule: 'docs/quy-tac-tinh-diem.md §9: quorum ⌈2/3 × 6⌉ = 4',
    build: damaged((b) => {
      setSetting(b, 'Số thành viên dự họp', 3);
      b.sheets.push(ballotSheet(CLEAN_BALLOTS.slice(0, 3)));
    }),
    exit: 1,
    // Issue 10: NA's 3 of 6 Flag votes are no majority, so the count also calls round 2 (a warning).
    problems: [E('QUORUM_NOT_MET', 'Cấu hình', 'B10'), W('RUNOFF_NEEDED', 'Phiếu bầu', '')],
  },
  {
    name: 'dung-nguong-50-phan-tram',
    title: 'Tỉnh Nghệ An và Tỉnh Thừa Thiên Huế mỗi tỉnh được đúng 3/6 phiếu Cờ (50%)',
    rule: 'docs/quy-tac-tinh-diem.md §9: a nominee needs strictly more than the threshold (50%)',
    build: damaged((b) =>
      b.sheets.push(
        ballotSheet([
          ['NA', 'TH'],
          ['NA', 'TH'],
          ['NA', 'QT'],
          ['TTH', 'TH'],
          ['TTH', 'TH'],
          ['TTH', 'QT'],
        ]),
      ),
    ),
    exit: 0,
    // Flag: 3 × 100 > 50 × 6 is false for both → no nominee. Issue 10: the Law gives the Flag every
    // year, so this calls round 2 between NA and TTH — a warning (before: an information).
    problems: [W('RUNOFF_NEEDED', 'Phiếu bầu', '')],
    // Certificate (no Flag nominee to exclude): TH 4 of 6 (66,67%) passes, QT 2 does not.
    ranking: BASE_RANKING,
    nominees: { flag: [], certificate: ['TH'] },
  },
];

/** The case whose name is given (for tests that single one out). */
export function corpusCase(name: string): CorpusCase {
  const c = CASES.find((x) => x.name === name);
  if (!c) throw new Error(`corpus: no case ${name}`);
  return c;
}

/** "07-so-tinh-trong": the file name of the case at that index, without extension. */
export function caseFileName(index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${CASES[index].name}`;
}

