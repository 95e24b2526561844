import { checkWorkbook } from '../../src/core/index';
import { createExcelPort } from '../../src/office/excelPort';
import { markedSheetNames, sheetOfReference } from '../../src/office/sheetMarks';
import { FakeRange, installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

describe('readInput costs two round trips the first time (names; sizes and values) and one after, whatever the size of the workbook', () => {
  test.each([6, 34])('%i members: 2 syncs, then 1; every sheet read in tab order', async (n) => {
    const sheets = memberWorkbook(n);
    fake = installFakeOffice({ sheets });
    const port = createExcelPort();
    const input = await port.readInput();
    expect(fake.syncCount).toBe(2);
    // Per sheet in the second request: its used range sized, and its values within the box.
    expect(fake.syncs[1].actions.filter((a) => a === 'Range.load')).toHaveLength(2 * (4 + n));
    const again = await port.readInput();
    expect(fake.syncCount).toBe(3);
    expect(again.sheets).toEqual(input.sheets);
    // The same loads in one request, with the shape and the shared state (its used range: + 1).
    expect(fake.syncs[2].actions.filter((a) => a === 'Range.load')).toHaveLength(2 * (4 + n) + 1);
    expect(input.sheets.map((s) => s.name)).toEqual(Object.keys(sheets));
    expect(input.sheets.length).toBe(4 + n);
    const cross = input.sheets.find((s) => s.name === 'Chấm chéo - NA');
    expect(cross?.values).toEqual(sheets['Chấm chéo - NA']);
    expect(fake.unsyncedRuns).toBe(0);
  });
});

/** Excel's last row, 0-based: a stray value there stretches the used range to 1 048 576 rows. */
const LAST_ROW = 1_048_575;

/** Spies on every property the fake reads for a range load; returns the names read. */
function watchRangeLoads(): string[] {
  const read: string[] = [];
  const original = FakeRange.prototype.valueOf;
  jest.spyOn(FakeRange.prototype, 'valueOf').mockImplementation(function (this: FakeRange, t, prop) {
    read.push(prop);
    return original.call(this, t, prop);
  });
  return read;
}
afterEach(() => jest.restoreAllMocks());

describe('readInput refuses an absurdly large workbook before loading its values (issue 6, limits.ts)', () => {
  test('a stray value in A1048576 of a notes sheet: SHEET_TOO_LARGE on that sheet with its figures, 2 syncs, no value beyond the box loaded', async () => {
    const sheets = { ...memberWorkbook(6), 'Ghi chú': [['Ngày', 'Người ghi', 'Nội dung', 'Ghi chú']] };
    fake = installFakeOffice({ sheets });
    fake.model.find('Ghi chú')!.cell(LAST_ROW, 0).value = 'x';
    const read = watchRangeLoads();

    const input = await createExcelPort().readInput();

    expect(fake.syncCount).toBe(2);
    expect(read).toContain('values');
    // Names, sizes and at most 2 000 rows of each sheet: kilobytes, where the values would be over 4 million cells.
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThan(60_000);
    expect(fake.syncs.map((x) => x.failed)).toEqual([undefined, undefined]);

    // Every sheet as its used range only, with its real size: 6 members + header = 7 rows × 2.
    expect(input.sheets.map((g) => g.values)).toEqual(input.sheets.map(() => []));
    expect(input.sheets.find((g) => g.name === 'Thành viên')).toEqual({ name: 'Thành viên', values: [], top: 0, left: 0, usedRange: { rows: 7, columns: 2 } });
    expect(input.sheets.find((g) => g.name === 'Ghi chú')).toEqual({ name: 'Ghi chú', values: [], top: 0, left: 0, usedRange: { rows: 1_048_576, columns: 4 } });

    const report = checkWorkbook(input);
    expect(report.problems).toEqual([
      { severity: 'error', code: 'SHEET_TOO_LARGE', sheet: 'Ghi chú', cell: '', params: { rows: 1_048_576, cols: 4, cells: 4_194_304, limit: 2_000_000 } },
    ]);
  });

  test('no sheet too large alone but 2 × 1 200 000 cells together: WORKBOOK_TOO_LARGE with the total, 2 syncs', async () => {
    fake = installFakeOffice({ sheets: { ...memberWorkbook(6), 'Ghi chú': [['Ngày', 'Nội dung']], 'Nháp': [['Ngày', 'Nội dung']] } });
    fake.model.find('Ghi chú')!.cell(599_999, 1).value = 'x';
    fake.model.find('Nháp')!.cell(599_999, 1).value = 'y';
    const read = watchRangeLoads();

    const input = await createExcelPort().readInput();

    expect(fake.syncCount).toBe(2);
    expect(read).toContain('values');
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThan(100_000);
    const problems = checkWorkbook(input).problems;
    expect(problems.map((p) => [p.code, p.sheet])).toEqual([['WORKBOOK_TOO_LARGE', '']]);
    // The member sheets' cells: Cấu hình 5×2, Thành viên 7×2, Tiêu chí 31×4, Tự chấm and 6 cross sheets 31×8 each.
    const members = 5 * 2 + 7 * 2 + 31 * 4 + 7 * 31 * 8;
    expect(problems[0].params).toMatchObject({ cells: 2 * 1_200_000 + members, limit: 2_000_000, sheetCells: 1_200_000 });
  });

  test('a used range that does not start at A1 is sized from its own corner', async () => {
    fake = installFakeOffice({ sheets: { ...memberWorkbook(6), 'Ghi chú': { values: [['Ghi chú']], top: 4, left: 2 } } });
    fake.model.find('Ghi chú')!.cell(LAST_ROW, 3).value = 'x';
    const input = await createExcelPort().readInput();
    expect(fake.syncCount).toBe(2);
    // C5:D1048576 — 1 048 572 rows × 2 columns = 2 097 144 cells, over the limit by itself.
    expect(input.sheets.find((g) => g.name === 'Ghi chú')).toEqual({ name: 'Ghi chú', values: [], top: 4, left: 2, usedRange: { rows: 1_048_572, columns: 2 } });
    expect(checkWorkbook(input).problems.map((p) => [p.code, p.sheet, (p.params as { cells?: number }).cells])).toEqual([['SHEET_TOO_LARGE', 'Ghi chú', 2_097_144]]);
  });

  test('our own marked output sheet does not count (limits.ts), and its values are never read: 2 syncs', async () => {
    fake = installFakeOffice({
      sheets: { ...memberWorkbook(6), 'Xếp hạng': [['Hạng', 'Đơn vị']] },
      names: { CumThiDua_XepHang: 'Xếp hạng' },
      responseLimitBytes: 100_000_000,
    });
    fake.model.find('Xếp hạng')!.cell(LAST_ROW, 1).value = 'cuối trang';
    const input = await createExcelPort().readInput();
    expect(fake.syncCount).toBe(2);
    expect(input.markedSheets).toEqual(['Xếp hạng']);
    const ranking = input.sheets.find((g) => g.name === 'Xếp hạng');
    expect(ranking?.values).toEqual([]);
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThan(100_000);
    expect(checkWorkbook(input).problems.map((p) => p.code)).not.toContain('SHEET_TOO_LARGE');
  });

  test('just at the limit is read: 1 000 000 rows × 2 columns = 2 000 000 cells in one sheet, in chunks under 5 MB', async () => {
    fake = installFakeOffice({ sheets: { 'Ghi chú': [['Ngày', 'Nội dung']] } });
    fake.model.find('Ghi chú')!.cell(999_999, 1).value = 'x';
    const input = await createExcelPort().readInput();
    // Names; sizes and the first 2 000 rows; then the rest, 250 000 cells a request.
    expect(fake.syncCount).toBe(2 + 8);
    expect(fake.syncs.every((x) => x.failed === undefined && x.responseBytes < 5_000_000)).toBe(true);
    expect(input.sheets[0].values.length).toBe(1_000_000);
    expect(input.sheets[0].values[999_999]).toEqual(['', 'x']);
  });
});

describe('readInput reports where each used range starts and which sheets are ours', () => {
  test('offsets of a used range that does not start at A1; an empty sheet is empty', async () => {
    fake = installFakeOffice({
      sheets: {
        'Thành viên': { values: [['Mã', 'Tên'], ['NA', 'Tỉnh Nghệ An']], top: 2, left: 1 },
        'Ghi chép': [],
      },
    });
    const input = await createExcelPort().readInput();
    expect(input.sheets[0]).toEqual({ name: 'Thành viên', values: [['Mã', 'Tên'], ['NA', 'Tỉnh Nghệ An']], top: 2, left: 1 });
    expect(input.sheets[1]).toEqual({ name: 'Ghi chép', values: [], top: 0, left: 0 });
  });

  test('a sheet is ours when one of our names points at it, even renamed', async () => {
    fake = installFakeOffice({
      sheets: { 'Tự chấm': [['Mã']], 'Xếp hạng cũ': [['Hạng']], 'Xếp hạng': [['do người dùng tạo']], 'Tổng hợp điểm': [['x']] },
      names: { CumThiDua_XepHang: 'Xếp hạng cũ', CumThiDua_TongHopDiem: 'Tổng hợp điểm', CumThiDua_KetQuaKiemTra: { formula: '=#REF!$A$1' }, MotTenKhac: 'Tự chấm' },
    });
    const input = await createExcelPort().readInput();
    expect(input.markedSheets).toEqual(['Xếp hạng cũ', 'Tổng hợp điểm']);
  });
});

describe('readInput leaves out what is nobody\u2019s input', () => {
  test('a temporary sheet left by a failed write is not read', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['Mã']], '~ctd-tmp-1': { values: [['nửa chừng']], visibility: 'Hidden' } } });
    const input = await createExcelPort().readInput();
    expect(input.sheets.map((s) => s.name)).toEqual(['Tự chấm']);
  });
});

describe('readInput falls back to one request per sheet only when Excel refuses the large answer', () => {
  test('a response over the limit: the same grids, sizes first, then the values in smaller requests', async () => {
    const sheets = memberWorkbook(6);
    fake = installFakeOffice({ sheets, responseLimitBytes: 12_000 });
    const input = await createExcelPort().readInput();
    expect(input.sheets.map((s) => s.values)).toEqual(Object.values(sheets));
    expect(fake.syncs[1].failed).toBe('ResponsePayloadSizeLimitExceeded');
    const after = fake.syncs.slice(fake.syncs.findIndex((x) => x.failed !== undefined) + 1);
    expect(after.filter((x) => x.failed === undefined).every((x) => x.responseBytes <= 12_000)).toBe(true);
  });

  test('an empty sheet comes back empty in the fallback', async () => {
    const sheets = { ...memberWorkbook(6), 'Ghi chép': [] };
    fake = installFakeOffice({ sheets, responseLimitBytes: 12_000 });
    const input = await createExcelPort().readInput();
    expect(input.sheets.find((s) => s.name === 'Ghi chép')).toEqual({ name: 'Ghi chép', values: [], top: 0, left: 0 });
  });
});

describe('the mark names its sheet in its formula', () => {
  test.each([
    ["='Xếp hạng'!$A$1", 'Xếp hạng'],
    ['=Sheet1!$A$1', 'Sheet1'],
    ["='Đề nghị khen thưởng'!$A$1", 'Đề nghị khen thưởng'],
    ["='Tỉnh''s sheet'!$A$1", "Tỉnh's sheet"],
    ['=#REF!$A$1', null],
    ['=42', null],
  ])('%s → %s', (formula, sheet) => {
    expect(sheetOfReference(formula)).toBe(sheet);
  });

  test('marks are compared as Excel compares names: case-insensitively', () => {
    expect(markedSheetNames([{ name: 'cumthidua_xephang', formula: "='XẾP HẠNG'!$A$1" }], ['Xếp hạng'])).toEqual(['Xếp hạng']);
  });
});
