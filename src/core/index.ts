/**
 * The core's public surface. Pure TypeScript: grids in, problems, results and sheet
 * descriptions out. No Office.js, exceljs, React or Node APIs anywhere under src/core.
 */
export { checkWorkbook, type CheckReport } from './checkReport';
export { rankWorkbook, rankReportOf, type RankReport, type RankOptions } from './rankReport';

/**
 * The ranking with its sheet descriptions, loaded on demand: the task pane fetches the documents
 * (src/core/documents) as a chunk of their own at its first Check or Rank, so that they do not
 * weigh on its start (scripts/check-bundle.js). The core has no side effects on import
 * (webpack.config.js says so), so the static export above does not pull them back.
 */
export const loadRanking = (): Promise<typeof import('./rankReport')> => import(/* webpackChunkName: "documents" */ './rankReport');

// ---- the public surface: shells import the core only through this file (test/architecture) ----

// Grids in, sheet descriptions out.
export type { WorkbookInput, SheetGrid, CellValue } from './grid';
export { a1, a1Range, parseA1, cellAt, isBlank, columnLetters, columnIndex } from './grid';
export type { SheetDescription, PageSetup, CellStyle, StyledRange, OutputSheetKey, BorderLine } from './sheet';
export { plainSheet } from './sheet';
export { OUTPUT_SHEETS, LOG_SHEET, MARK_PREFIX, MEETING_SHEET_KEYS, RETIRED_OUTPUT_SHEETS, outputKeys, outputSheet, resultSheetKeys, staleMarks, type OutputSheetInfo } from './outputSheets';
export { PortError, isPortError, type WorkbookPort, type HighlightCell, type OutputWrite, type OutputWriteResult, type InputFill } from './port';

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
export { sizeProblem, MAX_INPUT_CELLS } from './read/limits';
export { ballotFormRounds, pendingFormsRound, type FormRound } from './documents/ballotForms';
export { workingPageSetup } from './documents/pageSetup';
