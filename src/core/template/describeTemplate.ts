/**
 * A new, blank scoring workbook in the format of docs/huong-dan-so-lieu.md: `Cấu hình`, `Xếp loại`,
 * `Thành viên`, `Tiêu chí` (a sample criteria table), `Tự chấm`, `Thẩm định`, `Phiếu bầu`
 * (headers only) and `Hội nghị` (every item with dots for hand filling, one delegate row per member). Every sheet is an input sheet: key 'input', no mark, so that the program never
 * treats it as its own.
 *
 * Read back, the template is valid except for the blank scores: required settings are filled
 * (this year's head and deputy with the first two members, to be corrected), every header is
 * one the reader knows, and the sample criteria add up (docs/huong-dan-so-lieu.md `Tiêu chí`).
 */
import { SheetBuilder, type OutCell } from '../documents/sheetBuilder';
import { estimateRowHeight } from '../documents/rowHeight';
import { shortMemberName } from '../memberNames';
import type { CellStyle, SheetDescription } from '../sheet';
import { cleanText, matchKey } from '../text';
import { DEFAULT_CRITERIA, type TemplateCriterion } from './defaultCriteria';
import { DEFAULT_BAND_SHARES } from '../settings/defaults';
import { MAX_MEMBERS } from '../read/readMembers';
import {
  BALLOT_HEADERS,
  BAND_HEADERS,
  DELEGATE_ITEM_WORD,
  delegateItem,
  MEETING_HEADERS,
  MEETING_ITEMS,
  UNFILLED_TEXT,
  CRITERIA_HEADERS,
  CRITERION_TYPE_WORDS,
  MEMBER_HEADERS,
  SCORE_HEADERS,
  SETTINGS_HEADERS,
  SHEET_NAMES,
  YES_NO_WORDS,
} from '../words/format';
import { settingRows, YES_NO } from './settingRows';

export interface TemplateOptions {
  clusterName: string;
  year: number;
  members: { code: string; name: string }[];
}

const FONT = { name: 'Times New Roman', size: 12 };
const HEADER_STYLE: CellStyle = { bold: true, fill: 'DDEBF7', hAlign: 'center', vAlign: 'middle', wrap: true, border: true };
const GROUP_FILL = 'F2F2F2';
/** Rows the drop-downs cover beyond the filled ones, so that added rows get them too. */
const MAX_CRITERIA_ROWS = 500;

function build(b: SheetBuilder, name: string, freezeRows: number): SheetDescription {
  return b.build({ key: 'input', name, mark: null, font: FONT, pageSetup: null, freezeRows });
}

/** Header row with the house style; returns its row index. */
function header(b: SheetBuilder, headers: readonly string[]): number {
  const r = b.row(headers);
  b.style(r, 0, r, headers.length - 1, HEADER_STYLE);
  headers.forEach((h, c) => {
    const height = estimateRowHeight(h, b.columnWidths[c], FONT.size, { bold: true });
    if (height !== null) b.minHeight(r, height);
  });
  return r;
}

function body(b: SheetBuilder, r0: number, r1: number, c1: number): void {
  if (r1 >= r0) b.style(r0, 0, r1, c1, { border: true, vAlign: 'middle' });
}

function settingsSheet(o: TemplateOptions): SheetDescription {
  const b = new SheetBuilder([38, 48]);
  header(b, [SETTINGS_HEADERS.key, SETTINGS_HEADERS.value]);
  const rows = settingRows({ clusterName: o.clusterName, year: o.year, codes: o.members.map((m) => m.code) });
  const first = b.rowCount;
  for (const s of rows) {
    const r = b.row([s.key, s.value]);
    b.note(r, 0, s.note);
    if (s.choices) b.validation(r, 1, r, 1, s.choices);
  }
  body(b, first, b.rowCount - 1, 1);
  b.style(first, 1, b.rowCount - 1, 1, { hAlign: 'left', wrap: true });
  return build(b, SHEET_NAMES.settings, 1);
}

function bandsSheet(): SheetDescription {
  const b = new SheetBuilder([20, 12]);
  const h = header(b, [BAND_HEADERS.name, BAND_HEADERS.from]);
  b.note(h, 1, 'Tổng điểm thấp nhất của xếp loại, giảm dần từ trên xuống; mức cuối nên là 0. Bảng mẫu cho thang 100 điểm.');
  const first = b.rowCount;
  // The default table (src/core/settings/defaults.ts) written out for a 100-point table.
  for (const band of DEFAULT_BAND_SHARES) b.row([band.name, band.percent]);
  body(b, first, b.rowCount - 1, 1);
  b.style(first, 1, b.rowCount - 1, 1, { numberFormat: '0.00' });
  return build(b, SHEET_NAMES.bands, 1);
}

/**
 * "Nghệ An" as another name for "Tỉnh Nghệ An", so that ballots and score sheet headers may use
 * it; left out when it would collide with another member's code, name or short name.
 */
function aliasesOf(members: TemplateOptions['members']): string[] {
  const count = new Map<string, number>();
  const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  for (const m of members) {
    bump(matchKey(m.code));
    bump(matchKey(m.name));
    const s = matchKey(shortMemberName(m.name));
    if (s !== matchKey(m.name) && s !== matchKey(m.code)) bump(s);
  }
  return members.map((m) => {
    const short = shortMemberName(m.name);
    const k = matchKey(short);
    if (k === matchKey(m.name) || k === matchKey(m.code) || (count.get(k) ?? 0) > 1) return '';
    return short;
  });
}

function membersSheet(o: TemplateOptions): SheetDescription {
  const b = new SheetBuilder([10, 30, 24, 12, 40]);
  const H = MEMBER_HEADERS;
  const h = header(b, [H.code, H.name, H.aliases, H.signed, H.ineligible]);
  b.note(h, 0, 'Mã ngắn, không trùng: chữ cái, chữ số, "_" hoặc "-", tối đa 12 ký tự (ví dụ NA, HT).');
  b.note(h, 2, 'Tên gọi khác dùng được ở tiêu đề cột các trang chấm điểm và trên phiếu bầu, cách nhau bằng dấu chấm phẩy.');
  b.note(h, 3, 'Có / Không. Đơn vị chưa ký giao ước thi đua thì không được đề nghị khen thưởng.');
  b.note(h, 4, 'Ghi lý do nếu đơn vị không đủ điều kiện đề nghị khen thưởng (ví dụ: đang bị thanh tra có dấu hiệu vi phạm); để trống nếu đủ điều kiện.');
  const aliases = aliasesOf(o.members);
  const first = b.rowCount;
  o.members.forEach((m, i) => b.row([cleanText(m.code), cleanText(m.name), aliases[i] || null, YES_NO_WORDS.yes, null]));
  body(b, first, b.rowCount - 1, 4);
  b.validation(first, 3, first + MAX_MEMBERS - 1, 3, YES_NO);
  return build(b, SHEET_NAMES.members, 1);
}

function criteriaSheet(): SheetDescription {
  const b = new SheetBuilder([9, 60, 11, 10, 48]);
  const title = b.row(['BỘ TIÊU CHÍ MẪU – Cụm thi đua sửa lại, bổ sung theo quy chế và nội dung giao ước thi đua của Cụm']);
  b.merge(title, 0, title, 4);
  b.style(title, 0, title, 4, { bold: true, italic: true, color: 'C00000' });
  const H = CRITERIA_HEADERS;
  const h = header(b, [H.code, H.text, H.max, H.type, H.guidance]);
  b.note(h, 0, 'Mã phân cấp: I, II, … cho nhóm; I.1, I.2, … cho tiêu chí con. Mã cha phải có ở dòng trên.');
  b.note(h, 2, 'Nhóm Điểm: bằng tổng điểm tối đa các tiêu chí con. Nhóm Thưởng/Trừ: mức trần của cả nhóm.');
  b.note(h, 3, 'Điểm (tiêu chí chấm điểm), Thưởng (điểm cộng) hoặc Trừ (điểm trừ). Tiêu chí con cùng loại với nhóm.');
  const first = b.rowCount;
  for (const c of DEFAULT_CRITERIA) {
    const r = b.row([c.code, c.text, c.max, CRITERION_TYPE_WORDS[c.type], c.guidance || null]);
    if (!c.code.includes('.')) b.style(r, 0, r, 4, { bold: true, fill: GROUP_FILL });
  }
  const last = b.rowCount - 1;
  body(b, first, last, 4);
  b.style(first, 1, last, 1, { wrap: true });
  b.style(first, 4, last, 4, { wrap: true });
  b.style(first, 2, last, 2, { numberFormat: '0.00' });
  b.style(first, 3, last, 3, { hAlign: 'center' });
  b.validation(first, 3, first + MAX_CRITERIA_ROWS - 1, 3, Object.values(CRITERION_TYPE_WORDS));
  return build(b, SHEET_NAMES.criteria, h + 1);
}

/** `Tự chấm` / `Thẩm định`: criteria down, one blank input column per member. */
function scoreSheet(name: string, intro: string, o: TemplateOptions, criteria: readonly TemplateCriterion[]): SheetDescription {
  const n = o.members.length;
  const b = new SheetBuilder([9, 50, 10, ...o.members.map(() => 13)]);
  const h = header(b, [SCORE_HEADERS.code, SCORE_HEADERS.text, SCORE_HEADERS.max, ...o.members.map((m) => cleanText(m.name))]);
  b.note(h, 0, intro);
  const first = b.rowCount;
  const groupRows: number[] = [];
  for (const c of criteria) {
    const cells: OutCell[] = [c.code, c.text, c.max];
    const r = b.row(cells);
    if (!c.code.includes('.')) groupRows.push(r);
  }
  const last = b.rowCount - 1;
  const lastCol = 2 + n;
  body(b, first, last, lastCol);
  b.style(first, 1, last, 1, { wrap: true });
  b.style(first, 2, last, 2, { numberFormat: '0.00' });
  if (n > 0) b.style(first, 3, last, lastCol, { numberFormat: '0.00', hAlign: 'right' });
  for (const r of groupRows) b.style(r, 0, r, lastCol, { bold: true, fill: GROUP_FILL });
  return build(b, name, 1);
}

function ballotsSheet(): SheetDescription {
  const b = new SheetBuilder([10, 40, 60, 8]);
  const h = header(b, [BALLOT_HEADERS.number, BALLOT_HEADERS.flag, BALLOT_HEADERS.certificate, BALLOT_HEADERS.round]);
  b.note(h, 0, 'Mỗi dòng một phiếu bầu. Để trống cả trang khi chưa bỏ phiếu: chương trình lập danh sách đề xuất.');
  b.note(h, 1, 'Đơn vị được bầu (mã, tên hoặc tên khác), cách nhau bằng dấu chấm phẩy hoặc dấu phẩy; để trống nếu không bầu.');
  b.note(h, 2, 'Các đơn vị được bầu, không quá số Bằng khen Thủ tướng; để trống nếu không bầu.');
  b.note(
    h,
    3,
    'Vòng bỏ phiếu của tờ phiếu: để trống là vòng 1. Vòng 2 chỉ có khi vòng 1 còn suất chưa có đơn vị được suy tôn; phiếu vòng 2 chỉ ghi các đơn vị được bỏ phiếu ở vòng đó.',
  );
  return build(b, SHEET_NAMES.ballots, 1);
}

/** Notes on the `Mục` of `Hội nghị`: an example of what each takes. */
const MEETING_NOTES: Readonly<Record<keyof typeof MEETING_ITEMS, string>> = {
  number: 'Số của biên bản họp, ví dụ: 05/BB-CTĐ.',
  start: 'Giờ, ngày bắt đầu họp, ví dụ: 14 giờ 00, ngày 10/01/2023.',
  end: 'Giờ kết thúc họp, ví dụ: 16 giờ 30.',
  place: 'Nơi họp, ví dụ: Hội trường Ủy ban nhân dân tỉnh.',
  chair: 'Người chủ trì: họ tên — chức vụ, ví dụ: Nguyễn Văn A — Phó Chủ tịch UBND tỉnh, Cụm trưởng. Biên bản in họ tên ở chỗ ký.',
  secretary: 'Thư ký hội nghị: họ tên — chức vụ, đơn vị.',
  centralDelegate: 'Đại biểu Ban Thi đua - Khen thưởng Trung ương (nếu có): họ tên — chức vụ; mỗi người một dòng, thêm dòng nếu cần.',
  countingPanel: 'Các thành viên Ban kiểm phiếu, cách nhau bằng dấu chấm phẩy; người đứng đầu ghi kèm (Trưởng ban).',
  submissionSigner: 'Người ký tờ trình của Ủy ban nhân dân tỉnh Cụm trưởng: họ tên — chức vụ.',
  submissionNumber: 'Số tờ trình, ví dụ: 12/TTr-UBND.',
  recipient: 'Nơi nhận văn bản, mỗi nơi một dòng, ví dụ: Ban Thi đua - Khen thưởng Trung ương; Các tỉnh thành viên Cụm; Lưu: VT.',
};

/**
 * `Hội nghị`: every item with dots to fill in, one `Đại biểu <MÃ>` row per member (a member with
 * dots only counts as absent), three rows for `Nơi nhận`. Nothing here is required.
 */
function meetingSheet(o: TemplateOptions): SheetDescription {
  const b = new SheetBuilder([26, 60]);
  const h = header(b, [MEETING_HEADERS.item, MEETING_HEADERS.text]);
  b.note(
    h,
    0,
    `Thông tin Hội nghị in trên biên bản và tờ trình; không bắt buộc, mục nào để dấu chấm thì văn bản in dấu chấm để ghi tay. ` +
      `Mỗi đơn vị dự họp một dòng “${DELEGATE_ITEM_WORD} <mã>”: số đơn vị có ghi đại biểu là số thành viên dự họp.`,
  );
  const first = b.rowCount;
  const row = (item: keyof typeof MEETING_ITEMS): void => {
    const r = b.row([MEETING_ITEMS[item], UNFILLED_TEXT]);
    b.note(r, 0, MEETING_NOTES[item]);
  };
  (['number', 'start', 'end', 'place', 'chair', 'secretary', 'centralDelegate'] as const).forEach(row);
  for (const m of o.members) {
    const r = b.row([delegateItem(cleanText(m.code)), UNFILLED_TEXT]);
    if (m === o.members[0]) b.note(r, 0, `Đại biểu của ${cleanText(m.name)}: họ tên — chức vụ. Để dấu chấm nếu đơn vị không dự họp.`);
  }
  (['countingPanel', 'submissionSigner', 'submissionNumber', 'recipient'] as const).forEach(row);
  for (let i = 0; i < 2; i++) b.row([MEETING_ITEMS.recipient, UNFILLED_TEXT]);
  body(b, first, b.rowCount - 1, 1);
  b.style(first, 1, b.rowCount - 1, 1, { wrap: true });
  return build(b, SHEET_NAMES.meeting, 1);
}

export function describeTemplate(opts: TemplateOptions): SheetDescription[] {
  return [
    settingsSheet(opts),
    bandsSheet(),
    membersSheet(opts),
    criteriaSheet(),
    scoreSheet(SHEET_NAMES.self, 'Mỗi đơn vị ghi điểm tự chấm vào cột của mình, ở các dòng tiêu chí con. Dòng nhóm không cần ghi.', opts, DEFAULT_CRITERIA),
    scoreSheet(SHEET_NAMES.appraisal, 'Cụm trưởng, Cụm phó ghi điểm thẩm định cho từng đơn vị, ở các dòng tiêu chí con.', opts, DEFAULT_CRITERIA),
    ballotsSheet(),
    meetingSheet(opts),
  ];
}
