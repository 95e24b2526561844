/**
 * Problems are values, not exceptions: each names the sheet and the A1 cell the user can go to,
 * a severity, a stable code (kept stable: other tools read it) and the parameters its message
 * needs. The texts live in src/core/messages/ (one file per language).
 */
export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  // workbook and sheets
  | 'NOT_A_SCORING_WORKBOOK'
  | 'SHEET_MISSING'
  | 'SHEET_DUPLICATE'
  | 'HEADER_NOT_FOUND'
  | 'COLUMN_DUPLICATE'
  | 'COLUMN_UNKNOWN'
  | 'OUTPUT_SHEET_NOT_OURS'
  | 'SHEET_TOO_LARGE'
  | 'WORKBOOK_TOO_LARGE'
  // cell values
  | 'VALUE_ERROR'
  | 'NUMBER_AS_TEXT'
  | 'NUMBER_INVALID'
  | 'ROW_WITHOUT_CODE'
  // Cấu hình
  | 'SETTING_UNKNOWN'
  | 'SETTING_DUPLICATE'
  | 'SETTING_REQUIRED'
  | 'SETTING_INVALID'
  | 'SETTING_MEMBER_UNKNOWN'
  | 'SETTING_DEFAULT_USED'
  // Xếp loại
  | 'BAND_NAME_DUPLICATE'
  | 'BAND_NOT_DECREASING'
  | 'BAND_LOWEST_ABOVE_ZERO'
  | 'BAND_EMPTY'
  | 'BAND_UNKNOWN'
  // Thành viên
  | 'MEMBER_CODE_INVALID'
  | 'MEMBER_CODE_DUPLICATE'
  | 'MEMBER_NAME_MISSING'
  | 'MEMBER_NAME_DUPLICATE'
  | 'MEMBER_ALIAS_COLLISION'
  | 'MEMBER_COUNT'
  | 'YES_NO_INVALID'
  // Tiêu chí
  | 'CRITERIA_EMPTY'
  | 'CRITERION_CODE_INVALID'
  | 'CRITERION_CODE_DUPLICATE'
  | 'CRITERION_PARENT_MISSING'
  | 'CRITERION_TEXT_MISSING'
  | 'CRITERION_MAX_INVALID'
  | 'CRITERION_TYPE_INVALID'
  | 'CRITERION_TYPE_MISMATCH'
  | 'CRITERION_GROUP_SUM'
  // score sheets
  | 'SCORE_SHEET_MISSING'
  | 'SCORER_UNKNOWN'
  | 'SCORER_DUPLICATE'
  | 'MEMBER_COLUMN_MISSING'
  | 'SCORE_ROW_UNKNOWN'
  | 'SCORE_ROW_DUPLICATE'
  | 'SCORE_ROW_MISSING'
  | 'SCORE_MAX_MISMATCH'
  | 'SCORE_ABOVE_MAX'
  | 'SCORE_NEGATIVE'
  | 'DEDUCTION_NEGATIVE'
  | 'SCORE_TOO_PRECISE'
  | 'SCORE_MISSING'
  | 'CROSS_SCORE_MISSING'
  | 'CROSS_SCORE_NONE'
  | 'CROSS_SHEET_ABSENT'
  | 'SCORE_STEP'
  | 'GROUP_ROW_MISMATCH'
  // computed checks (rules.md §10)
  | 'SCORE_DEVIATION'
  | 'SCORER_BIASED'
  | 'TOTAL_WITHOUT_BAND'
  // Phiếu bầu and the vote (rules.md §8)
  | 'BALLOT_OVER_QUOTA'
  | 'BALLOT_DUPLICATE_NAME'
  | 'BALLOT_UNKNOWN_NAME'
  | 'BALLOT_NUMBER_DUPLICATE'
  | 'BALLOTS_EXCEED_PRESENT'
  | 'QUORUM_NOT_MET'
  | 'PRESENT_EXCEEDS_MEMBERS'
  // ranking and nomination
  | 'SHARED_RANK_AT_CUTOFF'
  | 'FLAG_NOMINEE_NOT_FIRST'
  | 'RUNOFF_NEEDED'
  | 'VOTES_FOR_INELIGIBLE'
  | 'NOMINEES_FEWER_THAN_QUOTA'
  | 'NEXT_LEADERS_SUGGESTED';

export type ProblemParams = Record<string, string | number>;

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Sheet name as the workbook spells it ('' when the problem concerns the whole workbook). */
  sheet: string;
  /** A1 address of the cell to look at, or '' when the problem concerns a whole sheet. */
  cell: string;
  /** Member code the problem concerns, if any. */
  member?: string;
  /** Criterion code the problem concerns, if any. */
  criterion?: string;
  /** Values the message shows (the cell's text, a maximum, a name, …). */
  params: ProblemParams;
}

export function problem(
  severity: Severity,
  code: ProblemCode,
  sheet: string,
  cell: string,
  params: ProblemParams = {},
  about: { member?: string; criterion?: string } = {},
): Problem {
  const p: Problem = { severity, code, sheet, cell, params };
  if (about.member !== undefined) p.member = about.member;
  if (about.criterion !== undefined) p.criterion = about.criterion;
  return p;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) c[p.severity]++;
  return c;
}
