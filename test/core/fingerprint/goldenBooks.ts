/**
 * The workbooks whose data fingerprints are pinned by golden files (golden-grids.json,
 * golden-files.json). A fingerprint printed on a signed sheet, or recorded by a sign-off lock in
 * `Nhật ký`, must stay the same for as long as the data does: a new setting, a new sheet or a new
 * column the program learns to read must not change the fingerprint of a workbook that does not
 * use it (docs/ma-kiem-tra-du-lieu.md).
 *
 * Each book is a name and the grids a shell hands the core. The set is meant to be varied: every
 * bad-input corpus case (test/corpus), the reader's small fixtures, and hand-made variants of the
 * corpus base that write or leave out each setting, use each score source, with and without the
 * `Xếp loại` sheet, with and without ballots. Nothing here may change once recorded: add new
 * books at the end, with a new golden entry.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../../../src/core/grid';
import { ballotSheet, baseBook, MEMBER_CODES, SCORE_HEADER, SELF_ROWS } from '../../corpus/base';
import type { CorpusBook, CorpusCell } from '../../corpus/book';
import { findSheet, setSetting } from '../../corpus/book';
import { CASES, CLEAN_BALLOTS } from '../../corpus/cases';
import { crossInput, setSetting as setGridSetting, standardInput } from '../read/fixture';

export interface GoldenBook {
  name: string;
  input: WorkbookInput;
}

/** A corpus cell as the shells read it: a formula gives its cached result, an error its text. */
function gridValue(v: CorpusCell): CellValue {
  if (v === null || typeof v !== 'object') return v;
  if ('formula' in v) return typeof v.result === 'object' ? v.result.error : v.result;
  return v.error;
}

/**
 * The grids of a corpus book. Far cells (a stray value in row 1 048 576) are left out: a grid
 * cannot hold them without a million rows, and what they test (the size limit) has no fingerprint.
 */
export function gridsOf(book: CorpusBook): WorkbookInput {
  const sheets: SheetGrid[] = book.sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => r.map(gridValue)) }));
  return { sheets, markedSheets: Object.values(book.marks ?? {}) };
}

/** The corpus base with `edit` applied. */
function base(edit: (b: CorpusBook) => void = () => {}): WorkbookInput {
  const b = baseBook();
  edit(b);
  return gridsOf(b);
}

function removeSettingRow(b: CorpusBook, key: string): void {
  const rows = findSheet(b, 'Cấu hình').rows;
  const i = rows.findIndex((r) => r[0] === key);
  if (i < 0) throw new Error('no setting ' + key);
  rows.splice(i, 1);
}

/** The corpus base's score rows for another score sheet, each score lowered by `minus` (0 ≤). */
function scoreSheetRows(minus: number): CorpusCell[][] {
  return [
    [...SCORE_HEADER],
    ...SELF_ROWS.map((r) => r.map((v, i) => (i >= 3 && typeof v === 'number' ? Math.max(0, v - minus) : v))),
  ];
}

/** One `Chấm chéo - X` sheet per member; scorer k lowers every score by k × 0,25 (own column blank). */
function addCrossSheets(b: CorpusBook): void {
  MEMBER_CODES.forEach((scorer, k) => {
    const rows = scoreSheetRows(k * 0.25);
    const own = 3 + k;
    for (const row of rows.slice(1)) row[own] = null;
    b.sheets.push({ name: `Chấm chéo - ${scorer}`, rows });
  });
}

/** Every setting row the corpus base does not write, with a value other than its default. */
const OTHER_SETTINGS: [string, CorpusCell][] = [
  ['Cách tổng hợp', 'Trung vị'],
  ['Tính điểm tự chấm khi chấm chéo', 'Có'],
  ['Xếp loại tối thiểu đề nghị Cờ', 'Tốt'],
  ['Xếp loại tối thiểu đề nghị Bằng khen', 'Khá'],
  ['Cơ sở tính tỷ lệ phiếu', 'Số phiếu hợp lệ'],
  ['Ngưỡng chênh lệch (%)', 15],
  ['Địa danh', 'Vinh'],
  ['Thứ tự luân phiên', 'NA; QT; TTH; TH; HT; QB'],
];

/** The same rows written with the value the default would give. */
const DEFAULT_VALUED_SETTINGS: [string, CorpusCell][] = [
  ['Cách tổng hợp', 'Trung bình'],
  ['Tính điểm tự chấm khi chấm chéo', 'Không'],
  ['Xếp loại tối thiểu đề nghị Cờ', 'Xuất sắc'],
  ['Xếp loại tối thiểu đề nghị Bằng khen', 'Tốt'],
  ['Cơ sở tính tỷ lệ phiếu', 'Tổng số thành viên'],
  ['Ngưỡng chênh lệch (%)', 20],
  ['Địa danh', 'Nghệ An'],
  ['Thứ tự luân phiên', 'TH; NA; HT; QB; QT; TTH'],
];

/** The corpus base's setting rows (rows 2–14 of `Cấu hình`). */
const BASE_SETTING_KEYS = [
  'Tên cụm',
  'Năm',
  'Cụm trưởng',
  'Cụm phó',
  'Nguồn điểm',
  'Số Cờ thi đua Chính phủ',
  'Số Bằng khen Thủ tướng',
  'Tỷ lệ phiếu tối thiểu (%)',
  'Số thành viên dự họp',
  'Thứ tự ưu tiên khi bằng điểm',
  'Bước điểm',
  'Cụm trưởng năm sau',
  'Cụm phó năm sau',
];

function handMade(): GoldenBook[] {
  const books: GoldenBook[] = [];
  const add = (name: string, input: WorkbookInput): void => void books.push({ name, input });

  add('base', base());
  // Each setting of the base left out in turn (its default applies).
  for (const key of BASE_SETTING_KEYS) add(`base-without ${key}`, base((b) => removeSettingRow(b, key)));
  // Every setting the base leaves out, written: one at a time, then all together.
  for (const [key, value] of OTHER_SETTINGS) add(`base-with ${key}`, base((b) => setSetting(b, key, value)));
  add('base-with-all-settings', base((b) => OTHER_SETTINGS.forEach(([k, v]) => setSetting(b, k, v))));
  // Written with the value the default would give anyway.
  for (const [key, value] of DEFAULT_VALUED_SETTINGS) add(`base-with-default ${key}`, base((b) => setSetting(b, key, value)));
  add('base-certificate-quota-2', base((b) => setSetting(b, 'Số Bằng khen Thủ tướng', 2)));
  add('base-without-certificate-and-flag-quota', base((b) => ['Số Cờ thi đua Chính phủ', 'Số Bằng khen Thủ tướng'].forEach((k) => removeSettingRow(b, k))));
  add('base-alias-ti-le', base((b) => (findSheet(b, 'Cấu hình').rows[8][0] = 'Tỉ lệ phiếu tối thiểu')));
  add('base-tie-break-chain', base((b) => setSetting(b, 'Thứ tự ưu tiên khi bằng điểm', 'Nhóm II; Nhiều điểm thưởng hơn; Tự chấm sát hơn')));
  add('base-threshold-two-thirds', base((b) => setSetting(b, 'Tỷ lệ phiếu tối thiểu (%)', '66,667%')));
  add('base-two-deputies', base((b) => setSetting(b, 'Cụm phó', 'QT; TTH')));
  add('base-no-next-leaders', base((b) => ['Cụm trưởng năm sau', 'Cụm phó năm sau'].forEach((k) => removeSettingRow(b, k))));
  add('base-only-required-settings', base((b) => BASE_SETTING_KEYS.slice(4).forEach((k) => removeSettingRow(b, k))));

  // Bands: the sheet absent (the default table applies) and a table of the cluster's own.
  add('base-without-bands', base((b) => (b.sheets = b.sheets.filter((s) => s.name !== 'Xếp loại'))));
  add('base-own-bands', base((b) => (findSheet(b, 'Xếp loại').rows = [['Xếp loại', 'Điểm từ'], ['Hoàn thành xuất sắc', 95], ['Hoàn thành tốt', 85], ['Hoàn thành', 0]])));

  // Score sources: appraisal, cross (written, and chosen by default from the sheets present).
  const appraisal = (b: CorpusBook): void => void b.sheets.push({ name: 'Thẩm định', rows: scoreSheetRows(0.5) });
  add('appraisal', base((b) => (appraisal(b), setSetting(b, 'Nguồn điểm', 'Thẩm định'))));
  add('appraisal-by-default', base((b) => (appraisal(b), removeSettingRow(b, 'Nguồn điểm'))));
  add('appraisal-sheet-self-source', base(appraisal));
  add('cross', base((b) => (addCrossSheets(b), setSetting(b, 'Nguồn điểm', 'Chấm chéo'))));
  add('cross-by-default', base((b) => (addCrossSheets(b), removeSettingRow(b, 'Nguồn điểm'))));
  add('cross-median-counting-self', base((b) => {
    addCrossSheets(b);
    setSetting(b, 'Nguồn điểm', 'Chấm chéo');
    setSetting(b, 'Cách tổng hợp', 'Trung bình cắt');
    setSetting(b, 'Tính điểm tự chấm khi chấm chéo', 'Có');
  }));
  add('cross-and-appraisal', base((b) => (addCrossSheets(b), appraisal(b), setSetting(b, 'Nguồn điểm', 'Chấm chéo'))));

  // Ballots.
  add('ballots', base((b) => b.sheets.push(ballotSheet(CLEAN_BALLOTS))));
  add('ballots-valid-base', base((b) => (b.sheets.push(ballotSheet(CLEAN_BALLOTS)), setSetting(b, 'Cơ sở tính tỷ lệ phiếu', 'Số phiếu hợp lệ'))));
  add('ballots-invalid-and-blank', base((b) =>
    b.sheets.push(ballotSheet([['NA; TTH', 'TTH'], ['NA', 'Đà Nẵng'], [null, 'TH; TH'], ['NA', null], ['Nghệ An', 'Thừa Thiên Huế']])),
  ));
  add('ballots-empty-sheet', base((b) => b.sheets.push(ballotSheet([]))));
  add('ballots-five-present', base((b) => (setSetting(b, 'Số thành viên dự họp', 5), b.sheets.push(ballotSheet(CLEAN_BALLOTS.slice(0, 5))))));

  // Members: aliases, covenant, a declared reason.
  add('members-not-signed-and-declared', base((b) => {
    const rows = findSheet(b, 'Thành viên').rows;
    rows[3][3] = 'Không';
    rows[4][4] = 'Đang thanh tra có dấu hiệu vi phạm';
  }));

  // The reader's own fixtures (3 members, no `Xếp loại` sheet, only a few settings written).
  add('reader-fixture', standardInput());
  add('reader-fixture-cross', crossInput());
  const withQuota = standardInput();
  setGridSetting(withQuota, 'Số Bằng khen Thủ tướng', 2);
  add('reader-fixture-certificate-quota-2', withQuota);
  return books;
}

/** Every golden book, in a fixed order: the corpus cases, then the hand-made ones. */
export function goldenBooks(): GoldenBook[] {
  const corpus = CASES.map((c) => ({ name: `corpus ${c.name}`, input: gridsOf(c.build()) }));
  return [...corpus, ...handMade()];
}

/** Workbook files whose `check --json` fingerprint is pinned: the sample and a few corpus books as .xlsx. */
export const GOLDEN_FILE_BOOKS: { name: string; book: () => CorpusBook }[] = [
  { name: 'base.xlsx', book: baseBook },
  {
    name: 'ballots.xlsx',
    book: () => {
      const b = baseBook();
      b.sheets.push(ballotSheet(CLEAN_BALLOTS));
      return b;
    },
  },
  {
    name: 'cross.xlsx',
    book: () => {
      const b = baseBook();
      addCrossSheets(b);
      setSetting(b, 'Nguồn điểm', 'Chấm chéo');
      return b;
    },
  },
];
