/** @jest-environment jsdom */
/**
 * "Chốt số liệu" in the pane (issue 6): the lock form on the Settings tab, the red banner when
 * the data changed after the sign-off, and what the pane says when a command fails (what
 * happened, and that nothing was lost) or when the run log could not be written.
 */
import './setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { LockStatus } from '../../src/core/lock/lockStatus';
import { PortError } from '../../src/core/port';
import { ERROR_PROBLEMS, FINGERPRINT } from '../app/fixtures/bacTrungBo';
import { renderApp } from './renderApp';

const NOTHING_LOST = 'Không có dữ liệu nào bị mất: sổ vẫn như trước lần chạy này. Hãy khắc phục nguyên nhân rồi chạy lại.';
const SIGN_OFF = { with: ['appendLog', 'protection'] as ('appendLog' | 'protection')[] };

/** The MessageBar holding this text; the pane writes its intent in `data-intent` (Fluent keeps it in styles only). */
function messageBarOf(text: string | RegExp): HTMLElement {
  const el = screen.getByText(text);
  const bar = el.closest('.fui-MessageBar');
  if (!(bar instanceof HTMLElement)) throw new Error('not in a MessageBar: ' + String(text));
  return bar;
}
const intentOf = (bar: HTMLElement): string | null => bar.getAttribute('data-intent');

describe('the lock form on the Settings tab', () => {
  test('not locked: the name is required; a name and a password lock the data and the pane shows the sign-off', async () => {
    const { port } = await renderApp({ view: 'settings', port: SIGN_OFF });
    expect(await screen.findByText('Số liệu chưa được chốt.')).toBeTruthy();
    const password = screen.getByLabelText(/^Mật khẩu/) as HTMLInputElement;
    expect(password.type).toBe('password');

    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));
    expect(await screen.findByText('Hãy nhập họ tên người chốt số liệu.')).toBeTruthy();
    expect(port.count('protectSheets')).toBe(0);

    fireEvent.change(screen.getByLabelText(/^Họ tên người chốt/), { target: { value: 'Nguyễn Văn A' } });
    fireEvent.change(password, { target: { value: 'Cum-2022' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));
    expect(await screen.findByText('Đã chốt số liệu và khóa 6 trang nhập liệu.')).toBeTruthy();
    expect(screen.getByText(`Số liệu đã chốt lúc 09/01/2023 08:05:00 — mã kiểm tra ${FINGERPRINT} (người chốt: Nguyễn Văn A).`)).toBeTruthy();
    expect(port.calls.find((c) => c.method === 'protectSheets')).toMatchObject({ password: 'Cum-2022' });
    expect(port.logRows.map((r) => [r[1], r[8]])).toEqual([['Chốt số liệu', 'Nguyễn Văn A']]);
    // The password does not stay in the form; the form now unlocks.
    expect((screen.getByLabelText(/^Mật khẩu/) as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Mở khóa' })).toBeTruthy();
  });

  test('errors in the workbook: refused, with the count, nothing protected', async () => {
    const { port } = await renderApp({ view: 'settings', port: SIGN_OFF, problems: ERROR_PROBLEMS });
    fireEvent.change(await screen.findByLabelText(/^Họ tên người chốt/), { target: { value: 'Nguyễn Văn A' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));
    expect(await screen.findByText('Có 2 lỗi nên chưa chốt được số liệu — xem tab Kiểm tra.')).toBeTruthy();
    expect(port.count('protectSheets')).toBe(0);
  });

  test('unlock with a wrong password: the port’s sentence and that nothing was lost; the right one unlocks', async () => {
    const { port, core } = await renderApp({ view: 'settings', port: SIGN_OFF });
    const lock: LockStatus = { locked: true, at: '08/01/2023 16:00:00', by: 'Nguyễn Văn A', fingerprint: FINGERPRINT, matches: true };
    core.state.adjust = (r) => ({ ...r, lock });
    for (const s of ['Cấu hình', 'Thành viên']) port.protection.set(s, 'Cum-2022');
    fireEvent.click(screen.getByRole('button', { name: 'Đọc lại thông tin' }));
    const unlock = await screen.findByRole('button', { name: 'Mở khóa' });
    fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: 'sai' } });
    fireEvent.click(unlock);
    expect(await screen.findByText('Mật khẩu không đúng. Chưa có trang nào được mở khóa.')).toBeTruthy();
    expect(screen.getByText(NOTHING_LOST)).toBeTruthy();
    expect(port.protection.size).toBe(2);

    fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: 'Cum-2022' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mở khóa' }));
    expect(await screen.findByText('Đã mở khóa 2 trang nhập liệu và ghi vào nhật ký.')).toBeTruthy();
    expect(port.protection.size).toBe(0);
    expect(screen.getByText('Số liệu chưa được chốt.')).toBeTruthy();
  });

  test('a host without protection: no lock form', async () => {
    await renderApp({ view: 'settings' });
    await screen.findByText(FINGERPRINT);
    expect(screen.queryByRole('button', { name: 'Chốt số liệu' })).toBeNull();
  });
});

describe('the data changed after the sign-off', () => {
  test('a red MessageBar above every tab gives both fingerprints', async () => {
    const { core, port } = await renderApp({ view: 'check', port: SIGN_OFF });
    const lock: LockStatus = { locked: true, at: '08/01/2023 16:00:00', by: 'Nguyễn Văn A', fingerprint: '9C1D-0A77-52E3-B640', matches: false };
    core.state.adjust = (r) => ({ ...r, lock });
    port.fireInputChanged();
    const text = `Số liệu đã thay đổi sau khi chốt lúc 08/01/2023 16:00:00: mã kiểm tra khi chốt 9C1D-0A77-52E3-B640, hiện nay ${FINGERPRINT}. Kết quả lập từ số liệu hiện nay không khớp với số liệu đã chốt.`;
    expect(await screen.findByText(text)).toBeTruthy();
    expect(intentOf(messageBarOf(text))).toBe('error');
    for (const tab of ['Xếp hạng', 'Đề nghị', 'Cài đặt']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(screen.getByText(text)).toBeTruthy();
    }
  });
});

describe('a command that fails says what happened and that nothing was lost; running again succeeds', () => {
  test.each([
    ['readInput', 'Excel không trả lời sau 30 giây. Hãy kiểm tra kết nối mạng (Excel trên web) rồi thử lại.'],
    ['writeSheets', 'Excel báo lỗi khi thực hiện thao tác (mã lỗi Excel: GeneralException): injected failure'],
  ] as const)('%s fails', async (method, sentence) => {
    const { port } = await renderApp({ view: 'rank', port: SIGN_OFF });
    port.failNext(method, new PortError('host', sentence, sentence));
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(screen.getByText(NOTHING_LOST)).toBeTruthy();
    expect(intentOf(messageBarOf(NOTHING_LOST))).toBe('error');
    expect(port.logRows).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    expect(await screen.findByText('Đã xếp hạng 6 đơn vị.')).toBeTruthy();
    expect(screen.queryByText(NOTHING_LOST)).toBeNull();
    await waitFor(() => expect(port.logRows).toHaveLength(1));
  });

  test('the log row fails: the results are written, the pane warns, and says nothing was lost', async () => {
    const { port } = await renderApp({ view: 'rank', port: SIGN_OFF });
    port.failNext('appendLog', new PortError('timeout', 'Excel không trả lời sau 30 giây.', 'Excel did not answer within 30 seconds.'));
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    const line = 'Chưa ghi được dòng nhật ký của lần chạy này: Excel không trả lời sau 30 giây. Các trang kết quả đã được ghi đầy đủ; không có dữ liệu nào bị mất.';
    expect(await screen.findByText(line)).toBeTruthy();
    expect(screen.getByText('Đã xếp hạng 6 đơn vị.')).toBeTruthy();
    expect(intentOf(messageBarOf(line))).toBe('warning');
  });
});
