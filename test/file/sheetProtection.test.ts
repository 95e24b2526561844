/**
 * Worksheet protection for the sign-off lock in the file shell (src/file/sheetProtection.ts):
 * protect only what is not protected yet, keep a user's own protection, unlock all or none,
 * and keep the protection through a write and a read.
 */
import ExcelJS from 'exceljs';
import { WrongPasswordError } from '../../src/file/errors';
import { nodePasswordHasher } from '../../src/file/nodePasswordHasher';
import { isProtected, LOCK_ALLOWS, protectSheets, unprotectSheets, type PasswordHasher } from '../../src/file/sheetProtection';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { workbookBytes } from '../../src/file/writeXlsx';

/** The same algorithm with a few rounds, so that the tests stay fast (the real count is tested through the CLI). */
const quick: PasswordHasher = { salt: nodePasswordHasher.salt, hash: (p, a, s) => nodePasswordHasher.hash(p, a, s, 10) };

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const name of ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Xếp hạng']) wb.addWorksheet(name).getCell('A1').value = name;
  return wb;
}

const protection = (wb: ExcelJS.Workbook, name: string) => (wb.getWorksheet(name) as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;

describe('protectSheets', () => {
  test('protects the named sheets only, allowing formatting and selection but not edits', async () => {
    const wb = book();
    const done = await protectSheets(wb, ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm'], undefined, quick);
    expect(done).toEqual(['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm']);
    expect(wb.worksheets.filter(isProtected).map((w) => w.name)).toEqual(done);
    expect(protection(wb, 'Cấu hình')).toEqual({ sheet: true, ...LOCK_ALLOWS });
    // Survives a write and a read (exceljs writes the allowances as Excel's attributes).
    const back = await readXlsxBytes(await workbookBytes(wb));
    expect(back.workbook.worksheets.filter(isProtected).map((w) => w.name)).toEqual(done);
    expect(protection(back.workbook, 'Tự chấm')).toMatchObject({ sheet: true, formatCells: true, formatColumns: true, autoFilter: true });
  });

  test('a sheet the user protected with their own password keeps it, and is not reported as ours', async () => {
    const wb = book();
    await wb.getWorksheet('Tiêu chí')!.protect('cua-van-phong', { spinCount: 10 });
    const own = { ...protection(wb, 'Tiêu chí') };
    const done = await protectSheets(wb, ['Cấu hình', 'Tiêu chí'], 'Cum-2022', quick);
    expect(done).toEqual(['Cấu hình']);
    expect(protection(wb, 'Tiêu chí')).toEqual(own);
  });
});

describe('unprotectSheets: all or none', () => {
  test('the right password removes every protection', async () => {
    const wb = book();
    await protectSheets(wb, ['Cấu hình', 'Thành viên'], 'Cum-2022', quick);
    expect(await unprotectSheets(wb, ['Cấu hình', 'Thành viên'], 'Cum-2022', quick)).toEqual(['Cấu hình', 'Thành viên']);
    expect(wb.worksheets.filter(isProtected)).toEqual([]);
  });

  test('a password that opens one sheet but not another unlocks neither', async () => {
    const wb = book();
    await protectSheets(wb, ['Cấu hình'], 'Cum-2022', quick);
    await protectSheets(wb, ['Thành viên'], 'khac', quick);
    const error = await unprotectSheets(wb, ['Cấu hình', 'Thành viên'], 'Cum-2022', quick).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPasswordError);
    expect((error as WrongPasswordError).sheets).toEqual(['Thành viên']);
    expect(wb.worksheets.filter(isProtected).map((w) => w.name)).toEqual(['Cấu hình', 'Thành viên']);
  });

  test('no password for a password-protected sheet: refused, asking for it', async () => {
    const wb = book();
    await protectSheets(wb, ['Cấu hình'], 'Cum-2022', quick);
    const error = (await unprotectSheets(wb, ['Cấu hình'], undefined, quick).catch((e: unknown) => e)) as WrongPasswordError;
    expect(error.sentences.vi).toContain('Hãy nhập mật khẩu');
    expect(isProtected(wb.getWorksheet('Cấu hình')!)).toBe(true);
  });

  test('a sheet protected without a password opens without one', async () => {
    const wb = book();
    await protectSheets(wb, ['Cấu hình'], undefined, quick);
    expect(await unprotectSheets(wb, ['Cấu hình', 'Tự chấm'], 'bat-ky', quick)).toEqual(['Cấu hình']);
  });

  test('a sheet exceljs protected with the full algorithm is opened by our hasher (the same hash)', async () => {
    const wb = book();
    await wb.getWorksheet('Cấu hình')!.protect('Cum-2022', { spinCount: 1000 });
    await expect(unprotectSheets(wb, ['Cấu hình'], 'cum-2022', nodePasswordHasher)).rejects.toBeInstanceOf(WrongPasswordError);
    expect(await unprotectSheets(wb, ['Cấu hình'], 'Cum-2022', nodePasswordHasher)).toEqual(['Cấu hình']);
  });
});
