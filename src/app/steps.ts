/**
 * The order of the year's work as the pane's step strip shows it, and the state of each step,
 * free of React (docs/add-in.md, "Các bước"): Kiểm tra → Chốt số liệu → Xếp hạng → Bầu chọn / Đề
 * nghị → In & Tải về. Phiếu chấm (the member forms of issue 14) is not a step: clusters that share
 * one workbook never need it, so the pane offers it beside Cài đặt (docs/quyet-dinh.md).
 *
 * A step is done on the data as it is now: each command's run is known by the fingerprint of the
 * data it ran on — from this session, or from the run log `Nhật ký` (so a co-author's ranking and
 * yesterday's check count too) — and compared with the fingerprint of the data now. A run on other
 * data is stale. The sign-off lock freezes the first two steps (locked), and turns red (stale)
 * when the data changed after it.
 */
import { logRecords, OUTPUT_SHEETS, type LockStatus, type LogCommand, type WorkbookInput } from '../core/index';

export type StepKey = 'check' | 'lock' | 'rank' | 'nominate' | 'deliver';

/** Steps in order. */
export const STEP_ORDER: readonly StepKey[] = ['check', 'lock', 'rank', 'nominate', 'deliver'];

export type StepState = 'notDone' | 'done' | 'stale' | 'locked';

/** The fingerprint each command last ran on (null: never, as far as the pane knows). */
export interface LastRuns {
  /** Check, or any command that checks and writes `Kết quả kiểm tra` (Rank, Nominate). */
  check: string | null;
  rank: string | null;
  nominate: string | null;
}

export const NO_RUNS: LastRuns = { check: null, rank: null, nominate: null };

export interface StepFacts {
  /** The data's fingerprint now (null when unknown or unreadable). */
  fingerprint: string | null;
  /** Errors in the data now (null when unknown). */
  errors: number | null;
  runs: LastRuns;
  lock: LockStatus | null;
  /**
   * The last step where the shell knows better (the file mode: downloaded since the last change,
   * or not); absent in Excel, where the printed sheets are simply the current output sheets.
   */
  deliver?: StepState;
}

const same = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.toUpperCase() === b.toUpperCase();

function runState(ranOn: string | null, now: string | null): StepState {
  if (ranOn === null) return 'notDone';
  return same(ranOn, now) ? 'done' : 'stale';
}

export function stepStates(f: StepFacts): Record<StepKey, StepState> {
  const lockedNow = f.lock?.locked === true && f.lock.matches;
  const lock: StepState = f.lock?.locked === true ? (f.lock.matches ? 'locked' : 'stale') : 'notDone';
  let check = runState(f.runs.check, f.fingerprint);
  if (check === 'done' && (f.errors ?? 0) > 0) check = 'notDone';
  if (lockedNow) check = 'locked';
  const rank = runState(f.runs.rank, f.fingerprint);
  const nominate = runState(f.runs.nominate, f.fingerprint);
  const deliver: StepState =
    f.deliver ?? (rank === 'stale' || nominate === 'stale' ? 'stale' : rank === 'done' && nominate === 'done' ? 'done' : 'notDone');
  return { check, lock, rank, nominate, deliver };
}

const CHECKING: readonly LogCommand[] = ['check', 'rank', 'nominate'];

/** The fingerprints the run log records for each command's last run (blank fingerprints are skipped). */
export function lastRunsOf(input: WorkbookInput): LastRuns {
  const runs: LastRuns = { ...NO_RUNS };
  for (const r of logRecords(input)) {
    if (r.command === null || r.fingerprint === '') continue;
    if (CHECKING.includes(r.command)) runs.check = r.fingerprint;
    // Errors stop Rank and Nominate (only the check sheet is written): such a row ranked nothing.
    const wrote = r.errors === null || r.errors === 0;
    if (r.command === 'rank' && wrote) runs.rank = r.fingerprint;
    if (r.command === 'nominate' && wrote) runs.nominate = r.fingerprint;
  }
  return runs;
}

/** Later knowledge over earlier: a run of this session wins over the log read at start. */
export function mergeRuns(base: LastRuns, newer: Partial<LastRuns>): LastRuns {
  return {
    check: newer.check ?? base.check,
    rank: newer.rank ?? base.rank,
    nominate: newer.nominate ?? base.nominate,
  };
}

/**
 * The output sheets the workbook holds (as last read) and those this session wrote, once each, in
 * the order of OUTPUT_SHEETS — a stable order, so that a status read arriving later never reorders
 * the In & Tải về list under the keyboard's focus (moving a focused button drops its focus).
 */
export function deliverableSheets(held: readonly string[], written: readonly string[]): string[] {
  const all = new Set([...held, ...written]);
  const known = OUTPUT_SHEETS.map((s) => s.name).filter((name) => all.has(name));
  const others = [...all].filter((name) => !known.includes(name)).sort((a, b) => a.localeCompare(b, 'vi'));
  return [...known, ...others];
}
