/**
 * The run log `Nhật ký` through the command line (issue 6): `rank` adds exactly one row per run
 * and keeps every earlier row verbatim; two runs on the same input give the same output sheets
 * apart from the run time; the log never changes the data fingerprint; a person's own sheet
 * named `Nhật ký` is never written into.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { CellValue } from '../../src/core/grid';
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { tempDir } from '../file/fixtures';
import { runCli } from './run';
import { smallWorkbook, writeBook } from './workbooks';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cum-thi-dua-log-')));
afterEach(() => cleanup());

const at = (h: number, m: number, s = 0) => () => new Date(2022, 11, 15, h, m, s);
const cli = (now: () => Date, ...argv: string[]) => runCli(argv, { cwd: dir, now });

const OUTPUT_NAMES = ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Tờ trình', 'Thông báo kết quả'];
const HEADER = ['Thời gian', 'Lệnh', 'Mã kiểm tra dữ liệu', 'Số lỗi', 'Số cảnh báo', 'Ba đơn vị dẫn đầu', 'Đề nghị Cờ thi đua', 'Đề nghị Bằng khen', 'Người thực hiện', 'Ghi chú'];

async function sheets(file: string): Promise<Map<string, CellValue[][]>> {
  const { input } = await readXlsxFile(file, { outputSheets: true });
  return new Map(input.sheets.map((s) => [s.name, s.values]));
}

async function fingerprintOf(file: string): Promise<string> {
  const r = await runCli(['check', file, '--json'], { cwd: dir });
  return JSON.parse(r.stdout).fingerprint as string;
}

describe('rank appends exactly one row per run to Nhật ký', () => {
  test('two runs --in-place: identical output sheets apart from the run time; the log grows by one row, the first kept', async () => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook({ ballots: true }));
    const fingerprint = await fingerprintOf(book);

    expect((await cli(at(14, 5, 9), 'rank', 'so.xlsx', '--in-place')).code).toBe(0);
    const first = await sheets(book);
    const log1 = first.get('Nhật ký')!;
    expect(log1).toHaveLength(2);
    expect(log1[0]).toEqual(HEADER);

    expect((await cli(at(16, 30, 0), 'rank', 'so.xlsx', '--in-place')).code).toBe(0);
    const second = await sheets(book);
    const log2 = second.get('Nhật ký')!;
    expect(log2).toHaveLength(3);
    expect(log2.slice(0, 2)).toEqual(log1);

    // The rows: time to the second, command, fingerprint, counts, the top three and nominees as
    // the existing end-to-end test computes them by hand (NA 9,51; HT 8,50; QB 7,63; the ballots
    // elect NA for the Flag and HT for the Certificate).
    expect(log2[1].slice(0, 8)).toEqual([
      '15/12/2022 14:05:09',
      'Xếp hạng',
      fingerprint,
      0,
      expect.any(Number),
      '1. Tỉnh Nghệ An; 2. Tỉnh Hà Tĩnh; 3. Tỉnh Quảng Bình',
      'Tỉnh Nghệ An',
      'Tỉnh Hà Tĩnh',
    ]);
    expect(log2[2][0]).toBe('15/12/2022 16:30:00');
    expect(log2[2].slice(1)).toEqual(log2[1].slice(1));

    // Output sheets: equal once the printed run time ("15/12/2022 14:05" / "… 16:30") is blanked out.
    const timeless = (v: CellValue[][]) => v.map((r) => r.map((c) => (typeof c === 'string' ? c.replace(/15\/12\/2022 \d\d:\d\d/g, '<time>') : c)));
    for (const name of OUTPUT_NAMES) {
      expect(timeless(second.get(name)!)).toEqual(timeless(first.get(name)!));
      const changed = first.get(name)!.flatMap((r, i) => r.filter((c, j) => c !== second.get(name)![i][j]));
      // The time is printed in the footer (docs/tai-lieu-in.md); only the working list repeats it under its table.
      expect(changed.length > 0).toBe(name === 'Kết quả kiểm tra');
      for (const c of changed) expect(String(c)).toMatch(/15\/12\/2022 14:05/);
    }
    // The log is the program's, not input: the fingerprint is the same as before the runs.
    expect(await fingerprintOf(book)).toBe(fingerprint);
  });

  test('chaining the result file as the next input: each file has one row more than its input', async () => {
    await writeBook(dir, 'a.xlsx', smallWorkbook());
    expect((await cli(at(8, 0), 'rank', 'a.xlsx', '-o', 'b.xlsx')).code).toBe(0);
    expect((await cli(at(9, 0), 'rank', 'b.xlsx', '-o', 'c.xlsx')).code).toBe(0);
    const b = (await sheets(path.join(dir, 'b.xlsx'))).get('Nhật ký')!;
    const c = (await sheets(path.join(dir, 'c.xlsx'))).get('Nhật ký')!;
    expect(b.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00']);
    expect(c.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00', '15/12/2022 09:00:00']);
    expect(c[1]).toEqual(b[1]);
    // Without ballots the nominees are a proposal, and the note says so.
    expect(String(b[1][9])).toContain('chưa bỏ phiếu');
  });

  test('the log carries the mark CumThiDua_NhatKy and is not read as input', async () => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook());
    await cli(at(8, 0), 'rank', 'so.xlsx', '--in-place');
    const { input } = await readXlsxFile(book);
    expect(input.marks).toContainEqual({ mark: 'CumThiDua_NhatKy', sheet: 'Nhật ký' });
    expect(input.markedSheets).toContain('Nhật ký');
    const check = await runCli(['check', 'so.xlsx'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).not.toContain('Nhật ký');
  });

  test('a renamed log is still found by its mark and appended to', async () => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook());
    await cli(at(8, 0), 'rank', 'so.xlsx', '--in-place');
    // exceljs plays Excel here: it opens the file, the user renames the sheet, it saves.
    const loaded = { workbook: new ExcelJS.Workbook() };
    await loaded.workbook.xlsx.readFile(book);
    loaded.workbook.getWorksheet('Nhật ký')!.name = 'Nhật ký chạy';
    // exceljs does not move a defined name with a renamed sheet (Excel does): move it as Excel would.
    loaded.workbook.definedNames.remove("'Nhật ký'!$A$1", 'CumThiDua_NhatKy');
    loaded.workbook.definedNames.add("'Nhật ký chạy'!$A$1", 'CumThiDua_NhatKy');
    await loaded.workbook.xlsx.writeFile(book);
    await cli(at(9, 0), 'rank', 'so.xlsx', '--in-place');
    const after = await sheets(book);
    expect(after.has('Nhật ký')).toBe(false);
    expect(after.get('Nhật ký chạy')!.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 08:00:00', '15/12/2022 09:00:00']);
  });
});

describe('a sheet named Nhật ký that is not ours', () => {
  test('is left untouched: rank writes its results, no log row, and says why on stderr', async () => {
    const wb = smallWorkbook();
    wb.addWorksheet('Nhật ký').getCell('A1').value = 'Ghi chép của thư ký cụm';
    const book = await writeBook(dir, 'so.xlsx', wb);
    const r = await cli(at(8, 0), 'rank', 'so.xlsx', '--in-place');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Không ghi nhật ký: trang “Nhật ký” không do chương trình tạo');
    const after = await sheets(book);
    expect(after.get('Nhật ký')).toEqual([['Ghi chép của thư ký cụm']]);
    expect(after.has('Xếp hạng')).toBe(true);
  });
});

describe('check writes nothing, so it logs nothing', () => {
  test('the file is byte-identical after check', async () => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook());
    const before = readFileSync(book);
    expect((await cli(at(8, 0), 'check', 'so.xlsx')).code).toBe(0);
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});
