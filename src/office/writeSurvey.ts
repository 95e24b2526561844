/**
 * The small read a write makes when no read came before it in this pane (a host call outside the
 * commands): the shape, the shared state, the extent of our sheets and where the log ends — what
 * writeOutputs.ts needs. Two round trips. A chunk of its own: the commands always read first.
 */
import { LOG_SHEET } from '../core/index';
import type { ReadCache } from './readCache';
import { runBatch } from './runBatch';
import { excelNameKey, marksIn } from './sheetMarks';
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { queueShape } from './workbookShape';
import { queueStateLoad } from './workbookState';
import { sheetByMark } from './writeOutputs';

/** A minimal read when a write comes without one (a host call outside the commands): shape, state, extents, log. */
export async function survey(env: ShellEnv): Promise<ReadCache> {
  return runBatch(async (context) => {
    const shape = queueShape(context);
    const protection = context.workbook.protection;
    protection.load('protected');
    const state = queueStateLoad(context);
    await timedSync(context, env.timeoutMs);
    const now = shape();
    env.gate.learn(now);
    const marks = [...marksIn(now.names).values()];
    const marked = now.sheets.filter((s) => marks.some((m) => m.sheet !== null && excelNameKey(m.sheet) === excelNameKey(s.name)));
    const ranges = marked.map((s) => {
      const r = context.workbook.worksheets.getItem(s.id).getUsedRangeOrNullObject(false);
      r.load('rowIndex,columnIndex,rowCount,columnCount');
      const v = context.workbook.worksheets.getItem(s.id).getUsedRangeOrNullObject(true);
      v.load('rowIndex,rowCount');
      return { s, r, v };
    });
    if (ranges.length > 0) await timedSync(context, env.timeoutMs);
    const log = sheetByMark(now, LOG_SHEET.mark).sheet;
    const logUsed = log ? ranges.find((x) => x.s.id === log.id)?.v ?? null : null;
    const cache: ReadCache = {
      shape: now,
      structureProtected: protection.protected,
      boxes: new Map(),
      extents: new Map(
        ranges.map(({ s, r }) => [s.id, r.isNullObject ? null : { r0: r.rowIndex, c0: r.columnIndex, r1: r.rowIndex + r.rowCount - 1, c1: r.columnIndex + r.columnCount - 1 }] as const),
      ),
      grids: env.cache?.grids ?? new Map(),
      state: state(),
      log: log ? { id: log.id, name: log.name, nextRow: logUsed && !logUsed.isNullObject ? logUsed.rowIndex + logUsed.rowCount : 0 } : null,
    };
    env.cache = cache;
    return cache;
  }, env.timeoutMs);
}

