/** @jest-environment jsdom */
/**
 * The pane as a whole: its language, one command at a time with its progress, and failures in
 * a sentence the user can read.
 */
import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { PortError } from '../../src/core/port';
import { renderApp } from './renderApp';

describe('language', () => {
  test('Vietnamese tabs and buttons by default', async () => {
    await renderApp();
    for (const name of ['Kiểm tra', 'Xếp hạng', 'Đề nghị', 'Cài đặt', 'Phiếu chấm']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' })).toBeTruthy();
  });

  test('English when lang is en', async () => {
    await renderApp({ lang: 'en' });
    for (const name of ['Check', 'Rank', 'Nominate', 'Settings']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Kiểm tra' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check the data' }));
    expect(await screen.findByText('No errors; 1 warning(s) worth a look.')).toBeTruthy();
    expect(screen.getByText('Warnings: 1')).toBeTruthy();
    // problem messages come from the core in the pane's language
    expect(screen.getByText('Appraisal far from self score')).toBeTruthy();
  });
});

describe('one command at a time', () => {
  test('while a command runs, its stage is shown and every command button is disabled', async () => {
    const { port } = await renderApp({ tab: 'rank' });
    const hold = port.holdReads();
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    expect(await screen.findByText('Đang đọc dữ liệu trong sổ…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect((screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Đề nghị' }));
    expect((screen.getByRole('button', { name: 'Ghi trang đề nghị khen thưởng' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    expect((screen.getByRole('button', { name: 'Đọc lại thông tin' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Tạo sổ mới' }) as HTMLButtonElement).disabled).toBe(true);

    await act(async () => hold.release());
    await waitFor(() => expect(screen.queryByText(/^Đang /)).toBeNull());
    expect((screen.getByRole('button', { name: 'Đọc lại thông tin' }) as HTMLButtonElement).disabled).toBe(false);
    expect(port.written()).toEqual([['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng']]);
  });
});

describe('failures', () => {
  const notOurs = () =>
    new PortError(
      'notOurs',
      'Trang “Xếp hạng” không do chương trình tạo; hãy đổi tên trang đó rồi chạy lại.',
      'The sheet “Xếp hạng” was not created by the program; rename it and run again.',
    );

  test('a PortError shows its Vietnamese sentence', async () => {
    const { port } = await renderApp({ tab: 'rank' });
    port.failNext('writeSheets', notOurs());
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    expect(await screen.findByText('Trang “Xếp hạng” không do chương trình tạo; hãy đổi tên trang đó rồi chạy lại.')).toBeTruthy();
    expect(port.count('saveSetting')).toBe(0);
    expect((screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('… and its English sentence in English', async () => {
    const { port } = await renderApp({ tab: 'rank', lang: 'en' });
    port.failNext('writeSheets', notOurs());
    fireEvent.click(screen.getByRole('button', { name: 'Rank and write the results' }));
    expect(await screen.findByText('The sheet “Xếp hạng” was not created by the program; rename it and run again.')).toBeTruthy();
  });

  test('an unexpected error is one plain sentence, never a stack trace', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { core } = await renderApp();
      core.state.throwError = new TypeError("Cannot read properties of undefined (reading 'leaves')");
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
      expect(
        await screen.findByText('Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn này.'),
      ).toBeTruthy();
      expect(document.body.textContent).not.toContain('leaves');
      expect(document.body.textContent).not.toContain('TypeError');
    } finally {
      quiet.mockRestore();
    }
  });
});
