/**
 * Worksheet protection for the sign-off lock in the file shell (src/file/sheetProtection.ts):
 * protect only what is not protected yet, keep a user's own protection, unlock all or none, read
 * `sheet="true"` (LibreOffice) as well as `sheet="1"`, and change nothing but `<sheetProtection>`.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WrongPasswordError } from '../../src/file/errors';
import { nodePasswordHasher } from '../../src/file/nodePasswordHasher';
import { isProtected, legacyPasswordHash, protectSheets, sheetProtection, unprotectSheets, type PasswordHasher } from '../../src/file/sheetProtection';
import type { Workbook } from '../../src/file/book/workbook';
import { loadWorkbook } from '../../src/file/readXlsx';
import { workbookBytes } from '../../src/file/writeXlsx';
import { excelJsBytes, openedWith, readByExcelJs } from './fixtures';

/** The same algorithm with a few rounds, so that the tests stay fast (the real count is tested through the CLI). */
const quick: PasswordHasher = { salt: nodePasswordHasher.salt, hash: (p, a, s) => nodePasswordHasher.hash(p, a, s, 10) };

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const name of ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Xếp hạng']) wb.addWorksheet(name).getCell('A1').value = name;
  return wb;
}

const protectedNames = (wb: Workbook): string[] => wb.worksheets.filter((s) => isProtected(wb, s)).map((s) => s.name);
const exceljsProtection = (wb: ExcelJS.Workbook, name: string) => (wb.getWorksheet(name) as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
const partOf = (wb: Workbook, name: string): string => new TextDecoder().decode(wb.pkg.read(wb.sheet(name)!.part!)!);

describe('protectSheets', () => {
  test('protects the named sheets only, allowing formatting and selection but not edits', async () => {
    const wb = await openedWith(book());
    const before = partOf(wb, 'Cấu hình');
    const done = await protectSheets(wb, ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm'], undefined, quick);
    expect(done).toEqual(['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm']);
    expect(protectedNames(wb)).toEqual(done);
    // Only <sheetProtection> was added: remove it and the sheet is byte for byte what it was.
    expect(partOf(wb, 'Cấu hình').replace(/<sheetProtection [^>]*\/>/, '')).toBe(before);
    // exceljs, reading the file independently, sees the protection and the allowances.
    const back = await readByExcelJs(wb);
    expect(exceljsProtection(back, 'Tự chấm')).toMatchObject({ sheet: true, formatCells: true, formatColumns: true, formatRows: true, autoFilter: true });
    expect(exceljsProtection(back, 'Xếp hạng')).toBeFalsy();
  });

  test('a sheet the user protected with their own password keeps it, and is not reported as ours', async () => {
    const input = book();
    await input.getWorksheet('Tiêu chí')!.protect('cua-van-phong', { spinCount: 10 });
    const wb = await openedWith(input);
    const own = partOf(wb, 'Tiêu chí');
    const done = await protectSheets(wb, ['Cấu hình', 'Tiêu chí'], 'Cum-2022', quick);
    expect(done).toEqual(['Cấu hình']);
    expect(partOf(wb, 'Tiêu chí')).toBe(own);
  });
});

describe('unprotectSheets: all or none', () => {
  test('the right password removes every protection', async () => {
    const wb = await openedWith(book());
    await protectSheets(wb, ['Cấu hình', 'Thành viên'], 'Cum-2022', quick);
    expect(await unprotectSheets(wb, ['Cấu hình', 'Thành viên'], 'Cum-2022', quick)).toEqual(['Cấu hình', 'Thành viên']);
    expect(protectedNames(wb)).toEqual([]);
  });

  test('a password that opens one sheet but not another unlocks neither', async () => {
    const wb = await openedWith(book());
    await protectSheets(wb, ['Cấu hình'], 'Cum-2022', quick);
    await protectSheets(wb, ['Thành viên'], 'khac', quick);
    const error = await unprotectSheets(wb, ['Cấu hình', 'Thành viên'], 'Cum-2022', quick).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPasswordError);
    expect((error as WrongPasswordError).sheets).toEqual(['Thành viên']);
    expect(protectedNames(wb)).toEqual(['Cấu hình', 'Thành viên']);
  });

  test('no password for a password-protected sheet: refused, asking for it', async () => {
    const wb = await openedWith(book());
    await protectSheets(wb, ['Cấu hình'], 'Cum-2022', quick);
    const error = (await unprotectSheets(wb, ['Cấu hình'], undefined, quick).catch((e: unknown) => e)) as WrongPasswordError;
    expect(error.sentences.vi).toContain('Hãy nhập mật khẩu');
    expect(isProtected(wb, wb.sheet('Cấu hình')!)).toBe(true);
  });

  test('a sheet protected without a password opens without one', async () => {
    const wb = await openedWith(book());
    await protectSheets(wb, ['Cấu hình'], undefined, quick);
    expect(await unprotectSheets(wb, ['Cấu hình', 'Tự chấm'], 'bat-ky', quick)).toEqual(['Cấu hình']);
  });

  test('a sheet exceljs protected with the full algorithm is opened by our hasher (the same hash)', async () => {
    const input = book();
    await input.getWorksheet('Cấu hình')!.protect('Cum-2022', { spinCount: 1000 });
    const wb = await openedWith(input);
    await expect(unprotectSheets(wb, ['Cấu hình'], 'cum-2022', nodePasswordHasher)).rejects.toBeInstanceOf(WrongPasswordError);
    expect(await unprotectSheets(wb, ['Cấu hình'], 'Cum-2022', nodePasswordHasher)).toEqual(['Cấu hình']);
  });
});

/** A workbook whose first sheet's protection element is replaced by this text (as another program would write it). */
async function withProtectionElement(element: string): Promise<Workbook> {
  const zip = await JSZip.loadAsync(await excelJsBytes(book()));
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', xml.replace('</sheetData>', `</sheetData>${element}`));
  return loadWorkbook(await zip.generateAsync({ type: 'uint8array' }), 'so.xlsx').workbook;
}

describe('protection written by other programs', () => {
  test('sheet="true" (LibreOffice) is protected, like sheet="1"; sheet="false" is not', async () => {
    for (const [attr, expected] of [['true', true], ['1', true], ['false', false], ['0', false]] as const) {
      const wb = await withProtectionElement(`<sheetProtection sheet="${attr}" objects="true" scenarios="true"/>`);
      expect(isProtected(wb, wb.sheet('Cấu hình')!)).toBe(expected);
    }
  });

  test('a protected sheet is not protected again (its record stays), and a lock does not count it as its own', async () => {
    const wb = await withProtectionElement('<sheetProtection sheet="true" password="CBEB"/>');
    expect(await protectSheets(wb, ['Cấu hình', 'Thành viên'], undefined, quick)).toEqual(['Thành viên']);
    expect(sheetProtection(wb, wb.sheet('Cấu hình')!)).toMatchObject({ sheet: true, password: 'CBEB' });
  });

  test('the legacy 16-bit password: "test" hashes to CBEB (a value published with the algorithm), and only it opens the sheet', async () => {
    expect(legacyPasswordHash('test')).toBe('CBEB');
    const wb = await withProtectionElement('<sheetProtection sheet="true" password="CBEB"/>');
    await expect(unprotectSheets(wb, ['Cấu hình'], undefined, quick)).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(unprotectSheets(wb, ['Cấu hình'], 'Test', quick)).rejects.toBeInstanceOf(WrongPasswordError);
    expect(await unprotectSheets(wb, ['Cấu hình'], 'test', quick)).toEqual(['Cấu hình']);
    expect(isProtected(wb, wb.sheet('Cấu hình')!)).toBe(false);
    expect(await workbookBytes(wb)).toBeInstanceOf(Uint8Array);
  });
});
