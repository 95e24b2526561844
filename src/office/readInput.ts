/**
 * Reading the workbook for the core (WorkbookPort.readInput) in one round trip once the pane has
 * read it before — the task pane reads quietly when it opens, so every command's read is such a
 * read — and in two the first time:
 *
 *   (1) the sheets and names, the workbook's protection, the shared state (workbookState.ts) and,
 *       for every sheet the last read knew (by id, so a renamed sheet is found), the size of its
 *       used range (values only) and its values within a box: what it held last time with room to
 *       grow, at least A1:CV2000. Our output sheets' values are never loaded: only the extent of
 *       what they hold, formats included, for the in-place rewrite (writeOutputs.ts);
 *   (2) only for sheets the last read did not know (all of them the first time): the same;
 *   (3) only for a sheet whose used range is larger than its box and when the core's size limit
 *       allows it: the rest of its values, in requests under the response budget.
 *
 * Sizes before values: the box bounds what one sheet can send before its size is known, so a notes
 * sheet with a stray value in row 1 048 576 costs 2 000 rows, not a million, and the core refuses
 * the workbook with the real figures (SheetGrid.usedRange, src/core/read/limits.ts). When Excel on
 * the web refuses an answer as over 5 MB, the values are loaded again one sheet at a time, in
 * row chunks. A sheet the last read knew that has since been deleted fails the first request
 * (ItemNotFound): the read then starts over as a first read.
 *
 * The shell's own hidden sheets (stagingNames.ts) are nobody's input and are left out.
 */
import { LOG_SHEET, PortError, sizeProblem, type CellValue, type SheetGrid, type WorkbookInput } from '../core/index';
import { bounding, contains, rectAddress, type Rect } from './cellAreas';
import type { ReadCache } from './readCache';
import { runBatch } from './runBatch';
import { excelNameKey, markedSheetNames, marksIn, markTargets } from './sheetMarks';
import type { ShellEnv } from './shellEnv';
import { isShellSheet } from './stagingNames';
import { timedSync } from './timedSync';
import { queueShape, type SheetShape, type WorkbookShape } from './workbookShape';
import { queueStateLoad } from './workbookState';
import { officeErrorCode } from './officeErrors';

/** The least box every sheet's values are loaded within at once (2 000 rows × 100 columns). */
export const DEFAULT_BOX: Rect = { r0: 0, c0: 0, r1: 1999, c1: 99 };

interface SheetLoad {
  sheet: SheetShape;
  output: boolean;
  box: Rect;
  size: Excel.Range;
  values: Excel.Range | null;
  extent: Excel.Range | null;
}

function queueSheet(context: Excel.RequestContext, sheet: SheetShape, output: boolean, box: Rect | null): SheetLoad {
  const ws = context.workbook.worksheets.getItem(sheet.id);
  const size = ws.getUsedRangeOrNullObject(true);
  size.load('rowIndex,columnIndex,rowCount,columnCount');
  if (box === null) return { sheet, output, box: { r0: 0, c0: 0, r1: -1, c1: -1 }, size, values: null, extent: null };
  if (output) {
    const extent = ws.getUsedRangeOrNullObject(false);
    extent.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, output, box, size, values: null, extent };
  }
  const values = size.getIntersectionOrNullObject(rectAddress(box));
  values.load('values,rowIndex,columnIndex');
  return { sheet, output, box, size, values, extent: null };
}

const rectOf = (r: Excel.Range): Rect | null =>
  r.isNullObject ? null : { r0: r.rowIndex, c0: r.columnIndex, r1: r.rowIndex + r.rowCount - 1, c1: r.columnIndex + r.columnCount - 1 };

function boxFor(cache: ReadCache | null | undefined, id: string): Rect {
  const known = cache?.grids.get(id);
  if (!known || known.values.length === 0) return cache?.boxes.get(id) ?? DEFAULT_BOX;
  const top = known.top ?? 0;
  const left = known.left ?? 0;
  const width = known.values.reduce((w, r) => Math.max(w, r.length), 0);
  const grown = { r0: 0, c0: 0, r1: top + known.values.length - 1 + 500, c1: left + width - 1 + 20 };
  return bounding(DEFAULT_BOX, grown);
}

interface Classified {
  shape: WorkbookShape;
  /** Sheets read, in tab order (shell sheets left out). */
  sheets: SheetShape[];
  outputs: Set<string>;
  marked: string[];
}

function classify(shape: WorkbookShape): Classified {
  const sheets = shape.sheets.filter((s) => !isShellSheet(s.name));
  const names = sheets.map((s) => s.name);
  const marked = markedSheetNames(shape.names, names);
  const log = marksIn(shape.names).get(excelNameKey(LOG_SHEET.mark))?.sheet ?? null;
  const outputs = new Set(
    sheets.filter((s) => marked.includes(s.name) && (log === null || excelNameKey(log) !== excelNameKey(s.name))).map((s) => s.id),
  );
  return { shape, sheets, outputs, marked };
}

async function readOnce(env: ShellEnv, warm: boolean, sizesFirst = false): Promise<WorkbookInput> {
  return runBatch(async (context) => {
    const cache = warm ? env.cache ?? null : null;
    const boxOf = (id: string): Rect | null => (sizesFirst ? null : boxFor(cache, id));
    // (1) shape, protection, state and every sheet the last read knew
    const shape = queueShape(context);
    const protection = context.workbook.protection;
    protection.load('protected');
    const state = queueStateLoad(context);
    const loads = new Map<string, SheetLoad>();
    if (cache) {
      const before = classify(cache.shape);
      for (const s of before.sheets) loads.set(s.id, queueSheet(context, s, before.outputs.has(s.id), boxOf(s.id)));
    }
    await timedSync(context, env.timeoutMs);
    const now = classify(shape());
    env.gate.learn(now.shape);

    // (2) sheets not loaded yet, or loaded as the wrong kind (an input sheet that became ours)
    const pending = now.sheets.filter((s) => {
      const l = loads.get(s.id);
      return !l || l.output !== now.outputs.has(s.id);
    });
    if (pending.length > 0) {
      for (const s of pending) loads.set(s.id, queueSheet(context, s, now.outputs.has(s.id), boxOf(s.id)));
      await timedSync(context, env.timeoutMs);
    }

    const used = new Map(now.sheets.map((s) => [s.id, rectOf(loads.get(s.id)!.size)] as const));
    const sizes: SheetGrid[] = now.sheets.map((s) => {
      const u = used.get(s.id) ?? null;
      return u === null
        ? { name: s.name, values: [], top: 0, left: 0, usedRange: { rows: 0, columns: 0 } }
        : { name: s.name, values: [], top: u.r0, left: u.c0, usedRange: { rows: u.r1 - u.r0 + 1, columns: u.c1 - u.c0 + 1 } };
    });
    const marks = markTargets(now.shape.names, now.sheets.map((s) => s.name));
    if (sizeProblem({ sheets: sizes, markedSheets: now.marked }) !== null) return { sheets: sizes, markedSheets: now.marked, marks };

    // (3) the rest of the sheets larger than their box
    const over = now.sheets.flatMap((s) => {
      const u = used.get(s.id) ?? null;
      const l = loads.get(s.id)!;
      return !l.output && u !== null && !contains(l.box, u) ? [{ sheet: s, used: u }] : [];
    });
    // Rare (a sheet over 2 000 rows × 100 columns, or Excel on the web refusing a large answer): its own chunk.
    const rest = over.length > 0 ? await (await import(/* webpackChunkName: "office-extras" */ './readRest')).loadRest(context, over, env) : new Map<string, CellValue[][]>();

    const grids = now.sheets.map((s): SheetGrid => {
      const l = loads.get(s.id)!;
      const u = used.get(s.id) ?? null;
      if (l.output || u === null) return { name: s.name, values: [], top: 0, left: 0 };
      const values = rest.get(s.id) ?? (l.values && !l.values.isNullObject ? (l.values.values as CellValue[][]) : []);
      return { name: s.name, values, top: u.r0, left: u.c0 };
    });

    const logMark = marksIn(now.shape.names).get(excelNameKey(LOG_SHEET.mark));
    const logSheet = logMark?.sheet ? now.sheets.find((s) => excelNameKey(s.name) === excelNameKey(logMark.sheet as string)) : undefined;
    const logUsed = logSheet ? used.get(logSheet.id) ?? null : null;
    env.cache = {
      shape: now.shape,
      structureProtected: protection.protected,
      boxes: new Map(now.sheets.map((s) => [s.id, loads.get(s.id)!.box] as const)),
      extents: new Map(now.sheets.filter((s) => now.outputs.has(s.id)).map((s) => [s.id, rectOf(loads.get(s.id)!.extent!)] as const)),
      grids: new Map(now.sheets.flatMap((s, i) => (now.outputs.has(s.id) ? [] : [[s.id, grids[i]] as const]))),
      state: state(),
      log: logSheet ? { id: logSheet.id, name: logSheet.name, nextRow: logUsed === null ? 0 : logUsed.r1 + 1 } : null,
    };
    return { sheets: grids, markedSheets: now.marked, marks };
  }, env.timeoutMs);
}

export async function readWorkbookInput(env: ShellEnv): Promise<WorkbookInput> {
  try {
    if (!env.cache) return await readOnce(env, false);
    try {
      return await readOnce(env, true);
    } catch (error) {
      // A sheet the last read knew is gone (deleted, perhaps by a co-author): read afresh.
      const code = error instanceof PortError ? error.code : officeErrorCode(error);
      if (code !== 'ItemNotFound') throw error;
      env.cache = null;
      return await readOnce(env, false);
    }
  } catch (error) {
    // Excel on the web refused the answer as over 5 MB: sizes first, then the values in chunks.
    if (!(error instanceof PortError && error.kind === 'tooLarge')) throw error;
    env.cache = null;
    return readOnce(env, false, true);
  }
}
