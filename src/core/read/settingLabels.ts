/**
 * The settings of `Cấu hình` (workbook-format.md) by their `Tham số` label, and the Vietnamese
 * words for the values they can take. The labels are also the `key` of Settings.view, which the
 * rules and documents look settings up by.
 */
import type { Aggregation, ScoreSource, TieBreakRule, VoteBase } from '../model';

export type SettingId =
  | 'clusterName'
  | 'year'
  | 'head'
  | 'deputies'
  | 'scoreSource'
  | 'aggregation'
  | 'countSelfInCross'
  | 'flagQuota'
  | 'certificateQuota'
  | 'flagMinBand'
  | 'certificateMinBand'
  | 'voteThreshold'
  | 'voteBase'
  | 'present'
  | 'tieBreak'
  | 'deviationThreshold'
  | 'scoreStep'
  | 'placeName'
  | 'nextHead'
  | 'nextDeputies'
  | 'rotation';

/** In the order the spec lists them, which is also the order of Settings.view. */
export const SETTING_LABELS: Readonly<Record<SettingId, string>> = {
  clusterName: 'Tên cụm',
  year: 'Năm',
  head: 'Cụm trưởng',
  deputies: 'Cụm phó',
  scoreSource: 'Nguồn điểm',
  aggregation: 'Cách tổng hợp',
  countSelfInCross: 'Tính điểm tự chấm khi chấm chéo',
  flagQuota: 'Số Cờ thi đua Chính phủ',
  certificateQuota: 'Số Bằng khen Thủ tướng',
  flagMinBand: 'Xếp loại tối thiểu đề nghị Cờ',
  certificateMinBand: 'Xếp loại tối thiểu đề nghị Bằng khen',
  voteThreshold: 'Tỷ lệ phiếu tối thiểu (%)',
  voteBase: 'Cơ sở tính tỷ lệ phiếu',
  present: 'Số thành viên dự họp',
  tieBreak: 'Thứ tự ưu tiên khi bằng điểm',
  deviationThreshold: 'Ngưỡng chênh lệch (%)',
  scoreStep: 'Bước điểm',
  placeName: 'Địa danh',
  nextHead: 'Cụm trưởng năm sau',
  nextDeputies: 'Cụm phó năm sau',
  rotation: 'Thứ tự luân phiên',
};

export const SETTING_IDS = Object.keys(SETTING_LABELS) as SettingId[];

/**
 * Other spellings accepted for a label: without the "(%)", and "Tỉ lệ" for "Tỷ lệ" (both
 * spellings are in everyday use).
 */
export const SETTING_ALIASES: Readonly<Partial<Record<SettingId, readonly string[]>>> = {
  voteThreshold: ['Tỷ lệ phiếu tối thiểu', 'Tỉ lệ phiếu tối thiểu (%)', 'Tỉ lệ phiếu tối thiểu'],
  voteBase: ['Cơ sở tính tỉ lệ phiếu'],
  deviationThreshold: ['Ngưỡng chênh lệch'],
};

export const SCORE_SOURCE_LABEL: Readonly<Record<ScoreSource, string>> = {
  self: 'Tự chấm',
  appraisal: 'Thẩm định',
  cross: 'Chấm chéo',
};

export const AGGREGATION_LABEL: Readonly<Record<Aggregation, string>> = {
  mean: 'Trung bình',
  median: 'Trung vị',
  trimmedMean: 'Trung bình cắt',
};

export const VOTE_BASE_LABEL: Readonly<Record<VoteBase, string>> = {
  members: 'Tổng số thành viên',
  validBallots: 'Số phiếu hợp lệ',
};

export const TIE_BREAK_LABEL = {
  lessDeduction: 'Ít điểm trừ hơn',
  moreBonus: 'Nhiều điểm thưởng hơn',
  closerSelf: 'Tự chấm sát hơn',
} as const;

/** `Nhóm <mã>` prefix of a group tie-break item. */
export const TIE_BREAK_GROUP_WORD = 'Nhóm';

export function tieBreakText(rule: TieBreakRule): string {
  return rule.kind === 'group' ? `${TIE_BREAK_GROUP_WORD} ${rule.group}` : TIE_BREAK_LABEL[rule.kind];
}
