/**
 * Hand-made inputs for the Office.js shell tests: input grids of a cluster of any size (plain
 * values; they need not satisfy the scoring rules) and output sheet descriptions shaped like
 * the documents (title rows, a table with borders and number formats, links, notes, page setup).
 */
import { columnLetters } from '../../src/core/grid';
import { outputSheet } from '../../src/core/outputSheets';
import type { OutputSheetKey, PageSetup, SheetDescription } from '../../src/core/sheet';
import type { FakeScalar } from '../fakes/fakeExcel';

const FIRST_SIX = [
  { code: 'TH', name: 'Tỉnh Thanh Hóa' },
  { code: 'NA', name: 'Tỉnh Nghệ An' },
  { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
  { code: 'QB', name: 'Tỉnh Quảng Bình' },
  { code: 'QT', name: 'Tỉnh Quảng Trị' },
  { code: 'TTH', name: 'Tỉnh Thừa Thiên Huế' },
];

export function members(n: number): { code: string; name: string }[] {
  return Array.from({ length: n }, (_, i) =>
    i < FIRST_SIX.length ? FIRST_SIX[i] : { code: 'TV' + String(i + 1).padStart(2, '0'), name: 'Thành viên số ' + String(i + 1) },
  );
}

const CRITERIA = 30;

/** Input sheets of an n-member cluster: settings, members, criteria, self-scoring, one cross sheet per member. */
export function memberWorkbook(n: number): Record<string, FakeScalar[][]> {
  const ms = members(n);
  const scores = (seed: number): FakeScalar[][] => [
    ['Mã', 'Nội dung', ...ms.map((m) => m.code)],
    ...Array.from({ length: CRITERIA }, (_, i) => [
      String(i + 1),
      'Tiêu chí ' + String(i + 1),
      ...ms.map((_, j) => ((i * 7 + j * 3 + seed) % 10) + 0.5),
    ]),
  ];
  const sheets: Record<string, FakeScalar[][]> = {
    'Cấu hình': [
      ['Tham số', 'Giá trị'],
      ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'],
      ['Năm', 2024],
      ['Cụm trưởng', ms[0].code],
      ['Cụm phó', ms[1].code],
    ],
    'Thành viên': [['Mã', 'Tên'], ...ms.map((m) => [m.code, m.name])],
    'Tiêu chí': [['Mã', 'Nội dung', 'Loại', 'Điểm tối đa'], ...Array.from({ length: CRITERIA }, (_, i) => [String(i + 1), 'Tiêu chí ' + String(i + 1), 'Điểm', 10])],
    'Tự chấm': scores(0),
  };
  ms.forEach((m, k) => (sheets['Chấm chéo - ' + m.code] = scores(k + 1)));
  return sheets;
}

export function pageSetup(lastRow: number, lastCol: number, titleRows: PageSetup['printTitleRows'] = { first: 7, last: 8 }): PageSetup {
  return {
    paper: 'A4',
    orientation: 'landscape',
    margins: { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 },
    fitToWidth: true,
    printTitleRows: titleRows,
    printArea: 'A1:' + columnLetters(lastCol) + String(lastRow + 1),
    headerCenter: '&"Times New Roman,Regular"&13&P',
    footerCenter: '&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18',
    firstPage: { headerCenter: '', footerCenter: '&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18' },
    rowBreaks: lastRow > 12 ? [12] : [],
    gridlines: false,
    horizontalCentered: true,
  };
}

/** A plain description of an output sheet around `values` (rectangular, from A1). */
export function describe(key: OutputSheetKey, values: (string | number | null)[][], extra: Partial<SheetDescription> = {}): SheetDescription {
  const info = outputSheet(key);
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    key,
    name: info.name,
    values: values.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]),
    styles: [],
    font: { name: 'Times New Roman', size: 13 },
    merges: [],
    columnWidths: Array.from({ length: width }, () => 12),
    rowHeights: [],
    links: [],
    notes: [],
    validations: [],
    freezeRows: 0,
    pageSetup: null,
    mark: info.mark,
    ...extra,
  };
}

/** The four output sheets of an n-member cluster, each with a table under title rows. */
export function outputDescriptions(n: number, stamp = 'Lần chạy 1'): SheetDescription[] {
  const ms = members(n);
  const title = (text: string, width: number): (string | number | null)[][] => [
    [text, ...Array<null>(width - 1).fill(null)],
    [stamp, ...Array<null>(width - 1).fill(null)],
    Array<null>(width).fill(null),
  ];
  const table = (header: string[], rows: (string | number | null)[][], extra: Partial<SheetDescription>, key: OutputSheetKey, heading: string): SheetDescription => {
    const width = header.length;
    const values = [...title(heading, width), header, ...rows];
    const last = values.length - 1;
    const lastCol = columnLetters(width - 1);
    return describe(key, values, {
      styles: [
        { range: 'A1:' + lastCol + '1', style: { bold: true, fontSize: 14, hAlign: 'center' } },
        { range: 'A4:' + lastCol + String(last + 1), style: { border: true } },
        { range: 'A4:' + lastCol + '4', style: { bold: true, fill: 'D9E1F2', wrap: true, vAlign: 'middle' } },
      ],
      merges: ['A1:' + lastCol + '1'],
      rowHeights: [{ row: 0, height: 24 }],
      freezeRows: 4,
      pageSetup: pageSetup(last, width - 1, { first: 4, last: 4 }),
      ...extra,
    });
  };

  const check = table(
    ['Mức độ', 'Mã lỗi', 'Trang tính', 'Ô', 'Nội dung'],
    ms.flatMap((m, i) => [
      ['Lỗi', 'SCORE_ABOVE_MAX', 'Tự chấm', 'C' + String(i + 2), m.name + ': điểm vượt mức tối đa'],
      ['Cảnh báo', 'SCORE_AS_TEXT', 'Chấm chéo - ' + m.code, 'D5', '=SUM(A1) là công thức gõ nhầm'],
    ]),
    {},
    'check',
    'KẾT QUẢ KIỂM TRA',
  );
  check.links = ms.map((m, i) => ({ cell: 'D' + String(5 + 2 * i), sheet: 'Tự chấm', target: 'C' + String(i + 2) }));
  check.notes = [{ cell: 'A4', text: 'Mức độ: Lỗi chặn xếp hạng; Cảnh báo thì không.' }];

  const detail = table(
    ['Mã', 'Tiêu chí', ...ms.map((m) => m.code)],
    Array.from({ length: CRITERIA }, (_, i) => [String(i + 1), 'Tiêu chí ' + String(i + 1), ...ms.map((_, j) => ((i + j) % 10) + 0.25)]),
    {},
    'detail',
    'TỔNG HỢP ĐIỂM',
  );
  detail.styles.push({ range: 'C5:' + columnLetters(1 + n) + String(4 + CRITERIA), style: { numberFormat: '0.00', hAlign: 'right' } });

  const ranking = table(
    ['Hạng', 'Thành viên', 'Tổng điểm', 'Xếp loại', 'Ghi chú'],
    ms.map((m, i) => [i + 1, m.name, 300 - i * 2.5, 'Xuất sắc', i === 1 ? '-5 điểm do nộp muộn' : null]),
    {},
    'ranking',
    'XẾP HẠNG',
  );

  const nomination = table(
    ['Danh hiệu', 'Đơn vị', 'Số phiếu', 'Tỷ lệ', 'Kết quả'],
    [
      ['Cờ thi đua của Chính phủ', ms[0].name, n, '100,00%', 'Đề nghị'],
      ['Bằng khen của Thủ tướng Chính phủ', ms[1].name, n - 1, '+84 912 345 678', 'Đề nghị'],
      ['Bằng khen của Thủ tướng Chính phủ', ms[2].name, n - 2, '@home', 'Đề nghị'],
    ],
    {},
    'minutes',
    'BIÊN BẢN',
  );
  // The conference's text documents (issue 10): a few paragraphs each.
  const submission = table(['Nội dung'], [['Kính gửi: Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ).'], [`Tặng Cờ thi đua cho ${ms[0].name}`]], {}, 'submission', 'TỜ TRÌNH');
  const notice = table(['Nội dung'], [[`Hạng 1: ${ms[0].name}`], [`Hạng 2: ${ms[1].name}`]], {}, 'notice', 'THÔNG BÁO');
  const counting = table(['Đơn vị', 'Số phiếu'], ms.map((m, i) => [m.name, n - i]), {}, 'countingMinutes', 'BIÊN BẢN KIỂM PHIẾU');
  const forms = table(['STT', 'Tên đơn vị', 'Chọn'], ms.map((m, i) => [i + 1, m.name, null]), {}, 'ballotForms', 'PHIẾU BẦU');
  return [check, detail, ranking, nomination, counting, forms, submission, notice];
}
