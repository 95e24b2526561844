/**
 * The command line's rows in the run log `Nhật ký` (src/core/log): rank, lock and unlock add
 * one row to the workbook they write, in the same atomic file write as everything else, so a
 * result file never exists without its log row. `check` writes no file and so no row.
 */
import type { Workbook } from '../file/book/workbook';
import { formatLogTime, runLogPlan, type LogCommand, type LogExtra, type LoggedReport, type WorkbookInput } from '../core/index';
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
  const plan = runLogPlan(input, report, command, at, extra);
  if (plan.kind === 'notOurs') {
    progress(ctx, ctx.s.logSkipped(plan.sheet));
    return false;
  }
  appendLogRow(workbook, plan.append);
  return true;
}
