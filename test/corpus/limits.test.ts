/**
 * Limits instead of freezes (issue 6, part 5): a workbook whose sheets hold more than
 * 2 000 000 used cells is refused at once, before any parsing, with the figure and the limit —
 * by the core, so that every shell refuses it the same way; and the file shell never builds a
 * grid of a million rows only for the core to refuse it.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, WorkbookInput } from '../../src/core/grid';
import { checkWorkbook } from '../../src/core/index';
import { problemMessage } from '../../src/core/words';
import { gridSize, inputSizes, MAX_INPUT_CELLS, sizeProblem } from '../../src/core/read/limits';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { readXlsxBytes } from '../../src/file/readXlsx';

/** A workbook as exceljs (playing Excel) saves it. */
const workbookBytes = async (wb: ExcelJS.Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());
import { baseBook } from './base';
import type { CorpusBook } from './book';

/** Grids of the base workbook, as plain values. */
function baseInput(): WorkbookInput {
  const book: CorpusBook = baseBook();
  return { sheets: book.sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => r.map((v) => v as CellValue)) })) };
}

/** A sheet of `rows` rows × `cols` columns without filling it (holes read as blank). */
function bigGrid(name: string, rows: number, cols: number): SheetGrid {
  const values: CellValue[][] = new Array(rows);
  for (let r = 0; r < rows; r++) values[r] = new Array(cols);
  return { name, values };
}

describe('the limit is 2 000 000 used cells in the sheets read', () => {
  it('is the number the issue states', () => {
    expect(MAX_INPUT_CELLS).toBe(2_000_000);
  });

  it('a sheet counts its rows × its widest row', () => {
    expect(gridSize({ name: 'Tự chấm', values: [['Mã', 'TH'], ['I.1', 19, 'ghi chú'], []] })).toEqual({ name: 'Tự chấm', rows: 3, columns: 3, cells: 9 });
  });

  it('a shell’s usedRange counts when it did not load the values', () => {
    expect(gridSize({ name: 'Ghi chú', values: [], usedRange: { rows: 1_048_576, columns: 4 } })).toEqual({
      name: 'Ghi chú',
      rows: 1_048_576,
      columns: 4,
      cells: 4_194_304,
    });
  });

  it('the program’s own marked output sheets are not counted', () => {
    const input: WorkbookInput = { sheets: [bigGrid('Kết quả kiểm tra', 3000, 1000), { name: 'Tự chấm', values: [['Mã']] }], markedSheets: ['Kết quả kiểm tra'] };
    expect(inputSizes(input).map((s) => s.name)).toEqual(['Tự chấm']);
    expect(sizeProblem(input)).toBeNull();
  });

  it('exactly at the limit is accepted; one cell more is refused', () => {
    const at = { sheets: [{ name: 'Ghi chú', values: [], usedRange: { rows: 2_000_000, columns: 1 } }] };
    const over = { sheets: [{ name: 'Ghi chú', values: [], usedRange: { rows: 2_000_001, columns: 1 } }] };
    expect(sizeProblem(at)).toBeNull();
    expect(sizeProblem(over)?.code).toBe('SHEET_TOO_LARGE');
  });

  it('nonsense sizes never throw and count nothing', () => {
    const junk = [
      { name: 'a', values: null, usedRange: { rows: -5, columns: Number.NaN } },
      { name: 'b', values: 'x', usedRange: 'big' },
      { name: 'c', values: [null, 3, 'x'] },
      null,
    ] as unknown as SheetGrid[];
    expect(() => sizeProblem({ sheets: junk })).not.toThrow();
    expect(inputSizes({ sheets: junk }).map((s) => s.cells)).toEqual([0, 0, 0, 0]);
  });
});

describe('one sheet over the limit: SHEET_TOO_LARGE, before any parsing', () => {
  const input = baseInput();
  input.sheets.push({ name: 'Ghi chú', values: [], usedRange: { rows: 1_048_576, columns: 4 } });

  it('is the only problem, on that sheet, with its rows, columns, cells and the limit; nothing is read', () => {
    const read = readWorkbook(input);
    expect(read.workbook).toBeNull();
    expect(read.notScoringWorkbook).toBe(false);
    expect(read.problems).toEqual([
      { severity: 'error', code: 'SHEET_TOO_LARGE', sheet: 'Ghi chú', cell: '', params: { rows: 1_048_576, cols: 4, cells: 4_194_304, limit: 2_000_000 } },
    ]);
  });

  it('even when the workbook has other faults: they are not looked for', () => {
    const broken: WorkbookInput = { sheets: [{ name: 'Ghi chú', values: [], usedRange: { rows: 1_048_576, columns: 4 } }] };
    expect(checkWorkbook(broken).problems.map((p) => p.code)).toEqual(['SHEET_TOO_LARGE']);
  });

  it('says the figure and the limit, in Vietnamese and in English', () => {
    const p = readWorkbook(input).problems[0];
    expect(problemMessage(p, 'vi')).toContain('1.048.576 dòng × 4 cột = 4.194.304 ô đã dùng), vượt giới hạn 2.000.000 ô');
    expect(problemMessage(p, 'en')).toContain('1,048,576 rows × 4 columns = 4,194,304 used cells), over the limit of 2,000,000 cells');
  });
});

describe('several sheets together over the limit: WORKBOOK_TOO_LARGE, naming the largest', () => {
  // Three cross-scoring-sized sheets of 800 000 cells each: none alone is over the limit.
  const input = baseInput();
  input.sheets.push(bigGrid('Số liệu 2020', 800, 1000), bigGrid('Số liệu 2021', 900, 1000), bigGrid('Số liệu 2019', 700, 1000));

  it('gives the total, the limit and the largest sheet', () => {
    const read = readWorkbook(input);
    expect(read.workbook).toBeNull();
    const base = inputSizes(baseInput()).reduce((n, s) => n + s.cells, 0);
    expect(read.problems).toEqual([
      {
        severity: 'error',
        code: 'WORKBOOK_TOO_LARGE',
        sheet: '',
        cell: '',
        params: { cells: 2_400_000 + base, limit: 2_000_000, sheet: 'Số liệu 2021', sheetCells: 900_000 },
      },
    ]);
    expect(problemMessage(read.problems[0], 'vi')).toContain('Trang lớn nhất là “Số liệu 2021” (900.000 ô)');
  });
});

describe('the file shell sizes each sheet before building its grid', () => {
  it('a stray value in A1048576 gives the size only, not a million rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').addRow(['Ngày', 'Người ghi', 'Nội dung', 'Ghi chú']);
    wb.getWorksheet('Ghi chú')!.getCell('A1048576').value = 'x';
    wb.addWorksheet('Tự chấm').addRows([['Mã', 'TH'], ['I.1', 19]]);
    const { input } = await readXlsxBytes(await workbookBytes(wb));
    expect(input.sheets.map((s) => [s.name, s.values.length, s.usedRange])).toEqual([
      ['Ghi chú', 0, { rows: 1_048_576, columns: 4 }],
      ['Tự chấm', 0, { rows: 2, columns: 2 }],
    ]);
    expect(checkWorkbook(input).problems.map((p) => [p.code, p.sheet, (p.params as { cells?: number }).cells])).toEqual([['SHEET_TOO_LARGE', 'Ghi chú', 4_194_304]]);
  });

  it('sheets under the limit together are read in full, trailing formatted-only rows left out', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tự chấm');
    ws.addRows([['Mã', 'TH'], ['I.1', 19]]);
    // Formatting without a value below and to the right of the table is not part of the grid.
    ws.getCell('F40').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    const { input } = await readXlsxBytes(await workbookBytes(wb));
    expect(input.sheets[0]).toEqual({ name: 'Tự chấm', values: [['Mã', 'TH'], ['I.1', 19]], top: 0, left: 0 });
    expect(input.sheets[0].usedRange).toBeUndefined();
  });
});
