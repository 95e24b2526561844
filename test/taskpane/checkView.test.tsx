/** @jest-environment jsdom */
/**
 * Kiểm tra / Check (docs/huong-dan-so-lieu.md: every problem with its sheet, cell, severity, code and
 * message; docs/add-in.md, "Danh sách vấn đề"): the result next to the button, the badges that
 * filter, problems by sheet then member with errors first, groups that fold, "cả trang", codes in
 * small print, going to a cell (or saying where it is in the file mode), the member filter, a page
 * at a time, and the reversible highlighting.
 */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PortError } from '../../src/core/port';
import { problem, type Problem } from '../../src/core/problems';
import { ERROR_PROBLEMS } from '../app/fixtures/bacTrungBo';
import { renderApp } from './renderApp';

async function runCheck() {
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  return screen.findByRole('group', { name: 'Lọc theo mức độ' });
}

const list = () => screen.getByTestId('problem-list');
/** The problems' own buttons, in the order shown. */
const problemButtons = () => within(list()).queryAllByRole('listitem').map((li) => li.querySelector('button')!);

describe('the result, next to the button', () => {
  test('2 errors: the summary, the sheet written, the link to the errors; the badges count 2, 2, 1', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    const counts = await runCheck();
    const result = screen.getByTestId('result');
    expect(within(result).getByText('Có 2 lỗi cần sửa trước khi xếp hạng.')).toBeTruthy();
    expect(within(result).getByText('Đã ghi trang “Kết quả kiểm tra”.')).toBeTruthy();
    expect(within(result).getByRole('button', { name: 'Xem 2 lỗi' })).toBeTruthy();
    expect(within(counts).getAllByRole('button').map((b) => b.textContent)).toEqual(['Tất cả: 5', 'Lỗi: 2', 'Cảnh báo: 2', 'Thông tin: 1']);
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
  });

  test('after the run the focus is on the result’s heading, and the live region says the result', async () => {
    await renderApp({ problems: ERROR_PROBLEMS });
    const button = screen.getByRole('button', { name: 'Kiểm tra dữ liệu' });
    button.focus();
    await runCheck();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Kết quả kiểm tra'));
    expect(document.activeElement?.tagName).toBe('H3');
    expect(screen.getByTestId('announcer').textContent).toBe('Kết quả kiểm tra: Có 2 lỗi cần sửa trước khi xếp hạng. Đã ghi trang “Kết quả kiểm tra”.');
  });
});

describe('problems grouped by sheet, then member, errors first', () => {
  test('sheets with errors first, then warnings, then information; member groups under them; counts on each', async () => {
    await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const headings = within(list())
      .getAllByRole('heading')
      .map((h) => `${h.tagName}:${h.textContent}`);
    expect(headings).toEqual([
      'H3:Danh sách vấn đề',
      'H4:▾Tự chấm2 lỗi, 1 cảnh báo',
      'H5:▾Tỉnh Hà Tĩnh1 lỗi, 1 cảnh báo',
      'H5:▾Tỉnh Quảng Bình1 lỗi',
      'H4:▾Thẩm định1 cảnh báo',
      'H5:▾Tỉnh Thanh Hóa1 cảnh báo',
      'H4:▾Cấu hình1 thông tin',
      'H5:▾Chung1 thông tin',
    ]);
    expect(problemButtons().map((b) => b.textContent?.match(/^(Lỗi|Cảnh báo|Thông tin)/)?.[0])).toEqual(['Lỗi', 'Cảnh báo', 'Lỗi', 'Cảnh báo', 'Thông tin']);
  });

  test('each problem: severity, cell, message; its code only in small print ("mã …")', async () => {
    await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const first = problemButtons()[0]; // Tự chấm, Tỉnh Hà Tĩnh: E7
    expect(first.textContent).toContain('E7');
    expect(first.textContent).toContain('Điểm 21 vượt điểm tối đa 20');
    const code = within(first).getByText('mã SCORE_ABOVE_MAX');
    expect(code.textContent).toBe('mã SCORE_ABOVE_MAX'); // apart from the message, never in it
    expect(within(first).getByText(/Điểm 21 vượt/).textContent).not.toContain('SCORE_ABOVE_MAX');
  });

  test('a group folds away and opens again (its heading is a button with aria-expanded)', async () => {
    await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const sheet = within(list()).getByRole('button', { name: /^Tự chấm/ });
    expect(sheet.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(sheet);
    expect(sheet.getAttribute('aria-expanded')).toBe('false');
    expect(problemButtons()).toHaveLength(2);
    fireEvent.click(sheet);
    expect(problemButtons()).toHaveLength(5);
  });

  test('a problem is a native button: clicking (or Enter) selects its cell on its sheet', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const missing = problemButtons().find((b) => b.textContent?.includes('F9'))!;
    expect(missing.tagName).toBe('BUTTON'); // Enter and Space activate a native button
    fireEvent.click(missing);
    await waitFor(() => expect(port.calls).toContainEqual({ method: 'selectCell', sheet: 'Tự chấm', cell: 'F9' }));
  });

  test('a problem about a whole sheet says "cả trang" (never A1) and opens that sheet', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const whole = problemButtons().find((b) => b.textContent?.includes('cả trang'))!;
    expect(whole.textContent).not.toContain('A1');
    expect(whole.getAttribute('title')).toBe('Đi tới trang Cấu hình');
    fireEvent.click(whole);
    await waitFor(() => expect(port.calls).toContainEqual({ method: 'selectCell', sheet: 'Cấu hình', cell: 'A1' }));
  });

  test('a cell that cannot be selected shows the port’s sentence in the result', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    port.failNext('selectCell', new PortError('protected', 'Trang “Tự chấm” đang được bảo vệ.', 'The sheet “Tự chấm” is protected.'));
    fireEvent.click(problemButtons()[0]);
    expect(await within(screen.getByTestId('result')).findByText('Trang “Tự chấm” đang được bảo vệ.')).toBeTruthy();
  });

  test('where there is no grid (the file mode), a problem says under it where its cell is, and selects nothing', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS, props: { describeCell: (sheet, cell) => `Ô ${cell || '(cả trang)'} của trang “${sheet}”.` } });
    await runCheck();
    const missing = problemButtons().find((b) => b.textContent?.includes('F9'))!;
    expect(missing.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(missing);
    expect(missing.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Ô F9 của trang “Tự chấm”.')).toBeTruthy();
    expect(port.count('selectCell')).toBe(0);
  });
});

describe('filters', () => {
  test('the badges filter by severity (aria-pressed); "Tất cả" shows all again', async () => {
    await renderApp({ problems: ERROR_PROBLEMS });
    const counts = await runCheck();
    fireEvent.click(within(counts).getByRole('button', { name: 'Cảnh báo: 2' }));
    expect(within(counts).getByRole('button', { name: 'Cảnh báo: 2' }).getAttribute('aria-pressed')).toBe('true');
    expect(problemButtons().map((b) => b.textContent?.match(/[A-Z]\d+/)?.[0])).toEqual(['E8', 'C5']);
    fireEvent.click(within(counts).getByRole('button', { name: 'Tất cả: 5' }));
    expect(problemButtons()).toHaveLength(5);
  });

  test('an officer of Tỉnh Hà Tĩnh sees only its problems; "Tất cả đơn vị" shows all again', async () => {
    await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const select = screen.getByLabelText('Lọc theo đơn vị') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.text)).toEqual([
      'Tất cả đơn vị',
      'Tỉnh Thanh Hóa',
      'Tỉnh Nghệ An',
      'Tỉnh Hà Tĩnh',
      'Tỉnh Quảng Bình',
      'Tỉnh Quảng Trị',
      'Tỉnh Thừa Thiên Huế',
    ]);
    fireEvent.change(select, { target: { value: 'HT' } });
    expect(problemButtons().map((b) => b.textContent?.match(/E\d+/)?.[0])).toEqual(['E7', 'E8']);
    fireEvent.change(select, { target: { value: 'NA' } });
    expect(problemButtons()).toHaveLength(0);
    expect(screen.getByText('Không có vấn đề nào theo bộ lọc này.')).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(problemButtons()).toHaveLength(5);
  });
});

describe('5 000 problems', () => {
  test('a page of 100 at a time: the list stays short, "Hiện thêm" adds the next 100', async () => {
    const many: Problem[] = Array.from({ length: 5000 }, (_, i) =>
      problem('warning', 'SCORE_MISSING', 'Tự chấm', `C${i + 2}`, { member: 'Tỉnh Hà Tĩnh', criterion: 'I.1' }, { member: 'HT' }),
    );
    await renderApp({ problems: many });
    await runCheck();
    expect(problemButtons()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Hiện thêm 100 vấn đề (còn 4900)' }));
    expect(problemButtons()).toHaveLength(200);
  });
});

describe('highlighting problem cells (explicit and reversible)', () => {
  test('switching on colours each problem cell with its severity in one call (no clear before it); off and "Xóa tô màu" clear it', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const toggle = screen.getByRole('checkbox', { name: 'Tô màu ô lỗi trong sổ' });
    fireEvent.click(toggle);
    await waitFor(() => expect(port.count('highlightCells')).toBe(1));
    // The port replaces its previous colouring itself: a clear first would cost a round trip more.
    expect(port.count('clearHighlights')).toBe(0);
    const call = port.calls.find((c) => c.method === 'highlightCells');
    expect(call).toEqual({
      method: 'highlightCells',
      cells: [
        { sheet: 'Tự chấm', cell: 'E7', severity: 'error' },
        { sheet: 'Tự chấm', cell: 'E8', severity: 'warning' },
        { sheet: 'Tự chấm', cell: 'F9', severity: 'error' },
        { sheet: 'Thẩm định', cell: 'C5', severity: 'warning' },
      ],
    });
    fireEvent.click(toggle);
    await waitFor(() => expect(port.count('clearHighlights')).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'Xóa tô màu' }));
    await waitFor(() => expect(port.count('clearHighlights')).toBe(2));
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });

  test('a host that cannot colour cells offers no switch', async () => {
    await renderApp({ problems: ERROR_PROBLEMS, port: { without: ['highlightCells', 'clearHighlights'] } });
    await runCheck();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Xóa tô màu' })).toBeNull();
  });
});

describe('a workbook that is not a scoring workbook', () => {
  test('nothing is written; one press on the result’s link opens the new-workbook form, its first field focused', async () => {
    const { port, core } = await renderApp();
    core.state.notScoring = true;
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    const result = await screen.findByTestId('result');
    expect(within(result).getByText('Sổ này chưa có các trang nhập liệu của cụm thi đua (Cấu hình, Thành viên, Tiêu chí).')).toBeTruthy();
    expect(port.count('writeSheets')).toBe(0);
    fireEvent.click(within(result).getByRole('button', { name: 'Tạo các trang nhập liệu mẫu' }));
    const name = await screen.findByRole('textbox', { name: /Tên cụm/ });
    await waitFor(() => expect(document.activeElement).toBe(name));
  });
});
