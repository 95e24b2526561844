/**
 * Reading an .xlsx into the core's grids (src/core/grid.ts): computed values, plain text, tab
 * order, marked sheets, and a clear reason when a file cannot be used.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync, mkdirSync } from 'fs';
import * as path from 'path';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { WorkbookFileError, type WorkbookFileProblem } from '../../src/file/errors';
import { fileKindOf } from '../../src/file/fileKind';
import { tempDir } from './fixtures';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Rewrites xl/workbook.xml of a written workbook (to add names exceljs cannot write). */
async function patchWorkbookXml(bytes: Uint8Array, patch: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', patch(xml));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('cell values: the computed value, as plain text or number (docs/huong-dan-so-lieu.md, General rules)', () => {
  let values: unknown[][];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tự chấm');
    ws.getCell('A1').value = 'Mã';
    ws.getCell('B1').value = 'Tỉnh Nghệ An';
    ws.getCell('A2').value = 'I.1';
    ws.getCell('B2').value = 9.5;
    ws.getCell('C2').value = { formula: 'B2*2', result: 19, date1904: false };
    ws.getCell('D2').value = { error: '#REF!' };
    ws.getCell('E2').value = { formula: '1/0', result: { error: '#DIV/0!' }, date1904: false };
    ws.getCell('A3').value = { richText: [{ text: 'Tỉnh ', font: { bold: true } }, { text: 'Hà Tĩnh' }] };
    ws.getCell('B3').value = { text: 'Tỉnh Quảng Bình', hyperlink: 'https://quangbinh.gov.vn' };
    ws.getCell('C3').value = new Date(Date.UTC(2022, 11, 15));
    ws.getCell('D3').value = true;
    // A shared formula: C4 is the master, D4 shares it; each keeps its own cached result.
    ws.getCell('C4').value = { formula: 'B2+1', result: 10.5, shareType: 'shared', ref: 'C4:D4', date1904: false } as ExcelJS.CellFormulaValue;
    ws.getCell('D4').value = { sharedFormula: 'C4', result: 11.5, date1904: false } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('A5').value = 'Cụm thi đua các tỉnh Bắc Trung Bộ';
    ws.mergeCells('A5:C6');
    ws.getCell('A7').value = { formula: 'NOW()', date1904: false }; // no cached result
    ws.getCell('A8').value = 'Hết';
    // A cell with only a fill does not make the used range larger.
    ws.getCell('H20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    const read = await readXlsxBytes(await bytesOf(wb));
    values = read.input.sheets[0].values;
  });

  test('numbers and texts as typed', () => {
    expect(values[0]).toEqual(['Mã', 'Tỉnh Nghệ An', null, null, null]);
    expect(values[1][0]).toBe('I.1');
    expect(values[1][1]).toBe(9.5);
  });

  test('a formula gives its cached result; a shared formula too', () => {
    expect(values[1][2]).toBe(19);
    expect(values[3][2]).toBe(10.5);
    expect(values[3][3]).toBe(11.5);
  });

  test('an error value, typed or computed, gives its text', () => {
    expect(values[1][3]).toBe('#REF!');
    expect(values[1][4]).toBe('#DIV/0!');
  });

  test('rich text and hyperlinks give their plain text; a date its serial number, as Office.js gives it; booleans stay booleans', () => {
    expect(values[2][0]).toBe('Tỉnh Hà Tĩnh');
    expect(values[2][1]).toBe('Tỉnh Quảng Bình');
    // 15/12/2022 is day 44 910 counted from 30/12/1899 (Excel's serial dates), computed here independently.
    expect(values[2][2]).toBe((Date.UTC(2022, 11, 15) - Date.UTC(1899, 11, 30)) / 86_400_000);
    expect(values[2][2]).toBe(44910);
    expect(values[2][3]).toBe(true);
  });

  test('a merged area holds its value in the top-left cell only', () => {
    expect(values[4][0]).toBe('Cụm thi đua các tỉnh Bắc Trung Bộ');
    expect(values[4][1]).toBeNull();
    expect(values[5][0]).toBeNull();
  });

  test('a formula without a cached result is blank', () => {
    expect(values[6][0]).toBeNull();
  });

  test('the grid runs from A1 to the last cell holding a value, every row as wide', () => {
    expect(values).toHaveLength(8);
    for (const line of values) expect(line).toHaveLength(5);
  });
});

describe('sheets come in tab order, hidden ones included', () => {
  test('the order of the tabs, not the order of creation', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Thành viên').getCell('A1').value = 'Mã';
    wb.addWorksheet('Tiêu chí').getCell('A1').value = 'Mã';
    const hidden = wb.addWorksheet('Ghi chú riêng');
    hidden.state = 'hidden';
    const settings = wb.addWorksheet('Cấu hình');
    settings.getCell('A1').value = 'Tham số';
    // Move `Cấu hình` to the first tab.
    (settings as unknown as { orderNo: number }).orderNo = -1;
    const read = await readXlsxBytes(await bytesOf(wb));
    expect(read.input.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Thành viên', 'Tiêu chí', 'Ghi chú riêng']);
  });

  test('an empty sheet is an empty grid', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phiếu bầu');
    const read = await readXlsxBytes(await bytesOf(wb));
    expect(read.input.sheets).toEqual([{ name: 'Phiếu bầu', values: [], top: 0, left: 0 }]);
  });
});

describe('marked sheets: the sheets our workbook-scoped names point at (src/core/outputSheets.ts)', () => {
  function withOutputSheets(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cấu hình').getCell('A1').value = 'Tham số';
    wb.addWorksheet('Xếp hạng').getCell('A1').value = 'Hạng';
    wb.addWorksheet('Đề nghị khen thưởng').getCell('A1').value = 'Đơn vị';
    wb.addWorksheet('Xếp hạng (2)').getCell('A1').value = 'Hạng';
    wb.definedNames.add("'Xếp hạng'!$A$1", 'CumThiDua_XepHang');
    wb.definedNames.add("'Cấu hình'!$B$2", 'TenCum'); // a user's own name
    return wb;
  }

  test('a sheet named by one of our marks is marked; a user name marks nothing', async () => {
    const read = await readXlsxBytes(await bytesOf(withOutputSheets()));
    expect(read.input.markedSheets).toEqual(['Xếp hạng']);
  });

  test('a sheet with an output name but no mark is not marked', async () => {
    const read = await readXlsxBytes(await bytesOf(withOutputSheets()));
    expect(read.input.markedSheets).not.toContain('Đề nghị khen thưởng');
  });

  test('a copy of our sheet (Excel gives it a sheet-scoped copy of the mark) is not ours', async () => {
    const bytes = await patchWorkbookXml(await bytesOf(withOutputSheets()), (xml) =>
      xml.replace(
        '</definedNames>',
        `<definedName name="CumThiDua_XepHang" localSheetId="3">'Xếp hạng (2)'!$A$1</definedName></definedNames>`,
      ),
    );
    const read = await readXlsxBytes(bytes);
    expect(read.input.markedSheets).toEqual(['Xếp hạng']);
    // …and the workbook kept in memory still points the mark at the original sheet.
    expect(read.workbook.marks().get('CumThiDua_XepHang')).toBe('Xếp hạng');
  });

  test('a mark left pointing at a deleted sheet (#REF!) marks nothing', async () => {
    const bytes = await patchWorkbookXml(await bytesOf(withOutputSheets()), (xml) =>
      xml.replace('</definedNames>', '<definedName name="CumThiDua_TongHopDiem">#REF!$A$1</definedName></definedNames>'),
    );
    const read = await readXlsxBytes(bytes);
    expect(read.input.markedSheets).toEqual(['Xếp hạng']);
  });
});

describe('a file that cannot be used says why (and never as a stack trace)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  async function kindOf(file: string): Promise<WorkbookFileProblem> {
    try {
      await readXlsxFile(file);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookFileError);
      const err = e as WorkbookFileError;
      expect(err.sentences.vi).toContain(file);
      expect(err.sentences.en).toContain(file);
      return err.kind;
    }
    throw new Error('the file was read');
  }

  /** Bytes of an OLE compound file header, optionally naming an EncryptionInfo stream. */
  function oleBytes(encrypted: boolean): Uint8Array {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = encrypted ? 'EncryptionInfo' : 'Workbook';
    for (let i = 0; i < name.length; i++) b[1024 + 2 * i] = name.charCodeAt(i);
    return b;
  }

  test('a missing file', async () => {
    expect(await kindOf(path.join(dir, 'không-có.xlsx'))).toBe('missing');
  });

  test('a folder instead of a file', async () => {
    const folder = path.join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);
    expect(await kindOf(folder)).toBe('unreadable');
  });

  test('a text file', async () => {
    const f = path.join(dir, 'ghi-chu.xlsx');
    writeFileSync(f, 'Mã;Tên đơn vị\nNA;Tỉnh Nghệ An\n');
    expect(await kindOf(f)).toBe('notXlsx');
  });

  test('an empty file', async () => {
    const f = path.join(dir, 'rong.xlsx');
    writeFileSync(f, '');
    expect(await kindOf(f)).toBe('notXlsx');
  });

  test('a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'Cụm thi đua');
    const f = path.join(dir, 'nen.xlsx');
    writeFileSync(f, await zip.generateAsync({ type: 'uint8array' }));
    expect(await kindOf(f)).toBe('notXlsx');
  });

  test('a password-protected workbook', async () => {
    const f = path.join(dir, 'mat-khau.xlsx');
    writeFileSync(f, oleBytes(true));
    expect(await kindOf(f)).toBe('encrypted');
    expect(fileKindOf(oleBytes(true))).toBe('encrypted');
  });

  test('an old .xls workbook', async () => {
    const f = path.join(dir, 'cu.xls');
    writeFileSync(f, oleBytes(false));
    expect(await kindOf(f)).toBe('legacyXls');
  });

  test('a damaged workbook (a zip cut short)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cấu hình').getCell('A1').value = 'Tham số';
    const bytes = await bytesOf(wb);
    const f = path.join(dir, 'hong.xlsx');
    writeFileSync(f, bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(await kindOf(f)).toBe('corrupt');
  });
});
