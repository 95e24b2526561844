/**
 * Files on disk: the result file is the input workbook plus the output sheets, written
 * atomically (a temporary file beside the target, then a rename).
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxFile, writeFileAtomic, writeResultFile, writeWorkbookFile } from '../../src/file/nodeFiles';
import { OutputWriteError } from '../../src/file/errors';
import { applySheetDescriptions, newWorkbook } from '../../src/file/writeXlsx';
import { describeSheet, tempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function writeInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet('Cấu hình');
  settings.addRows([
    ['Tham số', 'Giá trị'],
    ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'],
    ['Năm', 2022],
    ['Cụm trưởng', 'NA'],
  ]);
  const members = wb.addWorksheet('Thành viên');
  members.addRows([
    ['Mã', 'Tên đơn vị'],
    ['NA', 'Tỉnh Nghệ An'],
    ['QT', 'Tỉnh Quảng Trị'],
  ]);
  await wb.xlsx.writeFile(file);
}

describe('writeResultFile: input workbook + output sheets → result file', () => {
  test('every input sheet keeps its values, the output sheets are added, no temporary file is left', async () => {
    const input = path.join(dir, 'bac-trung-bo-2022.xlsx');
    const output = path.join(dir, 'bac-trung-bo-2022-ket-qua.xlsx');
    await writeInput(input);
    const inputBytes = readFileSync(input);
    await writeResultFile(input, output, [describeSheet({ name: 'Xếp hạng' })]);

    const before = await readXlsxFile(input);
    const after = await readXlsxFile(output, { outputSheets: true });
    expect(after.input.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Thành viên', 'Xếp hạng']);
    for (const sheet of before.input.sheets) {
      expect(after.input.sheets.find((s) => s.name === sheet.name)!.values).toEqual(sheet.values);
    }
    expect(after.input.markedSheets).toEqual(['Xếp hạng']);
    expect(readFileSync(input).equals(inputBytes)).toBe(true); // the input file itself is untouched
    expect(readdirSync(dir).sort()).toEqual(['bac-trung-bo-2022-ket-qua.xlsx', 'bac-trung-bo-2022.xlsx']);
  });

  test('writing over the input itself (in place) keeps the input sheets and adds ours', async () => {
    const input = path.join(dir, 'so-cham-diem.xlsx');
    await writeInput(input);
    await writeResultFile(input, input, [describeSheet({ name: 'Xếp hạng' })]);
    await writeResultFile(input, input, [describeSheet({ name: 'Xếp hạng', values: [['Hạng'], [1]] })]);
    const after = await readXlsxFile(input, { outputSheets: true });
    expect(after.input.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Thành viên', 'Xếp hạng']);
    expect(after.input.sheets[2].values).toEqual([['Hạng'], [1]]);
    expect(readdirSync(dir)).toEqual(['so-cham-diem.xlsx']);
  });
});

describe('atomic writes', () => {
  test('the target gets the whole new content and no temporary file remains', async () => {
    const target = path.join(dir, 'ket-qua.xlsx');
    writeFileSync(target, 'nội dung cũ');
    await writeFileAtomic(target, new TextEncoder().encode('nội dung mới'));
    expect(readFileSync(target, 'utf8')).toBe('nội dung mới');
    expect(readdirSync(dir)).toEqual(['ket-qua.xlsx']);
  });

  test('refusing to overwrite leaves the existing file as it was', async () => {
    const target = path.join(dir, 'mau.xlsx');
    writeFileSync(target, 'của người dùng');
    await expect(writeFileAtomic(target, new Uint8Array([1]), { overwrite: false })).rejects.toMatchObject({ kind: 'exists' });
    expect(readFileSync(target, 'utf8')).toBe('của người dùng');
    expect(readdirSync(dir)).toEqual(['mau.xlsx']);
  });

  test('a folder that does not exist: a clear error, nothing written', async () => {
    const target = path.join(dir, 'khong-co-thu-muc', 'ket-qua.xlsx');
    const wb = newWorkbook();
    applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng' })]);
    const error = await writeWorkbookFile(wb, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as OutputWriteError).kind).toBe('denied');
    expect((error as OutputWriteError).sentences.vi).toContain(target);
    expect(existsSync(target)).toBe(false);
  });

  test('when the rename fails the temporary file is removed', async () => {
    // The target is a non-empty folder: writing the temporary file works, renaming over it fails.
    const target = path.join(dir, 'la-thu-muc.xlsx');
    mkdirSync(target);
    writeFileSync(path.join(target, 'x'), '');
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(OutputWriteError);
    expect(readdirSync(dir)).toEqual(['la-thu-muc.xlsx']);
  });
});
