/**
 * The small print under a table (documents.md; workbook-format.md "Output sheets"): the data
 * fingerprint with the time of computation, so that a printed sheet can be matched to the data
 * it came from, and a line saying that the program writes the sheet and rewrites it on each
 * run (hand edits there are lost).
 */
import { FONT_SIZE } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';

export function fingerprintLine(fingerprint: string | null, computedAt: string): string {
  const fp = fingerprint ?? '(chưa có: bảng tính chưa đọc được)';
  return `Mã kiểm tra dữ liệu: ${fp} — tính lúc ${computedAt}`;
}

export const GENERATED_LINE =
  'Trang tính này do chương trình tạo ra và được ghi lại toàn bộ mỗi lần chạy; không sửa trực tiếp trên trang này.';

export function addProvenance(b: SheetBuilder, fingerprint: string | null, computedAt: string): void {
  const small = { italic: true, hAlign: 'left' as const };
  b.paragraph(fingerprintLine(fingerprint, computedAt), small, FONT_SIZE.small);
  b.paragraph(GENERATED_LINE, small, FONT_SIZE.small);
}
