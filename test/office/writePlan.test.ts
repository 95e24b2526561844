import { OUTPUT_SHEETS } from '../../src/core/outputSheets';
import { createExcelPort } from '../../src/office/excelPort';
import { checkDescriptions, planWrite } from '../../src/office/writePlan';
import type { WorkbookShape } from '../../src/office/workbookShape';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { describe as describeSheet, outputDescriptions } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

function shape(names: string[], marks: Record<string, string> = {}): WorkbookShape {
  return {
    sheets: names.map((name, i) => ({ id: 'id-' + name, name, position: i, visible: true })),
    names: Object.entries(marks).map(([name, sheet]) => ({ name, formula: "='" + sheet + "'!$A$1" })),
  };
}

describe('new sheets take the tab places of the old ones', () => {
  test('output sheets scattered among the inputs stay where the user put them', async () => {
    fake = installFakeOffice({ sheets: { 'Cấu hình': [['x']], 'Tự chấm': [['x']], 'Thẩm định': [['x']] } });
    const port = createExcelPort();
    await port.writeSheets(outputDescriptions(6));
    // The user spreads them: Đề nghị first, Xếp hạng after Cấu hình, Kết quả last.
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets;
      s.getItem('Đề nghị khen thưởng').position = 0;
      s.getItem('Xếp hạng').position = 2;
      s.getItem('Kết quả kiểm tra').position = 6;
      await context.sync();
    });
    const order = fake.sheetNames();
    expect(order).toEqual(['Đề nghị khen thưởng', 'Cấu hình', 'Xếp hạng', 'Tự chấm', 'Thẩm định', 'Tổng hợp điểm', 'Kết quả kiểm tra']);
    await port.writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    expect(fake.sheetNames()).toEqual(order);
    for (const s of OUTPUT_SHEETS) expect(fake.values(s.name)[1][0]).toBe('Lần chạy 2');
  });

  test('a sheet written for the first time goes after the others', () => {
    const plan = planWrite(shape(['Cấu hình', 'Xếp hạng', 'Tự chấm'], { CumThiDua_XepHang: 'Xếp hạng' }), outputDescriptions(6).slice(2), null);
    expect(plan.swaps.map((s) => s.old?.name ?? null)).toEqual(['Xếp hạng', null]);
    expect(plan.moves).toEqual([{ swap: 0, position: 2 }]);
  });
});

describe('leftovers and temporary names', () => {
  test('unmarked temporary sheets of an earlier failure are deleted; temporary names never clash', () => {
    const plan = planWrite(shape(['Cấu hình', '~ctd-tmp-1', '~ctd-old-1']), [describeSheet('ranking', [['x']])], null);
    expect(plan.leftovers.map((s) => s.name)).toEqual(['~ctd-tmp-1', '~ctd-old-1']);
    expect(plan.swaps[0].tempName).toBe('~ctd-tmp-2');
    expect(plan.swaps[0].awayName).toBe('~ctd-old-2');
  });

  test('a marked sheet with a temporary-looking name is an old output sheet, not a leftover', () => {
    const plan = planWrite(shape(['Cấu hình', '~ctd-old-1'], { CumThiDua_XepHang: '~ctd-old-1' }), [describeSheet('ranking', [['x']])], null);
    expect(plan.leftovers).toEqual([]);
    expect(plan.swaps[0].old?.name).toBe('~ctd-old-1');
  });

  test('the old sheet that was active is replaced by the new one as the active sheet', () => {
    const plan = planWrite(shape(['Xếp hạng'], { CumThiDua_XepHang: 'Xếp hạng' }), [describeSheet('ranking', [['x']])], 'id-Xếp hạng');
    expect(plan.activate).toBe(0);
  });
});

describe('the descriptions handed to writeSheets are output sheets', () => {
  test('a description without a mark, or twice the same sheet, is a programming error', () => {
    expect(() => checkDescriptions([describeSheet('ranking', [['x']], { mark: null })])).toThrow(/no mark/);
    expect(() => checkDescriptions([describeSheet('ranking', [['x']]), describeSheet('ranking', [['y']])])).toThrow(/twice/);
  });

  test('a sheet holding the output name and carrying another of our marks is free when it is replaced too', () => {
    // The user renamed our "Tổng hợp điểm" to "Xếp hạng" and deleted the real one.
    const plan = planWrite(shape(['Cấu hình', 'Xếp hạng'], { CumThiDua_TongHopDiem: 'Xếp hạng' }), outputDescriptions(6).slice(1, 3), null);
    expect(plan.swaps.map((s) => [s.desc.name, s.old?.name ?? null])).toEqual([
      ['Tổng hợp điểm', 'Xếp hạng'],
      ['Xếp hạng', null],
    ]);
    expect(() => planWrite(shape(['Cấu hình', 'Xếp hạng'], { CumThiDua_TongHopDiem: 'Xếp hạng' }), outputDescriptions(6).slice(2, 3), null)).toThrow(
      expect.objectContaining({ kind: 'notOurs' }),
    );
  });

  test('… and the write goes through: each mark ends on the sheet of its own name', async () => {
    fake = installFakeOffice({ sheets: { 'Cấu hình': [['x']], 'Xếp hạng': [['cũ']] }, names: { CumThiDua_TongHopDiem: 'Xếp hạng' } });
    await createExcelPort().writeSheets(outputDescriptions(6).slice(1, 3));
    expect(fake.sheetNames()).toEqual(['Cấu hình', 'Tổng hợp điểm', 'Xếp hạng']);
    expect(fake.names()).toEqual([
      { name: 'CumThiDua_TongHopDiem', formula: "='Tổng hợp điểm'!$A$1" },
      { name: 'CumThiDua_XepHang', formula: "='Xếp hạng'!$A$1" },
    ]);
    expect(fake.values('Xếp hạng')[0][0]).toBe('XẾP HẠNG');
  });
});
