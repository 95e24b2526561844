/**
 * The command line's rows in the run log `Nhật ký` (src/core/log): rank, lock and unlock add
 * one row to the workbook they write, in the same atomic file write as everything else, so a
 * result file never exists without its log row. `check` writes no file and so no row.
 */
import type { Workbook } from '../file/book/workbook';
import type { WorkbookInput } from '../core/grid';
import type { LogCommand } from '../core/log/logColumns';
import { logEntry, type LogExtra, type LoggedReport } from '../core/log/logEntry';
import { logAppend } from '../core/log/logAppend';
import { formatLogTime } from '../core/computedAt';
import { unmarkedLogSheet } from '../core/log/readLog';
import { appendLogRow } from '../file/logSheet';
import { progress, type Context } from './context';

/**
 * Appends the row for this run. A sheet named `Nhật ký` that is not ours is left alone: the run
 * goes on without a log row and says so on stderr (false). Lock and unlock refuse such a
 * workbook before they get here (the lock record lives in the log).
 */
export function appendRunLog(
  ctx: Context,
  workbook: Workbook,
  input: WorkbookInput,
  report: LoggedReport,
  command: LogCommand,
  extra: LogExtra = {},
  at: string = formatLogTime(ctx.io.now()),
): boolean {
  const person = unmarkedLogSheet(input);
  if (person !== null) {
    progress(ctx, ctx.s.logSkipped(person));
    return false;
  }
  appendLogRow(workbook, logAppend(input, logEntry(report, command, at, extra)));
  return true;
}
