/**
 * Writing output sheets into a workbook (docs/huong-dan-so-lieu.md, "Input sheets belong to people;
 * output sheets belong to the program"; docs/tai-lieu-in.md, "Common to every printed sheet").
 * Every check reads the written bytes back with exceljs, an independent reader, as Excel would
 * open them — and with the file shell's own reader where the core's view matters.
 */
import ExcelJS from 'exceljs';
import { applySheetDescriptions, newWorkbook, workbookBytes } from '../../src/file/writeXlsx';
import { loadWorkbook, readXlsxBytes } from '../../src/file/readXlsx';
import type { Workbook } from '../../src/file/book/workbook';
import { OutputSheetNotOursError } from '../../src/file/errors';
import { cmToInches } from '../../src/file/write/pageSetup';
import { workingPageSetup } from '../../src/core/documents/pageSetup';
import { describeSheet, LANDSCAPE_A4, openedWith, readByExcelJs } from './fixtures';

/** The workbook written and opened again by the file shell (what a second run sees). */
async function reopened(wb: Workbook): Promise<Workbook> {
  return loadWorkbook(await workbookBytes(wb), 'so.xlsx').workbook;
}

/** A workbook with input sheets a cluster officer typed (saved by exceljs, not by us). */
function inputBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const members = wb.addWorksheet('Thành viên');
  members.addRows([
    ['Mã', 'Tên đơn vị', 'Tên khác'],
    ['NA', 'Tỉnh Nghệ An', 'Nghệ An'],
    ['HT', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh'],
  ]);
  const self = wb.addWorksheet('Tự chấm');
  self.addRows([
    ['Mã', 'Nội dung', 'Điểm tối đa', 'NA', 'HT'],
    ['I.1', 'Tăng trưởng kinh tế', 10, 9.5, 9],
  ]);
  self.getCell('F2').value = { formula: 'D2+E2', result: 18.5, date1904: false };
  return wb;
}

const all = { outputSheets: true };

describe('values: numbers stay numbers, texts stay texts', () => {
  test('a text that starts with "=" is written as text, never as a formula', async () => {
    const wb = newWorkbook();
    applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng', values: [['=1+1', '=SUM(A1:A3)'], [1, '+84']] })]);
    const ws = (await readByExcelJs(wb)).getWorksheet('Xếp hạng')!;
    expect(ws.getCell('A1').value).toBe('=1+1');
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B1').value).toBe('=SUM(A1:A3)');
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell('B2').value).toBe('+84');
  });

  test('Vietnamese text, control characters and "_x…_" look-alikes come back exactly', async () => {
    const wb = newWorkbook();
    const text = 'Suy tôn Tỉnh Thừa Thiên Huế – đề nghị Thủ tướng Chính phủ tặng Bằng khen';
    const odd = 'dòng 1\r\ndòng 2\u0007 _x0041_ & <b>';
    applySheetDescriptions(wb, [describeSheet({ name: 'Đề nghị khen thưởng', values: [[text, odd]], mark: 'CumThiDua_DeNghiKhenThuong' })]);
    const read = await readXlsxBytes(await workbookBytes(wb), 'x.xlsx', all);
    expect(read.input.sheets[0].values[0]).toEqual([text, odd]);
  });
});

describe('the mark: a workbook-scoped defined name per output sheet (src/core/outputSheets.ts)', () => {
  test('survives writing and reading back, with the diacritics and spaces of the sheet name', async () => {
    const wb = newWorkbook();
    applySheetDescriptions(wb, [
      describeSheet({ name: 'Xếp hạng' }),
      describeSheet({ name: 'Biên bản họp', key: 'minutes', mark: 'CumThiDua_BienBanHop' }),
      describeSheet({ name: 'Hướng dẫn', key: 'input', mark: null }),
    ]);
    const back = await readByExcelJs(wb);
    const names = Object.fromEntries(back.definedNames.model.map((n) => [n.name, n.ranges]));
    expect(names).toEqual({
      CumThiDua_XepHang: ["'Xếp hạng'!$A$1"],
      CumThiDua_BienBanHop: ["'Biên bản họp'!$A$1"],
    });
    const read = await readXlsxBytes(await workbookBytes(wb));
    expect(read.input.markedSheets!.sort()).toEqual(['Xếp hạng', 'Biên bản họp'].sort());
  });
});

describe('never overwrite a sheet that is not ours', () => {
  test('a user sheet named like an output sheet is refused, naming the sheet, and nothing changes', async () => {
    const input = inputBook();
    input.addWorksheet('Xếp hạng').getCell('A1').value = 'Bảng xếp hạng tự lập';
    const wb = await openedWith(input);
    const before = await workbookBytes(wb);
    let error: unknown;
    try {
      applySheetDescriptions(wb, [describeSheet({ name: 'Tổng hợp điểm', key: 'detail', mark: 'CumThiDua_TongHopDiem' }), describeSheet({ name: 'Xếp hạng' })]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputSheetNotOursError);
    expect((error as OutputSheetNotOursError).sheet).toBe('Xếp hạng');
    expect((error as Error).message).toContain('Xếp hạng');
    expect((error as OutputSheetNotOursError).sentences.en).toMatch(/Rename/);
    // All or nothing: the first description was not applied either.
    expect(wb.sheets.map((s) => s.name)).toEqual(['Thành viên', 'Tự chấm', 'Xếp hạng']);
    expect(Buffer.from(await workbookBytes(wb)).equals(Buffer.from(before))).toBe(true);
  });

  test('sheet names compare without regard to case, as Excel does', async () => {
    const input = inputBook();
    input.addWorksheet('XẾP HẠNG');
    const wb = await openedWith(input);
    expect(() => applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng' })])).toThrow(OutputSheetNotOursError);
  });

  test('a template input sheet (no mark) does not replace an existing sheet either', async () => {
    const wb = await openedWith(inputBook());
    expect(() => applySheetDescriptions(wb, [describeSheet({ name: 'Thành viên', key: 'input', mark: null })])).toThrow(OutputSheetNotOursError);
  });
});

describe('replacing our own sheet', () => {
  test('a marked sheet is replaced whole, at the same place in the tab order', async () => {
    const input = inputBook();
    const first = await openedWith(input);
    applySheetDescriptions(first, [describeSheet({ name: 'Xếp hạng', values: [['cũ', 'cũ', 'cũ'], ['cũ', null, null]] })]);
    // The user moves our sheet to the first tab (exceljs plays Excel: it reads and saves the file).
    const moved = await readByExcelJs(first);
    (moved.getWorksheet('Xếp hạng') as unknown as { orderNo: number }).orderNo = -1;
    const second = await openedWith(moved);
    applySheetDescriptions(second, [describeSheet({ name: 'Xếp hạng', values: [['Hạng', 'Đơn vị']] })]);
    const back = await reopened(second);
    expect(back.sheets.map((s) => s.name)).toEqual(['Xếp hạng', 'Thành viên', 'Tự chấm']);
    const read = await readXlsxBytes(await workbookBytes(back), 'x.xlsx', all);
    expect(read.input.sheets[0].values).toEqual([['Hạng', 'Đơn vị']]);
  });

  test('our sheet renamed by a user is replaced too (the mark moved with it, as Excel moves it)', async () => {
    const wb = await openedWith(inputBook());
    applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng' })]);
    const renamed = await readByExcelJs(wb);
    renamed.getWorksheet('Xếp hạng')!.name = 'Xếp hạng năm trước';
    renamed.definedNames.model = [{ name: 'CumThiDua_XepHang', ranges: ["'Xếp hạng năm trước'!$A$1"] }];
    const again = await openedWith(renamed);
    applySheetDescriptions(again, [describeSheet({ name: 'Xếp hạng' })]);
    expect(again.sheets.map((s) => s.name)).toEqual(['Thành viên', 'Tự chấm', 'Xếp hạng']);
  });

  test('new output sheets go after the input sheets, in the order described', async () => {
    const wb = await openedWith(inputBook());
    applySheetDescriptions(wb, [describeSheet({ name: 'Kết quả kiểm tra', key: 'check', mark: 'CumThiDua_KetQuaKiemTra' }), describeSheet({ name: 'Xếp hạng' })]);
    const back = await readByExcelJs(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Thành viên', 'Tự chấm', 'Kết quả kiểm tra', 'Xếp hạng']);
  });
});

describe('input sheets keep every value', () => {
  test('cell by cell, formulas included', async () => {
    const wb = await openedWith(inputBook());
    const before = await readXlsxBytes(await workbookBytes(wb));
    applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng' })]);
    const after = await readXlsxBytes(await workbookBytes(wb));
    for (const sheet of before.input.sheets) {
      const again = after.input.sheets.find((s) => s.name === sheet.name);
      expect(again?.values).toEqual(sheet.values);
    }
    const f2 = (await readByExcelJs(wb)).getWorksheet('Tự chấm')!.getCell('F2').value as ExcelJS.CellFormulaValue;
    expect(f2.formula).toBe('D2+E2');
  });
});

describe('page setup for printing (docs/tai-lieu-in.md)', () => {
  let ws: ExcelJS.Worksheet;
  let sheetText: string;
  beforeAll(async () => {
    const wb = newWorkbook();
    applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng', pageSetup: LANDSCAPE_A4, freezeRows: 8 })]);
    ws = (await readByExcelJs(wb)).getWorksheet('Xếp hạng')!;
    const again = await reopened(wb);
    const part = again.sheets.find((x) => x.name === 'Xếp hạng')!.part!;
    sheetText = new TextDecoder().decode(again.pkg.read(part)!);
  });

  test('A4 (paper size 9), landscape', () => {
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  test('margins in inches: 2 cm top and bottom, 3 cm left, 1.5 cm right', () => {
    const m = ws.pageSetup.margins!;
    expect(m.top).toBeCloseTo(2 / 2.54, 3);
    expect(m.bottom).toBeCloseTo(2 / 2.54, 3);
    expect(m.left).toBeCloseTo(3 / 2.54, 3);
    expect(m.right).toBeCloseTo(1.5 / 2.54, 3);
    expect(cmToInches(2.54)).toBe(1);
  });

  test('fit all columns to one page wide, rows flow onto as many pages as needed', () => {
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
  });

  test('header rows repeated on every page, the print area', () => {
    expect(ws.pageSetup.printTitlesRow).toBe('7:8');
    expect(ws.pageSetup.printArea).toBe('A1:H20');
    expect(ws.pageSetup.horizontalCentered).toBe(true);
  });

  test('page number centred at the top from page 2 (a first page of its own, no header), the fingerprint in every footer', () => {
    const footer = '&C&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18';
    expect(ws.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&C&"Times New Roman,Regular"&13&P',
      oddFooter: footer,
      firstFooter: footer,
    });
    expect(ws.headerFooter.firstHeader).toBeUndefined();
  });

  test('manual page breaks: above row 13 (0-based 12), across every column', () => {
    // exceljs does not read row breaks back: the element as written (ECMA-376 CT_PageBreak).
    expect(sheetText).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="12" max="16383" man="1"/></rowBreaks>');
  });

  test('gridlines off; header rows frozen', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8, showGridLines: false });
  });
});

describe('an input sheet set up to print (the template, the log)', () => {
  test('gridlines kept on screen and printed, no print area, the header row repeated, the page number from page 2', async () => {
    const wb = newWorkbook();
    applySheetDescriptions(wb, [describeSheet({ name: 'Cấu hình', key: 'input', mark: null, columnWidths: [38, 48], freezeRows: 1, pageSetup: workingPageSetup([38, 48], 1) })]);
    const again = await reopened(wb);
    const part = again.sheets.find((x) => x.name === 'Cấu hình')!.part!;
    const xml = new TextDecoder().decode(again.pkg.read(part)!);
    expect(xml).not.toContain('showGridLines');
    expect(xml).toContain('<printOptions gridLines="1"/>');
    expect(xml).toContain('orientation="portrait"');
    expect(xml).toContain('<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;"Times New Roman,Regular"&amp;13&amp;P</oddHeader></headerFooter>');
    const names = again.info.definedNames.map((n) => n.raw).join('\n');
    expect(names).toContain('_xlnm.Print_Titles');
    expect(names).not.toContain('_xlnm.Print_Area');
  });
});

describe('rules drawn as borders on the outer edges of a range (docs/tai-lieu-in.md, header block)', () => {
  test('a top edge on B2:C3 is on the first row of the range only; styles per edge, other borders kept', async () => {
    const wb = newWorkbook();
    applySheetDescriptions(wb, [
      describeSheet({
        name: 'Xếp hạng',
        values: [[null, null, null], [null, null, null], [null, null, null]],
        styles: [
          { range: 'B2:C3', style: { edges: { top: 'thin' } } },
          { range: 'A1', style: { border: true } },
          { range: 'A1', style: { edges: { bottom: 'double' } } },
          { range: 'A3:C3', style: { edges: { right: 'medium' } } },
        ],
        merges: ['B2:C2'],
      }),
    ]);
    const ws = (await readByExcelJs(wb)).getWorksheet('Xếp hạng')!;
    const edge = (ref: string, side: 'top' | 'bottom' | 'left' | 'right') => ws.getCell(ref).border?.[side]?.style;
    expect([edge('B2', 'top'), edge('C2', 'top'), edge('B3', 'top'), edge('B2', 'bottom')]).toEqual(['thin', 'thin', undefined, undefined]);
    expect([edge('A1', 'top'), edge('A1', 'left'), edge('A1', 'bottom')]).toEqual(['thin', 'thin', 'double']);
    expect([edge('A3', 'right'), edge('B3', 'right'), edge('C3', 'right')]).toEqual([undefined, undefined, 'medium']);
  });
});

describe('look of the sheet: font, styles, merges, widths, links, notes, lists', () => {
  let ws: ExcelJS.Worksheet;
  let read: Awaited<ReturnType<typeof readXlsxBytes>>;
  beforeAll(async () => {
    const wb = await openedWith(inputBook());
    applySheetDescriptions(wb, [
      describeSheet({
        name: 'Kết quả kiểm tra',
        key: 'check',
        mark: 'CumThiDua_KetQuaKiemTra',
        values: [
          ['KẾT QUẢ KIỂM TRA', null, null],
          ['Mức độ', 'Ô', 'Nội dung'],
          ['Lỗi', 'D2', 'Điểm vượt mức tối đa'],
        ],
        styles: [
          { range: 'A1', style: { bold: true, fontSize: 14, hAlign: 'center' } },
          { range: 'A2:C3', style: { border: true, wrap: true } },
          { range: 'A2:C2', style: { bold: true, fill: 'D9E1F2' } },
          { range: 'C3', style: { color: 'C00000', numberFormat: '@' } },
        ],
        merges: ['A1:C1'],
        columnWidths: [10, 8, 60],
        rowHeights: [{ row: 0, height: 24 }],
        links: [{ cell: 'B3', sheet: 'Tự chấm', target: 'D2' }],
        notes: [{ cell: 'C3', text: 'Tỉnh Nghệ An tự chấm 9,5 điểm' }],
        validations: [{ range: 'A3:A10', list: ['Lỗi', 'Cảnh báo', 'Thông tin'] }],
      }),
    ]);
    const bytes = await workbookBytes(wb);
    read = await readXlsxBytes(bytes, 'x.xlsx', all);
    ws = (await readByExcelJs(bytes)).getWorksheet('Kết quả kiểm tra')!;
  });

  test('the sheet font everywhere, sizes and emphasis per range, later ranges winning', () => {
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(ws.getCell('C3').font).toMatchObject({ name: 'Times New Roman', size: 12, color: { argb: 'FFC00000' } });
    expect(ws.getCell('B2').font).toMatchObject({ bold: true });
    expect(ws.getCell('B2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('B2').border.left).toMatchObject({ style: 'thin' });
    expect(ws.getCell('C3').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('C3').numFmt).toBe('@');
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
  });

  test('merges, column widths and row heights', () => {
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getColumn(3).width).toBe(60);
    expect(ws.getRow(1).height).toBe(24);
  });

  test('a link jumps to the cell in its sheet and still shows the text', () => {
    const v = ws.getCell('B3').value as ExcelJS.CellFormulaValue;
    expect(v.formula).toBe(`HYPERLINK("#'Tự chấm'!D2","D2")`);
    const grid = read.input.sheets.find((s) => s.name === 'Kết quả kiểm tra')!;
    expect(grid.values[2][1]).toBe('D2');
  });

  test('notes and drop-down lists', () => {
    // exceljs gives a note it read as its runs of text (with the note's box), or as a string.
    const note = ws.getCell('C3').note as string | { texts: { text: string }[] };
    expect(typeof note === 'string' ? note : note.texts.map((t) => t.text).join('')).toBe('Tỉnh Nghệ An tự chấm 9,5 điểm');
    const dv = (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation } }).dataValidations.find('A5');
    expect(dv).toMatchObject({ type: 'list', formulae: ['"Lỗi,Cảnh báo,Thông tin"'] });
  });
});

describe('a sheet name Excel would refuse changes nothing', () => {
  test('checked before any sheet is replaced', async () => {
    const wb = await openedWith(inputBook());
    applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng' })]);
    expect(() => applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng' }), describeSheet({ name: 'Tổng hợp: điểm', mark: 'CumThiDua_TongHopDiem' })])).toThrow(/sheet name/);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Thành viên', 'Tự chấm', 'Xếp hạng']);
  });
});

describe('running again does not make the file grow', () => {
  test('the same sheets written twice: styles.xml keeps its size', async () => {
    const wb = await openedWith(inputBook());
    const sheet = describeSheet({ name: 'Xếp hạng', styles: [{ range: 'A1:C1', style: { bold: true, fill: 'D9E1F2', border: true } }] });
    applySheetDescriptions(wb, [sheet]);
    const once = (await reopened(wb)).pkg.read('xl/styles.xml')!.length;
    const again = await reopened(wb);
    applySheetDescriptions(again, [sheet]);
    expect((await reopened(again)).pkg.read('xl/styles.xml')!.length).toBe(once);
  });
});
