/** @jest-environment jsdom */
/**
 * Kiểm tra / Check (docs/huong-dan-so-lieu.md: every problem with its sheet, cell, severity, code and
 * message): counts by severity, problems by sheet then member, going to a cell, the member
 * filter and the reversible highlighting.
 */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PortError } from '../../src/core/port';
import { ERROR_PROBLEMS } from '../app/fixtures/bacTrungBo';
import { renderApp } from './renderApp';

async function runCheck() {
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  return screen.findByRole('group', { name: 'Số vấn đề theo mức độ' });
}

const problemButtons = () => within(screen.getByRole('region', { name: 'Danh sách vấn đề' })).queryAllByRole('button');

describe('counts by severity', () => {
  test('2 errors, 2 warnings, 1 note as badges; the check sheet is written; the summary says errors block ranking', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    const counts = await runCheck();
    expect(within(counts).getByText('Lỗi: 2')).toBeTruthy();
    expect(within(counts).getByText('Cảnh báo: 2')).toBeTruthy();
    expect(within(counts).getByText('Thông tin: 1')).toBeTruthy();
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    expect(screen.getByText('Có 2 lỗi cần sửa trước khi xếp hạng.')).toBeTruthy();
    expect(screen.getByText('Đã ghi trang “Kết quả kiểm tra”.')).toBeTruthy();
  });
});

describe('problems grouped by sheet, then member', () => {
  test('sheet headings in reporting order, member headings by name, each with cell, code and message', async () => {
    await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const region = screen.getByRole('region', { name: 'Danh sách vấn đề' });
    const headings = within(region)
      .getAllByRole('heading')
      .map((h) => `${h.tagName}:${h.textContent}`);
    expect(headings).toEqual([
      'H3:Cấu hình',
      'H4:Chung',
      'H3:Tự chấm',
      'H4:Tỉnh Hà Tĩnh',
      'H4:Tỉnh Quảng Bình',
      'H3:Thẩm định',
      'H4:Tỉnh Thanh Hóa',
    ]);
    const first = problemButtons()[1]; // Tự chấm, Tỉnh Hà Tĩnh: E7
    expect(first.textContent).toContain('E7');
    expect(first.textContent).toContain('SCORE_ABOVE_MAX');
    expect(first.textContent).toContain('Điểm 21 vượt điểm tối đa 20');
  });

  test('a problem is a native button: clicking (or Enter) selects its cell on its sheet', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const missing = problemButtons().find((b) => b.textContent?.includes('F9'))!;
    expect(missing.tagName).toBe('BUTTON'); // Enter and Space activate a native button
    fireEvent.click(missing);
    await waitFor(() => expect(port.calls).toContainEqual({ method: 'selectCell', sheet: 'Tự chấm', cell: 'F9' }));
    const deviation = problemButtons().find((b) => b.textContent?.includes('C5'))!;
    fireEvent.click(deviation);
    await waitFor(() => expect(port.calls).toContainEqual({ method: 'selectCell', sheet: 'Thẩm định', cell: 'C5' }));
  });

  test('a problem about a whole sheet takes the user to A1 of that sheet', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    fireEvent.click(problemButtons().find((b) => b.textContent?.includes('cả trang'))!);
    await waitFor(() => expect(port.calls).toContainEqual({ method: 'selectCell', sheet: 'Cấu hình', cell: 'A1' }));
  });

  test('a cell that cannot be selected shows the port’s sentence', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    port.failNext('selectCell', new PortError('protected', 'Trang “Tự chấm” đang được bảo vệ.', 'The sheet “Tự chấm” is protected.'));
    fireEvent.click(problemButtons()[1]);
    expect(await screen.findByText('Trang “Tự chấm” đang được bảo vệ.')).toBeTruthy();
  });
});

describe('member filter', () => {
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
    expect(problemButtons()).toHaveLength(5);
    fireEvent.change(select, { target: { value: 'HT' } });
    expect(problemButtons().map((b) => b.textContent?.match(/E\d+/)?.[0])).toEqual(['E7', 'E8']);
    fireEvent.change(select, { target: { value: 'NA' } });
    expect(problemButtons()).toHaveLength(0);
    expect(screen.getByText('Không có vấn đề nào của đơn vị này.')).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(problemButtons()).toHaveLength(5);
  });
});

describe('highlighting problem cells (explicit and reversible)', () => {
  test('switching on colours each problem cell with its severity; off and "Xóa tô màu" clear it', async () => {
    const { port } = await renderApp({ problems: ERROR_PROBLEMS });
    await runCheck();
    const toggle = screen.getByRole('switch', { name: 'Tô màu ô lỗi' });
    fireEvent.click(toggle);
    await waitFor(() => expect(port.count('highlightCells')).toBe(1));
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
    const clearsBefore = port.count('clearHighlights');
    fireEvent.click(toggle);
    await waitFor(() => expect(port.count('clearHighlights')).toBe(clearsBefore + 1));
    fireEvent.click(screen.getByRole('button', { name: 'Xóa tô màu' }));
    await waitFor(() => expect(port.count('clearHighlights')).toBe(clearsBefore + 2));
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });

  test('a host that cannot colour cells offers no switch', async () => {
    await renderApp({ problems: ERROR_PROBLEMS, port: { without: ['highlightCells', 'clearHighlights'] } });
    await runCheck();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Xóa tô màu' })).toBeNull();
  });
});

describe('a workbook that is not a scoring workbook', () => {
  test('nothing is written and the user is sent to "Tạo sổ mới"', async () => {
    const { port, core } = await renderApp();
    core.state.notScoring = true;
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    expect(await screen.findByText(/Hãy dùng “Tạo sổ mới” ở tab Cài đặt/)).toBeTruthy();
    expect(port.count('writeSheets')).toBe(0);
  });
});
