/**
 * Bad input never throws (house rules): random grids, random sheet names and random damage to a
 * valid workbook must always give problems, never an exception. And a whole-country cluster
 * must be read fast enough for the task pane to feel immediate.
 */
import fc from 'fast-check';
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import { problemMessage } from '../../../src/core/words';
import type { CellValue, SheetGrid, WorkbookInput } from '../../../src/core/grid';
import type { ReadResult } from '../../../src/core/model';
import { crossInput } from './fixture';
import { largeInput } from './largeWorkbook';

const INTERESTING = [
  '', ' ', '#REF!', ' #N/A ', '#DIV/0!', '9,5', ' 9 ', '9.25', '1.000', '-3', '12', 'Có', 'Không', 'x',
  'Mã', 'Nội dung', 'Điểm tối đa', 'Loại', 'Thưởng', 'Trừ', 'Tham số', 'Giá trị', 'Tên đơn vị', 'Tên khác',
  'Xếp loại', 'Điểm từ', 'Phiếu số', 'Cờ thi đua', 'Bằng khen', 'Cụm trưởng', 'Cụm phó', 'Năm', 'Nguồn điểm',
  'Chấm chéo', 'Thứ tự luân phiên', 'Thứ tự ưu tiên khi bằng điểm', 'Nhóm I', 'Nhóm', 'Bước điểm',
  'NA', 'HT', 'QB', 'Tỉnh Nghệ An', 'Nghệ An; HT', ';', ',,', 'I', 'I.1', 'I.', '.1', 'II.1.a', 'constructor', '__proto__',
  'Vòng', 'Mục', 'Đại biểu NA', 'Đại biểu', 'Chủ trì', '……', 'Số thành viên dự họp',
];
const SHEET_NAMES = [
  'Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Thẩm định', 'Xếp loại', 'Phiếu bầu', 'Chấm chéo - NA',
  'Chấm chéo – HT', 'Chấm chéo', 'Chấm chéo -', 'Chấm chéo QB', 'Xếp hạng', 'Kết quả kiểm tra', 'CẤU HÌNH', '', 'Hội nghị',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -20, max: 120 }),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...INTERESTING),
);
// Rows may be ragged, sparse, or not rows at all.
const row = fc.oneof(
  { weight: 8, arbitrary: fc.array(cell, { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.sparseArray(cell, { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'x', 3) as fc.Arbitrary<unknown> as fc.Arbitrary<CellValue[]> },
);
const offset = fc.oneof(fc.constant(undefined), fc.nat(15), fc.integer({ min: -5, max: 5 }), fc.double());
const grid: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ maxLength: 15 })),
  values: fc.array(row, { maxLength: 14 }),
  top: offset,
  left: offset,
}) as fc.Arbitrary<SheetGrid>;

function checkResult(r: ReadResult): void {
  expect(Array.isArray(r.problems)).toBe(true);
  for (const p of r.problems) {
    expect(typeof p.sheet).toBe('string');
    expect(p.cell).toMatch(/^([A-Z]{1,4}[1-9]\d*)?$/);
    expect(problemMessage(p, 'vi').length).toBeGreaterThan(0);
    expect(problemMessage(p, 'en').length).toBeGreaterThan(0);
  }
  if (r.notScoringWorkbook) expect(r.workbook).toBeNull();
}

describe('robustness: the reader never throws', () => {
  it('on random grids and random sheet names', () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 9 }), fc.array(fc.constantFrom(...SHEET_NAMES), { maxLength: 3 }), (sheets, marked) => {
        checkResult(readWorkbook({ sheets, markedSheets: marked }));
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid workbook with random cells damaged', () => {
    const damage = fc.array(fc.record({ sheet: fc.nat(), r: fc.nat(12), c: fc.nat(7), v: cell }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(damage, (edits) => {
        const input: WorkbookInput = crossInput();
        input.sheets.push({ name: 'Phiếu bầu', values: [['Phiếu số', 'Cờ thi đua', 'Bằng khen'], [1, 'NA', 'HT; QB'], [2, 'HT', 'NA']] });
        input.sheets.push({ name: 'Xếp loại', values: [['Xếp loại', 'Điểm từ'], ['Xuất sắc', 27], ['Khá', 20], ['Đạt', 0]] });
        for (const e of edits) {
          const values = input.sheets[e.sheet % input.sheets.length].values;
          while (values.length <= e.r) values.push([]);
          values[e.r][e.c] = e.v;
        }
        checkResult(readWorkbook(input));
      }),
      { numRuns: 300 },
    );
  });

  it('on inputs that are not even shaped like a workbook', () => {
    for (const input of [{}, { sheets: null }, { sheets: [null, undefined, 3, { name: 5, values: 'x' }] }, { sheets: [], markedSheets: [null, 4] }]) {
      checkResult(readWorkbook(input as unknown as WorkbookInput));
    }
  });
});

describe('a whole-country cluster (its speed is measured by npm run bench)', () => {
  it('reads 34 members × 300 leaves × 34 cross sheets (~350 000 cells) without a problem', () => {
    const input = largeInput();
    const r = readWorkbook(input);
    expect(r.workbook?.cross).toHaveLength(34);
    expect(r.workbook?.leaves).toHaveLength(300);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});
