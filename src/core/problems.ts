/**
 * Problems are values, not exceptions: each names the sheet and the A1 cell the user can go to,
 * a severity, a stable code (kept stable: other tools read it) and the facts its message needs.
 *
 * The facts are typed per code (ProblemParamsByCode): numbers as numbers (points and shares in
 * hundredths, src/core/hundredths.ts), awards and settings by their id, reasons as structured
 * values (IneligibleReason). No rule and no reader writes a sentence: the messages are made from
 * these facts in the language asked for, by the vocabulary (src/core/words). Texts that come from
 * the workbook (names, typed values) are passed as the workbook has them; the vocabulary shortens
 * them and makes invisible characters visible when it shows them.
 */
import type { Award, CriterionType, ScoreSource } from './model';
import type { Percent, Points } from './hundredths';
import type { IneligibleReason, RunoffReason } from './results';
import type { SettingId } from './settings/settingIds';

export type Severity = 'error' | 'warning' | 'info';

/** Why a value of `Cấu hình` is refused (SETTING_INVALID). */
export type SettingRefusal =
  | { kind: 'number' }
  | { kind: 'tooLarge' }
  | { kind: 'count' }
  /** A whole number from 1 (`Số vòng bỏ phiếu tối đa`). */
  | { kind: 'atLeastOne' }
  | { kind: 'year'; min: number; max: number }
  | { kind: 'percent' }
  | { kind: 'nonNegative' }
  | { kind: 'precision' }
  /** One of a fixed set of words (the vocabulary lists them for the setting). */
  | { kind: 'choice' }
  | { kind: 'yesNo' }
  | { kind: 'deputyCount' }
  | { kind: 'deputyIsHead'; member: string }
  | { kind: 'memberRepeated'; member: string }
  | { kind: 'rotation'; missing: string[] }
  | { kind: 'tieBreakItem'; item: string }
  | { kind: 'tieBreakGroup'; group: string };

/** The kind of row whose key cell (code, name) is empty (ROW_WITHOUT_CODE). */
export type KeylessRow = 'criteria' | 'members' | 'bands' | 'settings' | 'score' | 'ballots' | 'meeting';

/**
 * The facts of each problem code. Strings named after a workbook thing (member, sheet, header,
 * value, …) hold the workbook's own text: a member's full name, a sheet's name, a cell's value as
 * typed (already shortened for very long cells). `member`, `scorer` and `other` are full names.
 */
export interface ProblemParamsByCode {
  // workbook and sheets
  NOT_A_SCORING_WORKBOOK: { sheets: string[] };
  SHEET_MISSING: { sheet: string };
  SHEET_DUPLICATE: { sheet: string; first: string; role: string };
  HEADER_NOT_FOUND: { headers: string[] };
  COLUMN_DUPLICATE: { header: string; member?: string };
  COLUMN_UNKNOWN: { header: string; kind?: 'member' };
  OUTPUT_SHEET_NOT_OURS: { sheet: string };
  SHEET_TOO_LARGE: { rows: number; cols: number; cells: number; limit: number };
  WORKBOOK_TOO_LARGE: { cells: number; limit: number; sheet: string; sheetCells: number };
  // cell values
  VALUE_ERROR: { value: string };
  NUMBER_AS_TEXT: { value: string; number: Points; count?: number; member?: string };
  /** `value` '' = the cell is empty; `tooLarge`: a number no score can be (or not finite). */
  NUMBER_INVALID: { value: string; tooLarge?: boolean };
  ROW_WITHOUT_CODE: { column: string; kind: KeylessRow };
  // Cấu hình
  SETTING_UNKNOWN: { key: string };
  SETTING_DUPLICATE: { setting: SettingId };
  SETTING_REQUIRED: { setting: SettingId };
  SETTING_INVALID: { setting: SettingId; value: string; reason: SettingRefusal };
  SETTING_MEMBER_UNKNOWN: { setting: SettingId; value: string };
  SETTING_DEFAULT_USED: { setting: 'scoreSource'; value: ScoreSource };
  // Xếp loại
  BAND_NAME_DUPLICATE: { band: string };
  BAND_NOT_DECREASING: { band: string; from: Points; previous: string; previousFrom: Points };
  BAND_LOWEST_ABOVE_ZERO: { band: string; from: Points };
  BAND_EMPTY: Record<string, never>;
  BAND_UNKNOWN: { setting: SettingId; value: string; bands: string[] };
  // Thành viên
  /** `suggestion`: the valid code closest to it (read/readMembers.ts suggestMemberCode), when there is one. */
  MEMBER_CODE_INVALID: { code: string; suggestion?: string };
  MEMBER_CODE_DUPLICATE: { code: string };
  MEMBER_NAME_MISSING: { code: string };
  MEMBER_NAME_DUPLICATE: { name: string };
  MEMBER_ALIAS_COLLISION: { text: string; other: string };
  MEMBER_COUNT: { count: number; min: number; max: number };
  YES_NO_INVALID: { value: string; column: string };
  // Tiêu chí
  CRITERIA_EMPTY: Record<string, never>;
  CRITERION_CODE_INVALID: { code: string };
  CRITERION_CODE_DUPLICATE: { code: string };
  CRITERION_PARENT_MISSING: { code: string; parent: string };
  CRITERION_TEXT_MISSING: { code: string };
  /** `value` '' = empty. */
  CRITERION_MAX_INVALID: { code: string; value: string };
  CRITERION_TYPE_INVALID: { code: string; value: string };
  CRITERION_TYPE_MISMATCH: { code: string; type: CriterionType; parent: string; parentType: CriterionType };
  CRITERION_GROUP_SUM: { code: string; max: Points; sum: Points };
  // score sheets
  SCORE_SHEET_MISSING: { sheet: string; reason: 'self' | 'source' };
  SCORER_UNKNOWN: { scorer: string; sheet: string };
  SCORER_DUPLICATE: { scorer: string; first: string };
  MEMBER_COLUMN_MISSING: { member: string; code: string };
  SCORE_ROW_UNKNOWN: { criterion: string };
  SCORE_ROW_DUPLICATE: { criterion: string };
  SCORE_ROW_MISSING: { criterion: string };
  SCORE_MAX_MISMATCH: { criterion: string; value: string; max: Points };
  SCORE_ABOVE_MAX: { value: string; max: Points; criterion: string; member: string };
  SCORE_NEGATIVE: { value: string; criterion: string; member: string };
  DEDUCTION_NEGATIVE: { value: string; used: Points; criterion: string; member: string };
  SCORE_TOO_PRECISE: { value: string };
  SCORE_MISSING: { member: string; criterion: string; count?: number };
  CROSS_SCORE_MISSING: { member: string; scorer: string; criterion: string; count?: number };
  CROSS_SCORE_NONE: { member: string; criterion: string; count?: number };
  CROSS_SHEET_ABSENT: { member: string; sheet: string };
  SCORE_STEP: { value: string; step: Points; criterion: string; member: string };
  GROUP_ROW_MISMATCH: { criterion: string; member: string; value: string; computed: Points };
  // computed checks (docs/quy-tac-tinh-diem.md, "Cảnh báo")
  SCORE_DEVIATION: { member: string; criterion: string; final: Points; self: Points; percent: Percent; threshold: Percent };
  /** meanSigned > 0: the scorer is more lenient than the others. */
  SCORER_BIASED: { scorer: string; meanSigned: Points; limit: Points };
  TOTAL_WITHOUT_BAND: { member: string; total?: Points };
  // Phiếu bầu and the vote
  BALLOT_OVER_QUOTA: { number: string; award: Award; count: number; quota: number };
  BALLOT_DUPLICATE_NAME: { number: string; award: Award; name: string };
  BALLOT_UNKNOWN_NAME: { number: string; award: Award; names: string[] };
  BALLOT_NUMBER_DUPLICATE: { number: string };
  /** `round` when the sheet has a `Vòng` column: the papers of that round. */
  BALLOTS_EXCEED_PRESENT: { ballots: number; present: number; round?: number };
  BALLOT_ROUND_INVALID: { value: string };
  /** A paper of round `round` (> 1) names more members than that round's open places. */
  BALLOT_OVER_PLACES: { number: string; award: Award; round: number; count: number; places: number };
  /** A paper of round `round` (> 1) names members outside that round's candidates (`among`); names are full names. */
  BALLOT_NOT_CANDIDATE: { number: string; award: Award; round: number; names: string[]; among: string[] };
  /** A paper of a round the award does not have (it was settled before, or the rounds ran out): the cell is not counted. */
  BALLOT_NO_SUCH_ROUND: { number: string; award: Award; round: number };
  QUORUM_NOT_MET: { present: number; members: number; required: number };
  PRESENT_EXCEEDS_MEMBERS: { present: number; members: number };
  // Hội nghị
  MEETING_ITEM_UNKNOWN: { item: string };
  MEETING_ITEM_DUPLICATE: { item: string };
  MEETING_DELEGATE_UNKNOWN: { value: string };
  /** `Số thành viên dự họp` differs from the members with a delegate in `Hội nghị`; `other` is the other cell ("Hội nghị!A9"). */
  PRESENT_CONFLICT: { present: number; delegates: number; other: string };
  // ranking and nomination
  SHARED_RANK_AT_CUTOFF: { award: Award; rank: number; members: string[] };
  FLAG_NOMINEE_NOT_FIRST: { member: string; rank: number; vote: boolean };
  /** A new round is needed: `round` (2, 3, …) among `members`; `reason` tie = tied for the last place, threshold = a Flag place nobody passed. */
  RUNOFF_NEEDED: { award: Award; members: string[]; round?: number; reason?: RunoffReason };
  /** After `rounds` rounds (the maximum), `open` places that still called for a round stay empty. */
  ROUNDS_EXHAUSTED: { award: Award; open: number; rounds: number };
  /** Tied on `votes`/`base` for the last place; the better rank took it (`taken`, with their ranks). */
  TIE_DECIDED_BY_RANK: { award: Award; members: string[]; votes: number; base: number; taken: { member: string; rank: number }[] };
  VOTES_FOR_INELIGIBLE: { member: string; votes: number; award: Award; reasons: IneligibleReason[] };
  /**
   * In a vote, `open` places nobody passed stay empty; `nextRound` when the conference may still
   * vote one more round, among `suggested` (the most voted eligible members).
   */
  NOMINEES_FEWER_THAN_QUOTA: { award: Award; quota: number; count: number; vote: boolean; open?: number; nextRound?: number; suggested?: string[] };
  NEXT_LEADERS_SUGGESTED: { head: string; deputies: string[] };
}

export type ProblemCode = keyof ProblemParamsByCode;

export type ProblemParams<C extends ProblemCode = ProblemCode> = ProblemParamsByCode[C];

interface ProblemBase {
  severity: Severity;
  /** Sheet name as the workbook spells it ('' when the problem concerns the whole workbook). */
  sheet: string;
  /** A1 address of the cell to look at, or '' when the problem concerns a whole sheet. */
  cell: string;
  /** Member code the problem concerns, if any. */
  member?: string;
  /** Criterion code the problem concerns, if any. */
  criterion?: string;
}

/** One problem: its code and the facts of that code (a discriminated union on `code`). */
export type Problem = { [C in ProblemCode]: ProblemBase & { code: C; params: ProblemParamsByCode[C] } }[ProblemCode];

/** The problem with this code. */
export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

export interface About {
  member?: string;
  criterion?: string;
}

export function problem<C extends ProblemCode>(
  severity: Severity,
  code: C,
  sheet: string,
  cell: string,
  params: ProblemParamsByCode[C],
  about: About = {},
): Problem {
  const p = { severity, code, sheet, cell, params } as ProblemOf<C>;
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
