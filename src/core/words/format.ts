/**
 * The workbook's own words (docs/huong-dan-so-lieu.md): the names of the input sheets, their
 * column headers, the `Tham số` labels of `Cấu hình` and the words a `Giá trị` cell may hold.
 * They are the file format, not a translation: a workbook is read by these Vietnamese words in
 * every language, and the template writes them. The reader compares them with matchKey(), never
 * with ===, so a workbook typed in NFD, in capitals or with the old tone placement still matches.
 *
 * What the program says to people (messages, documents, screens) is in the vocabulary of each
 * language (./vi, ./en), which quotes these words where a person has to find or type them.
 */
import type { Aggregation, CriterionType, ScoreSource, TieBreakRule, VoteBase } from '../model';
import type { SettingId } from '../settings/settingIds';

export const SHEET_NAMES = {
  settings: 'Cấu hình',
  bands: 'Xếp loại',
  members: 'Thành viên',
  criteria: 'Tiêu chí',
  self: 'Tự chấm',
  appraisal: 'Thẩm định',
  ballots: 'Phiếu bầu',
} as const;

/** Cross-scoring sheets are named `Chấm chéo - <MÃ>`. */
export const CROSS_SHEET_PREFIX = 'Chấm chéo';

/** "Chấm chéo - NA": the cross-scoring sheet of a member. */
export const crossSheetName = (code: string): string => `${CROSS_SHEET_PREFIX} - ${code}`;

export const SETTINGS_HEADERS = { key: 'Tham số', value: 'Giá trị' } as const;

export const BAND_HEADERS = { name: 'Xếp loại', from: 'Điểm từ' } as const;

export const MEMBER_HEADERS = {
  code: 'Mã',
  name: 'Tên đơn vị',
  aliases: 'Tên khác',
  signed: 'Ký giao ước',
  ineligible: 'Không đủ điều kiện khen thưởng',
} as const;

export const CRITERIA_HEADERS = {
  code: 'Mã',
  text: 'Nội dung',
  max: 'Điểm tối đa',
  type: 'Loại',
  guidance: 'Hướng dẫn chấm',
} as const;

export const SCORE_HEADERS = { code: 'Mã', text: 'Nội dung', max: 'Điểm tối đa' } as const;

export const BALLOT_HEADERS = { number: 'Phiếu số', flag: 'Cờ thi đua', certificate: 'Bằng khen' } as const;

/** The `Tham số` label of each setting, as the workbook writes it. */
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

/**
 * Other spellings accepted for a label: without the "(%)", and "Tỉ lệ" for "Tỷ lệ" (both
 * spellings are in everyday use).
 */
export const SETTING_ALIASES: Readonly<Partial<Record<SettingId, readonly string[]>>> = {
  voteThreshold: ['Tỷ lệ phiếu tối thiểu', 'Tỉ lệ phiếu tối thiểu (%)', 'Tỉ lệ phiếu tối thiểu'],
  voteBase: ['Cơ sở tính tỉ lệ phiếu'],
  deviationThreshold: ['Ngưỡng chênh lệch'],
};

/** The words of the settings whose value is one of a fixed set. */
export const SCORE_SOURCE_WORDS: Readonly<Record<ScoreSource, string>> = {
  self: 'Tự chấm',
  appraisal: 'Thẩm định',
  cross: 'Chấm chéo',
};

export const AGGREGATION_WORDS: Readonly<Record<Aggregation, string>> = {
  mean: 'Trung bình',
  median: 'Trung vị',
  trimmedMean: 'Trung bình cắt',
};

export const VOTE_BASE_WORDS: Readonly<Record<VoteBase, string>> = {
  members: 'Tổng số thành viên',
  validBallots: 'Số phiếu hợp lệ',
};

/** The settings whose value is a choice, with their words (SETTING_INVALID 'choice' lists them). */
export const CHOICE_WORDS: Readonly<Partial<Record<SettingId, Readonly<Record<string, string>>>>> = {
  scoreSource: SCORE_SOURCE_WORDS,
  aggregation: AGGREGATION_WORDS,
  voteBase: VOTE_BASE_WORDS,
};

/** The items of `Thứ tự ưu tiên khi bằng điểm`, besides `Nhóm <mã>`. */
export const TIE_BREAK_WORDS = {
  lessDeduction: 'Ít điểm trừ hơn',
  moreBonus: 'Nhiều điểm thưởng hơn',
  closerSelf: 'Tự chấm sát hơn',
} as const;

/** `Nhóm <mã>` prefix of a group tie-break item. */
export const TIE_BREAK_GROUP_WORD = 'Nhóm';

/** A tie-break rule as `Thứ tự ưu tiên khi bằng điểm` writes it: "Ít điểm trừ hơn", "Nhóm II". */
export function tieBreakWord(rule: TieBreakRule): string {
  return rule.kind === 'group' ? `${TIE_BREAK_GROUP_WORD} ${rule.group}` : TIE_BREAK_WORDS[rule.kind];
}

/** `Loại` of a criterion. */
export const CRITERION_TYPE_WORDS: Readonly<Record<CriterionType, string>> = {
  score: 'Điểm',
  bonus: 'Thưởng',
  deduction: 'Trừ',
};

/** The longer forms officers often write in `Loại`, accepted too. */
export const CRITERION_TYPE_ALIASES: Readonly<Record<string, CriterionType>> = {
  'Điểm thưởng': 'bonus',
  'Điểm trừ': 'deduction',
};

/**
 * `Có`/`Không` (`Ký giao ước`, `Tính điểm tự chấm khi chấm chéo`). The unaccented forms are
 * accepted too: they are what a keyboard without Vietnamese input produces.
 */
export const YES_NO_WORDS = { yes: 'Có', no: 'Không' } as const;
export const YES_NO_ALIASES = { yes: ['co'], no: ['khong'] } as const;

export const yesNoWord = (b: boolean): string => (b ? YES_NO_WORDS.yes : YES_NO_WORDS.no);
