/**
 * docs/huong-dan-so-lieu.md "Output sheets" — `Kết quả kiểm tra`: a summary line, every problem with a
 * link to its cell, errors first, "Không có lỗi" when clean; written also when the workbook could
 * not be read. docs/quy-tac-tinh-diem.md §11: each cross scorer's mean signed deviation is listed.
 */
import { describeCheckSheet, sortProblems, summaryLine } from '../../../src/core/documents/checkSheet';
import { problemMessage } from '../../../src/core/words';
import { problem, type Problem } from '../../../src/core/problems';
import { asPercent } from '../../../src/core/hundredths';
import type { SheetDescription } from '../../../src/core/sheet';
import { makeResults, makeWorkbook } from './fixtures';
import { rankWorkbook } from '../../../src/core/index';
import { setSetting, standardInput } from '../read/fixture';
import { allText, cell, rowOf, shapeProblems, styleAt } from './sheetQueries';

const AT = '27/11/2026 14:05';

const PROBLEMS: Problem[] = [
  problem('warning', 'NUMBER_AS_TEXT', 'Tự chấm', 'E7', { value: '9,5', number: 950 }, { member: 'NA', criterion: 'I.1' }),
  problem('error', 'SCORE_ABOVE_MAX', 'Thẩm định', 'D12', { value: '31,00', max: 3000, criterion: 'I.2', member: 'Tỉnh Thừa Thiên Huế' }, { member: 'TTH', criterion: 'I.2' }),
  problem('info', 'SETTING_DEFAULT_USED', 'Cấu hình', 'B7', { setting: 'scoreSource', value: 'self' }),
  problem('error', 'SHEET_MISSING', '', '', { sheet: 'Thành viên' }),
  problem(
    'warning',
    'SCORE_DEVIATION',
    'Chấm chéo - HT',
    'F9',
    { member: 'Tỉnh Quảng Bình', criterion: 'II.1', final: 2000, self: 2600, percent: asPercent(2000), threshold: asPercent(1500) },
    { member: 'QB', criterion: 'II.1' },
  ),
];

function check(problems: Problem[], withWorkbook = true, withResults = false): SheetDescription {
  const wb = withWorkbook ? makeWorkbook() : null;
  return describeCheckSheet({
    workbook: wb,
    results: wb && withResults ? makeResults(wb) : null,
    problems,
    fingerprint: wb ? '3F2A-91C0-7D4E-0B18' : null,
    computedAt: AT,
  });
}

/** The problem table as rows of 7 cells. */
function table(s: SheetDescription): (string | number | null)[][] {
  const h = rowOf(s, 'Mức độ');
  expect(s.values[h]).toEqual(['Mức độ', 'Mã lỗi', 'Trang tính', 'Ô', 'Đơn vị', 'Tiêu chí', 'Nội dung']);
  const out: (string | number | null)[][] = [];
  for (let r = h + 1; r < s.values.length && s.values[r][0] !== null; r++) out.push(s.values[r]);
  return out;
}

describe('summary line at the top', () => {
  it('counts errors, warnings and information', () => {
    expect(summaryLine(PROBLEMS, false)).toBe('Có 2 lỗi, 2 cảnh báo, 1 thông tin. Cần sửa hết lỗi thì mới xếp hạng được.');
    expect(cell(check(PROBLEMS), 'A3')).toBe(summaryLine(PROBLEMS, false));
  });

  it('says "Không có lỗi" when there are only warnings', () => {
    expect(summaryLine([PROBLEMS[0]], true)).toMatch(/^Không có lỗi; 1 cảnh báo, 0 thông tin\./);
  });

  it('says "Không có lỗi" when clean, and the table says nothing was found', () => {
    const s = check([], true, true);
    expect(cell(s, 'A3')).toBe('Không có lỗi. Dữ liệu hợp lệ; đã tính xếp hạng và lập các trang kết quả.');
    expect(allText(s)).toContain('Không phát hiện vấn đề nào.');
    expect(shapeProblems(s)).toEqual([]);
  });

  it('is red when there are errors, green otherwise', () => {
    expect(styleAt(check(PROBLEMS), 'A3').color).toBe('C00000');
    expect(styleAt(check([]), 'A3').color).toBe('006100');
  });
});

describe('the problem table', () => {
  it('puts errors first, then warnings, then information, keeping the order within each', () => {
    const codes = table(check(PROBLEMS)).map((r) => r[1]);
    expect(codes).toEqual(['SCORE_ABOVE_MAX', 'SHEET_MISSING', 'NUMBER_AS_TEXT', 'SCORE_DEVIATION', 'SETTING_DEFAULT_USED']);
    expect(sortProblems(PROBLEMS).map((p) => p.code)).toEqual(codes);
  });

  it('shows severity in Vietnamese, code, sheet, cell, the member’s full name, criterion and message', () => {
    const rows = table(check(PROBLEMS));
    expect(rows[0]).toEqual(['Lỗi', 'SCORE_ABOVE_MAX', 'Thẩm định', 'D12', 'Tỉnh Thừa Thiên Huế', 'I.2', problemMessage(PROBLEMS[1], 'vi')]);
    expect(rows[2].slice(0, 6)).toEqual(['Cảnh báo', 'NUMBER_AS_TEXT', 'Tự chấm', 'E7', 'Tỉnh Nghệ An', 'I.1']);
    expect(rows[4].slice(0, 4)).toEqual(['Thông tin', 'SETTING_DEFAULT_USED', 'Cấu hình', 'B7']);
  });

  it('links the Ô cell to the problem’s sheet and cell, and only where there is a cell', () => {
    const s = check(PROBLEMS);
    const h = rowOf(s, 'Mức độ');
    // Row of SCORE_ABOVE_MAX is the first body row; its Ô cell is in column D.
    expect(s.links).toContainEqual({ cell: `D${h + 2}`, sheet: 'Thẩm định', target: 'D12' });
    expect(s.links).toContainEqual({ cell: `D${h + 5}`, sheet: 'Chấm chéo - HT', target: 'F9' });
    expect(s.links).toHaveLength(4); // SHEET_MISSING has no cell
    for (const l of s.links) expect(cell(s, l.cell)).toBe(l.target);
    expect(styleAt(s, `D${h + 2}`)).toMatchObject({ underline: true, color: '0563C1' });
  });

  it('colours the severity of errors red, with one style range per run of equal severity', () => {
    const s = check(PROBLEMS);
    const h = rowOf(s, 'Mức độ');
    expect(styleAt(s, `A${h + 2}`)).toMatchObject({ color: 'C00000', bold: true });
    expect(styleAt(s, `A${h + 3}`)).toMatchObject({ color: 'C00000', bold: true });
    expect(styleAt(s, `A${h + 6}`).color).toBeUndefined();
    // The two errors, columns Mức độ and Mã lỗi, in one range.
    expect(s.styles).toContainEqual({ range: `A${h + 2}:B${h + 3}`, style: { color: 'C00000', bold: true } });
    expect(s.styles.filter((x) => x.style.color === '9C5700')).toEqual([{ range: `A${h + 4}:B${h + 5}`, style: { color: '9C5700' } }]);
  });

  it('borders the table, wraps the message, freezes the header', () => {
    const s = check(PROBLEMS);
    const h = rowOf(s, 'Mức độ');
    expect(styleAt(s, `G${h + 2}`)).toMatchObject({ border: true, wrap: true });
    // A short list ends on its first page: no header to repeat (commonLayout.test.ts has a long one).
    expect(s.pageSetup!.printTitleRows).toBeNull();
    expect(s.freezeRows).toBe(h + 1);
  });
});

describe('when the workbook could not be read', () => {
  it('is still a full report, with member codes as given and no fingerprint', () => {
    const p = [problem('error', 'SHEET_MISSING', '', '', { sheet: 'Tiêu chí' }), problem('warning', 'COLUMN_UNKNOWN', 'Tự chấm', 'K1', { header: 'Nghệ An (cũ)', kind: 'member' }, { member: 'NA' })];
    const s = check(p, false);
    expect(shapeProblems(s)).toEqual([]);
    expect(allText(s)).toContain('Không đọc được bảng tính chấm điểm');
    expect(table(s).map((r) => r[4])).toEqual([null, 'NA']);
    expect(allText(s)).toContain('Mã kiểm tra dữ liệu (chưa có: bảng tính chưa đọc được) — tính lúc 27/11/2026 14:05');
    expect(s.mark).toBe('CumThiDua_KetQuaKiemTra');
  });
});

describe('deviation of the cross scorers (docs/quy-tac-tinh-diem.md §11)', () => {
  it('lists each scorer with its mean signed deviation, sign shown, and flags the biased one', () => {
    const s = check([PROBLEMS[0]], true, true);
    const h = rowOf(s, 'STT');
    expect(s.values[h]).toEqual(['STT', 'Đơn vị chấm', 'Số ô so sánh', 'Lệch trung bình (có dấu)', null, 'Lệch tuyệt đối', 'Nhận xét']);
    expect(s.values[h + 1]).toEqual([1, 'Tỉnh Nghệ An', 25, '+1,25', null, '1,50', 'Trong mức chung của Cụm']);
    expect(s.values[h + 2].slice(0, 6)).toEqual([2, 'Tỉnh Hà Tĩnh', 25, '-3,10', null, '3,20']);
    expect(s.values[h + 2][6]).toContain('chặt tay');
    expect(styleAt(s, `B${h + 3}`).bold).toBe(true);
    expect(s.merges).toContain(`D${h + 2}:E${h + 2}`);
    expect(shapeProblems(s)).toEqual([]);
  });

  it('comes after the problem list, and is absent without results', () => {
    const s = check([PROBLEMS[0]], true, true);
    expect(rowOf(s, 'STT')).toBeGreaterThan(rowOf(s, 'Mức độ'));
    expect(rowOf(check(PROBLEMS), 'STT')).toBe(-1);
  });
});

describe('the heading names the year as the workbook writes it (issue 11, item 5)', () => {
  it('an invalid year is shown as written, never "năm 0"', () => {
    const input = standardInput();
    setSetting(input, 'Năm', 20222);
    const s = rankWorkbook(input, { computedAt: AT }).sheets.find((x) => x.key === 'check')!;
    expect(allText(s)).toContain('Cụm thi đua các tỉnh Bắc Trung Bộ – năm 20222');
    expect(allText(s)).not.toContain('năm 0');
  });

  it('no year at all: no "năm" in the heading', () => {
    const input = standardInput();
    setSetting(input, 'Năm', null);
    const s = rankWorkbook(input, { computedAt: AT }).sheets.find((x) => x.key === 'check')!;
    expect(allText(s).split('\n')).toContain('Cụm thi đua các tỉnh Bắc Trung Bộ');
  });
});
