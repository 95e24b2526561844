/**
 * When the chair may lock or unlock (issue 6): a lock vouches for data that passed the check,
 * so it needs a scoring workbook without errors; it is recorded in the log, so the log must be
 * writable; and a workbook already locked is unlocked first (the unlock is recorded too), so
 * the log never holds two locks in a row. The messages for each refusal are in the shells'
 * string tables (src/cli/strings.ts, src/taskpane/strings).
 */
import type { WorkbookInput } from '../grid';
import type { ParsedWorkbook } from '../model';
import { hasErrors, type Problem } from '../problems';
import { unmarkedLogSheet } from '../log/readLog';
import { cleanText } from '../text';
import type { LockStatus } from './lockStatus';

/** What lock and unlock look at in a check report. */
export interface LockContext {
  problems: readonly Problem[];
  fingerprint: string | null;
  workbook: ParsedWorkbook | null;
  notScoringWorkbook: boolean;
  lock?: LockStatus;
}

export type LockRefusal =
  /** None of the input sheets: not a scoring workbook. */
  | 'notScoring'
  /** The check found errors (or the workbook could not be read far enough to have a fingerprint). */
  | 'errors'
  /** Locked already: unlock first. */
  | 'alreadyLocked'
  /** A sheet named `Nhật ký` that is not ours: the record cannot be written. */
  | 'logNotOurs'
  /** No name typed. */
  | 'nameMissing';

export type UnlockRefusal = 'notLocked' | 'logNotOurs';

/** Longest name kept in the log (a name, not a paragraph). */
export const SIGNER_NAME_MAX = 100;

/** The chair's name as recorded: spaces tidied, cut to SIGNER_NAME_MAX characters. */
export function signerName(typed: string | null | undefined): string {
  return cleanText(typed ?? '').slice(0, SIGNER_NAME_MAX);
}

export function lockRefusal(report: LockContext, input: WorkbookInput, by: string): LockRefusal | null {
  if (report.notScoringWorkbook) return 'notScoring';
  if (hasErrors(report.problems) || report.workbook === null || report.fingerprint === null) return 'errors';
  if (report.lock?.locked) return 'alreadyLocked';
  if (unmarkedLogSheet(input) !== null) return 'logNotOurs';
  if (signerName(by) === '') return 'nameMissing';
  return null;
}

export function unlockRefusal(report: LockContext, input: WorkbookInput): UnlockRefusal | null {
  if (!report.lock?.locked) return 'notLocked';
  if (unmarkedLogSheet(input) !== null) return 'logNotOurs';
  return null;
}
