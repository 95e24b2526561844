/**
 * The program's own sheets and the mark that proves it created them. The mark is a
 * workbook-scoped defined name per sheet ("CumThiDua_XepHang" → 'Xếp hạng'!$A$1): exceljs keeps
 * workbook-scoped names when it reads and writes a file (it drops sheet-scoped ones), and Excel
 * keeps the name pointing at the sheet when it is renamed, so a renamed sheet is still ours and
 * a user's sheet that merely has the same name is not.
 */
import type { Results } from './results';
import type { OutputSheetKey, SheetDescription } from './sheet';

export interface OutputSheetInfo {
  key: OutputSheetKey;
  name: string;
  mark: string;
  /**
   * A document of the conference (docs/tai-lieu-in.md, "Hồ sơ Hội nghị"): written by Nominate,
   * marked DỰ THẢO while a round is pending. Some are written only in some runs (the submission
   * only when the vote is final); one a run does not describe is removed (staleMarks).
   */
  meeting?: true;
}

export const OUTPUT_SHEETS: readonly OutputSheetInfo[] = [
  { key: 'check', name: 'Kết quả kiểm tra', mark: 'CumThiDua_KetQuaKiemTra' },
  { key: 'detail', name: 'Tổng hợp điểm', mark: 'CumThiDua_TongHopDiem' },
  { key: 'ranking', name: 'Xếp hạng', mark: 'CumThiDua_XepHang' },
  { key: 'minutes', name: 'Biên bản họp', mark: 'CumThiDua_BienBanHop', meeting: true },
  { key: 'countingMinutes', name: 'Biên bản kiểm phiếu', mark: 'CumThiDua_BienBanKiemPhieu', meeting: true },
  { key: 'ballotForms', name: 'Phiếu bầu (mẫu)', mark: 'CumThiDua_PhieuBauMau', meeting: true },
  { key: 'submission', name: 'Tờ trình', mark: 'CumThiDua_ToTrinh', meeting: true },
  { key: 'notice', name: 'Thông báo kết quả', mark: 'CumThiDua_ThongBaoKetQua', meeting: true },
];

/**
 * Output sheets of an earlier version, still ours for one version (their mark is read as ours,
 * so an earlier result workbook is not refused), and removed when the sheet that replaces them
 * is written: v1's `Đề nghị khen thưởng` became `Biên bản họp`.
 */
export const RETIRED_OUTPUT_SHEETS: readonly { name: string; mark: string; replacedBy: OutputSheetKey }[] = [
  { name: 'Đề nghị khen thưởng', mark: 'CumThiDua_DeNghiKhenThuong', replacedBy: 'minutes' },
];

/** The keys of the conference's documents, in OUTPUT_SHEETS order. */
export const MEETING_SHEET_KEYS: readonly OutputSheetKey[] = OUTPUT_SHEETS.filter((s) => s.meeting).map((s) => s.key);

/**
 * The marks of our sheets that must not survive a run which is responsible for the sheets of
 * `scope` and describes only `written`: a sheet of the scope this run did not produce (the
 * submission once a round is pending again), and a retired sheet whose successor is written.
 * Shells remove the sheets carrying these marks, and only those: a sheet without our mark is
 * never touched.
 */
export function staleMarks(scope: readonly OutputSheetKey[], written: readonly OutputSheetKey[]): string[] {
  const missing = OUTPUT_SHEETS.filter((s) => scope.includes(s.key) && !written.includes(s.key)).map((s) => s.mark);
  const retired = RETIRED_OUTPUT_SHEETS.filter((s) => written.includes(s.replacedBy)).map((s) => s.mark);
  return [...missing, ...retired];
}

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

/** The output sheet keys among descriptions (input sheets and the log left out). */
export function outputKeys(sheets: readonly SheetDescription[]): OutputSheetKey[] {
  return sheets.flatMap((s) => (s.key === 'input' || s.key === 'log' ? [] : [s.key]));
}

/**
 * Which output sheets a run with these results writes, in OUTPUT_SHEETS order — the one rule, also
 * for the file mode, whose page names the sheets for its worker to describe (src/web/deferredSheets.ts):
 * the check sheet always; with results the annexes, the minutes and the ballot forms (round 1 before
 * any ballot, the pending round's between rounds); the counting minutes once ballots were counted;
 * the submission and the notice only once the vote is final — never from a pending round, nor from
 * a proposal (no ballots yet).
 */
export function resultSheetKeys(results: Results | null): OutputSheetKey[] {
  if (results === null) return ['check'];
  const nom = results.nomination;
  const counted = nom.mode === 'vote' && (nom.flag.rounds.length > 0 || nom.certificate.rounds.length > 0);
  const final = nom.mode === 'vote' && !nom.pending;
  const keys: OutputSheetKey[] = ['check', 'detail', 'ranking', 'minutes'];
  if (counted) keys.push('countingMinutes');
  keys.push('ballotForms');
  if (final) keys.push('submission', 'notice');
  return keys;
}
