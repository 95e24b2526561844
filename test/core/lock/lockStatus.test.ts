/**
 * The sign-off lock as the core sees it (src/core/lock; issue 6): recorded by the last
 * `Chốt số liệu` / `Mở khóa` row of the log; compared with the fingerprint of the inputs now;
 * printed on every output sheet, in red when the data changed; and never part of the data it
 * vouches for (the fingerprint does not change when the record does).
 */
import { checkWorkbook, rankWorkbook } from '../../../src/core/index';
import type { CellValue, WorkbookInput } from '../../../src/core/grid';
import { describeLock } from '../../../src/core/lock/describeLock';
import { lockRefusal, signerName, unlockRefusal } from '../../../src/core/lock/lockRules';
import { lockStatus, NOT_LOCKED } from '../../../src/core/lock/lockStatus';
import { lockTargets } from '../../../src/core/lock/lockTargets';
import { LOG_HEADERS } from '../../../src/core/log/describeLog';
import { find, styleAt } from '../documents/sheetQueries';
import { crossInput, put, standardInput } from '../read/fixture';

const FP = '3F2A-91C0-7D4E-0B18';

/** The input with a log of these rows ([time, command, fingerprint, by]). */
function withLog(input: WorkbookInput, rows: [string, string, string | null, string][]): WorkbookInput {
  const values: CellValue[][] = [[...LOG_HEADERS], ...rows.map(([at, cmd, fp, by]) => [at, cmd, fp, 0, 0, null, null, null, by, null])];
  return {
    ...input,
    sheets: [...input.sheets, { name: 'Nhật ký', values }],
    markedSheets: [...(input.markedSheets ?? []), 'Nhật ký'],
    marks: [...(input.marks ?? []), { mark: 'CumThiDua_NhatKy', sheet: 'Nhật ký' }],
  };
}

describe('the last lock or unlock row decides', () => {
  test('no log, or a log without a lock: not locked', () => {
    expect(lockStatus(standardInput(), FP)).toEqual(NOT_LOCKED);
    expect(lockStatus(withLog(standardInput(), [['09/01/2023 08:00:00', 'Xếp hạng', FP, '']]), FP)).toEqual(NOT_LOCKED);
  });

  test('a lock with the same fingerprint: locked, matching (the fingerprint compared without regard to case)', () => {
    const input = withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', FP.toLowerCase(), 'Nguyễn Văn A']]);
    expect(lockStatus(input, FP)).toEqual({ locked: true, at: '09/01/2023 09:00:00', by: 'Nguyễn Văn A', fingerprint: FP.toLowerCase(), matches: true });
  });

  test('a lock with another fingerprint: locked, not matching', () => {
    const input = withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', '9C1D-0A77-52E3-B640', 'Nguyễn Văn A']]);
    expect(lockStatus(input, FP)).toMatchObject({ locked: true, matches: false, fingerprint: '9C1D-0A77-52E3-B640' });
    // Nor can a workbook that no longer reads match anything.
    expect(lockStatus(input, null)).toMatchObject({ locked: true, matches: false });
  });

  test('a lock row whose fingerprint was erased vouches for nothing', () => {
    expect(lockStatus(withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', null, 'Nguyễn Văn A']]), FP)).toMatchObject({ locked: true, matches: false, fingerprint: null });
  });

  test('lock, unlock, lock again: the last one counts; runs in between do not', () => {
    const rows: [string, string, string | null, string][] = [
      ['09/01/2023 09:00:00', 'Chốt số liệu', FP, 'Nguyễn Văn A'],
      ['09/01/2023 10:00:00', 'Xếp hạng', FP, ''],
      ['09/01/2023 11:00:00', 'Mở khóa', FP, 'Nguyễn Văn A'],
    ];
    expect(lockStatus(withLog(standardInput(), rows), FP)).toMatchObject({ locked: false, at: '09/01/2023 11:00:00' });
    rows.push(['09/01/2023 12:00:00', 'Chốt số liệu', FP, 'Trần Thị B'], ['09/01/2023 13:00:00', 'Kiểm tra', FP, '']);
    expect(lockStatus(withLog(standardInput(), rows), FP)).toMatchObject({ locked: true, at: '09/01/2023 12:00:00', by: 'Trần Thị B' });
  });

  test('a person’s sheet named Nhật ký holding such rows is not a record', () => {
    const theirs = withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', FP, 'Nguyễn Văn A']]);
    expect(lockStatus({ ...theirs, markedSheets: [], marks: [] }, FP)).toEqual(NOT_LOCKED);
  });
});

describe('the log is not input: the fingerprint does not change with it', () => {
  test('with and without a log, before and after a lock row', () => {
    const plain = checkWorkbook(standardInput());
    const locked = checkWorkbook(withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', plain.fingerprint, 'Nguyễn Văn A']]));
    expect(locked.fingerprint).toBe(plain.fingerprint);
    expect(locked.problems).toEqual(plain.problems);
    expect(locked.lock).toMatchObject({ locked: true, matches: true });
  });
});

describe('every output sheet says so', () => {
  test('locked and matching: the time, the fingerprint and the name, in the footer under the fingerprint', () => {
    const fp = checkWorkbook(standardInput()).fingerprint as string;
    const report = rankWorkbook(withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', fp, 'Nguyễn Văn A']]), { computedAt: '09/01/2023 10:00' });
    // No ballots in this workbook: the minutes are a proposal with round 1's ballot forms; no counting minutes, submission or notice.
    expect(report.sheets.map((s) => s.key)).toEqual(['check', 'detail', 'ranking', 'minutes', 'ballotForms']);
    const line = `Số liệu đã chốt lúc 09/01/2023 09:00:00 — mã kiểm tra ${fp} (người chốt: Nguyễn Văn A).`;
    for (const s of report.sheets) {
      expect(s.pageSetup!.footerCenter).toBe(`&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu ${fp} — tính lúc 09/01/2023 10:00\n${line}`);
      expect(s.pageSetup!.firstPage!.footerCenter).toBe(s.pageSetup!.footerCenter);
      // Not in the signed text; the working list keeps it under its table as well.
      expect(find(s, line) !== null).toBe(s.key === 'check');
    }
  });

  test('changed after the lock: a red, bold sentence with both fingerprints on every sheet', () => {
    const before = checkWorkbook(standardInput()).fingerprint as string;
    const input = withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', before, 'Nguyễn Văn A']]);
    put(input, 'Tự chấm', 'D3', 8.5); // NA's I.2: 9 → 8,5
    const report = rankWorkbook(input, { computedAt: '09/01/2023 10:00' });
    expect(report.fingerprint).not.toBe(before);
    const line = `Số liệu đã thay đổi sau khi chốt lúc 09/01/2023 09:00:00: mã kiểm tra khi chốt ${before}, hiện nay ${report.fingerprint}. Kết quả lập từ số liệu hiện nay không khớp với số liệu đã chốt.`;
    expect(report.sheets.map((s) => s.key)).toContain('ballotForms');
    for (const s of report.sheets) {
      // In the body, in red, so that the page can never pass for the signed-off result — except on
      // the blank ballot papers handed to the delegates (docs/quyet-dinh.md), whose footer says it…
      const at = find(s, line);
      if (s.key === 'ballotForms') expect(at).toBeNull();
      else {
        expect(at).not.toBeNull();
        expect(styleAt(s, at!)).toMatchObject({ color: 'C00000', bold: true });
      }
      // …and, short and bold, in the footer of every page.
      expect(s.pageSetup!.footerCenter).toContain('\n&"Times New Roman,Bold"&8Số liệu đã thay đổi sau khi chốt: không khớp với số liệu đã chốt.');
    }
  });

  test('not locked: no lock line at all', () => {
    const report = rankWorkbook(standardInput(), { computedAt: '09/01/2023 10:00' });
    for (const s of report.sheets) {
      expect(find(s, /^Số liệu đã (chốt|thay đổi)/)).toBeNull();
      expect(s.pageSetup!.footerCenter).not.toContain('\n');
    }
    expect(describeLock(NOT_LOCKED, FP)).toBeNull();
  });
});

describe('when lock and unlock are allowed', () => {
  test('lock: a clean scoring workbook, not locked yet, a name, a writable log', () => {
    const input = standardInput();
    const report = checkWorkbook(input);
    expect(lockRefusal(report, input, 'Nguyễn Văn A')).toBeNull();
    expect(lockRefusal(report, input, '   ')).toBe('nameMissing');

    const broken = standardInput();
    put(broken, 'Tự chấm', 'D2', 12);
    expect(lockRefusal(checkWorkbook(broken), broken, 'Nguyễn Văn A')).toBe('errors');

    const other: WorkbookInput = { sheets: [{ name: 'Sheet1', values: [['Danh sách cán bộ']] }] };
    expect(lockRefusal(checkWorkbook(other), other, 'Nguyễn Văn A')).toBe('notScoring');

    const locked = withLog(standardInput(), [['09/01/2023 09:00:00', 'Chốt số liệu', report.fingerprint, 'Nguyễn Văn A']]);
    expect(lockRefusal(checkWorkbook(locked), locked, 'Nguyễn Văn A')).toBe('alreadyLocked');

    const theirs = { ...standardInput(), sheets: [...standardInput().sheets, { name: 'Nhật ký', values: [['Ghi chép']] }] };
    expect(lockRefusal(checkWorkbook(theirs), theirs, 'Nguyễn Văn A')).toBe('logNotOurs');
  });

  test('unlock: only a locked workbook', () => {
    const input = standardInput();
    expect(unlockRefusal(checkWorkbook(input), input)).toBe('notLocked');
    const locked = withLog(input, [['09/01/2023 09:00:00', 'Chốt số liệu', FP, 'Nguyễn Văn A']]);
    expect(unlockRefusal(checkWorkbook(locked), locked)).toBeNull();
  });

  test('the name is recorded tidied and at most 100 characters long', () => {
    expect(signerName('  Nguyễn   Văn A ')).toBe('Nguyễn Văn A');
    expect(signerName('A'.repeat(150))).toHaveLength(100);
  });
});

describe('which sheets are locked', () => {
  test('the input sheets the reader used, in tab order — not the program’s sheets, not a person’s notes', () => {
    const input = crossInput();
    input.sheets.splice(1, 0, { name: 'Ghi chú riêng', values: [['Nháp']] });
    const withOurs = withLog(input, []);
    expect(lockTargets(withOurs, checkWorkbook(withOurs).workbook)).toEqual([
      'Cấu hình',
      'Thành viên',
      'Tiêu chí',
      'Tự chấm',
      'Chấm chéo - NA',
      'Chấm chéo - HT',
      'Chấm chéo - QB',
    ]);
  });

  test('a workbook that no longer reads: every sheet that is not the program’s', () => {
    const input = withLog({ sheets: [{ name: 'Cấu hình', values: [] }, { name: 'Ghi chú', values: [] }] }, []);
    expect(lockTargets(input, null)).toEqual(['Cấu hình', 'Ghi chú']);
  });
});
