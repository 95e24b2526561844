/**
 * Writing cell values into an existing sheet (src/file/forms/fillCells.ts): a blank cell keeps
 * its format, a cell missing from its row or a row missing from the sheet is added in order with
 * the format Excel shows there, a text cell becomes a number, a formula cell is refused with
 * nothing changed, and formulas elsewhere make the workbook recalculate on load.
 */
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/file/readXlsx';
import { fillCells, FormulaCellError } from '../../src/file/forms/fillCells';
import { sheetGrid } from '../../src/file/readXlsx';
import { workbookBytes } from '../../src/file/writeXlsx';

async function book(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Tự chấm'));
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'ghi chép';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sheetXml = (bytes: Uint8Array): string => {
  const { workbook } = loadWorkbook(bytes, 'x.xlsx');
  return new TextDecoder().decode(workbook.pkg.read(workbook.sheet('Tự chấm')!.part!)!);
};

test('a blank formatted cell gets the value and keeps its format; other cells and parts keep their bytes', async () => {
  const bytes = await book((ws) => {
    ws.getCell('A1').value = 'I.1';
    ws.getCell('B1').numFmt = '0.00';
    ws.getCell('C1').value = 3;
  });
  const { workbook } = loadWorkbook(bytes, 'x.xlsx');
  const before = sheetXml(bytes);
  const other = workbook.pkg.read(workbook.sheet('Ghi chú')!.part!)!;
  fillCells(workbook, [{ sheet: 'Tự chấm', row: 0, col: 1, value: 9.5 }]);
  const out = await workbookBytes(workbook);
  const after = sheetXml(out);
  const cell = /<c r="B1"[^>]*?\/>/.exec(before)![0];
  expect(after).toBe(before.replace(cell, cell.replace('/>', '><v>9.5</v></c>')));
  const reopened = loadWorkbook(out, 'x.xlsx').workbook;
  expect(reopened.pkg.read(reopened.sheet('Ghi chú')!.part!)).toEqual(other);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out as unknown as ArrayBuffer);
  expect(wb.getWorksheet('Tự chấm')!.getCell('B1').value).toBe(9.5);
  expect(wb.getWorksheet('Tự chấm')!.getCell('B1').numFmt).toBe('0.00');
});

test('cells missing from a row and rows missing from the sheet are added in order', async () => {
  const bytes = await book((ws) => {
    ws.getCell('A2').value = 'I.1';
    ws.getCell('D2').value = 1;
    ws.getCell('A5').value = 'I.3';
  });
  const { workbook } = loadWorkbook(bytes, 'x.xlsx');
  fillCells(workbook, [
    { sheet: 'Tự chấm', row: 1, col: 2, value: 7 },
    { sheet: 'Tự chấm', row: 1, col: 5, value: 8 },
    { sheet: 'Tự chấm', row: 2, col: 1, value: 0.25 },
    { sheet: 'Tự chấm', row: 6, col: 0, value: 0 },
  ]);
  const out = await workbookBytes(workbook);
  expect(sheetGrid(loadWorkbook(out, 'x.xlsx').workbook, 'Tự chấm')!.values).toEqual([
    [null, null, null, null, null, null],
    ['I.1', null, 7, 1, null, 8],
    [null, 0.25, null, null, null, null],
    [null, null, null, null, null, null],
    ['I.3', null, null, null, null, null],
    [null, null, null, null, null, null],
    [0, null, null, null, null, null],
  ]);
  const xml = sheetXml(out);
  expect(xml.indexOf('r="C2"')).toBeLessThan(xml.indexOf('r="D2"'));
  expect(xml.indexOf('<row r="3"')).toBeLessThan(xml.indexOf('<row r="5"'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out as unknown as ArrayBuffer);
  expect(wb.getWorksheet('Tự chấm')!.getCell('F2').value).toBe(8);
});

test('a number typed as text becomes the number; a formula cell is refused and nothing changes', async () => {
  const bytes = await book((ws) => {
    ws.getCell('A1').value = '9,5';
    ws.getCell('B1').value = { formula: '4+5', result: 9 };
  });
  const { workbook } = loadWorkbook(bytes, 'x.xlsx');
  const before = await workbookBytes(workbook);
  expect(() =>
    fillCells(workbook, [
      { sheet: 'Tự chấm', row: 0, col: 0, value: 9.5 },
      { sheet: 'Tự chấm', row: 0, col: 1, value: 9 },
    ]),
  ).toThrow(FormulaCellError);
  expect(await workbookBytes(workbook)).toEqual(before);
  fillCells(workbook, [{ sheet: 'Tự chấm', row: 0, col: 0, value: 9.5 }]);
  const out = await workbookBytes(workbook);
  expect(sheetGrid(loadWorkbook(out, 'x.xlsx').workbook, 'Tự chấm')!.values[0]).toEqual([9.5, 9]);
  expect(sheetXml(out)).toMatch(/<c r="A1"[^>]*><v>9\.5<\/v><\/c>/);
  expect(sheetXml(out)).not.toMatch(/<c r="A1"[^>]*t=/);
  // The formula of B1 may depend on what was written: Excel recalculates on load.
  expect(new TextDecoder().decode(loadWorkbook(out, 'x.xlsx').workbook.pkg.read('xl/workbook.xml')!)).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
});
