/**
 * The names the reader looks for: input sheet names and column headers exactly as
 * workbook-format.md spells them. They are compared with matchKey(), never with ===, so a
 * workbook typed in NFD, in capitals or with the old tone placement still matches.
 */
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

/** A header row must be within the sheet's first rows (workbook-format.md, General rules). */
export const HEADER_SEARCH_ROWS = 10;
