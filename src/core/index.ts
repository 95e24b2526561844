/**
 * The core's public surface. Pure TypeScript: grids in, problems, results and sheet
 * descriptions out. No Office.js, exceljs, React or Node APIs anywhere under src/core.
 */
import type { WorkbookInput } from './grid';
import type { ParsedWorkbook } from './model';
import { hasErrors, type Problem } from './problems';
import type { Results } from './results';
import type { SheetDescription } from './sheet';
import { readWorkbook } from './read/readWorkbook';
import { computeResults } from './rules/computeResults';
import { fingerprintOf, formatFingerprint } from './fingerprint/fingerprint';
import { describeOutputSheets } from './documents/describeOutputSheets';
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

export interface RankReport extends CheckReport {
  /** The output sheets to write (only `Kết quả kiểm tra` when errors block ranking). */
  sheets: SheetDescription[];
}

export interface RankOptions {
  /** When the results were computed, as printed on the sheets ("27/11/2026 14:05"). */
  computedAt: string;
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

/** Checks, ranks and describes the four output sheets. */
export function rankWorkbook(input: WorkbookInput, options: RankOptions): RankReport {
  return rankReportOf(checkWorkbook(input), options);
}

/**
 * The rank report of a check already made: the output sheets described from it. rankWorkbook is
 * exactly this after checkWorkbook; a shell that checked the input elsewhere (the web mode's
 * worker) describes the sheets from that check instead of checking again.
 */
export function rankReportOf(report: CheckReport, options: RankOptions): RankReport {
  const sheets = describeOutputSheets({
    workbook: report.workbook,
    results: report.results,
    problems: report.problems,
    fingerprint: report.fingerprint,
    computedAt: options.computedAt,
    lock: report.lock,
  });
  return { ...report, sheets };
}

// ---- the public surface: shells import the core only through this file (test/architecture) ----

// Grids in, sheet descriptions out.
export type { WorkbookInput, SheetGrid, CellValue } from './grid';
export { a1, a1Range, parseA1, cellAt, isBlank } from './grid';
export type { SheetDescription, PageSetup, CellStyle, StyledRange, OutputSheetKey } from './sheet';
export { OUTPUT_SHEETS, LOG_SHEET, MARK_PREFIX, outputSheet, type OutputSheetInfo } from './outputSheets';
export { PortError, isPortError, type WorkbookPort, type HighlightCell } from './port';

// The parsed workbook, the results, the problems.
export type {
  ParsedWorkbook,
  Member,
  Criterion,
  Settings,
  SettingValues,
  WrittenSettings,
  Ballot,
  Band,
  Award,
  TieBreakRule,
  MeetingInfo,
  MeetingText,
  MeetingPerson,
  MeetingDelegate,
  PanelMember,
} from './model';
export type {
  Results,
  RankEntry,
  RankNote,
  AwardResult,
  NominationResult,
  MemberScore,
  Candidate,
  CandidateOutcome,
  IneligibleReason,
  BallotFigures,
  RoundResult,
  RankDecision,
  RunoffReason,
} from './results';
export type { Problem, ProblemCode, ProblemParams, ProblemParamsByCode, Severity } from './problems';
export { hasErrors, countBySeverity } from './problems';
export { meetingPoints, MEETING_POINT_SEVERITY, type MeetingPoint } from './rules/meetingPoints';
export { quorumOf, type Quorum } from './rules/quorum';
export { MemberNames, memberNames, shortMemberName } from './memberNames';
export { MIN_MEMBERS, MAX_MEMBERS, MEMBER_CODE, suggestMemberCode } from './read/readMembers';

// Numbers: points and shares, exact, each with its one formatter.
export { formatPoints, formatPercent, pointsNumber, percentNumber, type Points, type Percent } from './hundredths';

// Settings by identity.
export { SETTING_IDS, type SettingId } from './settings/settingIds';
export { settingLines, yearText, type SettingLine } from './settings/settingLines';
export { YEAR_RANGE } from './settings/defaults';

// The vocabulary.
export type { Lang } from './lang';
export { problemMessage, wordsFor, type Words } from './words';
export { sentenceStart } from './words/kit';
export { rankNoteTexts, reasonsText, shortcomings, meetingPointText, nextLeaderLines, roundLines } from './words/resultTexts';
export { cleanText, matchKey } from './text';

// The template, loaded on demand (a chunk of its own in the pane, fetched only when a new workbook
// is made), so that its sample criteria and notes do not weigh on the pane's start. Not re-exported
// statically: a static export would pull it back into the pane's first download.
export type { TemplateOptions } from './template/describeTemplate';
export const loadTemplate = (): Promise<typeof import('./template/describeTemplate')> =>
  import(/* webpackChunkName: "template" */ './template/describeTemplate');

// Sign-off lock and run log.
export { lockStatus, describeRecordedLock, NOT_LOCKED, type LockStatus } from './lock/lockStatus';
export { describeLock, type LockLine } from './lock/describeLock';
export { lockTargets } from './lock/lockTargets';
export { lockRefusal, unlockRefusal, signerName, type LockRefusal, type UnlockRefusal } from './lock/lockRules';
export { logEntry, lockNote, unlockNote, topThree, type LogRow, type LogExtra, type LoggedReport } from './log/logEntry';
export { formatComputedAt, formatLogTime } from './computedAt';
export { describeLogSheet, LOG_ROW_FORMAT, LOG_HEADERS } from './log/describeLog';
export { logAppend, runLogPlan, type LogAppend, type RunLogPlan } from './log/logAppend';
export { logRecords, logSheetName, unmarkedLogSheet, nextLogRow, readLog, type LogRecord } from './log/readLog';
export { COMMAND_LABELS, LOG_COLUMNS, type LogCommand } from './log/logColumns';

// The stages, for the benchmark's timings.
export { readWorkbook } from './read/readWorkbook';
export { computeResults } from './rules/computeResults';
export { fingerprintOf, formatFingerprint } from './fingerprint/fingerprint';
export { describeOutputSheets } from './documents/describeOutputSheets';
