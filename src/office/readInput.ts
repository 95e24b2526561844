/**
 * Reading the workbook for the core (WorkbookPort.readInput) in two round trips whatever its
 * size: (1) the sheets and the defined names (which sheets carry our mark: the names' formulas
 * name their sheets); (2) every sheet's used range — values only, so formatted empty cells do
 * not count — with its values and its top-left corner, all loaded together.
 *
 * Only when Excel on the web refuses the one large answer (ResponsePayloadSizeLimitExceeded,
 * 5 MB) does it fall back to one request per sheet.
 *
 * Hidden temporary sheets that a failed write could not remove (writePlan.ts) are the
 * program's half-written output, not anyone's input: they are left out.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../core/grid';
import { markedSheetNames, markTargets } from './sheetMarks';
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { queueShape, type SheetShape } from './workbookShape';
import { PortError } from '../core/port';
import { TEMP_SHEET_PATTERN } from './writePlan';

function queueUsed(context: Excel.RequestContext, sheet: SheetShape): Excel.Range {
  const used = context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  return used;
}

function gridOf(sheet: SheetShape, used: Excel.Range): SheetGrid {
  if (used.isNullObject) return { name: sheet.name, values: [], top: 0, left: 0 };
  return { name: sheet.name, values: used.values as CellValue[][], top: used.rowIndex, left: used.columnIndex };
}

export async function readWorkbookInput(env: ShellEnv): Promise<WorkbookInput> {
  return Excel.run(async (context) => {
    const shape = queueShape(context);
    await timedSync(context, env.timeoutMs);
    const all = shape();
    env.gate.learn(all);
    const marked = markedSheetNames(all.names, all.sheets.map((s) => s.name));
    const now = { ...all, sheets: all.sheets.filter((s) => marked.includes(s.name) || !TEMP_SHEET_PATTERN.test(s.name)) };

    let grids: SheetGrid[];
    const ranges = now.sheets.map((s) => queueUsed(context, s));
    try {
      await timedSync(context, env.timeoutMs);
      grids = now.sheets.map((s, i) => gridOf(s, ranges[i]));
    } catch (error) {
      if (!(error instanceof PortError && error.kind === 'tooLarge')) throw error;
      grids = [];
      for (const s of now.sheets) {
        const used = queueUsed(context, s);
        await timedSync(context, env.timeoutMs);
        grids.push(gridOf(s, used));
      }
    }
    // Which mark is which sheet (the run log is found by its mark: src/core/log/readLog.ts).
    const marks = markTargets(all.names, all.sheets.map((s) => s.name));
    return { sheets: grids, markedSheets: marked, marks };
  });
}
