/**
 * Issue 14 end to end on the command line: `forms` on the sample writes six forms; one of them
 * goes through LibreOffice as an officer would save it; `gather` of all six into a copy whose
 * member entries were erased (by exceljs, an independent writer) and then `rank` give exactly
 * `rank` on the sample. The gathered file keeps every other byte, reads back in exceljs, and
 * validates against ECMA-376. Refusals write nothing; conflicts are kept unless --replace.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { XlsxPackage } from '../../src/file/package/xlsxPackage';
import { convertWithLibreOffice } from '../corpus/libreOffice';
import { tempDir } from '../file/fixtures';
import { problemLines, validatePackage } from '../ooxml/validatePackage';
import { runCli } from './run';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');
const CODES = ['TH', 'NA', 'HT', 'QB', 'QT', 'TTH'];
const now = () => new Date(2022, 11, 20, 9, 30, 0);

let dir: string;
let cleanup: () => void;
const cli = (...argv: string[]) => runCli(argv, { cwd: dir, now });
const file = (name: string) => path.join(dir, name);
const formFiles = () => CODES.map((c) => path.join('so-phieu-cham', `${c}.xlsx`));

/** A copy of a workbook edited by exceljs (an independent program), cell by cell. */
async function editWith(from: string, to: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  edit(wb);
  await wb.xlsx.writeFile(to);
}

/** Every score cell of `Tự chấm` and of each cross sheet blank (rows of leaves, member columns D onwards). */
const erase = (wb: ExcelJS.Workbook) => {
  for (const ws of wb.worksheets) {
    if (ws.name !== 'Tự chấm' && !ws.name.startsWith('Chấm chéo')) continue;
    ws.eachRow((row) => {
      if (String(row.getCell(1).value).includes('.')) for (let c = 4; c <= 9; c++) row.getCell(c).value = null;
    });
  }
};

const rowOf = (ws: ExcelJS.Worksheet, code: string): number => {
  let found = -1;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === code) found = n;
  });
  return found;
};

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cum-thi-dua-forms-cli-'));
  fs.copyFileSync(SAMPLE, file('so.xlsx'));
  await editWith(file('so.xlsx'), file('trong.xlsx'), erase);
}, 120_000);

afterAll(() => cleanup());

describe('forms', () => {
  test('writes one form per member into <name>-phieu-cham/, with --json naming them', async () => {
    const r = await cli('forms', 'so.xlsx', '--deadline', '2023-01-15', '--json');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(file('so-phieu-cham')).sort()).toEqual(CODES.map((c) => `${c}.xlsx`).sort());
    const out = JSON.parse(r.stdout);
    expect(out.folder).toBe(file('so-phieu-cham'));
    expect(out.deadline).toBe('15/01/2023');
    expect(out.forms.map((f: { member: string }) => f.member)).toEqual(CODES);
    expect(out.forms[1]).toMatchObject({ member: 'NA', name: 'Tỉnh Nghệ An', file: file('so-phieu-cham/NA.xlsx'), inputs: 108, prefilled: 89 });
  });

  test('never overwrites a form already there (it may be one sent back): exit 73, nothing written', async () => {
    const before = fs.readFileSync(file('so-phieu-cham/NA.xlsx'));
    const r = await cli('forms', 'so.xlsx');
    expect(r.code).toBe(73);
    expect(r.stderr).toContain('không ghi đè');
    expect(fs.readFileSync(file('so-phieu-cham/NA.xlsx')).equals(before)).toBe(true);
  });

  test('--members keeps those; an unknown member exits 1; a bad deadline is wrong usage', async () => {
    const r = await cli('forms', 'so.xlsx', '-o', 'hai', '--members', 'NA; Hà Tĩnh', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(file('hai')).sort()).toEqual(['HT.xlsx', 'NA.xlsx']);
    expect(r.stdout).toContain('Issued 2 form(s)');
    const unknown = await cli('forms', 'so.xlsx', '-o', 'ba', '--members', 'NA;QNg');
    expect([unknown.code, unknown.stderr.trim().split('\n').pop()]).toEqual([1, 'Sổ chấm điểm không có thành viên: QNg.']);
    expect(fs.existsSync(file('ba'))).toBe(false);
    expect((await cli('forms', 'so.xlsx', '--deadline', '31/02/2023')).code).toBe(64);
  });
});

test('--help lists forms and gather in both languages; wrong usage exits 64', async () => {
  const vi = await cli('--help');
  expect(vi.stdout).toContain('cum-thi-dua forms <sổ.xlsx>');
  expect(vi.stdout).toContain('cum-thi-dua gather <sổ.xlsx> <phiếu.xlsx>…');
  const en = await cli('--help', '--lang', 'en');
  expect(en.stdout).toContain('cum-thi-dua forms <book.xlsx>');
  expect(en.stdout).toContain('cum-thi-dua gather <book.xlsx> <form.xlsx>…');
  const noForms = await cli('gather', 'so.xlsx');
  expect([noForms.code, noForms.stderr.split('\n')[0]]).toEqual([64, 'Thiếu các tệp phiếu chấm cần thu (.xlsx).']);
  expect((await cli('gather', 'so.xlsx', 'a.xlsx', '-o', 'x.xlsx', '--in-place')).code).toBe(64);
  expect((await cli('forms', 'so.xlsx', '--replace')).code).toBe(64);
});

describe('gather', () => {
  beforeAll(() => {
    // QB's officer saves the form with LibreOffice Calc before sending it back.
    const saved = convertWithLibreOffice([file('so-phieu-cham/QB.xlsx')], 'xlsx:Calc MS Excel 2007 XML', file('libreoffice'))[0];
    fs.copyFileSync(saved, file('so-phieu-cham/QB.xlsx'));
  }, 300_000);

  test('all six forms into the erased copy, then rank: the sample’s ranking and nominees exactly', async () => {
    const g = await cli('gather', 'trong.xlsx', ...formFiles(), '-o', 'da-thu.xlsx', '--json');
    expect(g.code).toBe(0);
    const out = JSON.parse(g.stdout);
    expect(out.forms.map((f: { member: string; accepted: boolean; filled: number; conflicts: unknown[] }) => [f.member, f.accepted, f.filled, f.conflicts.length])).toEqual(
      CODES.map((c) => [c, true, 89, 0]),
    );
    const gathered = JSON.parse((await cli('rank', 'da-thu.xlsx', '-o', 'da-thu-kq.xlsx', '--json')).stdout);
    const sample = JSON.parse((await cli('rank', 'so.xlsx', '-o', 'so-kq.xlsx', '--json')).stdout);
    expect(gathered.fingerprint).toBe(sample.fingerprint);
    expect(gathered.ranking).toEqual(sample.ranking);
    expect(gathered.nomination).toEqual(sample.nomination);
    expect(gathered.ranking[0]).toMatchObject({ rank: 1, member: 'NA' });
    expect(gathered.nomination.flag.nominees).toEqual(['NA']);
    expect(gathered.nomination.certificate.nominees).toEqual(['TTH']);
    expect(out.fingerprint).toBe(sample.fingerprint);
  });

  test('the gathered workbook keeps every other byte: input sheets differ only in the cells written, each keeping its format', async () => {
    const before = XlsxPackage.open(new Uint8Array(fs.readFileSync(file('trong.xlsx'))));
    const after = XlsxPackage.open(new Uint8Array(fs.readFileSync(file('da-thu.xlsx'))));
    const text = (p: XlsxPackage, name: string) => new TextDecoder().decode(p.read(name)!);
    const CELL = /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g;
    let written = 0;
    for (const name of before.names()) {
      const a = text(before, name);
      const b = text(after, name);
      if (a === b) continue;
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
        // Only what the new `Nhật ký` sheet needs: its part, relationship, name, type, style and title.
        expect(['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']).toContain(name);
        continue;
      }
      expect(a.replace(CELL, '')).toBe(b.replace(CELL, ''));
      const cellsA = new Map([...a.matchAll(CELL)].map((m) => [m[1], m]));
      for (const m of b.matchAll(CELL)) {
        const old = cellsA.get(m[1])!;
        if (old[0] === m[0]) continue;
        written++;
        expect(old[3] ?? '').toBe(''); // a blank cell
        expect(m[2]).toBe(old[2]); // same attributes: the format kept
        expect(m[3]).toMatch(/^<v>[\d.]+<\/v>$/);
      }
    }
    expect(written).toBe(6 * 89);
  });

  test('one Nhật ký row per form, the package valid and read back by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('da-thu.xlsx'));
    const log = wb.getWorksheet('Nhật ký')!;
    const rows = log.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[2], r[10]])).toEqual(
      CODES.map((c, i) => ['Thu phiếu chấm', `Phiếu chấm của ${['Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Quảng Bình', 'Tỉnh Quảng Trị', 'Tỉnh Thừa Thiên Huế'][i]} (${c}), tệp ${c}.xlsx: điền 89 ô trống`]),
    );
    expect(wb.getWorksheet('Tự chấm')!.getCell(rowOf(wb.getWorksheet('Tự chấm')!, 'I.1'), 5).value).toBe(9.5);
    const v = await validatePackage(new Uint8Array(fs.readFileSync(file('da-thu.xlsx'))));
    expect(problemLines(v)).toEqual([]);
  });

  test('a form gathered into another cluster’s workbook exits 1 and writes nothing', async () => {
    await editWith(file('trong.xlsx'), file('cum-khac.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Cấu hình')!;
      ws.getCell(rowOf(ws, 'Tên cụm'), 2).value = 'Cụm thi đua các tỉnh Tây Nguyên';
    });
    const r = await cli('gather', 'cum-khac.xlsx', 'so-phieu-cham/NA.xlsx', '-o', 'khong-duoc.xlsx');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'so-phieu-cham/NA.xlsx › Trang bìa!B5: Phiếu của “Cụm thi đua các tỉnh Bắc Trung Bộ”, nhưng sổ chấm điểm là của “Cụm thi đua các tỉnh Tây Nguyên”. (FORM_CLUSTER)',
    );
    expect(r.stdout).toContain('so-phieu-cham/NA.xlsx — Tỉnh Nghệ An: không được nhận, 1 lỗi\n');
    expect(r.stderr).toContain('chưa ghi gì vào sổ. Hãy sửa các lỗi đã nêu');
    expect(fs.existsSync(file('khong-duoc.xlsx'))).toBe(false);
  });

  test('a form with a score above the maximum or an edited locked cell is refused with its file, sheet and cell', async () => {
    await editWith(file('so-phieu-cham/HT.xlsx'), file('HT-sai.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Chấm chéo - HT')!;
      ws.getCell(rowOf(ws, 'I.1'), 5).value = 12;
      const self = wb.getWorksheet('Tự chấm')!;
      self.getCell(rowOf(self, 'II.1'), 4).value = 8; // the maximum 6, locked
    });
    const r = await cli('gather', 'trong.xlsx', 'HT-sai.xlsx', 'so-phieu-cham/NA.xlsx', '--in-place', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.written).toBe(false);
    expect(out.forms.map((f: { accepted: boolean }) => f.accepted)).toEqual([false, true]);
    expect(out.forms[0].issues.map((i: { code: string; sheet: string; cell: string }) => [i.code, i.sheet, i.cell])).toEqual([
      ['FORM_LOCKED_CHANGED', 'Tự chấm', 'D10'],
      ['FORM_VALUE_ABOVE_MAX', 'Chấm chéo - HT', 'E6'],
    ]);
    expect(out.forms[0].issues[1].message).toBe('HT-sai.xlsx › Chấm chéo - HT!E6: Điểm của Tỉnh Thanh Hóa ở tiêu chí I.1 là 12,00, vượt điểm tối đa 10,00.');
    // --in-place, refused: the workbook is untouched.
    const after = await cli('check', 'trong.xlsx', '--json');
    expect(JSON.parse(after.stdout).issues.filter((i: { severity: string }) => i.severity === 'error').length).toBeGreaterThan(0);
  });

  test('conflicts are reported (cell, old, new) and kept; --replace takes the form’s values', async () => {
    await editWith(file('so.xlsx'), file('sua.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Tự chấm')!;
      ws.getCell(rowOf(ws, 'I.1'), 5).value = 9; // NA's own 9.5 in the sample and on its form
    });
    const kept = await cli('gather', 'sua.xlsx', 'so-phieu-cham/NA.xlsx', '-o', 'giu.xlsx', '--json');
    expect(kept.code).toBe(0);
    const k = JSON.parse(kept.stdout).forms[0];
    expect(k.conflicts).toEqual([{ sheet: 'Tự chấm', cell: 'E5', old: 9, new: 9.5, formSheet: 'Tự chấm', formCell: 'E6', criterion: 'I.1', member: 'NA', replaced: false }]);
    expect([k.filled, k.unchanged]).toEqual([0, 88]);
    const replaced = await cli('gather', 'sua.xlsx', 'so-phieu-cham/NA.xlsx', '-o', 'thay.xlsx', '--replace');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('Tự chấm!E5: 9,00 → 9,50 (Tự chấm!E6)');
    const value = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file(name));
      return wb.getWorksheet('Tự chấm')!.getCell('E5').value;
    };
    expect([await value('giu.xlsx'), await value('thay.xlsx')]).toEqual([9, 9.5]);
  });

  test('a locked workbook refuses: exit 1, nothing written', async () => {
    expect((await cli('lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '-o', 'da-chot.xlsx')).code).toBe(0);
    const r = await cli('gather', 'da-chot.xlsx', 'so-phieu-cham/NA.xlsx', '-o', 'sau-chot.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Số liệu của sổ đã được chốt');
    expect(fs.existsSync(file('sau-chot.xlsx'))).toBe(false);
  });

  test('a form file that cannot be read exits 2; a scoring workbook given as a form is refused as such', async () => {
    fs.writeFileSync(file('hong.xlsx'), 'không phải tệp zip');
    expect((await cli('gather', 'trong.xlsx', 'hong.xlsx')).code).toBe(2);
    const r = await cli('gather', 'trong.xlsx', 'so.xlsx', '-o', 'x.xlsx', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('so.xlsx: refused, 1 error(s)\n');
    expect(r.stdout).toContain('so.xlsx: This file is a scoring workbook, not a form issued by the program. (FORM_NOT_A_FORM)');
  });
});
