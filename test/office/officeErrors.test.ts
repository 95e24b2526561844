import { PortError } from '../../src/core/port';
import { timeoutError, toPortError } from '../../src/office/officeErrors';
import { cellInput, needsTextGuard } from '../../src/office/textGuard';

function officeError(code: string): Error & { code: string } {
  return Object.assign(new Error('localised text not meant for users'), { code, name: 'RichApi.Error' });
}

describe('Excel error codes become sentences in both languages', () => {
  test.each([
    ['InvalidOperationInCellEditMode', 'editing', /chế độ sửa ô/, /cell-editing mode/],
    ['RequestPayloadSizeLimitExceeded', 'tooLarge', /5 MB/, /5 MB/],
    ['ResponsePayloadSizeLimitExceeded', 'tooLarge', /đọc từ sổ làm việc/, /read from the workbook/],
    ['AccessDenied', 'protected', /được bảo vệ/, /protected/],
    ['ItemNotFound', 'host', /Không tìm thấy/, /not found/],
    ['InvalidOperation', 'host', /không cho phép/, /does not allow/],
    ['GeneralException', 'host', /lỗi nội bộ/, /internal error/],
  ])('%s → %s', (code, kind, vi, en) => {
    const e = toPortError(officeError(code));
    expect(e).toBeInstanceOf(PortError);
    expect(e.kind).toBe(kind);
    expect(e.vi).toMatch(vi);
    expect(e.en).toMatch(en);
    expect(e.vi).toContain(code);
    expect(e.vi).not.toContain('localised text');
  });

  test('an unknown code keeps the code and the detail', () => {
    const e = toPortError(officeError('SomethingNew'));
    expect(e.kind).toBe('host');
    expect(e.en).toContain('SomethingNew');
  });

  test('a PortError passes through unchanged; a timeout says how long', () => {
    const original = new PortError('notOurs', 'vi', 'en');
    expect(toPortError(original)).toBe(original);
    expect(timeoutError(30_000).vi).toContain('30 giây');
    expect(timeoutError(2_500).vi).toContain('2,5 giây');
  });
});

describe('which texts need the apostrophe', () => {
  test.each([
    ['=SUM(A1)', true],
    ['+84 912', true],
    ['-5 điểm', true],
    ['@home', true],
    ['0912', true],
    ["'trích", true],
    [' 9', true],
    ['Năm 2024', true],
    ['true', true],
    ['Sai', true],
    ['Tỉnh Nghệ An', false],
    ['Không có lỗi', false],
    ['Đề nghị', false],
    ['', false],
  ])('%s → %s', (text, guarded) => {
    expect(needsTextGuard(text)).toBe(guarded);
    expect(cellInput(text)).toBe(guarded ? "'" + text : text);
  });

  test('numbers and blanks are written as they are', () => {
    expect(cellInput(9.5)).toBe(9.5);
    expect(cellInput(null)).toBe('');
  });
});
