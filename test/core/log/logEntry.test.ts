/**
 * One row of the run log per command run (src/core/log/logEntry.ts; issue 6): time, command,
 * fingerprint, counts of errors and warnings, the top three, the nominees, who, a note. The
 * report is a real one: the reader's test workbook (three members of the Bắc Trung Bộ cluster,
 * self scores), run through checkWorkbook.
 */
import { checkWorkbook, type CheckReport } from '../../../src/core/index';
import { describeLogSheet, LOG_HEADERS } from '../../../src/core/log/describeLog';
import { logEntry, topThree } from '../../../src/core/log/logEntry';
import { formatLogTime } from '../../../src/core/computedAt';
import type { RankEntry, Results } from '../../../src/core/results';
import { put, standardInput } from '../read/fixture';

// Self scores (test/core/read/fixture.ts): NA 10+9+9,5 +1 = 29,50; HT 9+8+8 −1 = 24,00; QB 9+9+7 +2 = 27,00.
// Ranking: NA, QB, HT. Proposal (no ballots): the Flag to the first (NA) when eligible.
function clean(): CheckReport {
  return checkWorkbook(standardInput());
}

describe('the columns', () => {
  test('the header and the row line up, one value per column', () => {
    const row = logEntry(clean(), 'rank', '09/01/2023 08:05:30');
    expect(LOG_HEADERS).toEqual(['Thời gian', 'Lệnh', 'Mã kiểm tra dữ liệu', 'Số lỗi', 'Số cảnh báo', 'Ba đơn vị dẫn đầu', 'Đề nghị Cờ thi đua', 'Đề nghị Bằng khen', 'Người thực hiện', 'Ghi chú']);
    expect(row).toHaveLength(LOG_HEADERS.length);
  });

  test('a clean ranking: fingerprint as checked, 0 errors, the warnings counted, the top three in order, the nominees', () => {
    const report = clean();
    const warnings = report.problems.filter((p) => p.severity === 'warning').length;
    const row = logEntry(report, 'rank', '09/01/2023 08:05:30');
    expect(row.slice(0, 6)).toEqual([
      '09/01/2023 08:05:30',
      'Xếp hạng',
      report.fingerprint,
      0,
      warnings,
      '1. Tỉnh Nghệ An; 2. Tỉnh Quảng Bình; 3. Tỉnh Hà Tĩnh',
    ]);
    const names = (codes: string[]) => (codes.length === 0 ? '(không có)' : codes.map((c) => report.workbook!.members.find((m) => m.code === c)!.name).join('; '));
    expect(row[6]).toBe(names(report.results!.nomination.flag.nominees));
    expect(row[7]).toBe(names(report.results!.nomination.certificate.nominees));
    expect(row[8]).toBeNull();
    expect(row[9]).toBe('Đề nghị theo thứ hạng, chưa bỏ phiếu');
  });

  test('a run blocked by errors: counted, no ranking, the note says why', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'D2', 12); // NA's I.1 above its maximum of 10
    const report = checkWorkbook(input);
    const row = logEntry(report, 'check', '09/01/2023 08:05:30');
    expect(row[1]).toBe('Kiểm tra');
    expect(row[3]).toBe(report.problems.filter((p) => p.severity === 'error').length);
    expect(row[3]).toBeGreaterThan(0);
    expect(row.slice(5, 8)).toEqual([null, null, null]);
    expect(row[9]).toBe('Có lỗi nên chưa xếp hạng');
  });

  test('a lock: the name typed and the note given; no nomination note', () => {
    const row = logEntry(clean(), 'lock', '09/01/2023 09:00:00', { by: 'Nguyễn Văn A', note: 'Khóa 4 trang nhập liệu, có mật khẩu' });
    expect([row[1], row[8], row[9]]).toEqual(['Chốt số liệu', 'Nguyễn Văn A', 'Khóa 4 trang nhập liệu, có mật khẩu']);
  });

  test('the same report, command and time give the same row (pure)', () => {
    expect(logEntry(clean(), 'nominate', 'x')).toEqual(logEntry(clean(), 'nominate', 'x'));
  });
});

describe('the top three', () => {
  const entry = (member: string, rank: number): RankEntry => ({ member, rank, shared: false, notes: [], eligible: { flag: [], certificate: [] } });
  const results = (ranking: RankEntry[]) => ({ ranking }) as unknown as Results;

  test('a tie at the third place is not cut: 1, 2, 3, 3', () => {
    expect(topThree(results([entry('NA', 1), entry('TH', 2), entry('HT', 3), entry('QB', 3), entry('QT', 5)])).map((e) => e.member)).toEqual(['NA', 'TH', 'HT', 'QB']);
  });
  test('a tie above: 1, 1, 3 — three entries', () => {
    expect(topThree(results([entry('NA', 1), entry('TH', 1), entry('HT', 3), entry('QB', 4)])).map((e) => e.rank)).toEqual([1, 1, 3]);
  });
  test('fewer than three members', () => {
    expect(topThree(results([entry('NA', 1), entry('HT', 2)]))).toHaveLength(2);
  });
});

describe('the time', () => {
  test('dd/mm/yyyy HH:MM:SS, local time, two digits each', () => {
    expect(formatLogTime(new Date(2023, 0, 9, 8, 5, 3))).toBe('09/01/2023 08:05:03');
    expect(formatLogTime(new Date(2022, 11, 31, 23, 59, 59))).toBe('31/12/2022 23:59:59');
  });
});

describe('the sheet created the first time', () => {
  test('marked, frozen header, header then the rows; prints on A4 with the header row on every page', () => {
    const row = logEntry(clean(), 'check', '09/01/2023 08:05:30');
    const d = describeLogSheet([row]);
    expect(d).toMatchObject({ key: 'log', name: 'Nhật ký', mark: 'CumThiDua_NhatKy', freezeRows: 1 });
    // Issue 10: the log prints on A4 too — landscape (its columns are wider than a portrait page),
    // one page wide, row 1 repeated, the page number at the top from page 2, gridlines kept, the
    // whole sheet as it grows (no print area).
    const total = d.columnWidths.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(88);
    expect(d.pageSetup).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      printTitleRows: { first: 1, last: 1 },
      printArea: null,
      headerCenter: '&"Times New Roman,Regular"&13&P',
      firstPage: { headerCenter: '' },
      gridlines: true,
      rowBreaks: [],
    });
    expect(d.values).toEqual([LOG_HEADERS, row]);
    expect(d.columnWidths).toHaveLength(LOG_HEADERS.length);
    expect(d.styles[0]).toEqual({ range: 'A1:J1', style: expect.objectContaining({ bold: true }) });
  });
});
