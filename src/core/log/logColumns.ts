/**
 * The columns of the run log `Nhật ký` (issue 6: time, command, fingerprint, counts of errors
 * and warnings, the top three and the nominees), and the commands it records. The log is read
 * back by its header labels (readLog.ts), never by position alone, so a column a user widens,
 * hides or colours does not matter.
 */
import type { CellValue } from '../grid';
import { matchKey } from '../text';

export const LOG_COLUMNS = [
  { key: 'at', header: 'Thời gian', width: 20 },
  { key: 'command', header: 'Lệnh', width: 16 },
  { key: 'fingerprint', header: 'Mã kiểm tra dữ liệu', width: 22 },
  { key: 'errors', header: 'Số lỗi', width: 8 },
  { key: 'warnings', header: 'Số cảnh báo', width: 10 },
  { key: 'top', header: 'Ba đơn vị dẫn đầu', width: 40 },
  { key: 'flag', header: 'Đề nghị Cờ thi đua', width: 28 },
  { key: 'certificate', header: 'Đề nghị Bằng khen', width: 36 },
  { key: 'by', header: 'Người thực hiện', width: 22 },
  { key: 'note', header: 'Ghi chú', width: 48 },
] as const;

export type LogColumnKey = (typeof LOG_COLUMNS)[number]['key'];

/** 0-based column of each field in a log the program wrote. */
export const LOG_COLUMN_INDEX = Object.fromEntries(LOG_COLUMNS.map((c, i) => [c.key, i])) as Record<LogColumnKey, number>;

/** The commands that leave a row in the log. */
export type LogCommand = 'check' | 'rank' | 'nominate' | 'ballotForms' | 'lock' | 'unlock' | 'gather';

/** How the `Lệnh` column names each command (the task pane's and the command line's words). */
export const COMMAND_LABELS: Record<LogCommand, string> = {
  check: 'Kiểm tra',
  rank: 'Xếp hạng',
  nominate: 'Đề nghị khen thưởng',
  ballotForms: 'Phiếu bầu vòng sau',
  lock: 'Chốt số liệu',
  unlock: 'Mở khóa',
  gather: 'Thu phiếu chấm',
};

const COMMAND_BY_KEY = new Map<string, LogCommand>(
  (Object.keys(COMMAND_LABELS) as LogCommand[]).map((c) => [matchKey(COMMAND_LABELS[c]), c]),
);

/** The command a `Lệnh` cell names ("Chốt số liệu" → 'lock'); null for anything else. */
export function commandOf(cell: CellValue): LogCommand | null {
  return COMMAND_BY_KEY.get(matchKey(cell)) ?? null;
}
