/**
 * A small, valid workbook to start every reader test from: three members of the Bắc Trung Bộ
 * cluster, a 30-point criteria table with a bonus and a deduction group, and a `Tự chấm` sheet.
 * Each test takes a fresh copy and changes what its rule is about.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../../../src/core/grid';
import { parseA1 } from '../../../src/core/grid';
import type { Problem, ProblemCode, ProblemOf } from '../../../src/core/problems';
import type { ReadResult } from '../../../src/core/model';

export type Rows = CellValue[][];

export function settingsRows(): Rows {
  return [
    ['Tham số', 'Giá trị'],
    ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'],
    ['Năm', 2022],
    ['Cụm trưởng', 'NA'],
    ['Cụm phó', 'HT'],
    ['Nguồn điểm', 'Tự chấm'],
  ];
}

export function memberRows(): Rows {
  return [
    ['Mã', 'Tên đơn vị', 'Tên khác', 'Ký giao ước', 'Không đủ điều kiện khen thưởng'],
    ['NA', 'Tỉnh Nghệ An', 'Nghệ An', 'Có', null],
    ['HT', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', null, null],
    ['QB', 'Tỉnh Quảng Bình', 'Quảng Bình', 'Có', null],
  ];
}

export function criteriaRows(): Rows {
  return [
    ['Mã', 'Nội dung', 'Điểm tối đa', 'Loại', 'Hướng dẫn chấm'],
    ['I', 'Công tác chỉ đạo, tổ chức phong trào', 20, null, null],
    ['I.1', 'Ban hành kế hoạch thi đua', 10, null, 'Có kế hoạch trước 31/3: 10 điểm'],
    ['I.2', 'Tổ chức các phong trào thi đua', 10, null, null],
    ['II', 'Kết quả phát triển kinh tế - xã hội', 10, 'Điểm', null],
    ['III', 'Điểm thưởng', 5, 'Thưởng', null],
    ['III.1', 'Có sáng kiến được công nhận', 3, null, null],
    ['III.2', 'Có mô hình mới được nhân rộng', 3, null, null],
    ['IV', 'Điểm trừ', 5, 'Trừ', null],
    ['IV.1', 'Để xảy ra vi phạm', 5, null, null],
  ];
}

/** Leaves in `Tiêu chí` order. */
export const LEAVES = ['I.1', 'I.2', 'II', 'III.1', 'III.2', 'IV.1'];

/** Scores per leaf (in LEAVES order) for NA, HT, QB. */
export const SELF_SCORES: Record<string, CellValue[]> = {
  NA: [10, 9, 9.5, 1, null, null],
  HT: [9, 8, 8, null, null, 1],
  QB: [9, 9, 7, null, 2, null],
};

export function scoreRows(scores: Record<string, CellValue[]> = SELF_SCORES, headers = ['NA', 'HT', 'QB']): Rows {
  const maxima: Record<string, number> = { 'I.1': 10, 'I.2': 10, II: 10, 'III.1': 3, 'III.2': 3, 'IV.1': 5 };
  const codes = ['NA', 'HT', 'QB'];
  return [
    ['Mã', 'Nội dung', 'Điểm tối đa', ...headers],
    ...LEAVES.map((code, i) => [code, `Tiêu chí ${code}`, maxima[code], ...codes.map((m) => scores[m][i])]),
  ];
}

export function standardInput(): WorkbookInput {
  return {
    sheets: [
      { name: 'Cấu hình', values: settingsRows() },
      { name: 'Thành viên', values: memberRows() },
      { name: 'Tiêu chí', values: criteriaRows() },
      { name: 'Tự chấm', values: scoreRows() },
    ],
  };
}

/** The same workbook scored by cross-scoring: one `Chấm chéo - X` sheet per member. */
export function crossInput(): WorkbookInput {
  const input = standardInput();
  setSetting(input, 'Nguồn điểm', 'Chấm chéo');
  for (const code of ['NA', 'HT', 'QB']) input.sheets.push({ name: `Chấm chéo - ${code}`, values: scoreRows() });
  return input;
}

export function sheet(input: WorkbookInput, name: string): SheetGrid {
  const s = input.sheets.find((g) => g.name === name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}

/** Writes a value at an A1 address of the grid (grid-relative: the grid's offset is ignored). */
export function put(input: WorkbookInput, name: string, address: string, value: CellValue): void {
  const at = parseA1(address);
  if (!at) throw new Error('bad address ' + address);
  const values = sheet(input, name).values;
  while (values.length <= at.row) values.push([]);
  values[at.row][at.col] = value;
}

/** Sets (or adds) a row of `Cấu hình`. */
export function setSetting(input: WorkbookInput, key: string, value: CellValue): void {
  const values = sheet(input, 'Cấu hình').values;
  const row = values.find((r) => r[0] === key);
  if (row) row[1] = value;
  else values.push([key, value]);
}

export function removeSetting(input: WorkbookInput, key: string): void {
  const values = sheet(input, 'Cấu hình').values;
  const i = values.findIndex((r) => r[0] === key);
  if (i >= 0) values.splice(i, 1);
}

export function removeSheet(input: WorkbookInput, name: string): void {
  input.sheets = input.sheets.filter((s) => s.name !== name);
}

export function withCode<C extends ProblemCode>(result: { problems: readonly Problem[] }, code: C): ProblemOf<C>[] {
  return result.problems.filter((p): p is ProblemOf<C> => p.code === code);
}

/** Problems other than the informational ones, as "CODE sheet!cell" for readable failures. */
export function issues(result: ReadResult): string[] {
  return result.problems.filter((p) => p.severity !== 'info').map((p) => `${p.code} ${p.sheet}!${p.cell}`);
}
