/**
 * Issue 14 in the file engine: a member form as a package (schema-valid, read by exceljs as
 * protected and validated, identity very hidden), read back by our reader into the same grids.
 * A form saved again by LibreOffice is gathered in test/cli/memberForms.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook, type WorkbookInput } from '../../src/core/index';
import { issueForms, readForm, type FormBook } from '../../src/core/forms/index';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { formBytes } from '../../src/file/forms/writeForm';
import { readFormInput } from '../../src/file/forms/applyGather';
import { problemLines, validatePackage } from '../ooxml/validatePackage';
import { tempDir } from './fixtures';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');
const CREATED = new Date(2022, 11, 20, 9, 0);

let dir: string;
let cleanup: () => void;
let book: WorkbookInput;
let forms: FormBook[];
const file: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cum-thi-dua-forms-'));
  book = (await readXlsxFile(SAMPLE)).input;
  const r = issueForms(checkWorkbook(book), { deadline: '15/01/2023', issuedAt: '20/12/2022 09:00' });
  if (!r.ok) throw new Error(r.refusal);
  forms = r.forms;
  for (const f of forms) {
    file[f.member] = path.join(dir, f.fileName);
    fs.writeFileSync(file[f.member], await formBytes(f, CREATED));
  }
}, 120_000);

afterAll(() => cleanup());

const bytes = (p: string): Uint8Array => new Uint8Array(fs.readFileSync(p));

test('the form validates against the ECMA-376 schemas', async () => {
  const v = await validatePackage(bytes(file.NA));
  expect(problemLines(v)).toEqual([]);
  expect(v.checked.length).toBeGreaterThan(8);
});

test('the same form twice gives the same bytes (fixed dates)', async () => {
  expect(Buffer.from(await formBytes(forms[1], CREATED)).equals(fs.readFileSync(file.NA))).toBe(true);
});

test('exceljs reads it: sheets, very hidden identity, protection, unlocked score cells, validations', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file.NA);
  expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
    ['Trang bìa', 'visible'],
    ['Tự chấm', 'visible'],
    ['Chấm chéo - NA', 'visible'],
    ['~ctd-phieu', 'veryHidden'],
  ]);
  const self = wb.getWorksheet('Tự chấm')!;
  const rowOf = (code: string): number => {
    let found = -1;
    self.eachRow((row, n) => {
      if (row.getCell(1).value === code) found = n;
    });
    return found;
  };
  const r = rowOf('I.1');
  expect(self.getCell(r, 5).value).toBe(9.5); // prefilled: NA's own I.1 in the sample
  expect(self.getCell(r, 5).protection).toMatchObject({ locked: false });
  expect(self.getCell(r, 4).protection?.locked).not.toBe(false);
  expect(self.getCell(r, 5).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 10], allowBlank: true, showErrorMessage: true });
  expect(self.getCell(rowOf('VII.1'), 5).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 2] });
  expect(self.getCell(rowOf('I'), 5).dataValidation).toBeUndefined();
  const sheetProtection = (self as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  expect(sheetProtection?.sheet).toBe(true);
  expect(wb.definedNames.getRanges('CumThiDua_PhieuCham').ranges).toEqual(["'~ctd-phieu'!$A$1"]);
});

test('our reader gives back the grids that were described, and the form reads without a fault', async () => {
  const input = await readFormInput(bytes(file.NA), 'NA.xlsx');
  const f = forms[1];
  for (const d of [...f.sheets.map((s) => s.description), f.identity]) {
    const grid = input.sheets.find((s) => s.name === d.name)!;
    expect(grid.values.map((row) => row.map((v) => (v === '' ? null : v)))).toEqual(d.values.slice(0, grid.values.length));
  }
  const read = readForm(input, 'NA.xlsx');
  expect(read.problems).toEqual([]);
  expect(read.identity?.member).toBe('NA');
});
