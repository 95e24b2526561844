/**
 * Appending one row to the run log `Nhật ký` (WorkbookPort.appendLog; src/core/log) with a
 * fixed number of round trips and without rewriting a single earlier row:
 *
 *   1. survey — sheets, names, structure protection, active sheet (as writeSheets does), and, in
 *      the same request, the used range (values only) of the sheet that held the log when the
 *      command read the workbook (`entry.sheet`, a hint the mark then confirms);
 *   2. append — the row's format, then its values as one action, just under the last used row.
 *
 * So an append costs 2 syncs; 3 in the rare case that the log was renamed between the read and
 * the append (its used range is then loaded on its own). The first time, when there is no log,
 * the sheet is created like any output sheet (writeSheets.ts: written hidden under a temporary
 * name, then swapped in with its mark): 1 + 2 syncs (+ 2 for recovery after a failure), so a
 * failed creation leaves no half-made or unmarked `Nhật ký` behind.
 *
 * Why a failed append cannot leave a half-written row: the values go in one action, the last of
 * the request; if the request fails before it, at most an empty row got a font and wrapping,
 * which holds no value, is outside the values-only used range, and is written over next time.
 * A sheet named `Nhật ký` without our mark is refused (PortError 'notOurs', writePlan.ts).
 */
import type { LogAppend } from '../core/log/logAppend';
import { LOG_HEADERS, LOG_ROW_FORMAT } from '../core/log/describeLog';
import { LOG_SHEET } from '../core/outputSheets';
import { hostFeatures, type ShellEnv } from './shellEnv';
import { blockAddress } from './sheetFormat';
import { excelNameKey, marksIn } from './sheetMarks';
import { cellInputs } from './textGuard';
import { timedSync } from './timedSync';
import { planWrite } from './writePlan';
import { guardedWrite, queueSurvey, writePlanned } from './writeSheets';
import type { WorkbookShape } from './workbookShape';

/** Queues the load of a sheet's values-only used range; after the sync, the 0-based row under it (0 when empty or missing). */
function queueNextRow(context: Excel.RequestContext, sheetName: string): () => number {
  const used = context.workbook.worksheets.getItemOrNullObject(sheetName).getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount');
  return () => (used.isNullObject ? 0 : used.rowIndex + used.rowCount);
}

/** The sheet carrying the log's mark now, or null. */
function logSheetIn(now: WorkbookShape): string | null {
  const mark = marksIn(now.names).get(excelNameKey(LOG_SHEET.mark));
  if (!mark || mark.sheet === null) return null;
  return now.sheets.find((s) => excelNameKey(s.name) === excelNameKey(mark.sheet as string))?.name ?? null;
}

function queueRows(context: Excel.RequestContext, sheetName: string, first: number, rows: readonly (readonly (string | number | null)[])[]): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const block = rows.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
  const range = context.workbook.worksheets.getItem(sheetName).getRange(blockAddress(first, block.length, width));
  // Formats first, values last and in one action (see the file comment).
  range.format.font.name = LOG_ROW_FORMAT.font.name;
  range.format.font.size = LOG_ROW_FORMAT.font.size;
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
  range.values = cellInputs(block);
}

export async function appendToLog(entry: LogAppend, env: ShellEnv): Promise<void> {
  const features = hostFeatures();
  await guardedWrite(env, (progress) =>
    Excel.run(async (context) => {
      // 1. survey, with the used range of the sheet that held the log at the read
      const survey = queueSurvey(context);
      const hinted = entry.sheet === null ? null : { name: entry.sheet, next: queueNextRow(context, entry.sheet) };
      await timedSync(context, env.timeoutMs);
      const { now, activeId } = survey();
      env.gate.learn(now);

      const log = logSheetIn(now);
      if (log === null) {
        // The first entry: create the log like any output sheet (planWrite refuses a person's `Nhật ký`).
        await writePlanned(context, planWrite(now, [entry.create], activeId), features, env, progress);
        return;
      }
      let next: number;
      if (hinted !== null && excelNameKey(hinted.name) === excelNameKey(log)) {
        next = hinted.next();
      } else {
        // Renamed since the command read the workbook: one more round trip.
        const later = queueNextRow(context, log);
        await timedSync(context, env.timeoutMs);
        next = later();
      }
      // 2. append (a log emptied by hand gets its header back first)
      queueRows(context, log, next, next === 0 ? [LOG_HEADERS, entry.row] : [entry.row]);
      await timedSync(context, env.timeoutMs);
    }),
  );
}
