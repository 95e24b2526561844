/** The small commands: showing a cell, settings kept in the workbook, change notifications. */
import { createExcelPort } from '../../src/office/excelPort';
import { displayLanguage, isSetSupported } from '../../src/office/host';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook, outputDescriptions } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

describe('selectCell shows the cell: its sheet active, the cell selected, in one round trip', () => {
  test('a cell on another sheet', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    expect(fake.activeSheet()).toBe('Cấu hình');
    await createExcelPort().selectCell('Chấm chéo - HT', 'D7');
    expect(fake.activeSheet()).toBe('Chấm chéo - HT');
    expect(fake.selection()).toEqual({ sheet: 'Chấm chéo - HT', address: 'D7' });
    expect(fake.syncCount).toBe(1);
  });

  test('a sheet that no longer exists is a readable error, not a crash', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    await expect(createExcelPort().selectCell('Chấm chéo - XX', 'A1')).rejects.toMatchObject({ kind: 'host', vi: expect.stringMatching(/Không tìm thấy/) });
  });
});

describe('settings live in the workbook, shared by every pane (workbookState.ts)', () => {
  test('saved into the very hidden state sheet and read back by another pane; missing keys are null', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    const port = createExcelPort();
    expect(await port.loadSetting!('dauVanTay')).toBeNull();
    await port.saveSetting!('dauVanTay', '3F2A-91C0-7D4E-0B18');
    expect(fake.sheet('~ctd-state').visibility).toBe('VeryHidden');
    expect(fake.documentSettings).toEqual({});
    fake.usePane(fake.openPane());
    expect(await createExcelPort().loadSetting!('dauVanTay')).toBe('3F2A-91C0-7D4E-0B18');
  });

  test('two keys saved by two panes are both kept', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    await createExcelPort().saveSetting!('a', '1');
    await createExcelPort().saveSetting!('b', '2');
    await createExcelPort().saveSetting!('a', '3');
    const port = createExcelPort();
    expect([await port.loadSetting!('a'), await port.loadSetting!('b')]).toEqual(['3', '2']);
  });

  test('a workbook ranked before issue 12 (fingerprint in the document settings) is still known until the next ranking', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] }, settings: { lastRankFingerprint: '3F2A-91C0-7D4E-0B18' } });
    expect(await createExcelPort().loadSetting!('lastRankFingerprint')).toBe('3F2A-91C0-7D4E-0B18');
    await createExcelPort().saveSetting!('lastRankFingerprint', '9C1D-0A77-52E3-B640');
    expect(await createExcelPort().loadSetting!('lastRankFingerprint')).toBe('9C1D-0A77-52E3-B640');
  });

  test('a failed save is reported', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    fake.failSync(2, { code: 'GeneralException' });
    await expect(createExcelPort().saveSetting!('k', 'v')).rejects.toMatchObject({ kind: 'host' });
  });
});

describe('the host is asked what it supports', () => {
  test('requirement sets and display language come from Office', () => {
    fake = installFakeOffice({ supported: { ExcelApi: '1.12' }, displayLanguage: 'en-US' });
    expect(isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(displayLanguage()).toBe('en-US');
  });

  test('without Office nothing is supported and commands explain why', async () => {
    expect(isSetSupported('ExcelApi', '1.1')).toBe(false);
    expect(displayLanguage()).toBeNull();
    fake = installFakeOffice({ supported: { ExcelApi: '1.6' } });
    await expect(createExcelPort().readInput()).rejects.toMatchObject({ kind: 'host', vi: expect.stringMatching(/quá cũ/) });
    expect(fake.syncCount).toBe(0);
  });
});

describe('onInputChanged tells about the user\u2019s edits, not about our own writes', () => {
  test('an edit on an input sheet (also by a co-author) calls back; writing output sheets does not', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    const port = createExcelPort();
    let calls = 0;
    const unsubscribe = await port.onInputChanged!(() => calls++);
    expect(fake.syncCount).toBe(1);

    await port.writeSheets(outputDescriptions(6));
    await fake.flushEvents();
    expect(calls).toBe(0);

    fake.userEdit('Tự chấm', 'C3', 8);
    await fake.flushEvents();
    expect(calls).toBe(1);
    fake.userEdit('Chấm chéo - NA', 'D4', 7, 'Remote');
    await fake.flushEvents();
    expect(calls).toBe(2);

    // A user's edit on an output sheet is not an input change either.
    fake.userEdit('Xếp hạng', 'A1', 'ghi chú');
    await fake.flushEvents();
    expect(calls).toBe(2);

    unsubscribe();
    await new Promise((r) => setTimeout(r, 0));
    fake.userEdit('Tự chấm', 'C3', 9);
    await fake.flushEvents();
    expect(calls).toBe(2);
    expect(fake.handlers.length).toBe(0);
  });

  test('without triggerSource (ExcelApi 1.9 only) our writes are still told apart, by sheet', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), supported: { ExcelApi: '1.9' } });
    const port = createExcelPort();
    let calls = 0;
    await port.onInputChanged!(() => calls++);
    await port.writeSheets(outputDescriptions(6));
    await port.writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    await fake.flushEvents();
    expect(calls).toBe(0);
    fake.userEdit('Tiêu chí', 'D2', 20);
    await fake.flushEvents();
    expect(calls).toBe(1);
  });

  test('ExcelApi 1.14: the events carry triggerSource, and ours are ignored by it too', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), supported: { ExcelApi: '1.14' } });
    const port = createExcelPort();
    let calls = 0;
    await port.onInputChanged!(() => calls++);
    await port.writeSheets(outputDescriptions(6));
    await fake.flushEvents();
    expect(calls).toBe(0);
    fake.userEdit('Tự chấm', 'C3', 8);
    await fake.flushEvents();
    expect(calls).toBe(1);
  });

  test('below ExcelApi 1.9 each existing sheet is watched on its own', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), supported: { ExcelApi: '1.8' } });
    let calls = 0;
    await createExcelPort().onInputChanged!(() => calls++);
    expect(fake.handlers.length).toBe(10);
    fake.userEdit('Thành viên', 'B2', 'Tỉnh Nghệ An');
    await fake.flushEvents();
    expect(calls).toBe(1);
  });
});
