/**
 * How a printed sheet says which data it came from (docs/tai-lieu-in.md; docs/sign-off.md): the
 * data fingerprint with the time of computation and, on a locked workbook, the sign-off line —
 * in the page footer, in small type, where it proves which data was printed without being part
 * of the signed text. When the data changed after the sign-off, the sheet also says so in its
 * body, in red: such a page must never pass for the signed-off result.
 *
 * `Kết quả kiểm tra`, the officers' working list (not signed), also keeps these lines under its
 * table, with a line saying that the program rewrites the sheet on each run, since it is read on
 * screen, where a footer does not show.
 */
import type { LockLine } from '../lock/describeLock';
import { VI } from '../words/vi';
import { fontCode, FONT_SIZE, HEADER_FOOTER_LIMIT, headerFooterText } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';

/** "Mã kiểm tra dữ liệu 7BD1-25F2-B768-C69D — tính lúc 15/01/2023 09:00". */
export function fingerprintLine(fingerprint: string | null, computedAt: string): string {
  const fp = fingerprint ?? '(chưa có: bảng tính chưa đọc được)';
  return `Mã kiểm tra dữ liệu ${fp} — tính lúc ${computedAt}`;
}

/**
 * The footer: the fingerprint line and, on a locked workbook, the sign-off line under it (when
 * the data changed after the sign-off, its short form in bold). A line that would take the
 * footer over Excel's limit is left out.
 */
export function fingerprintFooter(fingerprint: string | null, computedAt: string, lock: LockLine | null): string {
  let out = fontCode(FONT_SIZE.footer, { italic: true }) + headerFooterText(fingerprintLine(fingerprint, computedAt));
  if (lock !== null) {
    const line = lock.mismatch ? fontCode(FONT_SIZE.footer, { bold: true }) + headerFooterText(VI.lock.changedShort) : headerFooterText(lock.text);
    const next = out + '\n' + line;
    if (next.length <= HEADER_FOOTER_LIMIT) out = next;
  }
  return out;
}

export const GENERATED_LINE =
  'Trang tính này do chương trình tạo ra và được ghi lại toàn bộ mỗi lần chạy; không sửa trực tiếp trên trang này.';

/** Red, as the check sheet prints its errors. */
export const MISMATCH_COLOR = 'C00000';

/** The red sentence in the body when the data changed after the sign-off; nothing otherwise. */
export function addLockWarning(b: SheetBuilder, lock: LockLine | null): void {
  if (lock !== null && lock.mismatch) b.paragraph(lock.text, { bold: true, color: MISMATCH_COLOR, hAlign: 'left' }, FONT_SIZE.body);
}

/** The working list's small print under its table: fingerprint, sign-off line, the program's line. */
export function addWorkingNotes(b: SheetBuilder, fingerprint: string | null, computedAt: string, lock: LockLine | null = null): void {
  const small = { italic: true, hAlign: 'left' as const };
  b.paragraph(fingerprintLine(fingerprint, computedAt), small, FONT_SIZE.small);
  if (lock !== null) {
    if (lock.mismatch) addLockWarning(b, lock);
    else b.paragraph(lock.text, small, FONT_SIZE.small);
  }
  b.paragraph(GENERATED_LINE, small, FONT_SIZE.small);
}
