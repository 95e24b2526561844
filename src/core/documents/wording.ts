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

/** "tổng số thành viên của Cụm (6 đơn vị)" or "số phiếu hợp lệ". */
export function voteBaseText(s: Settings, memberCount: number): string {
  return s.voteBase === 'members' ? `tổng số thành viên của Cụm (${memberCount} đơn vị)` : 'số phiếu hợp lệ';
}

/** "trên 50% số phiếu so với tổng số thành viên của Cụm (6 đơn vị)" (strictly more). */
export function voteRuleText(s: Settings, memberCount: number): string {
  return `trên ${formatPercent(s.voteThreshold, 'vi')} số phiếu so với ${voteBaseText(s, memberCount)}`;
}

/** The legend under a table whose headings shorten group names: "Tên đầy đủ của các nhóm tiêu chí: I. …; V. …." */
export function groupLegendText(items: readonly { code: string; name: string }[]): string {
  const text = items.map((i) => `${i.code.endsWith('.') ? i.code : i.code + '.'} ${i.name}`).join('; ');
  return `Tên đầy đủ của các nhóm tiêu chí: ${text}.`;
}
