/**
 * The phrases the vote's printed papers share — the ballot forms and the counting panel's
 * minutes (docs/tai-lieu-in.md "Phiếu bầu (mẫu)", "Biên bản kiểm phiếu"): what is voted on, and
 * the base of the shares named with its number. Always Vietnamese. The Flag is a title of
 * emulation, so its vote is "suy tôn"; the Certificate is "bình xét".
 */
import type { Award, VoteBase } from '../model';
import { countText } from './numberText';

/** "tổng số thành viên Cụm (06 đơn vị)", "số thành viên dự họp (05 đơn vị)", "số phiếu hợp lệ (05 phiếu)". */
export function shareBaseText(base: VoteBase, count: number): string {
  switch (base) {
    case 'members':
      return `tổng số thành viên Cụm (${countText(count)} đơn vị)`;
    case 'present':
      return `số thành viên dự họp (${countText(count)} đơn vị)`;
    case 'validBallots':
      return `số phiếu hợp lệ (${countText(count)} phiếu)`;
  }
}

/** What is voted on, on the forms and the counting minutes: "Suy tôn Cờ thi đua của Chính phủ năm 2022". */
export function voteSubject(award: Award, year: number): string {
  return award === 'flag' ? `Suy tôn Cờ thi đua của Chính phủ năm ${year}` : `Bình xét Bằng khen của Thủ tướng Chính phủ năm ${year}`;
}

/** "chọn không quá 01 đơn vị". */
export function choiceLimitText(places: number): string {
  return `chọn không quá ${countText(places)} đơn vị`;
}
