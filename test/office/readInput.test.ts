import { createExcelPort } from '../../src/office/excelPort';
import { markedSheetNames, sheetOfReference } from '../../src/office/sheetMarks';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

describe('readInput costs two round trips whatever the size of the workbook', () => {
  test.each([6, 34])('%i members: 2 syncs, every sheet read in tab order', async (n) => {
    const sheets = memberWorkbook(n);
    fake = installFakeOffice({ sheets });
    const input = await createExcelPort().readInput();
    expect(fake.syncCount).toBe(2);
    expect(input.sheets.map((s) => s.name)).toEqual(Object.keys(sheets));
    expect(input.sheets.length).toBe(4 + n);
    const cross = input.sheets.find((s) => s.name === 'Chấm chéo - NA');
    expect(cross?.values).toEqual(sheets['Chấm chéo - NA']);
    expect(fake.unsyncedRuns).toBe(0);
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
  test('a response over the limit: the same grids, one more sync per sheet', async () => {
    const sheets = memberWorkbook(6);
    fake = installFakeOffice({ sheets, responseLimitBytes: 12_000 });
    const input = await createExcelPort().readInput();
    expect(input.sheets.map((s) => s.values)).toEqual(Object.values(sheets));
    expect(fake.syncs[1].failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.syncCount).toBe(2 + Object.keys(sheets).length);
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
