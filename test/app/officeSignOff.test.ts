/**
 * The whole chain in the Office.js shell, with the real core and the fake Excel API (issue 6):
 * the sample workbook of Cụm thi đua các tỉnh Bắc Trung Bộ is checked and ranked (each run one
 * row in `Nhật ký`), signed off, ranked again (the sign-off printed on every sheet), changed
 * after the sign-off (the sheets then say so in red), unlocked with the right password only.
 */
import * as path from 'path';
import { runCheck, runRank } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import { runLock, runUnlock } from '../../src/app/signOff';
import type { CommandDeps } from '../../src/app/deps';
import { PortError } from '../../src/core/port';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { createExcelPort } from '../../src/office/excelPort';
import { installFakeOffice, type FakeScalar, type InstalledFakeOffice } from '../fakes/fakeExcel';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

let clock = new Date(2023, 0, 9, 8, 0, 0);
const deps = (): CommandDeps => ({ ...defaultCore, now: () => clock });
const OUTPUTS = ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng'];

async function sampleInExcel(): Promise<string[]> {
  const { input } = await readXlsxFile(path.join(__dirname, '../../samples/bac-trung-bo-2022.xlsx'));
  const sheets: Record<string, FakeScalar[][]> = {};
  for (const s of input.sheets) sheets[s.name] = s.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));
  fake = installFakeOffice({ sheets });
  return input.sheets.map((s) => s.name);
}

/** Every text on a sheet. */
const textsOf = (sheet: string): string[] => fake.values(sheet).flat().filter((v): v is string => typeof v === 'string');
/** The footer of every page but the first, as the page layout set it. */
const footerOf = (sheet: string): string =>
  ((fake.sheet(sheet).pageLayout.headersFooters as { defaultForAllPages?: { centerFooter?: string } } | undefined)?.defaultForAllPages?.centerFooter ?? '');

describe('sign-off and run log in Excel, end to end', () => {
  test('check, rank, lock, rank, change, rank, unlock', async () => {
    const inputs = await sampleInExcel();
    const port = createExcelPort();

    clock = new Date(2023, 0, 9, 8, 0, 0);
    expect((await runCheck(port, deps())).log).toEqual({ kind: 'written' });
    clock = new Date(2023, 0, 9, 8, 10, 0);
    const ranked = await runRank(port, deps());
    expect(ranked.outcome).toBe('done');
    const fingerprint = ranked.report.fingerprint as string;
    expect(fake.values('Nhật ký').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Thời gian', 'Lệnh', 'Mã kiểm tra dữ liệu'],
      ['09/01/2023 08:00:00', 'Kiểm tra', fingerprint],
      ['09/01/2023 08:10:00', 'Xếp hạng', fingerprint],
    ]);
    for (const s of OUTPUTS) expect(textsOf(s).some((t) => t.startsWith('Số liệu đã'))).toBe(false);

    // Sign-off: every input sheet protected with the password; the lock row records it.
    clock = new Date(2023, 0, 9, 9, 0, 0);
    const locked = await runLock(port, deps(), { by: 'Nguyễn Văn A', password: 'Cum-2022' });
    expect(locked).toMatchObject({ ok: true, lock: { at: '09/01/2023 09:00:00', fingerprint } });
    const lockedSheets = inputs.filter((n) => fake.protectionOf(n).protected);
    expect(locked.ok && locked.sheets).toEqual(lockedSheets);
    expect(lockedSheets).toEqual(expect.arrayContaining(['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm']));
    for (const s of OUTPUTS) expect(fake.protectionOf(s).protected).toBe(false);
    expect(fake.values('Nhật ký')[3].slice(0, 3)).toEqual(['09/01/2023 09:00:00', 'Chốt số liệu', fingerprint]);
    expect(fake.values('Nhật ký')[3][8]).toBe('Nguyễn Văn A');

    // Ranking the locked workbook prints the sign-off on every sheet it writes.
    clock = new Date(2023, 0, 9, 9, 30, 0);
    const again = await runRank(port, deps());
    expect(again.report.lock).toMatchObject({ locked: true, matches: true });
    // In the footer of every page (docs/tai-lieu-in.md), and on the working list under its table too.
    for (const s of OUTPUTS) {
      const line = `Số liệu đã chốt lúc 09/01/2023 09:00:00 — mã kiểm tra ${fingerprint} (người chốt: Nguyễn Văn A).`;
      expect(footerOf(s)).toContain(line);
      expect(textsOf(s).includes(line)).toBe(s === 'Kết quả kiểm tra');
    }

    // A co-author with the password unprotects a score sheet and changes a score.
    // Tỉnh Thanh Hóa's self score on I.1 (column D of `Tự chấm`) goes down by 0,25.
    const scoreSheet = 'Tự chấm';
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(scoreSheet).protection.unprotect('Cum-2022');
      await context.sync();
    });
    const grid = fake.values(scoreSheet);
    const r = grid.findIndex((row) => row[0] === 'I.1');
    expect(typeof grid[r][3]).toBe('number');
    fake.userEdit(scoreSheet, 'D' + String(r + 1), (grid[r][3] as number) - 0.25, 'Remote');

    clock = new Date(2023, 0, 9, 10, 0, 0);
    const changed = await runRank(port, deps());
    expect(changed.report.fingerprint).not.toBe(fingerprint);
    expect(changed.report.lock).toMatchObject({ locked: true, matches: false, fingerprint });
    for (const s of OUTPUTS) {
      const texts = textsOf(s);
      const line = texts.find((t) => t.startsWith('Số liệu đã thay đổi sau khi chốt lúc 09/01/2023 09:00:00'));
      expect(line).toContain(`mã kiểm tra khi chốt ${fingerprint}, hiện nay ${changed.report.fingerprint}`);
      const at = fake.values(s).findIndex((row) => row.includes(line as string));
      expect(fake.cell(s, 'A' + String(at + 1))?.font?.color).toBe('#C00000');
    }
    expect(String(fake.values('Nhật ký')[5][9])).toContain('Số liệu đã thay đổi sau khi chốt');

    // Unlock: a wrong password changes nothing; the right one unprotects and is recorded.
    clock = new Date(2023, 0, 9, 11, 0, 0);
    const wrong = await runUnlock(port, deps(), { by: '', password: 'sai' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(PortError);
    expect((wrong as PortError).kind).toBe('password');
    expect(inputs.filter((n) => fake.protectionOf(n).protected)).toEqual(lockedSheets.filter((n) => n !== scoreSheet));
    const rows = fake.values('Nhật ký').length;
    const unlocked = await runUnlock(port, deps(), { by: 'Nguyễn Văn A', password: 'Cum-2022' });
    expect(unlocked.ok).toBe(true);
    expect(inputs.filter((n) => fake.protectionOf(n).protected)).toEqual([]);
    const log = fake.values('Nhật ký');
    expect(log).toHaveLength(rows + 1);
    expect(log[rows].slice(0, 2)).toEqual(['09/01/2023 11:00:00', 'Mở khóa']);
  });
});
