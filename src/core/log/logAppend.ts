/**
 * What a shell needs to append one row to the run log (WorkbookPort.appendLog): the row, the
 * whole sheet to create when there is no log yet (header and this row), and — as a hint — the
 * name of the sheet that held the log when the command read the workbook, so that the Office
 * shell can load that sheet's used range in the same round trip as its other checks.
 */
import type { WorkbookInput } from '../grid';
import type { SheetDescription } from '../sheet';
import { describeLogSheet } from './describeLog';
import type { LogCommand } from './logColumns';
import { logEntry, type LogExtra, type LoggedReport, type LogRow } from './logEntry';
import { logSheetName, unmarkedLogSheet } from './readLog';

export interface LogAppend {
  row: LogRow;
  /** The log as created when the workbook has none: the header row, then `row`. */
  create: SheetDescription;
  /** The log sheet's name when the command read the workbook; null when there was none. */
  sheet: string | null;
}

export function logAppend(input: WorkbookInput, row: LogRow): LogAppend {
  return { row, create: describeLogSheet([row]), sheet: logSheetName(input) };
}

/**
 * What a command does with the run log after a run: append its row, or — when a sheet named
 * `Nhật ký` belongs to a person — leave the log alone and say so (the run itself stands). Every
 * shell (the pane, the web mode, the command line) decides through this one function.
 */
export type RunLogPlan = { kind: 'append'; append: LogAppend } | { kind: 'notOurs'; sheet: string };

export function runLogPlan(input: WorkbookInput, report: LoggedReport, command: LogCommand, at: string, extra: LogExtra = {}): RunLogPlan {
  const person = unmarkedLogSheet(input);
  if (person !== null) return { kind: 'notOurs', sheet: person };
  return { kind: 'append', append: logAppend(input, logEntry(report, command, at, extra)) };
}
