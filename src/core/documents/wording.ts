/**
 * The Vietnamese words the documents use for settings, rules and outcomes: score source and
 * aggregation (rules.md §2), tie-break rules (§5), ineligibility reasons (§6), vote rule (§8),
 * award names and candidate outcomes. Kept in one place so the ranking sheet, the nomination
 * sheet and the detail annex say the same thing the same way.
 */
import type { Award, Settings, TieBreakRule } from '../model';
import type { Severity } from '../problems';
import type { Candidate, IneligibleReason, RankNote } from '../results';
import { reasonText } from '../reasons';
import { cleanText, matchKey } from '../text';
import type { MemberNames } from './memberNames';
import { percentWords } from './numberText';

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

export function awardName(award: Award): string {
  return award === 'flag' ? 'Cờ thi đua của Chính phủ' : 'Bằng khen của Thủ tướng Chính phủ';
}

/** Short name used in notes ("Không đủ điều kiện đề nghị Cờ"). */
export function awardShortName(award: Award): string {
  return award === 'flag' ? 'Cờ' : 'Bằng khen';
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

/** The comparison a tie-break rule makes, as it reads in the chain ("ít điểm trừ hơn"). */
function tieBreakCriterion(rule: TieBreakRule): string {
  switch (rule.kind) {
    case 'lessDeduction':
      return 'ít điểm trừ hơn';
    case 'moreBonus':
      return 'nhiều điểm thưởng hơn';
    case 'group':
      return `có điểm nhóm ${rule.group} cao hơn`;
    case 'closerSelf':
      return 'tự chấm sát với điểm cuối cùng hơn';
  }
}

/** Why one member is above another (rules.md §5.4): "do ít điểm trừ hơn". */
export function tieBreakReason(rule: TieBreakRule): string {
  switch (rule.kind) {
    case 'lessDeduction':
      return 'do ít điểm trừ hơn';
    case 'moreBonus':
      return 'do nhiều điểm thưởng hơn';
    case 'group':
      return `do điểm nhóm ${rule.group} cao hơn`;
    case 'closerSelf':
      return 'do tự chấm sát hơn';
  }
}

/** The tie-break chain as one sentence. */
export function tieBreakChainText(rules: readonly TieBreakRule[]): string {
  if (rules.length === 0) return 'Các đơn vị bằng tổng điểm thì đồng hạng.';
  const steps = rules.map((r) => 'đơn vị ' + tieBreakCriterion(r));
  const chain = steps.length === 1 ? steps[0] : steps[0] + ', sau đó ' + steps.slice(1).join(', sau đó ');
  return `Khi bằng tổng điểm, xếp trên ${chain}; nếu vẫn bằng nhau thì đồng hạng.`;
}

/**
 * One reason a member cannot be nominated (rules.md §6), in the shared wording of
 * src/core/reasons.ts so that the documents say what the messages and the command line say.
 * A declared reason is printed as the workbook wrote it, spaces tidied.
 */
export function ineligibleReasonText(r: IneligibleReason): string {
  return r.kind === 'declared' ? cleanText(r.text) : reasonText(r, 'vi');
}

/**
 * Reasons that mean the member lacks a condition. "Already the Flag nominee" keeps a member out
 * of the Certificate round but is no shortcoming, so the lists of ineligible members leave it out.
 */
export function shortcomings(reasons: readonly IneligibleReason[]): IneligibleReason[] {
  return reasons.filter((r) => r.kind !== 'flagNominee');
}

export function reasonsText(reasons: readonly IneligibleReason[]): string {
  return reasons.map(ineligibleReasonText).join('; ');
}

/**
 * A member's ineligibility for both awards, grouped: one entry when the reasons are the same
 * ({awards: "Cờ và Bằng khen", reasons: "chưa ký giao ước"}), else one per award.
 */
export function ineligibilityGroups(
  flag: readonly IneligibleReason[],
  certificate: readonly IneligibleReason[],
): { awards: string; reasons: string }[] {
  const f = shortcomings(flag);
  const c = shortcomings(certificate);
  const ft = reasonsText(f);
  const ct = reasonsText(c);
  if (f.length > 0 && c.length > 0 && ft === ct) return [{ awards: 'Cờ và Bằng khen', reasons: ft }];
  const out: { awards: string; reasons: string }[] = [];
  if (f.length > 0) out.push({ awards: awardShortName('flag'), reasons: ft });
  if (c.length > 0) out.push({ awards: awardShortName('certificate'), reasons: ct });
  return out;
}

/** "Không đủ điều kiện đề nghị Cờ và Bằng khen: chưa ký giao ước" (ranking notes). */
export function ineligibilityPhrases(flag: readonly IneligibleReason[], certificate: readonly IneligibleReason[]): string[] {
  return ineligibilityGroups(flag, certificate).map((g) => `Không đủ điều kiện đề nghị ${g.awards}: ${g.reasons}`);
}

/**
 * The notes of one ranking row, in Vietnamese (rules.md §5.3–§5.4, §6). Ineligibility notes of
 * the two awards are combined when their reasons are the same.
 */
export function rankNoteTexts(notes: readonly RankNote[], names: MemberNames): string[] {
  const out: string[] = [];
  const inel: Record<Award, IneligibleReason[]> = { flag: [], certificate: [] };
  for (const n of notes) {
    if (n.kind === 'shared') out.push('Đồng hạng với ' + names.list(n.with));
    else if (n.kind === 'tieBreak') out.push(`Xếp trên ${names.name(n.below)} ${tieBreakReason(n.rule)}`);
    else inel[n.award].push(...n.reasons);
  }
  out.push(...ineligibilityPhrases(inel.flag, inel.certificate));
  return out;
}

/** "tổng số thành viên của Cụm (6 đơn vị)" or "số phiếu hợp lệ". */
export function voteBaseText(s: Settings, memberCount: number): string {
  return s.voteBase === 'members' ? `tổng số thành viên của Cụm (${memberCount} đơn vị)` : 'số phiếu hợp lệ';
}

/** "trên 50% số phiếu so với tổng số thành viên của Cụm (6 đơn vị)" (strictly more: rules.md §8.4). */
export function voteRuleText(s: Settings, memberCount: number): string {
  return `trên ${percentWords(s.voteThreshold)} số phiếu so với ${voteBaseText(s, memberCount)}`;
}

/** The `Kết quả` cell of a candidate row in the nomination tables. */
export function outcomeText(c: Candidate, mode: 'proposal' | 'vote', tiedAtCutoff: readonly string[]): string {
  switch (c.outcome) {
    case 'nominated':
      return mode === 'vote' ? 'Được suy tôn' : 'Đề xuất';
    case 'toBeVoted':
      return tiedAtCutoff.includes(c.member) ? 'Đề xuất, cần bỏ phiếu' : 'Đề xuất';
    case 'runoff':
      return 'Cần bỏ phiếu lại';
    case 'belowThreshold':
      return 'Không đạt tỷ lệ phiếu';
    case 'outsideQuota':
      return mode === 'vote' ? 'Ngoài chỉ tiêu' : 'Ngoài chỉ tiêu đề xuất';
    case 'ineligible':
      return 'Không đủ điều kiện';
    case 'notProposed':
      return '';
  }
}

export function severityText(s: Severity): string {
  return s === 'error' ? 'Lỗi' : s === 'warning' ? 'Cảnh báo' : 'Thông tin';
}
