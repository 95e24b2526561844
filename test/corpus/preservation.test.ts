/**
 * Issue 11, "Done when": `rank -o` and `lock --in-place` / `unlock --in-place` on workbooks with a
 * chart, a table (saved by Excel and by LibreOffice), a pivot table, a user's protected sheet,
 * custom properties, data validations, conditional formats, notes and macros leave every part
 * they do not own byte-identical (compared part by part, inflated by JSZip), and every result
 * validates against the ECMA-376 schemas, opens in LibreOffice, and reads back in exceljs.
 * Also: a workbook locked by us and then saved by LibreOffice (which writes sheet="true") stays
 * locked through `rank`, and `unlock` without the password is refused.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/run';
import { tempDir } from '../file/fixtures';
import { problemLines, validatePackage } from '../ooxml/validatePackage';
import { convertWithLibreOffice } from './libreOffice';
import { partsOf, richWorkbookBytes, VBA_PROJECT } from './richBook';

let dir: string;
let cleanup: () => void;
const books: Record<string, string> = {};
const results: string[] = [];

/** Parts rank, lock and unlock own: they may change them (and only these). */
const OWNED = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml', 'xl/calcChain.xml']);

const INPUT_SHEETS = ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Chấm chéo - NA', 'Chấm chéo - HT', 'Chấm chéo - QB', 'Phiếu bầu'];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cum-thi-dua-preserve-'));
  books.excel = path.join(dir, 'excel.xlsx');
  fs.writeFileSync(books.excel, await richWorkbookBytes());
  books.macros = path.join(dir, 'macros.xlsm');
  fs.writeFileSync(books.macros, await richWorkbookBytes({ macros: true }));
  // The same workbook saved by LibreOffice Calc (a table without tableStyleInfo, its own styles…).
  const [saved] = convertWithLibreOffice([books.excel], 'xlsx', path.join(dir, 'lo'));
  books.libreOffice = path.join(dir, 'libreoffice.xlsx');
  fs.renameSync(saved, books.libreOffice);
}, 300_000);

afterAll(() => cleanup());

const cli = (...argv: string[]) => runCli(argv, { cwd: dir, now: () => new Date(2022, 11, 15, 9, 0) });

/** Input parts not owned by the command, missing or changed in the output. */
async function changedParts(before: Uint8Array, after: Uint8Array, alsoOwned: (part: string) => boolean = () => false): Promise<string[]> {
  const a = await partsOf(before);
  const b = await partsOf(after);
  const out: string[] = [];
  for (const [name, bytes] of a) {
    if (OWNED.has(name) || alsoOwned(name)) continue;
    const now = b.get(name);
    if (!now || !now.equals(bytes)) out.push(name);
  }
  return out;
}

/** workbook.xml without the sheet list and the defined names (the parts of it we own). */
const workbookRest = (xml: string): string => xml.replace(/<(\w+:)?sheets>[\s\S]*?<\/(\w+:)?sheets>/, '').replace(/<(\w+:)?definedNames>[\s\S]*?<\/(\w+:)?definedNames>|<(\w+:)?definedNames\/>/, '');

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await partsOf(bytes)).get('xl/workbook.xml')!.toString('utf8');
}

/** The parts of the sheets named, through the workbook's relationships (read independently). */
async function sheetParts(bytes: Uint8Array, names: readonly string[]): Promise<string[]> {
  const parts = await partsOf(bytes);
  const wb = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  return names.map((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const rid = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
    const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    return target.startsWith('/') ? target.slice(1) : 'xl/' + target;
  });
}

async function expectValid(file: string): Promise<void> {
  const v = await validatePackage(new Uint8Array(fs.readFileSync(file)));
  expect(problemLines(v)).toEqual([]);
  expect(v.checked.length).toBeGreaterThan(20);
}

describe.each([
  ['Excel-like (exceljs plus chart, pivot, custom properties)', 'excel', true],
  ['with macros (.xlsm)', 'macros', true],
  ['saved by LibreOffice Calc', 'libreOffice', true],
])('a workbook %s', (_label, key, exceljsReads) => {
  test('rank -o: every part it does not own byte-identical; the result valid and readable by exceljs', async () => {
    const input = books[key];
    const output = path.join(dir, `${key}-ket-qua${path.extname(input)}`);
    const before = new Uint8Array(fs.readFileSync(input));
    const r = await cli('rank', path.basename(input), '-o', path.basename(output));
    expect(r.code).toBe(0);
    results.push(output);
    const after = new Uint8Array(fs.readFileSync(output));
    expect(await changedParts(before, after)).toEqual([]);
    // Of workbook.xml we own the sheet list and the names: calcPr (fullCalcOnLoad), pivot caches… stay.
    expect(workbookRest(await workbookXml(after))).toBe(workbookRest(await workbookXml(before)));
    await expectValid(output);
    if (exceljsReads) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(output);
      expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([...INPUT_SHEETS, 'Ghi chú', 'Xếp hạng', 'Nhật ký']));
    }
    if (key === 'macros') expect((await partsOf(after)).get('xl/vbaProject.bin')!.equals(Buffer.from(VBA_PROJECT))).toBe(true);
  });

  test('lock --in-place then unlock --in-place: only the input sheets’ <sheetProtection> changes, and unlocking restores their bytes', async () => {
    const file = path.join(dir, `${key}-chot${path.extname(books[key])}`);
    fs.copyFileSync(books[key], file);
    const before = new Uint8Array(fs.readFileSync(file));
    const inputParts = new Set(await sheetParts(before, INPUT_SHEETS));
    expect((await cli('lock', path.basename(file), '--by', 'Nguyễn Văn A', '--password', 'Cum-2022', '--in-place')).code).toBe(0);
    const locked = new Uint8Array(fs.readFileSync(file));
    results.push(file + '.locked.xlsx');
    fs.writeFileSync(file + '.locked.xlsx', locked);
    expect(await changedParts(before, locked, (p) => inputParts.has(p))).toEqual([]);
    const a = await partsOf(before);
    const b = await partsOf(locked);
    for (const p of inputParts) {
      const was = a.get(p)!.toString('utf8');
      const now = b.get(p)!.toString('utf8');
      expect(now).toMatch(/<sheetProtection [^>]*\/>/);
      expect(now.replace(/<sheetProtection [^>]*\/>/, '')).toBe(was.replace(/<sheetProtection [^>]*\/>/, ''));
    }
    expect(workbookRest(await workbookXml(locked))).toBe(workbookRest(await workbookXml(before)));
    await expectValid(file);

    expect((await cli('unlock', path.basename(file), '--password', 'Cum-2022', '--in-place')).code).toBe(0);
    const unlocked = await partsOf(new Uint8Array(fs.readFileSync(file)));
    for (const p of inputParts) expect(unlocked.get(p)!.equals(a.get(p)!)).toBe(true);
    // The user's own protected sheet was never ours to lock or unlock.
    const [own] = await sheetParts(before, ['Ghi chú']);
    expect(unlocked.get(own)!.toString('utf8')).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    await expectValid(file);
  });
});

test('LibreOffice opens every result (an independent program)', () => {
  const made = convertWithLibreOffice(results, 'csv', path.join(dir, 'csv'));
  expect(made).toHaveLength(results.length);
  for (const f of made) expect(fs.statSync(f).size).toBeGreaterThan(0);
}, 300_000);

describe('a workbook we locked, then saved by LibreOffice (sheet="true")', () => {
  let savedByLibreOffice: string;
  beforeAll(async () => {
    const file = path.join(dir, 'so-chot.xlsx');
    fs.copyFileSync(books.excel, file);
    expect((await cli('lock', 'so-chot.xlsx', '--by', 'Nguyễn Văn A', '--password', 'Cum-2022', '--in-place')).code).toBe(0);
    const [saved] = convertWithLibreOffice([file], 'xlsx', path.join(dir, 'lo-chot'));
    savedByLibreOffice = path.join(dir, 'so-chot-lo.xlsx');
    fs.renameSync(saved, savedByLibreOffice);
    const parts = await partsOf(new Uint8Array(fs.readFileSync(savedByLibreOffice)));
    const [first] = await sheetParts(new Uint8Array(fs.readFileSync(savedByLibreOffice)), ['Cấu hình']);
    // What LibreOffice writes (the reason for this test).
    expect(parts.get(first)!.toString('utf8')).toMatch(/<sheetProtection [^>]*sheet="true"/);
  }, 300_000);

  test('stays locked through rank: every input sheet still protected, and the report says the data are signed off', async () => {
    const r = await cli('rank', 'so-chot-lo.xlsx', '-o', 'so-chot-lo-ket-qua.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Số liệu đã chốt');
    const out = new Uint8Array(fs.readFileSync(path.join(dir, 'so-chot-lo-ket-qua.xlsx')));
    const parts = await partsOf(out);
    // Kept exactly as LibreOffice wrote it (exceljs would not see this protection: it reads only sheet="1").
    for (const p of await sheetParts(out, INPUT_SHEETS)) expect(parts.get(p)!.toString('utf8')).toMatch(/<sheetProtection [^>]*sheet="true"/);
    // The check the program prints agrees: it counts the sheets as locked.
    expect((await cli('lock', 'so-chot-lo-ket-qua.xlsx', '--by', 'Trần Thị B', '-o', 'lan-hai.xlsx')).stderr).toContain('đã được chốt');
  });

  test('unlock without the password is refused, with the wrong one too; with the right one it opens', async () => {
    const before = fs.readFileSync(savedByLibreOffice);
    const none = await cli('unlock', 'so-chot-lo.xlsx', '--in-place');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('được khóa bằng mật khẩu');
    expect((await cli('unlock', 'so-chot-lo.xlsx', '--password', 'cum-2022', '--in-place')).code).toBe(1);
    expect(fs.readFileSync(savedByLibreOffice).equals(before)).toBe(true);
    expect((await cli('unlock', 'so-chot-lo.xlsx', '--password', 'Cum-2022', '--in-place')).code).toBe(0);
  });
});
