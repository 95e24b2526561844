/**
 * The rows of a new workbook's `Cấu hình` (docs/huong-dan-so-lieu.md): every setting, labelled as
 * the reader reads it (src/core/words/format.ts), with the given value, its default
 * (src/core/settings/defaults.ts), or blank where the cluster decides (or where the default
 * depends on other sheets: bands, members present, place name, next year's leaders).
 *
 * The sheet has exactly the two columns `Tham số` | `Giá trị`: a third column would be an
 * unknown header (a warning), so each explanation goes into a note on the `Tham số` cell.
 * The table is a Record over every setting id: a new setting cannot be forgotten here.
 */
import { CONSTANT_DEFAULTS, YEAR_RANGE } from '../settings/defaults';
import { SETTING_IDS, type SettingId } from '../settings/settingIds';
import { VI } from '../words/vi';
import {
  AGGREGATION_WORDS,
  crossSheetName,
  LAST_PLACE_TIE_WORDS,
  NEXT_HEAD_RULE_WORDS,
  SCORE_SOURCE_WORDS,
  SETTING_LABELS,
  SHEET_NAMES,
  TIE_BREAK_GROUP_WORD,
  TIE_BREAK_WORDS,
  tieBreakWord,
  VOTE_BASE_WORDS,
  YES_NO_WORDS,
  yesNoWord,
} from '../words/format';

export interface SettingRow {
  key: string;
  value: string | number | null;
  note: string;
  /** Drop-down choices of the value cell, when it has a fixed set. */
  choices?: string[];
}

export const YES_NO = [YES_NO_WORDS.yes, YES_NO_WORDS.no];

export interface SettingInputs {
  clusterName: string;
  year: number;
  codes: string[];
}

type Row = Omit<SettingRow, 'key'>;

const d = CONSTANT_DEFAULTS;
/** A share as the workbook writes it: 5000 → 50. */
const percentCell = (p: number): number => p / 100;

export function settingRows(o: SettingInputs): SettingRow[] {
  const [head, deputy] = o.codes;
  const rows: Record<SettingId, Row> = {
    clusterName: { value: o.clusterName, note: 'Tên đầy đủ của cụm thi đua, in trên các văn bản (ví dụ: Cụm thi đua các tỉnh Bắc Trung Bộ).' },
    year: { value: o.year, note: `Năm thi đua (số nguyên từ ${YEAR_RANGE.min} đến ${YEAR_RANGE.max}).` },
    head: {
      value: head ?? null,
      note: `Mã (cột Mã ở trang ${SHEET_NAMES.members}) của đơn vị làm Cụm trưởng năm nay. Mẫu điền sẵn đơn vị đầu danh sách: sửa lại cho đúng.`,
    },
    deputies: {
      value: deputy ?? null,
      note: 'Mã của 1 hoặc 2 đơn vị làm Cụm phó năm nay, cách nhau bằng dấu chấm phẩy (;). Mẫu điền sẵn đơn vị thứ hai: sửa lại cho đúng.',
    },
    scoreSource: {
      // The template's own choice: most clusters start from the head's and deputies' appraisal.
      value: SCORE_SOURCE_WORDS.appraisal,
      choices: Object.values(SCORE_SOURCE_WORDS),
      note:
        `Điểm dùng để xếp hạng: ${SCORE_SOURCE_WORDS.self}; ${SCORE_SOURCE_WORDS.appraisal} (Cụm trưởng, Cụm phó thẩm định, trang ${SHEET_NAMES.appraisal}); ` +
        `hoặc ${SCORE_SOURCE_WORDS.cross} (thêm mỗi đơn vị chấm một trang tên "${crossSheetName('<Mã>')}", cùng bố cục với trang ${SHEET_NAMES.self}).`,
    },
    aggregation: {
      value: AGGREGATION_WORDS[d.aggregation],
      choices: Object.values(AGGREGATION_WORDS),
      note: `Cách gộp điểm chấm chéo: ${AGGREGATION_WORDS.mean}; ${AGGREGATION_WORDS.median}; ${AGGREGATION_WORDS.trimmedMean} (bỏ một điểm cao nhất và một điểm thấp nhất khi có từ 4 điểm trở lên).`,
    },
    countSelfInCross: {
      value: yesNoWord(d.countSelfInCross),
      choices: YES_NO,
      note: `${YES_NO_WORDS.yes}: điểm đơn vị chấm cho chính mình trên trang chấm chéo của mình được tính. ${YES_NO_WORDS.no}: bỏ qua điểm đó.`,
    },
    flagQuota: { value: d.flagQuota, note: `Số đơn vị Cụm được đề nghị tặng ${VI.award.name.flag} (thường là 1 đơn vị dẫn đầu).` },
    certificateQuota: {
      value: d.certificateQuota,
      note: `Số đơn vị tối đa được đề nghị tặng ${VI.award.name.certificate}, theo Quy chế hoạt động của Cụm (không có con số chung cho cả nước). Suất không có đơn vị đạt tỷ lệ phiếu thì để trống.`,
    },
    flagMinBand: {
      value: null,
      note: `Xếp loại thấp nhất (tên ở trang ${SHEET_NAMES.bands}) mà đơn vị đề nghị Cờ phải đạt. Để trống: xếp loại cao nhất.`,
    },
    certificateMinBand: { value: null, note: 'Xếp loại thấp nhất mà đơn vị đề nghị Bằng khen phải đạt. Để trống: xếp loại thứ hai.' },
    voteThreshold: {
      value: percentCell(d.voteThreshold),
      note: 'Đơn vị được suy tôn phải đạt trên tỷ lệ phiếu này; đạt đúng bằng tỷ lệ thì chưa đủ. Theo Quy chế hoạt động của Cụm.',
    },
    voteBase: {
      value: VOTE_BASE_WORDS[d.voteBase],
      choices: Object.values(VOTE_BASE_WORDS),
      note:
        `Tỷ lệ phiếu tính trên: ${VOTE_BASE_WORDS.members} của Cụm; ${VOTE_BASE_WORDS.present} (số đơn vị có mặt khi bỏ phiếu); ` +
        `hoặc ${VOTE_BASE_WORDS.validBallots} của từng danh hiệu. Theo Quy chế hoạt động của Cụm.`,
    },
    present: {
      value: null,
      note:
        `Số đơn vị dự họp khi bỏ phiếu (cần ít nhất 2/3 số thành viên). Để trống: số đơn vị có đại biểu ghi ở trang ${SHEET_NAMES.meeting}, ` +
        'hoặc tất cả thành viên khi trang đó chưa ghi đại biểu nào.',
    },
    lastPlaceTie: {
      value: LAST_PLACE_TIE_WORDS[d.lastPlaceTie],
      choices: Object.values(LAST_PLACE_TIE_WORDS),
      note:
        `Khi các đơn vị đạt tỷ lệ phiếu bằng số phiếu nhau ở suất cuối: ${LAST_PLACE_TIE_WORDS.rank} (biên bản ghi rõ; nếu cùng hạng thì bỏ phiếu lại), ` +
        `hoặc ${LAST_PLACE_TIE_WORDS.revote} giữa các đơn vị đó. Theo Quy chế hoạt động của Cụm.`,
    },
    maxRounds: {
      value: d.maxRounds,
      note: 'Số vòng bỏ phiếu tối đa cho mỗi danh hiệu tại Hội nghị. Hết số vòng mà suất vẫn chưa có đơn vị đạt thì suất đó để trống.',
    },
    tieBreak: {
      value: d.tieBreak.map(tieBreakWord).join('; '),
      note:
        'Cách xếp khi bằng tổng điểm, lần lượt từng quy tắc, cách nhau bằng dấu chấm phẩy: ' +
        `${TIE_BREAK_GROUP_WORD} <mã> (ví dụ: ${TIE_BREAK_GROUP_WORD} II), ${Object.values(TIE_BREAK_WORDS).join(', ')}.`,
    },
    deviationThreshold: {
      value: percentCell(d.deviationThreshold),
      note: 'Cảnh báo khi điểm cuối cùng lệch với điểm tự chấm quá tỷ lệ này của điểm tối đa tiêu chí.',
    },
    scoreStep: { value: d.scoreStep, note: 'Điểm phải là bội số của bước này (ví dụ 0,25). 0: không giới hạn.' },
    placeName: { value: null, note: 'Địa danh ghi trên văn bản. Để trống: tên tỉnh, thành phố của Cụm trưởng.' },
    nextHeadRule: {
      value: NEXT_HEAD_RULE_WORDS[d.nextHeadRule],
      choices: Object.values(NEXT_HEAD_RULE_WORDS),
      note:
        `Cách đề xuất Cụm trưởng năm sau khi chưa ghi: ${NEXT_HEAD_RULE_WORDS.rotation} (đơn vị kế tiếp Cụm trưởng năm nay trong thứ tự luân phiên) ` +
        `hoặc ${NEXT_HEAD_RULE_WORDS.deputyUp} (Cụm phó thứ nhất năm nay). Cụm phó năm sau là đơn vị kế tiếp Cụm trưởng năm sau trong thứ tự luân phiên.`,
    },
    nextHead: { value: null, note: 'Mã đơn vị làm Cụm trưởng năm sau, do Hội nghị quyết định. Để trống: đề xuất theo tham số “Chọn Cụm trưởng năm sau”.' },
    nextDeputies: { value: null, note: 'Mã đơn vị làm Cụm phó năm sau. Để trống: đề xuất theo thứ tự luân phiên.' },
    rotation: {
      value: o.codes.length > 0 ? o.codes.join('; ') : null,
      note: `Mã các đơn vị theo thứ tự luân phiên làm Cụm trưởng, cách nhau bằng dấu chấm phẩy. Mẫu điền theo thứ tự trang ${SHEET_NAMES.members}.`,
    },
  };
  return SETTING_IDS.map((id) => ({ key: SETTING_LABELS[id], ...rows[id] }));
}
