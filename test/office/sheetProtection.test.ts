/**
 * The sign-off lock's worksheet protection in the Office.js shell (src/office/sheetProtection.ts;
 * issue 6): two round trips; only the sheets that need it are touched; all or none — a wrong
 * password or a failure at any round trip, or after any action of one, leaves every sheet as
 * it was, and running again succeeds.
 */
import { PortError } from '../../src/core/port';
import { createExcelPort } from '../../src/office/excelPort';
import { LOCK_OPTIONS } from '../../src/office/sheetProtection';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

const INPUTS = ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Chấm chéo - TH', 'Chấm chéo - NA', 'Chấm chéo - HT'];

function workbook(): void {
  fake = installFakeOffice({ sheets: memberWorkbook(3) });
}

const locks = () => INPUTS.map((n) => fake.protectionOf(n));
const lockedNames = () => INPUTS.filter((n) => fake.protectionOf(n).protected);

describe('protectSheets', () => {
  test('protects every named sheet with the password and the lock options, in 2 round trips', async () => {
    workbook();
    const before = fake.syncCount;
    expect(await createExcelPort().protectSheets!(INPUTS, 'Cum-2022')).toEqual(INPUTS);
    expect(fake.syncCount - before).toBe(2);
    for (const n of INPUTS) expect(fake.protectionOf(n)).toEqual({ protected: true, password: 'Cum-2022', options: LOCK_OPTIONS });
    // Locked values cannot be typed over through the API either.
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Tự chấm').getRange('C2').values = [[10]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AccessDenied' });
  });

  test('a sheet the user protected already keeps its own protection and is not reported', async () => {
    fake = installFakeOffice({ sheets: { ...memberWorkbook(3), 'Tiêu chí': { values: [['Mã']], password: 'cua-van-phong' } } });
    expect(await createExcelPort().protectSheets!(['Cấu hình', 'Tiêu chí'])).toEqual(['Cấu hình']);
    expect(fake.protectionOf('Tiêu chí').password).toBe('cua-van-phong');
    expect(fake.protectionOf('Cấu hình').password).toBeNull();
  });

  test.each([1, 2])('round trip %i fails: no sheet protected; then it succeeds', async (step) => {
    workbook();
    const before = locks();
    fake.failSync(fake.syncCount + step, { code: 'GeneralException' });
    await expect(createExcelPort().protectSheets!(INPUTS, 'Cum-2022')).rejects.toBeInstanceOf(PortError);
    expect(locks()).toEqual(before);
    fake.clearFaults();
    expect(await createExcelPort().protectSheets!(INPUTS, 'Cum-2022')).toEqual(INPUTS);
  });

  test('the protect request fails after each of its actions in turn: the sheets already protected are unprotected again', async () => {
    for (let k = 0; k <= INPUTS.length; k++) {
      workbook();
      fake.failSync(fake.syncCount + 2, { afterOps: k });
      await expect(createExcelPort().protectSheets!(INPUTS, 'Cum-2022')).rejects.toBeInstanceOf(PortError);
      expect(lockedNames()).toEqual([]);
      fake.clearFaults();
      expect(await createExcelPort().protectSheets!(INPUTS, 'Cum-2022')).toEqual(INPUTS);
      fake.uninstall();
    }
  });
});

describe('unprotectSheets', () => {
  async function locked(password?: string): Promise<void> {
    workbook();
    await createExcelPort().protectSheets!(INPUTS, password);
  }

  test('the right password unprotects every sheet in 2 round trips', async () => {
    await locked('Cum-2022');
    const before = fake.syncCount;
    expect(await createExcelPort().unprotectSheets!(INPUTS, 'Cum-2022')).toEqual(INPUTS);
    expect(fake.syncCount - before).toBe(2);
    expect(lockedNames()).toEqual([]);
  });

  test('a wrong password: PortError "password", a clear sentence, every sheet still protected with its password', async () => {
    await locked('Cum-2022');
    const error = await createExcelPort().unprotectSheets!(INPUTS, 'cum-2022').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ kind: 'password' });
    expect((error as PortError).vi).toContain('Mật khẩu không đúng');
    expect((error as PortError).vi).toContain('Chưa có trang nào được mở khóa');
    for (const n of INPUTS) expect(fake.protectionOf(n)).toMatchObject({ protected: true, password: 'Cum-2022' });
  });

  test('a password that opens the first sheets but not a later one: the first are protected again', async () => {
    workbook();
    await createExcelPort().protectSheets!(INPUTS.slice(0, 4), 'Cum-2022');
    await createExcelPort().protectSheets!(INPUTS.slice(4), 'khac');
    await expect(createExcelPort().unprotectSheets!(INPUTS, 'Cum-2022')).rejects.toMatchObject({ kind: 'password' });
    expect(lockedNames()).toEqual(INPUTS);
    for (const n of INPUTS.slice(0, 4)) expect(fake.protectionOf(n).password).toBe('Cum-2022');
  });

  test('no password for password-protected sheets: asks for it, changes nothing', async () => {
    await locked('Cum-2022');
    const error = (await createExcelPort().unprotectSheets!(INPUTS).catch((e: unknown) => e)) as PortError;
    expect(error.kind).toBe('password');
    expect(error.vi).toContain('Hãy nhập mật khẩu');
    expect(lockedNames()).toEqual(INPUTS);
  });

  test('the unprotect request fails after each of its actions in turn: every sheet protected again, then it succeeds', async () => {
    for (let k = 0; k <= INPUTS.length; k++) {
      await locked('Cum-2022');
      fake.failSync(fake.syncCount + 2, { afterOps: k });
      await expect(createExcelPort().unprotectSheets!(INPUTS, 'Cum-2022')).rejects.toBeInstanceOf(PortError);
      for (const n of INPUTS) expect(fake.protectionOf(n)).toMatchObject({ protected: true, password: 'Cum-2022' });
      fake.clearFaults();
      expect(await createExcelPort().unprotectSheets!(INPUTS, 'Cum-2022')).toEqual(INPUTS);
      fake.uninstall();
    }
  });
});
