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
import type { Aggregation, CriterionType, LastPlaceTie, NextHeadRule, ScoreSource, TieBreakRule, VoteBase } from '../model';
import type { SettingId } from '../settings/settingIds';

export const SHEET_NAMES = {
  settings: 'Cấu hình',
  bands: 'Xếp loại',
  members: 'Thành viên',
  criteria: 'Tiêu chí',
  self: 'Tự chấm',
  appraisal: 'Thẩm định',
  ballots: 'Phiếu bầu',
  meeting: 'Hội nghị',
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

export const BALLOT_HEADERS = { number: 'Phiếu số', flag: 'Cờ thi đua', certificate: 'Bằng khen', round: 'Vòng' } as const;

export const MEETING_HEADERS = { item: 'Mục', text: 'Nội dung' } as const;

/**
 * The `Mục` of `Hội nghị` (docs/huong-dan-so-lieu.md): one row each, except `Đại biểu Trung ương`
 * and `Nơi nhận` (one row per person, per recipient); besides these, one `Đại biểu <MÃ>` row per
 * delegate of a member.
 */
export const MEETING_ITEMS = {
  number: 'Số biên bản',
  start: 'Thời gian bắt đầu',
  end: 'Thời gian kết thúc',
  place: 'Địa điểm',
  chair: 'Chủ trì',
  secretary: 'Thư ký',
  centralDelegate: 'Đại biểu Trung ương',
  countingPanel: 'Ban kiểm phiếu',
  submissionSigner: 'Người ký tờ trình',
  submissionNumber: 'Số tờ trình',
  recipient: 'Nơi nhận',
} as const;

export type MeetingItem = keyof typeof MEETING_ITEMS;

/** `Đại biểu <MÃ>`: the word before a member's code, name or alias. */
export const DELEGATE_ITEM_WORD = 'Đại biểu';

/** "Đại biểu NA": the `Mục` of a member's delegate. */
export const delegateItem = (code: string): string => `${DELEGATE_ITEM_WORD} ${code}`;

/** What the template writes in a `Nội dung` left for hand filling; read as not filled. */
export const UNFILLED_TEXT = '……';

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
  lastPlaceTie: 'Khi bằng phiếu ở suất cuối',
  maxRounds: 'Số vòng bỏ phiếu tối đa',
  tieBreak: 'Thứ tự ưu tiên khi bằng điểm',
  deviationThreshold: 'Ngưỡng chênh lệch (%)',
  scoreStep: 'Bước điểm',
  placeName: 'Địa danh',
  nextHeadRule: 'Chọn Cụm trưởng năm sau',
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
  present: 'Số thành viên dự họp',
  validBallots: 'Số phiếu hợp lệ',
};

export const LAST_PLACE_TIE_WORDS: Readonly<Record<LastPlaceTie, string>> = {
  rank: 'Lấy đơn vị xếp hạng cao hơn',
  revote: 'Bỏ phiếu lại',
};

export const NEXT_HEAD_RULE_WORDS: Readonly<Record<NextHeadRule, string>> = {
  rotation: 'Luân phiên',
  deputyUp: 'Cụm phó lên Cụm trưởng',
};

/** The settings whose value is a choice, with their words (SETTING_INVALID 'choice' lists them). */
export const CHOICE_WORDS: Readonly<Partial<Record<SettingId, Readonly<Record<string, string>>>>> = {
  scoreSource: SCORE_SOURCE_WORDS,
  aggregation: AGGREGATION_WORDS,
  voteBase: VOTE_BASE_WORDS,
  lastPlaceTie: LAST_PLACE_TIE_WORDS,
  nextHeadRule: NEXT_HEAD_RULE_WORDS,
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
