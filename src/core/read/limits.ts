/**
 * Limits instead of freezes: a workbook too large to check in reasonable time is refused at once,
 * with its size and the limit, before any parsing. Every shell hands the core its grids, so the
 * refusal is the same in Excel, on the web and on the command line.
 *
 * What counts: the used range of every sheet the program reads — all sheets but its own marked
 * output sheets, since every shell has to load them (a note sheet with a stray value in row
 * 1 048 576 costs as much as a score sheet of that size). A sheet's size is its rows × its widest
 * row, or the used range a shell reports without loading it (SheetGrid.usedRange), whichever is
 * larger. Counting costs one step per row, never per cell.
 */
import type { SheetGrid, WorkbookInput } from '../grid';
import { problem, type Problem } from '../problems';
import { matchKey } from '../text';

/**
 * At most this many used cells in the sheets read (issue 6: "over 2,000,000 used cells"). A large
 * real cluster (34 members, 300 criteria, 34 cross-scoring sheets) has about 380 000, so the limit
 * leaves five times that room; only 100 members cross-scoring each other on some 190 criteria or
 * more reach it.
 */
export const MAX_INPUT_CELLS = 2_000_000;

export interface SheetSize {
  name: string;
  rows: number;
  columns: number;
  /** rows × columns. */
  cells: number;
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/** The size of one grid, from its row count and widest row (or the shell's figure, if larger). */
export function gridSize(grid: SheetGrid | null | undefined): SheetSize {
  const g = (grid ?? {}) as Partial<SheetGrid>;
  const name = typeof g.name === 'string' ? g.name : '';
  const values: readonly unknown[] = Array.isArray(g.values) ? g.values : [];
  let columns = 0;
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    if (Array.isArray(line) && line.length > columns) columns = line.length;
  }
  let rows = values.length;
  const used = g.usedRange as { rows?: unknown; columns?: unknown } | null | undefined;
  if (used && typeof used === 'object') {
    const usedRows = count(used.rows);
    const usedColumns = count(used.columns);
    if (usedRows * usedColumns > rows * columns) {
      rows = usedRows;
      columns = usedColumns;
    }
  }
  return { name, rows, columns, cells: rows * columns };
}

/** The sizes of the sheets the program reads: all but its own marked output sheets. */
export function inputSizes(input: WorkbookInput | null | undefined): SheetSize[] {
  const grids: readonly unknown[] = Array.isArray(input?.sheets) ? input.sheets : [];
  const marked = new Set(
    (Array.isArray(input?.markedSheets) ? input.markedSheets : []).filter((n): n is string => typeof n === 'string').map((n) => matchKey(n)),
  );
  const sizes: SheetSize[] = [];
  for (const g of grids) {
    const size = gridSize(g as SheetGrid);
    if (!marked.has(matchKey(size.name))) sizes.push(size);
  }
  return sizes;
}

/**
 * The refusal when the sheets read are over the limit, else null. One sheet over the limit on
 * its own is named (SHEET_TOO_LARGE, with its rows and columns): that is where the user has to
 * clear the stray cells. Otherwise the whole workbook is (WORKBOOK_TOO_LARGE), naming its
 * largest sheet.
 */
export function sizeProblem(input: WorkbookInput | null | undefined, limit: number = MAX_INPUT_CELLS): Problem | null {
  const sizes = inputSizes(input);
  let total = 0;
  let largest: SheetSize | null = null;
  for (const s of sizes) {
    total += s.cells;
    if (!largest || s.cells > largest.cells) largest = s;
  }
  if (!largest || total <= limit) return null;
  if (largest.cells > limit)
    return problem('error', 'SHEET_TOO_LARGE', largest.name, '', { rows: largest.rows, cols: largest.columns, cells: largest.cells, limit });
  return problem('error', 'WORKBOOK_TOO_LARGE', '', '', { cells: total, limit, sheet: largest.name, sheetCells: largest.cells });
}
