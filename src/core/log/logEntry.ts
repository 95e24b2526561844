/**
 * One row of the run log for one command run (issue 6): when, which command, the data
 * fingerprint, how many errors and warnings, the top three of the ranking and the nominees,
 * who (for a lock or unlock: the name the chair typed) and a note. Pure: the same report,
 * command and time always give the same row.
 */
import type { Award, ParsedWorkbook } from '../model';
import { countBySeverity, type Problem } from '../problems';
import type { Results } from '../results';
import { describeLock } from '../lock/describeLock';
import type { LockStatus } from '../lock/lockStatus';
import { MemberNames } from '../memberNames';
import { COMMAND_LABELS, LOG_COLUMNS, LOG_COLUMN_INDEX, type LogColumnKey, type LogCommand } from './logColumns';

export type LogRow = (string | number | null)[];

/** What a row is made from: a check or rank report (src/core/index.ts). */
export interface LoggedReport {
  problems: readonly Problem[];
  fingerprint: string | null;
  workbook: ParsedWorkbook | null;
  results: Results | null;
  lock?: LockStatus;
}

export interface LogExtra {
  /** Who ran it: the chair's name for a lock or unlock. */
  by?: string;
  /** Added to the note (e.g. "khóa 7 trang nhập liệu, có mật khẩu"). */
  note?: string;
}

/** The leading members: every member ranked at or above the third entry, so a tie is never cut. */
export function topThree(results: Results): { rank: number; member: string }[] {
  const ranking = results.ranking;
  if (ranking.length <= 3) return ranking.map((e) => ({ rank: e.rank, member: e.member }));
  const cutoff = ranking[2].rank;
  return ranking.filter((e) => e.rank <= cutoff).map((e) => ({ rank: e.rank, member: e.member }));
}

function topThreeText(results: Results, names: MemberNames): string {
  return topThree(results)
    .map((e) => `${e.rank}. ${names.name(e.member)}`)
    .join('; ');
}

function nomineesText(results: Results, award: Award, names: MemberNames): string {
  const a = results.nomination[award];
  return a.nominees.length === 0 ? '(không có)' : a.nominees.map((m) => names.name(m)).join('; ');
}

/** Commands that rank nothing: their rows leave the ranking columns blank and say nothing of it. */
const NOT_RANKING: readonly LogCommand[] = ['lock', 'unlock', 'gather'];

function noteText(report: LoggedReport, command: LogCommand, extra: LogExtra): string {
  const parts: string[] = [];
  if (extra.note) parts.push(extra.note);
  const errors = countBySeverity(report.problems).error;
  if (report.workbook === null) parts.push('Không đọc được sổ chấm điểm');
  else if (errors > 0 && command !== 'unlock' && command !== 'gather') parts.push('Có lỗi nên chưa xếp hạng');
  if (report.results && !NOT_RANKING.includes(command)) {
    parts.push(report.results.nomination.mode === 'vote' ? 'Đề nghị theo kết quả bỏ phiếu' : 'Đề nghị theo thứ hạng, chưa bỏ phiếu');
  }
  // A run on a locked workbook whose data changed says so in the log too.
  const lock = describeLock(report.lock, report.fingerprint);
  if (lock?.mismatch && !NOT_RANKING.includes(command)) parts.push(lock.text);
  return parts.join('. ');
}

/** The note of a lock row: "Khóa 7 trang nhập liệu, có mật khẩu". */
export function lockNote(sheets: number, withPassword: boolean): string {
  return `Khóa ${sheets} trang nhập liệu${withPassword ? ', có mật khẩu' : ', không đặt mật khẩu'}`;
}

/** The note of an unlock row: "Mở khóa 7 trang nhập liệu". */
export function unlockNote(sheets: number): string {
  return `Mở khóa ${sheets} trang nhập liệu`;
}

/** The row for one run; `at` as formatLogTime writes it. */
export function logEntry(report: LoggedReport, command: LogCommand, at: string, extra: LogExtra = {}): LogRow {
  const row: LogRow = LOG_COLUMNS.map(() => null);
  const set = (key: LogColumnKey, v: string | number | null): void => {
    row[LOG_COLUMN_INDEX[key]] = v === '' ? null : v;
  };
  const counts = countBySeverity(report.problems);
  set('at', at);
  set('command', COMMAND_LABELS[command]);
  set('fingerprint', report.fingerprint);
  set('errors', counts.error);
  set('warnings', counts.warning);
  if (report.results && report.workbook && command !== 'gather') {
    const names = new MemberNames(report.workbook.members);
    set('top', topThreeText(report.results, names));
    set('flag', nomineesText(report.results, 'flag', names));
    set('certificate', nomineesText(report.results, 'certificate', names));
  }
  set('by', extra.by ?? null);
  set('note', noteText(report, command, extra));
  return row;
}
