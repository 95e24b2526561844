/**
 * Small scoring workbooks written with exceljs at test time (docs/huong-dan-so-lieu.md): three
 * members of the Bắc Trung Bộ cluster, two criteria, self-scoring and cross-scoring.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';

export interface SmallOptions {
  /** A score typed above its criterion's maximum (an error): Tỉnh Hà Tĩnh scores Tỉnh Nghệ An 7 of 6 on I.1. */
  scoreAboveMax?: boolean;
  /** Add a `Phiếu bầu` sheet with three ballots for NA (Flag) and HT (Certificate). */
  ballots?: boolean;
}

const MEMBERS = [
  ['NA', 'Tỉnh Nghệ An', 'Nghệ An'],
  ['HT', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh'],
  ['QB', 'Tỉnh Quảng Bình', 'Quảng Bình'],
];

/** Cross scores: scorer → [I.1, I.2] for NA, HT, QB (own column blank). */
const CROSS: Record<string, (number | null)[][]> = {
  NA: [[null, null], [5, 3.5], [4.5, 3]],
  HT: [[5.75, 3.75], [null, null], [4.5, 3.25]],
  QB: [[5.5, 4], [5, 3.5], [null, null]],
};

export function smallWorkbook(options: SmallOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Cấu hình').addRows([
    ['Tham số', 'Giá trị'],
    ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'],
    ['Năm', 2022],
    ['Cụm trưởng', 'NA'],
    ['Cụm phó', 'HT'],
    ['Số Bằng khen Thủ tướng', 1],
    ['Cụm trưởng năm sau', 'HT'],
    ['Cụm phó năm sau', 'QB'],
  ]);
  wb.addWorksheet('Thành viên').addRows([['Mã', 'Tên đơn vị', 'Tên khác'], ...MEMBERS]);
  wb.addWorksheet('Tiêu chí').addRows([
    ['Mã', 'Nội dung', 'Điểm tối đa', 'Loại'],
    ['I', 'Phát triển kinh tế - xã hội', 10, 'Điểm'],
    ['I.1', 'Tăng trưởng kinh tế', 6, 'Điểm'],
    ['I.2', 'Thu ngân sách', 4, 'Điểm'],
  ]);
  wb.addWorksheet('Tự chấm').addRows([
    ['Mã', 'NA', 'HT', 'QB'],
    ['I.1', 5.75, 5, 4.75],
    ['I.2', 4, 3.5, 3.25],
  ]);
  for (const scorer of ['NA', 'HT', 'QB']) {
    const rows = CROSS[scorer];
    const ws = wb.addWorksheet(`Chấm chéo - ${scorer}`);
    ws.addRows([
      ['Mã', 'NA', 'HT', 'QB'],
      ['I.1', rows[0][0], rows[1][0], rows[2][0]],
      ['I.2', rows[0][1], rows[1][1], rows[2][1]],
    ]);
    if (options.scoreAboveMax && scorer === 'HT') ws.getCell('B2').value = 7;
  }
  if (options.ballots) {
    wb.addWorksheet('Phiếu bầu').addRows([
      ['Phiếu số', 'Cờ thi đua', 'Bằng khen'],
      [1, 'NA', 'HT'],
      [2, 'Nghệ An', 'Hà Tĩnh'],
      [3, 'NA', 'QB'],
    ]);
  }
  return wb;
}

/** Writes a workbook into a folder and returns its path. */
export async function writeBook(dir: string, name: string, wb: ExcelJS.Workbook): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}
