/**
 * Checking a workbook: reads and checks every input sheet, computes the fingerprint and, when
 * nothing blocks them, the results (docs/huong-dan-so-lieu.md; docs/quy-tac-tinh-diem.md).
 */
import type { WorkbookInput } from './grid';
import type { ParsedWorkbook } from './model';
import { hasErrors, type Problem } from './problems';
import type { Results } from './results';
import { readWorkbook } from './read/readWorkbook';
import { computeResults } from './rules/computeResults';
import { fingerprintOf, formatFingerprint } from './fingerprint/fingerprint';
import { lockStatus, type LockStatus } from './lock/lockStatus';

export interface CheckReport {
  /** Every problem, in sheet order then cell order within each stage. */
  problems: Problem[];
  /** "3F2A-91C0-7D4E-0B18"; null when the workbook could not be read far enough. */
  fingerprint: string | null;
  workbook: ParsedWorkbook | null;
  /** True when the workbook has none of the required sheets. */
  notScoringWorkbook: boolean;
  /** The computed results; null when errors block ranking. */
  results: Results | null;
  /**
   * The sign-off lock recorded in the run log, against this fingerprint (src/core/lock).
   * Always set by checkWorkbook; optional so that hand-made reports may leave it out.
   */
  lock?: LockStatus;
}

/** Reads and checks every input sheet; computes the results when nothing blocks them. */
export function checkWorkbook(input: WorkbookInput): CheckReport {
  const read = readWorkbook(input);
  const problems = [...read.problems];
  const wb = read.workbook;
  if (!wb) {
    const lock = lockStatus(input, null);
    return { problems, fingerprint: null, workbook: null, notScoringWorkbook: read.notScoringWorkbook, results: null, lock };
  }
  const fingerprint = formatFingerprint(fingerprintOf(wb));
  // The rules run even when the reader found errors, so that their warnings (deviations,
  // biased scorers) appear in the same check; but results with errors are never shown.
  const computed = computeResults(wb);
  problems.push(...computed.problems);
  const blocked = hasErrors(problems);
  const lock = lockStatus(input, fingerprint);
  return { problems, fingerprint, workbook: wb, notScoringWorkbook: false, results: blocked ? null : computed.results, lock };
}
