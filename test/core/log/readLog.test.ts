/**
 * Finding and reading the run log `Nhật ký` in the core's input (src/core/log/readLog.ts): ours
 * only when it carries the mark, found by the mark even when renamed; rows read by their header
 * labels; a person's sheet of that name recognised, never taken for ours.
 */
import type { WorkbookInput } from '../../../src/core/grid';
import { LOG_HEADERS } from '../../../src/core/log/describeLog';
import { commandOf } from '../../../src/core/log/logColumns';
import { findLogGrid, logRecords, logSheetName, nextLogRow, readLog, unmarkedLogSheet } from '../../../src/core/log/readLog';

const LOG = [
  [...LOG_HEADERS],
  ['09/01/2023 08:00:00', 'Kiểm tra', '3F2A-91C0-7D4E-0B18', 0, 1, null, null, null, null, null],
  ['09/01/2023 09:00:00', 'Chốt số liệu', '3F2A-91C0-7D4E-0B18', 0, 1, null, null, null, 'Nguyễn Văn A', 'Khóa 7 trang nhập liệu'],
];

function input(over: Partial<WorkbookInput> & { logName?: string; logValues?: unknown[][] } = {}): WorkbookInput {
  const name = over.logName ?? 'Nhật ký';
  return {
    sheets: [
      { name: 'Cấu hình', values: [['Tham số', 'Giá trị']] },
      { name, values: (over.logValues ?? LOG) as WorkbookInput['sheets'][number]['values'] },
    ],
    markedSheets: over.markedSheets ?? [name],
    marks: over.marks ?? [{ mark: 'CumThiDua_NhatKy', sheet: name }],
  };
}

describe('which sheet is the log', () => {
  test('the sheet the mark CumThiDua_NhatKy points at, whatever it is called now', () => {
    expect(logSheetName(input())).toBe('Nhật ký');
    expect(logSheetName(input({ logName: 'Nhật ký 2022' }))).toBe('Nhật ký 2022');
    expect(findLogGrid(input({ logName: 'Nhật ký 2022' }))?.values).toBe(LOG);
  });

  test('a shell that passes no marks: the marked sheet named Nhật ký', () => {
    expect(logSheetName({ ...input(), marks: undefined })).toBe('Nhật ký');
    expect(logSheetName({ ...input(), marks: undefined, markedSheets: [] })).toBeNull();
  });

  test('a sheet named Nhật ký without the mark is a person’s: not the log, and reported as such', () => {
    const theirs = input({ markedSheets: [], marks: [] });
    expect(logSheetName(theirs)).toBeNull();
    expect(logRecords(theirs)).toEqual([]);
    expect(unmarkedLogSheet(theirs)).toBe('Nhật ký');
    // Spelt another way (case, spaces, NFD) it is still that name.
    expect(unmarkedLogSheet(input({ logName: ' NHẬT KÝ'.normalize('NFD'), markedSheets: [], marks: [] }))).toBe(' NHẬT KÝ'.normalize('NFD'));
    expect(unmarkedLogSheet(input())).toBeNull();
  });
});

describe('reading the rows', () => {
  test('every row under the header, with its command', () => {
    expect(logRecords(input()).map((r) => [r.row, r.at, r.command, r.fingerprint, r.by, r.errors, r.warnings])).toEqual([
      [1, '09/01/2023 08:00:00', 'check', '3F2A-91C0-7D4E-0B18', '', 0, 1],
      [2, '09/01/2023 09:00:00', 'lock', '3F2A-91C0-7D4E-0B18', 'Nguyễn Văn A', 0, 1],
    ]);
  });

  test('by the header labels: columns moved, the grid starting below and right of A1', () => {
    const moved = [
      ['Lệnh', 'Người thực hiện', 'Thời gian', 'Mã kiểm tra dữ liệu'],
      ['Mở khóa', 'Trần Thị B', '10/01/2023 07:00:00', '3F2A-91C0-7D4E-0B18'],
    ];
    const records = readLog({ name: 'Nhật ký', values: [['Ghi chú của thư ký'], [], ...moved], top: 4, left: 2 });
    expect(records).toEqual([
      { row: 7, at: '10/01/2023 07:00:00', command: 'unlock', fingerprint: '3F2A-91C0-7D4E-0B18', by: 'Trần Thị B', errors: null, warnings: null },
    ]);
  });

  test('no header: no records; blank rows and a user’s notes without a time are skipped', () => {
    expect(readLog({ name: 'Nhật ký', values: [['Thời gian'], ['09/01/2023 08:00:00']] })).toEqual([]);
    const withNote = [...LOG, [], [null, 'Ghi chú: chạy thử']];
    expect(logRecords(input({ logValues: withNote }))).toHaveLength(2);
  });

  test('commands are matched forgivingly (case, spacing, NFD, old tone placement), anything else is none', () => {
    expect(commandOf('  CHỐT  SỐ LIỆU ')).toBe('lock');
    expect(commandOf('Mở khoá'.normalize('NFD'))).toBe('unlock');
    expect(commandOf('Đề nghị khen thưởng')).toBe('nominate');
    expect(commandOf('Chốt')).toBeNull();
    expect(commandOf(null)).toBeNull();
  });
});

describe('where the next row goes', () => {
  test('under the last row holding a value, trailing blank rows ignored, the grid offset honoured', () => {
    expect(nextLogRow({ name: 'Nhật ký', values: LOG })).toBe(3);
    expect(nextLogRow({ name: 'Nhật ký', values: [...LOG, [null, ''], []] })).toBe(3);
    expect(nextLogRow({ name: 'Nhật ký', values: LOG, top: 2 })).toBe(5);
    expect(nextLogRow({ name: 'Nhật ký', values: [] })).toBe(0);
  });
});
