/**
 * Reads an .xlsx held in memory into the core's input (src/core/grid.ts): every worksheet in tab
 * order as a grid of plain values from A1 to the last cell holding a value, and our marks. Only
 * what the core needs is inflated and parsed: the workbook part and its relationships, the shared
 * strings, and the values of the sheets read (book/ and read/); styles, drawings, charts and the
 * rest of the package are never opened. No Node APIs here: the browser's worker uses it too.
 *
 * Which sheets are read: every worksheet except the program's own output sheets, whose values the
 * core never reads (it recognises them by their marks); the run log `Nhật ký` is read, since the
 * lock lives in it. `{ outputSheets: true }` reads those too (tests that look at what was written).
 */
import { LOG_SHEET, MAX_INPUT_CELLS, sizeProblem, type CellValue, type SheetGrid, type WorkbookInput } from '../core/index';
import { Workbook } from './book/workbook';
import { WorkbookFileError } from './errors';
import { fileKindOf } from './fileKind';
import { XlsxPackage } from './package/xlsxPackage';
import { readSharedStrings } from './read/sharedStrings';
import { readSheetValues, type SparseSheet, type ValueBudget } from './read/sheetValues';
import { asFileError } from './fileErrors';

export { asFileError } from './fileErrors';

export interface LoadedWorkbook {
  /** The workbook, kept to write the result into without reading the file again. */
  workbook: Workbook;
  input: WorkbookInput;
}

export interface ReadOptions {
  /** Read the values of our own output sheets too (default: only the log among ours). */
  outputSheets?: boolean;
  /** Told the bytes inflated so far (progress of a long read). */
  onProgress?(inflated: number): void;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Opens workbook bytes: the package's directory and its workbook part; nothing else is inflated.
 * Throws WorkbookFileError.
 */
export function loadWorkbook(data: ArrayBuffer | Uint8Array, file: string): { workbook: Workbook; marks: Map<string, string> } {
  const bytes = toBytes(data);
  const kind = fileKindOf(bytes);
  if (kind === 'encrypted') throw new WorkbookFileError('encrypted', file);
  if (kind === 'legacyXls') throw new WorkbookFileError('legacyXls', file);
  if (kind !== 'zip') throw new WorkbookFileError('notXlsx', file);
  try {
    const workbook = new Workbook(XlsxPackage.open(bytes), file);
    // A zip without worksheets (a .docx, an archive) is not a workbook.
    if (workbook.worksheets.length === 0) throw new WorkbookFileError('notXlsx', file);
    return { workbook, marks: workbook.marks() };
  } catch (e) {
    throw asFileError(e, file);
  }
}

/** The used range from A1 to the last value. */
const usedRangeOf = (s: SparseSheet): { rows: number; columns: number } => (s.width === 0 ? { rows: 0, columns: 0 } : { rows: s.height, columns: s.width });

/** A sheet the core will refuse as too large: its name and used range, without a grid. */
const sizeOnlyGrid = (s: SparseSheet): SheetGrid => ({ name: s.name, values: [], top: 0, left: 0, usedRange: usedRangeOf(s) });

function denseGrid(s: SparseSheet): SheetGrid {
  const { rows, height, width } = s;
  const values: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r++) {
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

const cellsOf = (s: SparseSheet): number => s.height * s.width;

/**
 * The core's input from a loaded workbook: all worksheets in tab order, and our marks. Sizes are
 * known before any grid is built: when the sheets read are over the core's limit, every sheet
 * comes back as its size only and the core refuses the workbook with the figure, without this
 * shell filling memory first. Throws WorkbookFileError.
 */
export function workbookInput(workbook: Workbook, marks: Map<string, string> = workbook.marks(), options: ReadOptions = {}, file = 'workbook.xlsx'): WorkbookInput {
  try {
    return readInput(workbook, marks, options);
  } catch (e) {
    throw asFileError(e, file);
  }
}

function readInput(workbook: Workbook, marks: Map<string, string>, options: ReadOptions): WorkbookInput {
  const { pkg, info } = workbook;
  pkg.resetBudget();
  pkg.onInflated = options.onProgress;
  const markedSheets = [...new Set(marks.values())];
  const markList = [...marks].map(([mark, sheet]) => ({ mark, sheet }));
  const logSheet = markList.find((m) => m.mark.toLowerCase() === LOG_SHEET.mark.toLowerCase())?.sheet;
  const skip = new Set(options.outputSheets ? [] : markedSheets.filter((s) => s !== logSheet));

  const sharedStrings = readSharedStrings(pkg, info.sharedStrings);
  // Values stored at most: a little over the core's limit (ours and the log do not count there).
  const budget: ValueBudget = { left: MAX_INPUT_CELLS + 1 };
  const sparse: SparseSheet[] = [];
  let measuredOnly = false;
  for (const s of workbook.worksheets) {
    if (skip.has(s.name)) {
      sparse.push({ name: s.name, rows: [], height: 0, width: 0, count: 0, measuredOnly: false });
      continue;
    }
    const read = readSheetValues(pkg, s.part!, s.name, { sharedStrings, date1904: info.date1904, budget });
    if (read.measuredOnly) measuredOnly = true;
    sparse.push(read);
  }
  pkg.onInflated = undefined;
  const sizes: WorkbookInput = { sheets: sparse.map(sizeOnlyGrid), markedSheets, marks: markList };
  if (measuredOnly || sizeProblem(sizes) !== null) return sizes;
  // A sheet whose used range alone is huge (one stray value in row 1 048 576) is given as its size.
  return { sheets: sparse.map((s) => (cellsOf(s) > MAX_INPUT_CELLS ? sizeOnlyGrid(s) : denseGrid(s))), markedSheets, marks: markList };
}

/** Bytes of an .xlsx → the workbook and the core's input. */
export async function readXlsxBytes(data: ArrayBuffer | Uint8Array, file = 'workbook.xlsx', options: ReadOptions = {}): Promise<LoadedWorkbook> {
  const { workbook, marks } = loadWorkbook(data, file);
  return { workbook, input: workbookInput(workbook, marks, options, file) };
}

/** One worksheet's grid (all its values), e.g. to look at what was written. */
export function sheetGrid(workbook: Workbook, name: string): SheetGrid | undefined {
  const input = workbookInput(workbook, workbook.marks(), { outputSheets: true });
  return input.sheets.find((s) => s.name === name);
}
