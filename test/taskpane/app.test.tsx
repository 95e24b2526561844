/** @jest-environment jsdom */
/**
 * The pane as a whole: the step strip and its language, one command at a time with its progress
 * on its own button, and failures in a sentence the user can read, next to the button.
 */
import './setup';
import './textCodec';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PortError } from '../../src/core/port';
import { nameOf, openView, renderApp, stepButton } from './renderApp';

describe('language and steps', () => {
  test('Vietnamese steps in order, Cài đặt apart, and the buttons by default', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Các bước công việc trong năm' });
    const names = within(nav).getAllByRole('listitem').map((li) => nameOf(li.querySelector('button')!));
    expect(names).toEqual([
      'Bước 1: Kiểm tra — Chưa làm',
      'Bước 2: Chốt số liệu — Chưa làm',
      'Bước 3: Xếp hạng — Chưa làm',
      'Bước 4: Bầu chọn / Đề nghị — Chưa làm',
      'Bước 5: In & Tải về — Chưa làm',
    ]);
    expect(screen.getByRole('button', { name: 'Cài đặt' })).toBeTruthy();
    expect(stepButton('Kiểm tra').getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' })).toBeTruthy();
  });

  test('English when lang is en', async () => {
    await renderApp({ lang: 'en' });
    for (const name of ['Check', 'Sign off', 'Rank', 'Vote / Nominate', 'Print & Download']) expect(stepButton(name)).toBeTruthy();
    expect(screen.queryByText('Kiểm tra')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check the data' }));
    expect(await screen.findByText('No errors; 1 warning(s) worth a look.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Warnings: 1' })).toBeTruthy();
    // problem messages come from the core in the pane's language
    expect(screen.getByText('Appraisal far from self score')).toBeTruthy();
  });

  test('a step shows its state: Kiểm tra is done after a clean check of the data as it is', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    await waitFor(() => expect(nameOf(stepButton('Kiểm tra'))).toBe('Bước 1: Kiểm tra — Đã xong'));
    expect(stepButton('Kiểm tra').getAttribute('data-state')).toBe('done');
  });

  test('Phiếu chấm (issue 14) sits beside Cài đặt, outside the numbered steps, and opens the member forms', async () => {
    await renderApp();
    const forms = screen.getByRole('button', { name: 'Phiếu chấm' });
    expect(forms.getAttribute('aria-current')).toBeNull();
    fireEvent.click(forms);
    expect(forms.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 2, name: 'Phiếu chấm' }, { timeout: 20_000 })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Lập phiếu chấm' }, { timeout: 20_000 })).toBeTruthy();
    expect(stepButton('Kiểm tra').getAttribute('aria-current')).toBeNull();
  }, 30_000);
});

describe('each result stays with its own step (finding 2: one shared message bar showed stale text everywhere)', () => {
  test('Check’s warning is not shown on Xếp hạng before any ranking, and is there again on Kiểm tra', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    expect(await screen.findByText('Không có lỗi; có 1 cảnh báo nên xem lại.')).toBeTruthy();
    await openView('Xếp hạng');
    await screen.findByRole('button', { name: 'Xếp hạng và ghi kết quả' });
    expect(screen.queryByText('Không có lỗi; có 1 cảnh báo nên xem lại.')).toBeNull();
    expect(screen.queryByTestId('result')).toBeNull();
    await openView('Kiểm tra');
    expect(within(screen.getByTestId('result')).getByText('Không có lỗi; có 1 cảnh báo nên xem lại.')).toBeTruthy();
  });
});

describe('one command at a time', () => {
  test('while a command runs, its stage is said, its button keeps the focus, and every command button is unavailable', async () => {
    const { port } = await renderApp({ view: 'rank' });
    const hold = port.holdReads();
    const rank = await screen.findByRole('button', { name: 'Xếp hạng và ghi kết quả' });
    rank.focus();
    fireEvent.click(rank);
    expect(await screen.findByText('Đang đọc dữ liệu trong sổ…')).toBeTruthy();
    expect(rank.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(rank);
    await openView('Kiểm tra');
    expect(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }).getAttribute('aria-disabled')).toBe('true');
    await openView('Bầu chọn / Đề nghị');
    expect((await screen.findByRole('button', { name: 'Lập hồ sơ Hội nghị' })).getAttribute('aria-disabled')).toBe('true');
    await openView('Cài đặt');
    expect((await screen.findByRole('button', { name: 'Đọc lại thông tin' })).getAttribute('aria-disabled')).toBe('true');

    await act(async () => hold.release());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Đọc lại thông tin' }).getAttribute('aria-disabled')).toBeNull());
    expect(screen.getByTestId('announcer').textContent).toBe('Kết quả xếp hạng: Đã xếp hạng 6 đơn vị. Đã ghi các trang “Kết quả kiểm tra”, “Tổng hợp điểm”, “Xếp hạng”. Có 1 cảnh báo nên xem lại.');
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

  test('a PortError shows its Vietnamese sentence next to the button that ran', async () => {
    const { port } = await renderApp({ view: 'rank' });
    port.failNext('writeSheets', notOurs());
    fireEvent.click(await screen.findByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    const result = await screen.findByTestId('result');
    expect(within(result).getByText('Trang “Xếp hạng” không do chương trình tạo; hãy đổi tên trang đó rồi chạy lại.')).toBeTruthy();
    expect(port.count('saveSetting')).toBe(0);
    expect(screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }).getAttribute('aria-disabled')).toBeNull();
  });

  test('… and its English sentence in English', async () => {
    const { port } = await renderApp({ view: 'rank', lang: 'en' });
    port.failNext('writeSheets', notOurs());
    fireEvent.click(await screen.findByRole('button', { name: 'Rank and write the results' }));
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
