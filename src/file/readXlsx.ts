/**
 * Reads an .xlsx held in memory into the core's input (src/core/grid.ts): every worksheet in tab
 * order as a grid of plain values from A1 to the last used cell, and the sheets carrying our
 * mark. No Node APIs here, so a browser page can use it with the bytes of a chosen file; the
 * file-system parts are in nodeFiles.ts.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, WorkbookInput } from '../core/grid';
import { MAX_INPUT_CELLS, sizeProblem } from '../core/read/limits';
import { plainValue } from './cellValue';
import { captureDefinedNames, marksOf, rawFromExcelJs, repairLoadedNames } from './definedNames';
import { WorkbookFileError } from './errors';
import { fileKindOf } from './fileKind';

export interface LoadedWorkbook {
  /** The exceljs workbook, kept to write the result into without reading the file again. */
  workbook: ExcelJS.Workbook;
  input: WorkbookInput;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Loads workbook bytes with exceljs. `file` names the file in error messages.
 * Throws WorkbookFileError ('notXlsx' | 'legacyXls' | 'encrypted' | 'corrupt').
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, file: string): Promise<{ workbook: ExcelJS.Workbook; marks: Map<string, string> }> {
  const bytes = toBytes(data);
  const kind = fileKindOf(bytes);
  if (kind === 'encrypted') throw new WorkbookFileError('encrypted', file);
  if (kind === 'legacyXls') throw new WorkbookFileError('legacyXls', file);
  if (kind !== 'zip') throw new WorkbookFileError('notXlsx', file);

  const workbook = new ExcelJS.Workbook();
  const rawNames = captureDefinedNames(workbook);
  try {
    // exceljs's typings ask for a Node Buffer; a Uint8Array is what it actually needs (JSZip).
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookFileError('corrupt', file, e);
  }
  // A zip without a workbook part (a .docx, an archive) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) throw new WorkbookFileError('notXlsx', file);

  const raw = rawNames() ?? rawFromExcelJs(workbook);
  repairLoadedNames(workbook, raw);
  const marks = marksOf(raw, workbook.worksheets.map((w) => w.name));
  return { workbook, marks };
}

/** A worksheet's values as exceljs holds them: only the rows that have a value, A1-based. */
interface SparseSheet {
  name: string;
  /** Sparse: rows[r] exists only for rows holding a value; its length is the last such row. */
  rows: CellValue[][];
  /** The last column holding a value (1-based), i.e. the grid's width from A1. */
  width: number;
}

/**
 * One pass over the cells exceljs loaded, allocating only the rows that hold a value. A merged
 * area's value sits in its top-left cell only (exceljs repeats it in every merged cell; Excel and
 * Office.js do not). Trailing rows and columns without a value (only formatting) are left out.
 */
function sparseSheet(ws: ExcelJS.Worksheet): SparseSheet {
  const rows: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let line: CellValue[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = plainValue(cell.value);
      if (v === null || v === undefined) return;
      if (!line) line = rows[rowNumber - 1] = [];
      line[colNumber - 1] = v;
      if (colNumber > width) width = colNumber;
    });
  });
  return { name: ws.name, rows, width };
}

/** The used range from A1 to the last value: what the dense grid would hold. */
function usedRangeOf(s: SparseSheet): { rows: number; columns: number } {
  return s.width === 0 ? { rows: 0, columns: 0 } : { rows: s.rows.length, columns: s.width };
}

/**
 * A sheet the core will refuse as too large (src/core/read/limits.ts): its name and used range,
 * without building a grid of a million rows first.
 */
function sizeOnlyGrid(s: SparseSheet): SheetGrid {
  return { name: s.name, values: [], top: 0, left: 0, usedRange: usedRangeOf(s) };
}

function denseGrid(s: SparseSheet): SheetGrid {
  const { rows, width } = s;
  const values: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r];
    const line: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const v = src === undefined ? undefined : src[c];
      line[c] = v === undefined ? null : v;
    }
    values[r] = line;
  }
  return { name: s.name, values, top: 0, left: 0 };
}

const cellsOf = (s: SparseSheet): number => {
  const used = usedRangeOf(s);
  return used.rows * used.columns;
};

/**
 * The grid of one worksheet, A1-based. A sheet whose used range alone is over the core's limit
 * (one stray value in row 1 048 576) comes back as its size only, for the core to refuse.
 */
export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const s = sparseSheet(ws);
  return cellsOf(s) > MAX_INPUT_CELLS ? sizeOnlyGrid(s) : denseGrid(s);
}

/**
 * The core's input from a loaded workbook: all sheets in tab order, and our marked sheets. The
 * sizes are measured before any grid is built: when the sheets the core reads are over its limit
 * together, every sheet comes back as its size only and the core refuses the workbook with the
 * figure, instead of this shell filling memory first.
 */
export function workbookInput(workbook: ExcelJS.Workbook, marks: Map<string, string>): WorkbookInput {
  const markedSheets = [...new Set(marks.values())];
  // Which mark points at which sheet (the run log is found by its mark: src/core/log/readLog.ts).
  const markList = [...marks].map(([mark, sheet]) => ({ mark, sheet }));
  const sparse = workbook.worksheets.map(sparseSheet);
  const sizes: WorkbookInput = { sheets: sparse.map(sizeOnlyGrid), markedSheets, marks: markList };
  if (sizeProblem(sizes) !== null) return sizes;
  return { sheets: sparse.map(denseGrid), markedSheets, marks: markList };
}

/** Bytes of an .xlsx → the workbook and the core's input. */
export async function readXlsxBytes(data: ArrayBuffer | Uint8Array, file = 'workbook.xlsx'): Promise<LoadedWorkbook> {
  const { workbook, marks } = await loadWorkbook(data, file);
  return { workbook, input: workbookInput(workbook, marks) };
}
