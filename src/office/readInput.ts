/**
 * Reading the workbook for the core (WorkbookPort.readInput) in three round trips whatever its
 * size, two when it is refused as too large (or no sheet holds a value):
 * (1) the sheets and the defined names (which sheets carry our mark: the names' formulas name
 *     their sheets);
 * (2) every sheet's used range — values only, so formatted empty cells do not count — as its
 *     corner and its size (rowIndex, columnIndex, rowCount, columnCount), no values;
 * (3) only when the core's size limit allows it (src/core/read/limits.ts, issue 6 "limits
 *     instead of freezes"): every used range's values with its corner, all loaded together.
 *
 * When the sizes are over the limit, the values are never transferred: every sheet comes back as
 * a size-only grid (values [], top, left, usedRange), and the core refuses the workbook with the
 * real figures — a notes sheet with a stray value in row 1 048 576 would otherwise be millions
 * of cells sent over the wire before the refusal. The rule (what counts, the limit) stays in the
 * core: this file only asks it, with the same grids the core will count.
 *
 * Only when Excel on the web refuses the one large answer of (3) (ResponsePayloadSizeLimitExceeded,
 * 5 MB) does it fall back to one request per non-empty sheet.
 *
 * Hidden temporary sheets that a failed write could not remove (writePlan.ts) are the
 * program's half-written output, not anyone's input: they are left out.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../core/grid';
import { sizeProblem } from '../core/read/limits';
import { markedSheetNames, markTargets } from './sheetMarks';
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { queueShape, type SheetShape } from './workbookShape';
import { PortError } from '../core/port';
import { TEMP_SHEET_PATTERN } from './writePlan';

function usedRange(context: Excel.RequestContext, sheet: SheetShape): Excel.Range {
  return context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject(true);
}

function queueSize(context: Excel.RequestContext, sheet: SheetShape): Excel.Range {
  const used = usedRange(context, sheet);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  return used;
}

function queueValues(context: Excel.RequestContext, sheet: SheetShape): Excel.Range {
  // A new proxy, so that the corner comes from the same answer as the values.
  const used = usedRange(context, sheet);
  used.load('values,rowIndex,columnIndex');
  return used;
}

/** A sheet as its used range only (src/core/grid.ts, SheetGrid.usedRange): what the core counts. */
function sizeOnlyGrid(sheet: SheetShape, used: Excel.Range): SheetGrid {
  if (used.isNullObject) return { name: sheet.name, values: [], top: 0, left: 0, usedRange: { rows: 0, columns: 0 } };
  return {
    name: sheet.name,
    values: [],
    top: used.rowIndex,
    left: used.columnIndex,
    usedRange: { rows: used.rowCount, columns: used.columnCount },
  };
}

function gridOf(sheet: SheetShape, used: Excel.Range): SheetGrid {
  if (used.isNullObject) return { name: sheet.name, values: [], top: 0, left: 0 };
  return { name: sheet.name, values: used.values as CellValue[][], top: used.rowIndex, left: used.columnIndex };
}

const emptyGrid = (sheet: SheetShape): SheetGrid => ({ name: sheet.name, values: [], top: 0, left: 0 });

/**
 * Round trip (3): the values of the sheets that had a used range in (2); the others are empty
 * and cost nothing. Falls back to one request per sheet on a too large answer.
 */
async function loadValues(context: Excel.RequestContext, sheets: SheetShape[], hasValues: boolean[], env: ShellEnv): Promise<SheetGrid[]> {
  const wanted = sheets.filter((_, i) => hasValues[i]);
  const grids = new Map<SheetShape, SheetGrid>();
  if (wanted.length > 0) {
    const ranges = wanted.map((s) => queueValues(context, s));
    try {
      await timedSync(context, env.timeoutMs);
      wanted.forEach((s, i) => grids.set(s, gridOf(s, ranges[i])));
    } catch (error) {
      if (!(error instanceof PortError && error.kind === 'tooLarge')) throw error;
      for (const s of wanted) {
        const used = queueValues(context, s);
        await timedSync(context, env.timeoutMs);
        grids.set(s, gridOf(s, used));
      }
    }
  }
  return sheets.map((s) => grids.get(s) ?? emptyGrid(s));
}

export async function readWorkbookInput(env: ShellEnv): Promise<WorkbookInput> {
  return Excel.run(async (context) => {
    // (1) sheets and names
    const shape = queueShape(context);
    await timedSync(context, env.timeoutMs);
    const all = shape();
    env.gate.learn(all);
    const marked = markedSheetNames(all.names, all.sheets.map((s) => s.name));
    // Which mark is which sheet (the run log is found by its mark: src/core/log/readLog.ts).
    const marks = markTargets(all.names, all.sheets.map((s) => s.name));
    const sheets = all.sheets.filter((s) => marked.includes(s.name) || !TEMP_SHEET_PATTERN.test(s.name));

    // (2) the size of every used range, no values
    const sized = sheets.map((s) => queueSize(context, s));
    await timedSync(context, env.timeoutMs);
    const sizes = sheets.map((s, i) => sizeOnlyGrid(s, sized[i]));
    // The core decides (our marked output sheets and the log do not count: limits.ts).
    if (sizeProblem({ sheets: sizes, markedSheets: marked }) !== null) return { sheets: sizes, markedSheets: marked, marks };

    // (3) the values
    const grids = await loadValues(context, sheets, sized.map((r) => !r.isNullObject), env);
    return { sheets: grids, markedSheets: marked, marks };
  });
}
