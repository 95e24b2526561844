/**
 * The mark's defined name as Excel writes it: sheet names quoted, apostrophes doubled
 * (src/core/outputSheets.ts).
 */
import { marksOf, sheetA1, sheetOfRange } from '../../src/file/definedNames';
import { applySheetDescriptions, newWorkbook, workbookBytes } from '../../src/file/writeXlsx';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { describeSheet } from './fixtures';

describe('sheet references in defined names', () => {
  test('quoted, with doubled apostrophes, or plain', () => {
    expect(sheetA1('Xếp hạng')).toBe("'Xếp hạng'!$A$1");
    expect(sheetA1("Ý kiến của Sở'")).toBe("'Ý kiến của Sở'''!$A$1");
    expect(sheetOfRange("'Xếp hạng'!$A$1")).toBe('Xếp hạng');
    expect(sheetOfRange("'Ý kiến của Sở'''!$A$1")).toBe("Ý kiến của Sở'");
    expect(sheetOfRange('Sheet1!$A$1:$B$2')).toBe('Sheet1');
    expect(sheetOfRange('#REF!')).toBe('#REF');
    expect(sheetOfRange('0.5')).toBeNull();
  });

  test('only workbook-scoped names with our prefix count, matched to the actual sheet name', () => {
    const marks = marksOf(
      [
        { name: 'CumThiDua_XepHang', ranges: ["'xếp hạng'!$A$1"] },
        { name: 'CumThiDua_TongHopDiem', ranges: ["'Tổng hợp điểm (2)'!$A$1"], localSheetId: 3 },
        { name: 'TongDiem', ranges: ["'Tổng hợp điểm'!$A$1"] },
      ],
      ['Xếp hạng', 'Tổng hợp điểm', 'Tổng hợp điểm (2)'],
    );
    expect([...marks]).toEqual([['CumThiDua_XepHang', 'Xếp hạng']]);
  });

  test('a sheet whose name has an apostrophe keeps its mark through a round trip', async () => {
    const wb = newWorkbook();
    applySheetDescriptions(wb, [describeSheet({ name: "Bảng 'dự thảo' xếp hạng" })]);
    const read = await readXlsxBytes(await workbookBytes(wb));
    expect(read.input.markedSheets).toEqual(["Bảng 'dự thảo' xếp hạng"]);
  });
});
