/**
 * The sign-off lock ("Chốt số liệu", issue 6): where it is recorded and what it says now.
 *
 * Where the record lives: in the run log `Nhật ký` (src/core/log), as a row whose command is
 * `Chốt số liệu` (lock) or `Mở khóa` (unlock), with the time, the fingerprint and the name the
 * chair typed. The last such row decides. We chose the log over a separate record sheet or a
 * defined name because the log is already the program's marked, append-only sheet: plain cell
 * values that Excel, Excel on the web and exceljs keep unchanged through any save (exceljs
 * keeps only range names, so a name holding a text would be lost), one sheet instead of two,
 * and every lock and unlock stays visible in order next to the runs it governs.
 *
 * The reader skips marked sheets, so neither the log nor a new lock row changes the input
 * fingerprint (src/core/fingerprint): locking does not change what it locks.
 */
import type { WorkbookInput } from '../grid';
import { logRecords, type LogRecord } from '../log/readLog';

export interface LockStatus {
  /** True when the last lock/unlock row of the log is a lock. */
  locked: boolean;
  /** Time of that row as the log writes it ("27/11/2026 14:05:09"); null when there is none. */
  at: string | null;
  /** The name typed by the chair; null when there is no such row ('' when the cell is blank). */
  by: string | null;
  /** The fingerprint recorded with it; null when there is no such row or its cell is blank. */
  fingerprint: string | null;
  /** True when locked and the inputs still have the recorded fingerprint. */
  matches: boolean;
}

export const NOT_LOCKED: LockStatus = { locked: false, at: null, by: null, fingerprint: null, matches: false };

/** The last lock or unlock row of the log, or null when there has been none. */
export function lastLockRecord(records: readonly LogRecord[]): LogRecord | null {
  for (let i = records.length - 1; i >= 0; i--) {
    const c = records[i].command;
    if (c === 'lock' || c === 'unlock') return records[i];
  }
  return null;
}

/** The lock state recorded in these log rows, compared with the inputs' fingerprint now. */
export function describeRecordedLock(records: readonly LogRecord[], fingerprint: string | null): LockStatus {
  const last = lastLockRecord(records);
  if (last === null) return NOT_LOCKED;
  const recorded = last.fingerprint === '' ? null : last.fingerprint;
  const locked = last.command === 'lock';
  return {
    locked,
    at: last.at,
    by: last.by,
    fingerprint: recorded,
    // A lock row without a fingerprint cannot vouch for any data.
    matches: locked && recorded !== null && fingerprint !== null && recorded.toUpperCase() === fingerprint.toUpperCase(),
  };
}

/** The lock state of a workbook: its log's last lock/unlock row against the current fingerprint. */
export function lockStatus(input: WorkbookInput, fingerprint: string | null): LockStatus {
  return describeRecordedLock(logRecords(input), fingerprint);
}
