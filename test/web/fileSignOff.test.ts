/**
 * The run log `Nhật ký` and the sign-off lock ("Chốt số liệu", src/core/lock) in the file mode:
 * the pane's own commands (src/app) with the real core, on the sample workbook of Cụm thi đua
 * các tỉnh Bắc Trung Bộ, through the file port (src/web/filePort.ts) — and what the user then
 * downloads, read back with exceljs.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCheck, runNominate, runRank } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import type { CommandDeps } from '../../src/app/deps';
import { runLock, runUnlock } from '../../src/app/signOff';
import { PortError } from '../../src/core/port';
import { logAppend } from '../../src/core/log/logAppend';
import { logEntry } from '../../src/core/log/logEntry';
import * as fs from 'fs';
import { nodePasswordHasher } from '../../src/file/nodePasswordHasher';
import type { PasswordHasher } from '../../src/file/sheetProtection';
import { createFilePort } from '../../src/web/filePort';
import type { FileClient } from '../../src/web/fileClient';
import { createWebPasswordHasher, webPasswordHasher } from '../../src/web/webPasswordHasher';
import { clientWith, downloadedBy } from './fileClientFixtures';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');
const INPUTS = ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm'];
const OUTPUTS = ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng'];

/** The Web Crypto hasher with a few rounds, so that these tests stay fast (the real count is tested below). */
const quick: PasswordHasher = { salt: webPasswordHasher.salt, hash: (p, a, s) => webPasswordHasher.hash(p, a, s, 10) };

let clock = new Date(2023, 0, 9, 8, 0, 0);
const deps = (): CommandDeps => ({ ...defaultCore, now: () => clock });

/** `null`: the session's own hasher (Web Crypto at full strength). `extra` changes the sample first, as a user would in Excel. */
async function openSample(hasher: PasswordHasher | null = quick, extra?: (wb: ExcelJS.Workbook) => void) {
  let bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  if (extra) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    extra(wb);
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const workbook = await clientWith(bytes, hasher ?? undefined);
  const writes: number[] = [];
  const port = createFilePort(workbook, { onWrite: () => writes.push(1) });
  return { workbook, port, writes };
}

/** What "Tải về kết quả" gives the user, opened again with exceljs. */
const downloaded = (client: FileClient): Promise<ExcelJS.Workbook> => downloadedBy(client);

/** The values of a sheet's used rows, from column A. */
function rowsOf(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

type Protection = { sheet?: boolean; hashValue?: string; saltValue?: string; spinCount?: number; algorithmName?: string } | null | undefined;
const protectionOf = (wb: ExcelJS.Workbook, name: string): Protection =>
  (wb.getWorksheet(name) as unknown as { sheetProtection?: Protection }).sheetProtection;
const lockedIn = (wb: ExcelJS.Workbook): string[] => wb.worksheets.filter((w) => protectionOf(wb, w.name)?.sheet === true).map((w) => w.name);

describe('Nhật ký: one row per command run, kept in the downloaded file', () => {
  test('Kiểm tra, Xếp hạng, Đề nghị khen thưởng leave three rows under the header, in order', async () => {
    const { workbook, port } = await openSample();
    clock = new Date(2023, 0, 9, 8, 0, 0);
    expect((await runCheck(port, deps())).log).toEqual({ kind: 'written' });
    clock = new Date(2023, 0, 9, 8, 10, 0);
    const ranked = await runRank(port, deps());
    expect(ranked.outcome).toBe('done');
    expect(ranked.log).toEqual({ kind: 'written' });
    clock = new Date(2023, 0, 9, 8, 20, 5);
    expect((await runNominate(port, deps())).log).toEqual({ kind: 'written' });

    const fingerprint = ranked.report.fingerprint;
    expect(typeof fingerprint).toBe('string');
    const log = rowsOf(await downloaded(workbook), 'Nhật ký');
    expect(log.map((r) => r.slice(0, 3))).toEqual([
      ['Thời gian', 'Lệnh', 'Mã kiểm tra dữ liệu'],
      ['09/01/2023 08:00:00', 'Kiểm tra', fingerprint],
      ['09/01/2023 08:10:00', 'Xếp hạng', fingerprint],
      ['09/01/2023 08:20:05', 'Đề nghị khen thưởng', fingerprint],
    ]);
    // The log is ours: the next read knows it as an output sheet, not as input.
    expect((await port.readInput()).markedSheets).toContain('Nhật ký');
  });

  test('an append tells the mode that the download has something new', async () => {
    const { port, writes } = await openSample();
    const input = await port.readInput();
    await port.appendLog!(logAppend(input, logEntry(defaultCore.checkWorkbook(input), 'check', '09/01/2023 08:00:00')));
    expect(writes).toHaveLength(1);
  });

  test('a person’s own sheet named Nhật ký is refused (PortError notOurs) and left as it was', async () => {
    const { workbook, port, writes } = await openSample(quick, (wb) => void (wb.addWorksheet('Nhật ký').getCell('A1').value = 'Sổ theo dõi của Tỉnh Hà Tĩnh'));
    const input = await port.readInput();
    const error = await port.appendLog!(logAppend(input, logEntry(defaultCore.checkWorkbook(input), 'check', '09/01/2023 08:00:00'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).kind).toBe('notOurs');
    expect(rowsOf(await downloaded(workbook), 'Nhật ký')).toEqual([['Sổ theo dõi của Tỉnh Hà Tĩnh']]);
    expect(writes).toHaveLength(0);
  });
});

describe('Chốt số liệu and Mở khóa in the file mode', () => {
  test('lock then unlock: input sheets protected, then not, in the downloaded bytes; both recorded; a wrong password refused', async () => {
    const { workbook, port } = await openSample();
    clock = new Date(2023, 0, 9, 8, 10, 0);
    const ranked = await runRank(port, deps());
    const fingerprint = ranked.report.fingerprint;

    clock = new Date(2023, 0, 9, 9, 0, 0);
    const locked = await runLock(port, deps(), { by: 'Nguyễn Văn A', password: 'Cum-2022' });
    expect(locked).toMatchObject({ ok: true, lock: { locked: true, at: '09/01/2023 09:00:00', by: 'Nguyễn Văn A', fingerprint } });
    let file = await downloaded(workbook);
    const lockedSheets = lockedIn(file);
    expect(locked.ok && locked.sheets).toEqual(lockedSheets);
    expect(lockedSheets).toEqual(expect.arrayContaining(INPUTS));
    for (const s of [...OUTPUTS, 'Nhật ký']) expect(protectionOf(file, s)?.sheet).not.toBe(true);
    // Excel's record of a password: SHA-512, 100 000 rounds, a salt and a hash.
    expect(protectionOf(file, 'Tự chấm')).toMatchObject({ algorithmName: 'SHA-512', spinCount: 100000 });
    expect(protectionOf(file, 'Tự chấm')?.hashValue).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    let log = rowsOf(file, 'Nhật ký');
    expect(log[2].slice(0, 3)).toEqual(['09/01/2023 09:00:00', 'Chốt số liệu', fingerprint]);
    expect(log[2][8]).toBe('Nguyễn Văn A');
    expect(String(log[2][9])).toContain('có mật khẩu');
    expect(log[2].join(' ')).not.toContain('Cum-2022');

    // The next read knows the sign-off (from the log), as a reopened download would.
    clock = new Date(2023, 0, 9, 9, 30, 0);
    expect((await runRank(port, deps())).report.lock).toMatchObject({ locked: true, matches: true, by: 'Nguyễn Văn A' });

    // A wrong password, then none: refused (PortError 'password'), nothing unlocked, no row.
    clock = new Date(2023, 0, 9, 11, 0, 0);
    const rows = rowsOf(await downloaded(workbook), 'Nhật ký').length;
    const wrong = await runUnlock(port, deps(), { by: '', password: 'sai' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(PortError);
    expect((wrong as PortError).kind).toBe('password');
    expect((wrong as PortError).vi).toContain('Mật khẩu không đúng');
    expect((wrong as PortError).vi).toContain('“Tự chấm”');
    expect((wrong as PortError).en).toContain('Wrong password');
    const none = await runUnlock(port, deps(), { by: '', password: '' }).catch((e: unknown) => e);
    expect((none as PortError).kind).toBe('password');
    expect((none as PortError).vi).toContain('Hãy nhập mật khẩu');
    expect((none as PortError).vi).not.toContain('--password');
    file = await downloaded(workbook);
    expect(lockedIn(file)).toEqual(lockedSheets);
    expect(rowsOf(file, 'Nhật ký')).toHaveLength(rows);

    // The right password unprotects every sheet, and the unlock is recorded.
    const unlocked = await runUnlock(port, deps(), { by: 'Nguyễn Văn A', password: 'Cum-2022' });
    expect(unlocked).toMatchObject({ ok: true, sheets: lockedSheets, lock: { locked: false } });
    file = await downloaded(workbook);
    expect(lockedIn(file)).toEqual([]);
    log = rowsOf(file, 'Nhật ký');
    expect(log).toHaveLength(rows + 1);
    expect(log[rows].slice(0, 3)).toEqual(['09/01/2023 11:00:00', 'Mở khóa', fingerprint]);
  });

  test('a lock without a password protects the sheets with no hash; unlocking needs none', async () => {
    const { workbook, port } = await openSample();
    await runRank(port, deps());
    const locked = await runLock(port, deps(), { by: 'Trần Thị B', password: '' });
    expect(locked.ok).toBe(true);
    const file = await downloaded(workbook);
    expect(lockedIn(file)).toEqual(expect.arrayContaining(INPUTS));
    expect(protectionOf(file, 'Cấu hình')?.hashValue).toBeUndefined();
    expect(await runUnlock(port, deps(), { by: '', password: '' })).toMatchObject({ ok: true });
    expect(lockedIn(await downloaded(workbook))).toEqual([]);
  });

  test('without crypto.subtle a password lock is refused in plain words and nothing is protected', async () => {
    const noSubtle = createWebPasswordHasher({ getRandomValues: (a) => globalThis.crypto.getRandomValues(a) });
    const { workbook, port } = await openSample(noSubtle);
    await runRank(port, deps());
    const rows = rowsOf(await downloaded(workbook), 'Nhật ký').length;
    const error = await runLock(port, deps(), { by: 'Nguyễn Văn A', password: 'Cum-2022' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).kind).toBe('host');
    expect((error as PortError).vi).toContain('kết nối an toàn');
    expect(lockedIn(await downloaded(workbook))).toEqual([]);
    expect(rowsOf(await downloaded(workbook), 'Nhật ký')).toHaveLength(rows);
  });

  test('by default the port hashes with Web Crypto at Excel’s 100 000 rounds (checked with the Node hasher)', async () => {
    const { workbook, port } = await openSample(null);
    await runRank(port, deps());
    expect((await runLock(port, deps(), { by: 'Nguyễn Văn A', password: 'Thanh Hóa-2022' })).ok).toBe(true);
    const p = protectionOf(await downloaded(workbook), 'Thành viên');
    expect(p?.spinCount).toBe(100000);
    const expected = await nodePasswordHasher.hash('Thanh Hóa-2022', 'SHA-512', p?.saltValue as string, 100000);
    expect(p?.hashValue).toBe(expected);
  }, 120_000);
});
