/**
 * The benchmark's workbook as an .xlsx file: the synthetic cluster of bench/synthetic.ts written
 * the way Excel stores a workbook (shared strings, numbers as numbers), by exceljs — an
 * independent writer, so that the file shell is measured on a file it did not write itself.
 * Written once into the system's temporary folder and reused.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { syntheticCluster, type SyntheticOptions } from './synthetic';

export const LARGE: SyntheticOptions = { members: 34, leaves: 300, groups: 10, crossSheets: 34 };

export async function syntheticXlsx(o: SyntheticOptions, file: string): Promise<string> {
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const sheet of syntheticCluster(o).sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.values) ws.addRow(row.map((v) => (v === undefined ? null : v)));
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export const largeXlsxPath = (): string => path.join(os.tmpdir(), 'cum-thi-dua-bench', `large-${LARGE.members}x${LARGE.leaves}x${LARGE.crossSheets}.xlsx`);

if (require.main === module) {
  syntheticXlsx(LARGE, largeXlsxPath()).then((f) => console.log(f));
}
