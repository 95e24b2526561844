/**
 * The program's own sheets and the mark that proves it created them. The mark is a
 * workbook-scoped defined name per sheet ("CumThiDua_XepHang" → 'Xếp hạng'!$A$1): exceljs keeps
 * workbook-scoped names when it reads and writes a file (it drops sheet-scoped ones), and Excel
 * keeps the name pointing at the sheet when it is renamed, so a renamed sheet is still ours and
 * a user's sheet that merely has the same name is not.
 */
import type { OutputSheetKey } from './sheet';

export interface OutputSheetInfo {
  key: OutputSheetKey;
  name: string;
  mark: string;
}

export const OUTPUT_SHEETS: readonly OutputSheetInfo[] = [
  { key: 'check', name: 'Kết quả kiểm tra', mark: 'CumThiDua_KetQuaKiemTra' },
  { key: 'detail', name: 'Tổng hợp điểm', mark: 'CumThiDua_TongHopDiem' },
  { key: 'ranking', name: 'Xếp hạng', mark: 'CumThiDua_XepHang' },
  { key: 'nomination', name: 'Đề nghị khen thưởng', mark: 'CumThiDua_DeNghiKhenThuong' },
  { key: 'ballotForms', name: 'Phiếu bầu (mẫu)', mark: 'CumThiDua_PhieuBauMau' },
  { key: 'countingMinutes', name: 'Biên bản kiểm phiếu', mark: 'CumThiDua_BienBanKiemPhieu' },
];

export const MARK_PREFIX = 'CumThiDua_';

/**
 * The run log (`Nhật ký`): one row per command run, appended and never rewritten, so it is not
 * among OUTPUT_SHEETS (which are rewritten whole). It also holds the sign-off records ("Chốt số
 * liệu" / "Mở khóa" rows, src/core/lock). Marked like the other output sheets.
 */
export const LOG_SHEET = { key: 'log', name: 'Nhật ký', mark: 'CumThiDua_NhatKy' } as const;

export function outputSheet(key: OutputSheetKey): OutputSheetInfo {
  const info = OUTPUT_SHEETS.find((s) => s.key === key);
  if (!info) throw new Error('unknown output sheet ' + key);
  return info;
}
