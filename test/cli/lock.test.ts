/**
 * `cum-thi-dua lock` and `unlock` (issue 6, the sign-off "Chốt số liệu"): lock only a clean
 * workbook; protect exactly the input sheets, with Excel's password hash; record time,
 * fingerprint and name in `Nhật ký`; print the lock on every output sheet of a later ranking,
 * in red when the data changed since; unlock only with the right password.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/grid';
import { readXlsxFile } from '../../src/file/nodeFiles';

/** The file as exceljs reads it: an independent reader of what the command line wrote. */
async function excelJsOpen(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(name);
  return wb;
}
import { tempDir } from '../file/fixtures';
import { runCli } from './run';
import { smallWorkbook, writeBook } from './workbooks';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cum-thi-dua-lock-')));
afterEach(() => cleanup());

const at = (h: number, m: number, s = 0) => () => new Date(2022, 11, 15, h, m, s);
const cli = (now: () => Date, ...argv: string[]) => runCli(argv, { cwd: dir, now });
const file = (name: string) => path.join(dir, name);

const INPUT_SHEETS = ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Chấm chéo - NA', 'Chấm chéo - HT', 'Chấm chéo - QB'];
// No ballots in this workbook: the minutes are a proposal, with no submission or notice (issue 10).
const OUTPUT_NAMES = ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp'];

type Protection = { sheet?: boolean; hashValue?: string; saltValue?: string; spinCount?: number; algorithmName?: string } | null | undefined;
const protectionOf = (ws: ExcelJS.Worksheet): Protection => (ws as unknown as { sheetProtection?: Protection }).sheetProtection;

async function fingerprintOf(name: string): Promise<string> {
  return JSON.parse((await runCli(['check', name, '--json'], { cwd: dir })).stdout).fingerprint as string;
}

async function logRows(name: string): Promise<CellValue[][]> {
  const { input } = await readXlsxFile(file(name));
  return input.sheets.find((s) => s.name === 'Nhật ký')?.values ?? [];
}

describe('lock refuses a workbook that is not ready', () => {
  test('errors in the workbook: exit 1, the problems printed, nothing written', async () => {
    await writeBook(dir, 'co-loi.xlsx', smallWorkbook({ scoreAboveMax: true }));
    const r = await cli(at(9, 0), 'lock', 'co-loi.xlsx', '--by', 'Nguyễn Văn A');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SCORE_ABOVE_MAX');
    expect(r.stderr).toContain('chưa chốt được số liệu');
    expect(readdirSync(dir)).toEqual(['co-loi.xlsx']);
  });

  test('without --by: wrong usage (64)', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    const r = await cli(at(9, 0), 'lock', 'so.xlsx');
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--by');
  });

  test('not a scoring workbook: exit 2', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Danh sách cán bộ';
    await writeBook(dir, 'khac.xlsx', wb);
    expect((await cli(at(9, 0), 'lock', 'khac.xlsx', '--by', 'Nguyễn Văn A')).code).toBe(2);
  });

  test('a sheet named Nhật ký that is not ours: exit 1 (the record could not be kept), nothing written', async () => {
    const wb = smallWorkbook();
    wb.addWorksheet('Nhật ký').getCell('A1').value = 'Ghi chép riêng';
    await writeBook(dir, 'so.xlsx', wb);
    const r = await cli(at(9, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--in-place');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('“Nhật ký” không do chương trình tạo');
  });
});

describe('lock protects the input sheets and records the sign-off', () => {
  test('--in-place without a password: every input sheet protected, nothing else; one lock row in Nhật ký', async () => {
    const wb = smallWorkbook();
    wb.addWorksheet('Ghi chú riêng').getCell('A1').value = 'Nháp của văn phòng';
    await writeBook(dir, 'so.xlsx', wb);
    const fingerprint = await fingerprintOf('so.xlsx');
    const r = await cli(at(9, 30, 15), 'lock', 'so.xlsx', '--by', '  Nguyễn   Văn A ', '--in-place');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã chốt số liệu lúc 15/12/2022 09:30:15 — mã kiểm tra ${fingerprint}, người chốt: Nguyễn Văn A.`);
    expect(r.stdout).toContain('Đã khóa 7 trang');

    const workbook = await excelJsOpen(file('so.xlsx'));
    const locked = workbook.worksheets.filter((w) => protectionOf(w)?.sheet === true).map((w) => w.name);
    expect(locked).toEqual(INPUT_SHEETS);
    for (const name of INPUT_SHEETS) expect(protectionOf(workbook.getWorksheet(name)!)?.hashValue).toBeUndefined();

    const log = await logRows('so.xlsx');
    expect(log).toHaveLength(2);
    expect(log[1].slice(0, 5)).toEqual(['15/12/2022 09:30:15', 'Chốt số liệu', fingerprint, 0, expect.any(Number)]);
    expect(log[1][8]).toBe('Nguyễn Văn A');
    expect(String(log[1][9])).toContain('Khóa 7 trang nhập liệu, không đặt mật khẩu');
    // Locking changes no input value: the fingerprint is the same.
    expect(await fingerprintOf('so.xlsx')).toBe(fingerprint);
  });

  test('by default into <name>-da-chot.xlsx; the input file is left as it was', async () => {
    const input = await writeBook(dir, 'so.xlsx', smallWorkbook());
    const before = readFileSync(input);
    const r = await cli(at(9, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A');
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['so-da-chot.xlsx', 'so.xlsx']);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('with a password: Excel’s SHA-512 record, which exceljs’s own implementation of the algorithm confirms', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    expect((await cli(at(9, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--password', 'Cum-2022', '--in-place')).code).toBe(0);
    const workbook = await excelJsOpen(file('so.xlsx'));
    // An independent implementation of ECMA-376's sheet password hash (the one exceljs uses for `protect`).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Encryptor = require('exceljs/lib/utils/encryptor') as { convertPasswordToHash(p: string, a: string, s: string, n: number): string };
    // One hash per lock, shared by every sheet locked together (so it is checked once).
    const first = protectionOf(workbook.getWorksheet(INPUT_SHEETS[0])!)!;
    for (const name of INPUT_SHEETS) {
      expect(protectionOf(workbook.getWorksheet(name)!)).toMatchObject({
        sheet: true,
        algorithmName: 'SHA-512',
        spinCount: 100000,
        saltValue: first.saltValue,
        hashValue: first.hashValue,
      });
    }
    expect(Buffer.from(first.saltValue!, 'base64')).toHaveLength(16);
    expect(Encryptor.convertPasswordToHash('Cum-2022', 'SHA512', first.saltValue!, 100000)).toBe(first.hashValue);
    expect(Encryptor.convertPasswordToHash('cum-2022', 'SHA512', first.saltValue!, 100000)).not.toBe(first.hashValue);
    expect(String((await logRows('so.xlsx'))[1][9])).toContain('có mật khẩu');
  });

  test('a second lock is refused until the first is unlocked', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    await cli(at(9, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--in-place');
    const before = readFileSync(file('so.xlsx'));
    const r = await cli(at(10, 0), 'lock', 'so.xlsx', '--by', 'Trần Thị B', '--in-place');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('đã được chốt lúc 15/12/2022 09:00:00');
    expect(readFileSync(file('so.xlsx')).equals(before)).toBe(true);
  });
});

describe('unlock', () => {
  test('a wrong password: exit 1, a clear message, the file byte-identical', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    await cli(at(9, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--password', 'Cum-2022', '--in-place');
    const before = readFileSync(file('so.xlsx'));
    const wrong = await cli(at(10, 0), 'unlock', 'so.xlsx', '--password', 'cum-2022', '--in-place');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Mật khẩu không đúng');
    expect(wrong.stderr).toContain('Chưa có trang nào được mở khóa');
    const none = await cli(at(10, 0), 'unlock', 'so.xlsx', '--in-place', '--lang', 'en');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('locked with a password');
    expect(readFileSync(file('so.xlsx')).equals(before)).toBe(true);
  });

  test('the right password: every input sheet unprotected, the unlock recorded after the lock', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    await cli(at(9, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--password', 'Cum-2022', '--in-place');
    const r = await cli(at(11, 0), 'unlock', 'so.xlsx', '--password', 'Cum-2022', '--by', 'Nguyễn Văn A', '--in-place');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã mở khóa 7 trang');
    const workbook = await excelJsOpen(file('so.xlsx'));
    expect(workbook.worksheets.filter((w) => protectionOf(w)?.sheet === true)).toEqual([]);
    const log = await logRows('so.xlsx');
    expect(log.map((row) => [row[0], row[1], row[8]])).toEqual([
      ['Thời gian', 'Lệnh', 'Người thực hiện'],
      ['15/12/2022 09:00:00', 'Chốt số liệu', 'Nguyễn Văn A'],
      ['15/12/2022 11:00:00', 'Mở khóa', 'Nguyễn Văn A'],
    ]);
    // Unlocked, it may be locked again.
    expect((await cli(at(12, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--in-place')).code).toBe(0);
  });

  test('a workbook that is not locked: exit 1, nothing written', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    const r = await cli(at(9, 0), 'unlock', 'so.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('chưa được chốt');
    expect(readdirSync(dir)).toEqual(['so.xlsx']);
  });
});

/** Every text of a sheet, one string per cell. */
async function texts(name: string, sheet: string): Promise<string[]> {
  const { input } = await readXlsxFile(file(name), { outputSheets: true });
  return input.sheets.find((s) => s.name === sheet)!.values.flat().filter((v): v is string => typeof v === 'string');
}

describe('ranking a locked workbook', () => {
  test('every output sheet prints the sign-off: time, fingerprint, name', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    const fingerprint = await fingerprintOf('so.xlsx');
    await cli(at(9, 0, 5), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--in-place');
    const r = await cli(at(10, 0), 'rank', 'so.xlsx', '--in-place');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Số liệu đã chốt lúc 15/12/2022 09:00:05 — mã kiểm tra ${fingerprint}`);
    // Ranking rewrites only our sheets: the input sheets stay locked.
    const workbook = await excelJsOpen(file('so.xlsx'));
    expect(workbook.worksheets.filter((w) => protectionOf(w)?.sheet === true).map((w) => w.name)).toEqual(INPUT_SHEETS);
    // In the footer of every page (docs/tai-lieu-in.md), and on the working list under its table too.
    const line = `Số liệu đã chốt lúc 15/12/2022 09:00:05 — mã kiểm tra ${fingerprint} (người chốt: Nguyễn Văn A).`;
    for (const sheet of OUTPUT_NAMES) {
      expect(workbook.getWorksheet(sheet)!.headerFooter.oddFooter).toContain(line);
      expect((await texts('so.xlsx', sheet)).includes(line)).toBe(sheet === 'Kết quả kiểm tra');
    }
    const json = JSON.parse((await runCli(['rank', 'so.xlsx', '-o', 'x.xlsx', '--json'], { cwd: dir })).stdout);
    expect(json.lock).toEqual({ at: '15/12/2022 09:00:05', by: 'Nguyễn Văn A', fingerprint, matches: true });
    // `check` says it too, and its JSON carries it (only on a locked workbook).
    const check = await runCli(['check', 'so.xlsx'], { cwd: dir });
    expect(check.stdout).toContain(`Số liệu đã chốt lúc 15/12/2022 09:00:05 — mã kiểm tra ${fingerprint} (người chốt: Nguyễn Văn A)`);
    expect(JSON.parse((await runCli(['check', 'so.xlsx', '--json'], { cwd: dir })).stdout).lock).toMatchObject({ matches: true });
  });

  test('when the data changed after the lock, every output sheet says so in red, and so does the terminal', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    const before = await fingerprintOf('so.xlsx');
    await cli(at(9, 0), 'lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--in-place');
    // Someone removes the protection by hand and changes one cross score (QB scores NA 5,25 instead of 5,5).
    const loaded = { workbook: await excelJsOpen(file('so.xlsx')) };
    const ws = loaded.workbook.getWorksheet('Chấm chéo - QB')!;
    ws.unprotect();
    ws.getCell('B2').value = 5.25;
    await loaded.workbook.xlsx.writeFile(file('so.xlsx'));
    const after = await fingerprintOf('so.xlsx');
    expect(after).not.toBe(before);

    const r = await cli(at(10, 0), 'rank', 'so.xlsx', '--in-place');
    expect(r.code).toBe(0);
    const sentence = `Số liệu đã thay đổi sau khi chốt lúc 15/12/2022 09:00:00: mã kiểm tra khi chốt ${before}, hiện nay ${after}. Kết quả lập từ số liệu hiện nay không khớp với số liệu đã chốt.`;
    expect(r.stderr).toContain(`Số liệu đã thay đổi sau khi chốt lúc 15/12/2022 09:00:00`);
    const workbook = await excelJsOpen(file('so.xlsx'));
    for (const sheet of OUTPUT_NAMES) {
      const cells: ExcelJS.Cell[] = [];
      workbook.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => void (c.type !== ExcelJS.ValueType.Merge && c.value === sentence && cells.push(c))));
      expect(cells).toHaveLength(1);
      expect(cells[0].font?.color?.argb).toBe('FFC00000');
      expect(cells[0].font?.bold).toBe(true);
    }
    // The log row of that run says it too.
    const log = await logRows('so.xlsx');
    expect(String(log[log.length - 1][9])).toContain('Số liệu đã thay đổi sau khi chốt');
  });
});
