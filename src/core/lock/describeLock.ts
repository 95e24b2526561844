/**
 * What the output sheets say about the lock (issue 6): on a locked workbook whose inputs still
 * match, the time, the fingerprint and the chair's name; when the inputs no longer match the
 * recorded fingerprint, a sentence in red that says so and gives both fingerprints, so that a
 * printed page can never pass for the signed-off result. Nothing when the workbook is not locked.
 */
import type { LockStatus } from './lockStatus';

export interface LockLine {
  text: string;
  /** True when the inputs changed after the lock: printed in red. */
  mismatch: boolean;
}

export function describeLock(status: LockStatus | null | undefined, fingerprint: string | null): LockLine | null {
  if (!status || !status.locked) return null;
  const at = status.at && status.at !== '' ? status.at : '(không rõ thời gian)';
  const recorded = status.fingerprint ?? '(không có)';
  if (status.matches) {
    const by = status.by ? ` (người chốt: ${status.by})` : '';
    return { text: `Số liệu đã chốt lúc ${at} — mã kiểm tra ${recorded}${by}.`, mismatch: false };
  }
  const now = fingerprint ?? '(chưa đọc được)';
  return {
    text: `Số liệu đã thay đổi sau khi chốt lúc ${at}: mã kiểm tra khi chốt ${recorded}, hiện nay ${now}. Kết quả trên trang này không khớp với số liệu đã chốt.`,
    mismatch: true,
  };
}
