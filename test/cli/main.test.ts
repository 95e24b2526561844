/**
 * The command line end to end, run in-process through `main(argv, io)`: exit codes, what is
 * printed, which files are written. Needs the whole core (read → rules → documents).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { tempDir } from '../file/fixtures';
import { runCli, STACK_FRAME } from './run';
import { smallWorkbook, writeBook } from './workbooks';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cum-thi-dua-cli-')));
afterEach(() => cleanup());

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

describe('exit code 0: no errors (warnings allowed)', () => {
  test('check of a clean workbook', async () => {
    await writeBook(dir, 'bac-trung-bo.xlsx', smallWorkbook());
    const r = await cli('check', 'bac-trung-bo.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cụm thi đua các tỉnh Bắc Trung Bộ');
    expect(r.stdout).toMatch(/0 lỗi|Không có lỗi/);
  });

  test('rank writes <name>-ket-qua.xlsx beside the input, with the input sheets, our four sheets and the run log', async () => {
    const input = await writeBook(dir, 'bac-trung-bo.xlsx', smallWorkbook());
    const r = await cli('rank', 'bac-trung-bo.xlsx');
    expect(r.code).toBe(0);
    const output = path.join(dir, 'bac-trung-bo-ket-qua.xlsx');
    expect(existsSync(output)).toBe(true);
    expect(r.stdout).toContain(output);
    const before = await readXlsxFile(input);
    const after = await readXlsxFile(output);
    const names = after.input.sheets.map((s) => s.name);
    expect(names.slice(0, before.input.sheets.length)).toEqual(before.input.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Phiếu bầu (mẫu)']));
    // No ballots: the minutes are a proposal, the forms are round 1's; no counting minutes, no submission or notice yet (issue 10).
    expect(names).not.toContain('Tờ trình');
    expect(names).not.toContain('Biên bản kiểm phiếu');
    // The output sheets and the run log `Nhật ký` (issue 6) carry our mark.
    expect(after.input.markedSheets!.sort()).toEqual(['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Phiếu bầu (mẫu)', 'Nhật ký'].sort());
    for (const sheet of before.input.sheets) {
      expect(after.input.sheets.find((s) => s.name === sheet.name)!.values).toEqual(sheet.values);
    }
  });

  test('the readable report: ranking table and the proposal (finals computed by hand: NA 9,51, HT 8,50, QB 7,63)', async () => {
    await writeBook(dir, 'bac-trung-bo.xlsx', smallWorkbook());
    const r = await cli('rank', 'bac-trung-bo.xlsx');
    const lines = r.stdout.split('\n');
    const row = (name: string) => lines.find((l) => l.includes(name) && /\d,\d\d/.test(l)) ?? '';
    expect(row('Tỉnh Nghệ An')).toMatch(/^\s*1\s+Tỉnh Nghệ An\s+9,51\s+Xuất sắc/);
    expect(row('Tỉnh Hà Tĩnh')).toMatch(/^\s*2\s+Tỉnh Hà Tĩnh\s+8,50\s+Tốt/);
    expect(row('Tỉnh Quảng Bình')).toMatch(/^\s*3\s+Tỉnh Quảng Bình\s+7,63\s+Khá/);
    // The total column lines up although the names differ in length.
    expect(row('Tỉnh Nghệ An').indexOf('9,51') + 4).toBe(row('Tỉnh Quảng Bình').indexOf('7,63') + 4);
    expect(r.stdout).toContain('Cờ thi đua của Chính phủ: Tỉnh Nghệ An');
    expect(r.stdout).toContain('Bằng khen của Thủ tướng Chính phủ: Tỉnh Hà Tĩnh');
    expect(r.stdout).toContain('Cụm trưởng năm 2023: Tỉnh Hà Tĩnh');
  });

  test('--lang en speaks English', async () => {
    await writeBook(dir, 'bac-trung-bo.xlsx', smallWorkbook({ ballots: true }));
    const r = await cli('rank', 'bac-trung-bo.xlsx', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('RANKING');
    expect(r.stdout).toContain('Government Emulation Flag: Tỉnh Nghệ An — 3/3 votes (100.00%)');
    expect(r.stderr).toContain('Reading');
  });
});

describe('exit code 1: the workbook has errors — problems printed, no result file', () => {
  test('check lists the error with its sheet and cell', async () => {
    await writeBook(dir, 'co-loi.xlsx', smallWorkbook({ scoreAboveMax: true }));
    const r = await cli('check', 'co-loi.xlsx');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Chấm chéo - HT!B2');
    expect(r.stdout).toContain('SCORE_ABOVE_MAX');
  });

  test('rank writes nothing', async () => {
    await writeBook(dir, 'co-loi.xlsx', smallWorkbook({ scoreAboveMax: true }));
    const r = await cli('rank', 'co-loi.xlsx');
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['co-loi.xlsx']);
    expect(r.stderr).toMatch(/không ghi tệp kết quả/);
  });

  test('a user sheet named `Xếp hạng` (not ours) blocks the result too', async () => {
    const wb = smallWorkbook();
    wb.addWorksheet('Xếp hạng').getCell('A1').value = 'Bảng tự lập';
    await writeBook(dir, 'trung-ten.xlsx', wb);
    const r = await cli('rank', 'trung-ten.xlsx');
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('Xếp hạng');
    expect(readdirSync(dir)).toEqual(['trung-ten.xlsx']);
  });
});

describe('exit code 2: the file cannot be read, or is not a scoring workbook', () => {
  test('a file that is not an .xlsx', async () => {
    writeFileSync(path.join(dir, 'ghi-chu.xlsx'), 'không phải sổ tính');
    const r = await cli('check', 'ghi-chu.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải sổ tính Excel');
    expect(r.stdout).toBe('');
  });

  test('a missing file', async () => {
    const r = await cli('rank', 'khong-co.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy tệp');
  });

  test('a workbook without the required sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Danh sách cán bộ';
    await writeBook(dir, 'khac.xlsx', wb);
    const r = await cli('check', 'khac.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải sổ chấm điểm');
    const ranked = await cli('rank', 'khac.xlsx');
    expect(ranked.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['khac.xlsx']);
  });

  test('with --json, stdout still holds one JSON object', async () => {
    writeFileSync(path.join(dir, 'ghi-chu.xlsx'), 'không phải sổ tính');
    const r = await cli('check', 'ghi-chu.xlsx', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { kind: 'notXlsx', message: expect.stringContaining('ghi-chu.xlsx') } });
  });
});

describe('exit code 64: wrong usage', () => {
  test.each([
    [[]],
    [['xep-hang']],
    [['check']],
    [['check', 'a.xlsx', 'b.xlsx']],
    [['rank', 'a.xlsx', '--frob']],
    [['rank', 'a.xlsx', '-o']],
    [['rank', 'a.xlsx', '--in-place', '-o', 'b.xlsx']],
    [['check', 'a.xlsx', '--lang', 'fr']],
    [['template', 'mau.xlsx', '--year', 'hai nghìn']],
    [['template', 'mau.xlsx', '--members', 'TH=Tỉnh Thanh Hóa;Nghệ An']],
  ])('%j', async (argv) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('cum-thi-dua --help');
    expect(r.stdout).toBe('');
  });

  test('rank refuses to write over its input without --in-place, and leaves it alone', async () => {
    const input = await writeBook(dir, 'so.xlsx', smallWorkbook());
    const before = readFileSync(input);
    const r = await cli('rank', 'so.xlsx', '-o', './so.xlsx');
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--in-place');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['so.xlsx']);
  });
});

describe('rank --in-place and -o', () => {
  test('--in-place writes the output sheets into the input file', async () => {
    const input = await writeBook(dir, 'so.xlsx', smallWorkbook());
    const r = await cli('rank', 'so.xlsx', '--in-place');
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['so.xlsx']);
    expect((await readXlsxFile(input)).input.markedSheets).toHaveLength(6); // five output sheets (no ballots: no counting minutes) and `Nhật ký`
    // Running again replaces our sheets (they carry the mark) instead of refusing.
    const again = await cli('rank', 'so.xlsx', '--in-place');
    expect(again.code).toBe(0);
  });

  test('-o names the result file', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    const r = await cli('rank', 'so.xlsx', '-o', 'ket-qua-hoi-nghi.xlsx');
    expect(r.code).toBe(0);
    expect(statSync(path.join(dir, 'ket-qua-hoi-nghi.xlsx')).size).toBeGreaterThan(0);
  });
});

describe('--json: one JSON object on stdout, stable names', () => {
  test('check --json has the fingerprint and the issues only', async () => {
    await writeBook(dir, 'co-loi.xlsx', smallWorkbook({ scoreAboveMax: true }));
    const r = await cli('check', 'co-loi.xlsx', '--json');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['fingerprint', 'issues']);
    expect(json.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const issue = json.issues.find((i: { code: string }) => i.code === 'SCORE_ABOVE_MAX');
    expect(issue).toEqual({
      severity: 'error',
      code: 'SCORE_ABOVE_MAX',
      sheet: 'Chấm chéo - HT',
      cell: 'B2',
      member: 'NA',
      criterion: 'I.1',
      message: expect.any(String),
    });
  });

  test('rank --json: ranking with points as numbers, the vote with percentages', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook({ ballots: true }));
    const r = await cli('rank', 'so.xlsx', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['fingerprint', 'issues', 'ranking', 'nomination', 'output', 'ballotForms', 'sheets']);
    expect(json.output).toBe(path.join(dir, 'so-ket-qua.xlsx'));
    expect(json.ranking[0]).toEqual({
      rank: 1,
      member: 'NA',
      name: 'Tỉnh Nghệ An',
      total: 9.51,
      base: 9.51,
      bonus: 0,
      deduction: 0,
      groups: { I: 9.51 },
      band: 'Xuất sắc',
      sharedRank: false,
      eligible: { flag: true, certificate: expect.any(Boolean) },
      notes: expect.any(Array),
    });
    expect(json.ranking.map((e: { member: string; total: number }) => [e.member, e.total])).toEqual([
      ['NA', 9.51],
      ['HT', 8.5],
      ['QB', 7.63],
    ]);
    const qb = json.ranking[2];
    expect(qb.eligible.flag).toBe(false);
    expect(qb.notes.join(' ')).toContain('Cờ');

    const nom = json.nomination;
    // Issue 10 added `pending` and `maxRounds` (and the rounds of each award) after the names of v1.
    expect(Object.keys(nom)).toEqual(['mode', 'flag', 'certificate', 'nextHead', 'nextDeputies', 'nextSuggested', 'pending', 'maxRounds']);
    expect(nom.mode).toBe('vote');
    expect(nom.flag.quota).toBe(1);
    expect(nom.flag.nominees).toEqual(['NA']);
    expect(nom.flag.runoffNeeded).toBe(false);
    const na = nom.flag.candidates.find((c: { member: string }) => c.member === 'NA');
    expect(na).toEqual({ member: 'NA', votes: 3, base: 3, percent: 100, passed: true, reason: null });
    expect(nom.certificate.nominees).toEqual(['HT']);
    const ht = nom.certificate.candidates.find((c: { member: string }) => c.member === 'HT');
    expect(ht).toMatchObject({ votes: 2, base: 3, percent: 66.67, passed: true, reason: null });
    const qbVote = nom.certificate.candidates.find((c: { member: string }) => c.member === 'QB');
    if (qbVote) {
      expect(qbVote.passed).toBe(false);
      expect(typeof qbVote.reason).toBe('string');
    }
    expect(nom.nextHead).toBe('HT');
    expect(nom.nextDeputies).toEqual(['QB']);
    expect(nom.nextSuggested).toBe(false);
  });

  test('rank --json with errors: empty ranking, no nomination, no output', async () => {
    await writeBook(dir, 'co-loi.xlsx', smallWorkbook({ scoreAboveMax: true }));
    const r = await cli('rank', 'co-loi.xlsx', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ranking).toEqual([]);
    expect(json.nomination).toBeNull();
    expect(json.output).toBeNull();
  });

  test('progress goes to stderr, never into the JSON', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    const r = await cli('rank', 'so.xlsx', '--json');
    expect(r.stderr).toContain('Đọc tệp');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

describe('template: a blank scoring workbook', () => {
  test('creates the file with the input sheets, and refuses to overwrite it (exit 73)', async () => {
    const r = await cli('template', 'mau.xlsx', '--name', 'Cụm thi đua các tỉnh Bắc Trung Bộ', '--year', '2023', '--members', 'NA=Tỉnh Nghệ An;QT=Tỉnh Quảng Trị;TTH=Tỉnh Thừa Thiên Huế');
    expect(r.code).toBe(0);
    const made = await readXlsxFile(path.join(dir, 'mau.xlsx'));
    const names = made.input.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm']));
    expect(made.input.markedSheets).toEqual([]);
    const members = made.input.sheets.find((s) => s.name === 'Thành viên')!.values.flat();
    expect(members).toEqual(expect.arrayContaining(['NA', 'Tỉnh Nghệ An', 'TTH', 'Tỉnh Thừa Thiên Huế']));

    const before = readFileSync(path.join(dir, 'mau.xlsx'));
    const again = await cli('template', 'mau.xlsx');
    expect(again.code).toBe(73);
    expect(again.stderr).toContain('đã có');
    expect(readFileSync(path.join(dir, 'mau.xlsx')).equals(before)).toBe(true);
  });
});

describe('help, version, and no stack traces', () => {
  test('--help prints the usage in Vietnamese, --lang en in English', async () => {
    const vi = await cli('--help');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('cum-thi-dua rank <sổ.xlsx>');
    const en = await cli('--help', '--lang', 'en');
    expect(en.stdout).toContain('cum-thi-dua rank <book.xlsx>');
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const r = await cli('--version');
    expect(r).toEqual({ code: 0, stdout: pkg.version + '\n', stderr: '' });
  });

  test('an unexpected failure is one sentence and exit 70; the stack only with CUM_THI_DUA_DEBUG=1', async () => {
    await writeBook(dir, 'so.xlsx', smallWorkbook());
    const broken = () => {
      throw new Error('đồng hồ hỏng');
    };
    const r = await runCli(['rank', 'so.xlsx'], { cwd: dir, now: broken });
    expect(r.code).toBe(70);
    expect(r.stderr).toContain('Lỗi không mong đợi: đồng hồ hỏng');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const debug = await runCli(['rank', 'so.xlsx'], { cwd: dir, now: broken, env: { CUM_THI_DUA_DEBUG: '1' } });
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });

  test('no command prints a stack trace for a bad file', async () => {
    writeFileSync(path.join(dir, 'hong.xlsx'), Buffer.from('PK\x03\x04 hỏng'));
    const r = await cli('rank', 'hong.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bị hỏng');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
