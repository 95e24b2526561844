/**
 * The small print under a table (docs/tai-lieu-in.md; docs/huong-dan-so-lieu.md "Output sheets"): the data
 * fingerprint with the time of computation, so that a printed sheet can be matched to the data
 * it came from, and a line saying that the program writes the sheet and rewrites it on each
 * run (hand edits there are lost). On a locked workbook (src/core/lock) a line about the lock
 * follows the fingerprint: the sign-off, or — in red — that the data changed after it.
 */
import type { LockLine } from '../lock/describeLock';
import { FONT_SIZE } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';

export function fingerprintLine(fingerprint: string | null, computedAt: string): string {
  const fp = fingerprint ?? '(chưa có: bảng tính chưa đọc được)';
  return `Mã kiểm tra dữ liệu: ${fp} — tính lúc ${computedAt}`;
}

export const GENERATED_LINE =
  'Trang tính này do chương trình tạo ra và được ghi lại toàn bộ mỗi lần chạy; không sửa trực tiếp trên trang này.';

/** Red, as the check sheet prints its errors. */
export const MISMATCH_COLOR = 'C00000';

export function addProvenance(b: SheetBuilder, fingerprint: string | null, computedAt: string, lock: LockLine | null = null): void {
  const small = { italic: true, hAlign: 'left' as const };
  b.paragraph(fingerprintLine(fingerprint, computedAt), small, FONT_SIZE.small);
  if (lock !== null) {
    if (lock.mismatch) b.paragraph(lock.text, { bold: true, color: MISMATCH_COLOR, hAlign: 'left' }, FONT_SIZE.body);
    else b.paragraph(lock.text, small, FONT_SIZE.small);
  }
  b.paragraph(GENERATED_LINE, small, FONT_SIZE.small);
}
