/**
 * The run log's rows for a gathering (docs/phieu-cham.md, docs/sign-off.md): one row per
 * gathered form, command `Thu phiếu chấm`, with the workbook's fingerprint and problem counts once
 * every form is in, who filled the form (its cover), and a note naming the member, the file, the
 * cells filled and the conflicts. The log is always Vietnamese.
 */
import { formWordsFor } from '../words/formWords';
import { logAppend, type LogAppend } from '../log/logAppend';
import { logEntry, type LoggedReport, type LogRow } from '../log/logEntry';
import { describeLogSheet } from '../log/describeLog';
import { logSheetName } from '../log/readLog';
import type { WorkbookInput } from '../grid';
import type { CellChange, FormOutcome, GatherPlan } from './planGather';

/** Conflicts named one by one in a note; beyond, their count only. */
export const CONFLICTS_IN_NOTE = 10;

const change = (c: CellChange): string => formWordsFor('vi').conflict(c);

/** The file's own name, without the folders it was in on one computer. */
const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** "Phiếu chấm của Tỉnh Nghệ An (NA), tệp NA.xlsx: điền 19 ô; …". */
export function gatherNote(f: FormOutcome, replace: boolean): string {
  const parts = [`Phiếu chấm của ${f.memberName} (${f.member ?? ''}), tệp ${baseName(f.file)}: điền ${f.fills.length} ô trống`];
  if (f.same > 0) parts.push(`${f.same} ô sổ đã có đúng số của phiếu`);
  if (f.conflicts.length > 0) {
    const listed = f.conflicts.slice(0, CONFLICTS_IN_NOTE).map(change).join('; ');
    const more = f.conflicts.length > CONFLICTS_IN_NOTE ? `; và ${f.conflicts.length - CONFLICTS_IN_NOTE} ô khác` : '';
    parts.push(`${f.conflicts.length} ô sổ có số khác phiếu, ${replace ? 'đã thay bằng số của phiếu' : 'giữ nguyên số của sổ'} (${listed}${more})`);
  }
  return parts.join('; ');
}

/** The rows, one per accepted form, with the workbook as it reads once the plan is written (`after`). */
export function gatherLogRows(plan: GatherPlan, after: LoggedReport, at: string): LogRow[] {
  return plan.forms
    .filter((f) => f.accepted)
    .map((f) => logEntry(after, 'gather', at, { by: f.signer === '' ? undefined : f.signer, note: gatherNote(f, plan.replace) }));
}

/**
 * The rows as appends for a shell (WorkbookPort.appendLog, src/file/logSheet.ts): one append per
 * row into the log; when the workbook has no log yet, one append that creates it with every row.
 */
export function gatherLogAppends(input: WorkbookInput, rows: readonly LogRow[]): LogAppend[] {
  if (rows.length === 0) return [];
  if (logSheetName(input) === null) return [{ ...logAppend(input, rows[0]), create: describeLogSheet(rows) }];
  return rows.map((row) => logAppend(input, row));
}
