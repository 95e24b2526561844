/**
 * The task pane's commands, free of React and of Office.js: each reads the workbook once through
 * the port, runs the core, and writes only the output sheets its view owns. Between stages it
 * gives the event loop a turn, so that the pane stays responsive (Office restarts a pane that
 * does not answer for 5 seconds) and the progress text can be painted.
 *
 * Every command that writes leaves one row in the run log `Nhật ký` (src/core/log) after its
 * sheets are written, when the host keeps a log (WorkbookPort.appendLog). A log that cannot be
 * written never undoes or hides the results: the outcome says so (`log`), the pane tells it.
 * The sign-off lock and unlock are in signOff.ts.
 */
import {
  countBySeverity,
  MEETING_SHEET_KEYS,
  outputKeys,
  staleMarks,
  formatComputedAt,
  OUTPUT_SHEETS,
  formatLogTime,
  pendingFormsRound,
  runLogPlan,
  type CheckReport,
  type LockStatus,
  type LogCommand,
  type LogExtra,
  type OutputSheetKey,
  type ParsedWorkbook,
  type RankReport,
  type SheetDescription,
  type WorkbookInput,
  type WorkbookPort,
} from '../core/index';
import type { CommandDeps, CoreFunctions, Stage } from './deps';
import { validateNewWorkbook, type FormIssue, type NewWorkbookForm } from './newWorkbookForm';
import { lastRunsOf, type LastRuns } from './steps';

/** Where the fingerprint of the last written ranking is kept with the workbook. */
export const LAST_RANK_FINGERPRINT = 'lastRankFingerprint';

/**
 * done: the sheets were written. blocked: errors stop the ranking; only the check sheet was
 * written. notScoring: the workbook has none of our input sheets; nothing was written (we do not
 * add a sheet to a workbook that is not a scoring workbook).
 */
export type Outcome = 'done' | 'blocked' | 'notScoring';

/**
 * What became of the run's row in `Nhật ký`: written; not kept by this host (no appendLog);
 * left out because a sheet of that name belongs to a person; or failed (the results stand).
 */
export type LogOutcome =
  | { kind: 'written' }
  | { kind: 'unsupported' }
  | { kind: 'notOurs'; sheet: string }
  | { kind: 'failed'; error: unknown };

export interface CommandResult<R extends CheckReport> {
  outcome: Outcome;
  report: R;
  /** Names of the sheets written, in writing order. */
  written: string[];
  /** "dd/mm/yyyy HH:MM" as printed on the sheets. */
  computedAt: string;
  /** The run's row in the log; absent when nothing was written (not a scoring workbook). */
  log?: LogOutcome;
}

/**
 * Appends the row of this run to `Nhật ký`. Never throws: a failure is reported in the outcome,
 * since the sheets the command wrote are complete and correct without it.
 */
export async function appendRunLog(
  port: WorkbookPort,
  input: WorkbookInput,
  report: CheckReport,
  command: LogCommand,
  at: string,
  extra: LogExtra = {},
): Promise<LogOutcome> {
  if (!port.appendLog) return { kind: 'unsupported' };
  const plan = runLogPlan(input, report, command, at, extra);
  if (plan.kind === 'notOurs') return plan;
  try {
    await port.appendLog(plan.append);
    return { kind: 'written' };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/** Gives the host a turn between stages. */
export const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads the workbook and checks it, telling each stage (the sign-off lock and the member forms start so). */
export async function readAndCheck(
  port: WorkbookPort,
  deps: Pick<CommandDeps, 'checkWorkbook' | 'onProgress'>,
): Promise<{ input: WorkbookInput; report: CheckReport }> {
  deps.onProgress?.('read');
  await yieldToHost();
  const input = await port.readInput();
  deps.onProgress?.('check');
  await yieldToHost();
  return { input, report: deps.checkWorkbook(input) };
}

async function stage(deps: CommandDeps, name: Stage): Promise<void> {
  deps.onProgress?.(name);
  await yieldToHost();
}

function sheetsByKey(sheets: SheetDescription[], keys: readonly OutputSheetKey[]): SheetDescription[] {
  return sheets.filter((s) => s.key !== 'input' && s.key !== 'log' && keys.includes(s.key));
}

interface Ranked {
  report: RankReport;
  computedAt: string;
  input: WorkbookInput;
  /** The run's time as the log writes it (to the second). */
  at: string;
}

async function readAndRank(port: WorkbookPort, deps: CommandDeps, computing: Stage): Promise<Ranked> {
  await stage(deps, 'read');
  const input = await port.readInput();
  await stage(deps, computing);
  const now = (deps.now ?? (() => new Date()))();
  const computedAt = formatComputedAt(now);
  // The check sheet comes from the same description as the others, so even Check goes through
  // rankWorkbook; describing the other sheets too is cheap next to reading the workbook.
  const report = await deps.rankWorkbook(input, { computedAt });
  return { report, computedAt, input, at: formatLogTime(now) };
}

async function write(port: WorkbookPort, deps: CommandDeps, sheets: SheetDescription[], remove: string[]): Promise<string[]> {
  if (sheets.length === 0 && remove.length === 0) return [];
  await stage(deps, 'write');
  await (remove.length > 0 ? port.writeSheets(sheets, remove) : port.writeSheets(sheets));
  return sheets.map((s) => s.name);
}

interface Outputs {
  written: string[];
  log: LogOutcome;
}

/**
 * Writes the command's sheets, its log row and (Rank) the fingerprint: in one call where the port
 * offers writeOutputs (the Office shell: 2 round trips), else as three calls in that order.
 */
async function writeAll(
  port: WorkbookPort,
  deps: CommandDeps,
  run: Pick<Ranked, 'input' | 'report' | 'at'>,
  command: LogCommand,
  sheets: SheetDescription[],
  settings: Record<string, string> | null,
  remove: string[] = [],
): Promise<Outputs> {
  if (!port.writeOutputs) {
    const written = await write(port, deps, sheets, remove);
    const log = await appendRunLog(port, run.input, run.report, command, run.at);
    if (settings && port.saveSetting) {
      await stage(deps, 'save');
      for (const [key, value] of Object.entries(settings)) await port.saveSetting(key, value);
    }
    return { written, log };
  }
  await stage(deps, 'write');
  const plan = runLogPlan(run.input, run.report, command, run.at);
  const result = await port.writeOutputs({ sheets, log: plan.kind === 'append' ? plan.append : null, ...(settings ? { settings } : {}), ...(remove.length > 0 ? { remove } : {}) });
  const log: LogOutcome = plan.kind === 'notOurs' ? plan : result.log.kind === 'none' ? { kind: 'unsupported' } : result.log;
  return { written: sheets.map((s) => s.name), log };
}

/** Check: writes `Kết quả kiểm tra` (docs/huong-dan-so-lieu.md, output sheets). */
export async function runCheck(port: WorkbookPort, deps: CommandDeps): Promise<CommandResult<RankReport>> {
  const ranked = await readAndRank(port, deps, 'check');
  const { report, computedAt } = ranked;
  if (report.notScoringWorkbook) return { outcome: 'notScoring', report, written: [], computedAt };
  const { written, log } = await writeAll(port, deps, ranked, 'check', sheetsByKey(report.sheets, ['check']), null);
  const outcome: Outcome = report.results ? 'done' : 'blocked';
  return { outcome, report, written, computedAt, log };
}

/**
 * Rank: writes `Kết quả kiểm tra`, `Tổng hợp điểm` and `Xếp hạng`; when errors block the ranking
 * the core describes only the check sheet, so only that one is written. After a ranking is
 * written its fingerprint is kept, so that the pane can tell later when the data changed.
 */
export async function runRank(port: WorkbookPort, deps: CommandDeps): Promise<CommandResult<RankReport>> {
  const ranked = await readAndRank(port, deps, 'rank');
  const { report, computedAt } = ranked;
  if (report.notScoringWorkbook) return { outcome: 'notScoring', report, written: [], computedAt };
  const keys: OutputSheetKey[] = report.results ? ['check', 'detail', 'ranking'] : ['check'];
  const settings = report.results && report.fingerprint ? { [LAST_RANK_FINGERPRINT]: report.fingerprint } : null;
  const { written, log } = await writeAll(port, deps, ranked, 'rank', sheetsByKey(report.sheets, keys), settings);
  return { outcome: report.results ? 'done' : 'blocked', report, written, computedAt, log };
}

/**
 * Nominate: writes the conference's documents (`Biên bản họp`; `Tờ trình` and `Thông báo kết quả`
 * once the vote is final) and removes those of ours it did not produce this time, with v1's
 * `Đề nghị khen thưởng` (src/core/outputSheets.ts, staleMarks). The nomination needs the ranking;
 * it is recomputed from the same read (cheap) rather than read back from the `Xếp hạng` sheet
 * (docs/ma-nguon.md: no shell reads back what it wrote). When errors block it, the check sheet is
 * written instead so that the user sees why.
 */
export async function runNominate(port: WorkbookPort, deps: CommandDeps): Promise<CommandResult<RankReport>> {
  const ranked = await readAndRank(port, deps, 'rank');
  const { report, computedAt } = ranked;
  if (report.notScoringWorkbook) return { outcome: 'notScoring', report, written: [], computedAt };
  const keys: OutputSheetKey[] = report.results ? [...MEETING_SHEET_KEYS] : ['check'];
  const sheets = sheetsByKey(report.sheets, keys);
  const remove = report.results ? staleMarks(MEETING_SHEET_KEYS, outputKeys(sheets)) : [];
  const { written, log } = await writeAll(port, deps, ranked, 'nominate', sheets, null, remove);
  return { outcome: report.results ? 'done' : 'blocked', report, written, computedAt, log };
}

/**
 * done: the forms of the pending round were written. blocked: errors stop the ranking (the check
 * sheet is written, as by Nominate). notPending: no round is pending (the vote is final, or there
 * are no ballots yet); nothing was written. notScoring: not a scoring workbook.
 */
export type BallotFormsOutcome = Outcome | 'notPending';

export interface BallotFormsResult extends Omit<CommandResult<RankReport>, 'outcome'> {
  outcome: BallotFormsOutcome;
  /** The round whose forms were written (the first pending round of the awards that need one); null when none. */
  round: number | null;
}

/**
 * Between rounds at the conference: writes only `Phiếu bầu (mẫu)` with the forms of the round
 * still to be held (docs/tai-lieu-in.md "Phiếu bầu (mẫu)"), so that they can be printed while the
 * meeting waits, without rewriting the other documents.
 */
export async function runBallotForms(port: WorkbookPort, deps: CommandDeps): Promise<BallotFormsResult> {
  const ranked = await readAndRank(port, deps, 'rank');
  const { report, computedAt } = ranked;
  if (report.notScoringWorkbook) return { outcome: 'notScoring', report, written: [], computedAt, round: null };
  const nom = report.results?.nomination ?? null;
  if (nom !== null && !nom.pending) return { outcome: 'notPending', report, written: [], computedAt, round: null };
  const keys: OutputSheetKey[] = nom !== null ? ['ballotForms'] : ['check'];
  const { written, log } = await writeAll(port, deps, ranked, 'ballotForms', sheetsByKey(report.sheets, keys), null);
  return { outcome: nom !== null ? 'done' : 'blocked', report, written, computedAt, log, round: report.results ? (pendingFormsRound(report.results)?.round ?? null) : null };
}

export type NewWorkbookResult =
  | { ok: true; created: string[]; members: number }
  | { ok: false; issues: FormIssue[] };

/** Creates the template's input sheets; the port refuses when any of them already exists. */
export async function createNewWorkbook(
  port: WorkbookPort,
  deps: Pick<CommandDeps, 'describeTemplate' | 'onProgress'>,
  form: NewWorkbookForm,
): Promise<NewWorkbookResult> {
  const checked = validateNewWorkbook(form);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  deps.onProgress?.('template');
  await yieldToHost();
  const sheets = await deps.describeTemplate(checked.options);
  await port.createInputSheets(sheets);
  return { ok: true, created: sheets.map((s) => s.name), members: checked.options.members.length };
}

/** What the Settings/Info view shows, read quietly (no sheet is written). */
export interface WorkbookStatus {
  fingerprint: string | null;
  /** The workbook as read, for its effective settings (the view words them: settingLines); null when unreadable. */
  workbook: ParsedWorkbook | null;
  notScoringWorkbook: boolean;
  /** The sign-off lock recorded in `Nhật ký` (src/core/lock); absent from a core that does not say. */
  lock?: LockStatus;
  /** Errors in the data as read (the step strip shows them on Kiểm tra). */
  errors: number;
  /** What the run log says each command last ran on (steps.ts); absent when the read was a command's. */
  runs?: LastRuns;
  /** The output sheets the workbook holds (by their mark), in OUTPUT_SHEETS order; absent when unknown. */
  outputs?: string[];
}

/** The output sheets present in this input, by mark (a sheet the user renamed is found under its new name). */
export function outputSheetsOf(input: WorkbookInput): string[] {
  const byMark = new Map((input.marks ?? []).map((m) => [m.mark.toLowerCase(), m.sheet] as const));
  const marked = new Set((input.markedSheets ?? []).map((n) => n.toLowerCase()));
  return OUTPUT_SHEETS.map((o) => byMark.get(o.mark.toLowerCase()) ?? (marked.has(o.name.toLowerCase()) ? o.name : null)).filter((n): n is string => n !== null);
}

export async function readStatus(port: WorkbookPort, deps: Pick<CoreFunctions, 'checkWorkbook'>): Promise<WorkbookStatus> {
  const input = await port.readInput();
  await yieldToHost();
  return { ...statusOf(deps.checkWorkbook(input)), runs: lastRunsOf(input), outputs: outputSheetsOf(input) };
}

/** What the Settings/Info view shows of a report: fingerprint, effective settings, lock. */
export function statusOf(report: CheckReport): WorkbookStatus {
  const status: WorkbookStatus = {
    fingerprint: report.fingerprint,
    workbook: report.workbook,
    notScoringWorkbook: report.notScoringWorkbook,
    errors: countBySeverity(report.problems).error,
  };
  if (report.lock) status.lock = report.lock;
  return status;
}

/** The data fingerprint of the workbook as it is now (null when it cannot be read far enough). */
export async function currentFingerprint(port: WorkbookPort, deps: Pick<CoreFunctions, 'checkWorkbook'>): Promise<string | null> {
  return (await readStatus(port, deps)).fingerprint;
}

/** The fingerprint saved by the last ranking written to this workbook, if the host keeps it. */
export async function lastRankFingerprint(port: WorkbookPort): Promise<string | null> {
  return port.loadSetting ? port.loadSetting(LAST_RANK_FINGERPRINT) : null;
}
