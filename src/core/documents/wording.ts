/**
 * The phrases only the printed documents use (always Vietnamese, docs/tai-lieu-in.md): the
 * cluster's name in the header, the sentences that describe the method (score source,
 * aggregation, tie-break chain) and the vote rule. The words they share with the screens and the
 * messages — awards, reasons, notes, outcomes — come from the vocabulary (src/core/words).
 */
import { formatPercent } from '../hundredths';
import type { Settings, TieBreakRule } from '../model';
import { cleanText, matchKey } from '../text';
import { VI } from '../words/vi';

/** "Cụm thi đua các tỉnh Bắc Trung Bộ" whether or not the workbook wrote the "Cụm thi đua" part. */
export function clusterFullName(clusterName: string): string {
  const name = cleanText(clusterName);
  if (name === '') return 'Cụm thi đua';
  return matchKey(name).startsWith('cụm') ? name : 'Cụm thi đua ' + name;
}

/** The header block's left line: "CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ". */
export function clusterHeading(clusterName: string): string {
  return clusterFullName(clusterName).toUpperCase();
}

export function aggregationText(s: Settings): string {
  switch (s.aggregation) {
    case 'mean':
      return 'trung bình cộng';
    case 'median':
      return 'trung vị';
    case 'trimmedMean':
      return 'trung bình cắt (bỏ một điểm cao nhất và một điểm thấp nhất khi có từ 4 điểm trở lên)';
  }
}

/** Where the scores come from, as a noun phrase ("điểm chấm chéo giữa các đơn vị, …"). */
export function scoreSourceText(s: Settings): string {
  switch (s.scoreSource) {
    case 'self':
      return 'điểm tự chấm của các đơn vị';
    case 'appraisal':
      return 'điểm thẩm định của Cụm trưởng và Cụm phó';
    case 'cross': {
      const self = s.countSelfInCross ? 'có tính' : 'không tính';
      return `điểm chấm chéo giữa các đơn vị, tổng hợp theo ${aggregationText(s)}, ${self} điểm đơn vị tự chấm cho mình`;
    }
  }
}

/** The tie-break chain as one sentence. */
export function tieBreakChainText(rules: readonly TieBreakRule[]): string {
  if (rules.length === 0) return 'Các đơn vị bằng tổng điểm thì đồng hạng.';
  const steps = rules.map((r) => 'đơn vị có ' + VI.tieBreak(r));
  const chain = steps.length === 1 ? steps[0] : steps[0] + ', sau đó ' + steps.slice(1).join(', sau đó ');
  return `Khi bằng tổng điểm, xếp trên ${chain}; nếu vẫn bằng nhau thì đồng hạng.`;
}

/** A count as administrative documents write it: below 10 with a leading zero ("06"), else as is. */
export function countText(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

/** How many members there are and how many came: the two bases that are counts of units. */
export interface VoteCounts {
  members: number;
  present: number;
}

/** "tổng số thành viên Cụm (06 đơn vị)", "số thành viên dự họp (05 đơn vị)" or "số phiếu hợp lệ". */
export function voteBaseText(s: Settings, n: VoteCounts): string {
  switch (s.voteBase) {
    case 'members':
      return `tổng số thành viên Cụm (${countText(n.members)} đơn vị)`;
    case 'present':
      return `số thành viên dự họp (${countText(n.present)} đơn vị)`;
    case 'validBallots':
      return 'số phiếu hợp lệ';
  }
}

/** "trên 50% số phiếu tính trên tổng số thành viên Cụm (06 đơn vị)" (strictly more), the cluster's rule. */
export function voteRuleText(s: Settings, n: VoteCounts): string {
  return `trên ${formatPercent(s.voteThreshold, 'vi')} số phiếu tính trên ${voteBaseText(s, n)}`;
}

/**
 * The minutes' record of a Flag nominee that is not rank 1: the fact, and dots for the reason the
 * conference gives (the pane's words tell the office that the minutes must state it).
 */
export function notFirstMinutesText(name: string, rank: number): string {
  return `${name} được suy tôn Cờ thi đua của Chính phủ nhưng xếp hạng ${rank}, không phải hạng nhất; lý do Hội nghị thống nhất: ……………`;
}

/** The conference's name: "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm thi đua các tỉnh Bắc Trung Bộ". */
export function conferenceName(clusterName: string, year: number): string {
  return `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${year} của ${clusterFullName(clusterName)}`;
}

/** The legend under a table whose headings shorten group names: "Tên đầy đủ của các nhóm tiêu chí: I. …; V. …." */
export function groupLegendText(items: readonly { code: string; name: string }[]): string {
  const text = items.map((i) => `${i.code.endsWith('.') ? i.code : i.code + '.'} ${i.name}`).join('; ');
  return `Tên đầy đủ của các nhóm tiêu chí: ${text}.`;
}
