/** @jest-environment jsdom */
/**
 * "Chốt số liệu" in the pane (issue 6; its own step since issue 13): the lock form with its
 * errors on the field, the chip above the steps and the red notice when the data changed after
 * the sign-off, and what the pane says when a command fails (what happened, and that nothing was
 * lost) or when the run log could not be written.
 */
import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { LockStatus } from '../../src/core/lock/lockStatus';
import { PortError } from '../../src/core/port';
import { ERROR_PROBLEMS, FINGERPRINT } from '../app/fixtures/bacTrungBo';
import { nameOf, openView, renderApp, stepButton } from './renderApp';

const NOTHING_LOST = 'Không có dữ liệu nào bị mất: sổ vẫn như trước lần chạy này. Hãy khắc phục nguyên nhân rồi chạy lại.';
const SIGN_OFF = { with: ['appendLog', 'protection'] as ('appendLog' | 'protection')[] };

/** The notice box holding this text; its intent is in `data-intent`. */
function messageBarOf(text: string | RegExp): HTMLElement {
  const el = screen.getByText(text);
  const bar = el.closest('[data-intent]');
  if (!(bar instanceof HTMLElement)) throw new Error('not in a notice: ' + String(text));
  return bar;
}
const intentOf = (bar: HTMLElement): string | null => bar.getAttribute('data-intent');

describe('the lock form, in its step', () => {
  test('Cài đặt no longer holds it: the step Chốt số liệu does', async () => {
    await renderApp({ view: 'settings', port: SIGN_OFF });
    await screen.findByRole('button', { name: 'Đọc lại thông tin' });
    expect(screen.queryByRole('button', { name: 'Chốt số liệu' })).toBeNull();
    await openView('Chốt số liệu');
    expect(await screen.findByRole('button', { name: 'Chốt số liệu' })).toBeTruthy();
  });

  test('not locked: a missing name is said on its field, which takes the focus, and nothing runs; a name and a password lock the data', async () => {
    const { port } = await renderApp({ view: 'lock', port: SIGN_OFF });
    expect(await screen.findByText('Số liệu chưa được chốt.')).toBeTruthy();
    const password = screen.getByLabelText(/^Mật khẩu/) as HTMLInputElement;
    expect(password.type).toBe('password');

    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));
    const name = screen.getByLabelText(/^Họ tên người chốt/) as HTMLInputElement;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByText('Hãy nhập họ tên người chốt số liệu.');
    expect(name.getAttribute('aria-describedby') ?? '').toContain(message.id);
    expect(document.activeElement).toBe(name);
    expect(port.count('protectSheets')).toBe(0);
    expect(port.count('readInput')).toBe(1); // the quiet read at start only

    fireEvent.change(screen.getByLabelText(/^Họ tên người chốt/), { target: { value: 'Nguyễn Văn A' } });
    fireEvent.change(password, { target: { value: 'Cum-2022' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));
    expect(await screen.findByText('Đã chốt số liệu và khóa 6 trang nhập liệu.')).toBeTruthy();
    expect(screen.getByText(`Số liệu đã chốt lúc 09/01/2023 08:05:00 — mã kiểm tra ${FINGERPRINT} (người chốt: Nguyễn Văn A).`)).toBeTruthy();
    // The chip above the steps, and the step's state.
    expect(screen.getByTestId('lock-chip').textContent).toBe(`Đã chốt lúc 09/01/2023 08:05:00 — mã ${FINGERPRINT}`);
    expect(nameOf(stepButton('Chốt số liệu'))).toBe('Bước 2: Chốt số liệu — Đã chốt');
    expect(port.calls.find((c) => c.method === 'protectSheets')).toMatchObject({ password: 'Cum-2022' });
    expect(port.logRows.map((r) => [r[1], r[8]])).toEqual([['Chốt số liệu', 'Nguyễn Văn A']]);
    // The password does not stay in the form; the form now unlocks.
    expect((screen.getByLabelText(/^Mật khẩu/) as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Mở khóa' })).toBeTruthy();
  });

  test('errors in the workbook: refused, with the count and a link into the errors; nothing protected', async () => {
    const { port } = await renderApp({ view: 'lock', port: SIGN_OFF, problems: ERROR_PROBLEMS });
    fireEvent.change(await screen.findByLabelText(/^Họ tên người chốt/), { target: { value: 'Nguyễn Văn A' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));
    expect(await screen.findByText('Có 2 lỗi nên chưa chốt được số liệu. Hãy sửa các lỗi rồi kiểm tra lại.')).toBeTruthy();
    expect(port.count('protectSheets')).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Xem 2 lỗi' }));
    const errors = await screen.findByRole('button', { name: 'Lỗi: 2' });
    expect(errors.getAttribute('aria-pressed')).toBe('true');
  });

  test('unlock with a wrong password: the port’s sentence and that nothing was lost; the right one unlocks', async () => {
    const { port, core } = await renderApp({ view: 'lock', port: SIGN_OFF });
    const lock: LockStatus = { locked: true, at: '08/01/2023 16:00:00', by: 'Nguyễn Văn A', fingerprint: FINGERPRINT, matches: true };
    core.state.adjust = (r) => ({ ...r, lock });
    for (const s of ['Cấu hình', 'Thành viên']) port.protection.set(s, 'Cum-2022');
    act(() => port.fireInputChanged());
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

  test('a host without protection: no lock form, and the step says why', async () => {
    await renderApp({ view: 'lock' });
    expect(await screen.findByText('Nơi đang mở sổ không cho phép khóa trang tính từ phần bổ trợ, nên bước này không làm được ở đây.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Chốt số liệu' })).toBeNull();
  });
});

describe('the data changed after the sign-off', () => {
  test('a red chip above the steps on every view, the step red; in the step, a red notice gives both fingerprints', async () => {
    const { core, port } = await renderApp({ view: 'check', port: SIGN_OFF });
    const lock: LockStatus = { locked: true, at: '08/01/2023 16:00:00', by: 'Nguyễn Văn A', fingerprint: '9C1D-0A77-52E3-B640', matches: false };
    core.state.adjust = (r) => ({ ...r, lock });
    act(() => port.fireInputChanged());
    const chip = await screen.findByTestId('lock-chip');
    expect(chip.textContent).toBe('Số liệu đã đổi sau khi chốt lúc 08/01/2023 16:00:00');
    expect(chip.getAttribute('data-changed')).toBe('true');
    expect(nameOf(stepButton('Chốt số liệu'))).toBe('Bước 2: Chốt số liệu — Số liệu đã đổi');
    for (const view of ['Xếp hạng', 'Bầu chọn / Đề nghị', 'Cài đặt']) {
      await openView(view);
      expect(screen.getByTestId('lock-chip').textContent).toBe('Số liệu đã đổi sau khi chốt lúc 08/01/2023 16:00:00');
    }
    fireEvent.click(screen.getByTestId('lock-chip'));
    const text = `Số liệu đã thay đổi sau khi chốt lúc 08/01/2023 16:00:00: mã kiểm tra khi chốt 9C1D-0A77-52E3-B640, hiện nay ${FINGERPRINT}. Kết quả lập từ số liệu hiện nay không khớp với số liệu đã chốt.`;
    expect(await screen.findByText(text)).toBeTruthy();
    expect(intentOf(messageBarOf(text))).toBe('error');
  });
});

describe('a command that fails says what happened and that nothing was lost; running again succeeds', () => {
  test.each([
    ['readInput', 'Excel không trả lời sau 30 giây. Hãy kiểm tra kết nối mạng (Excel trên web) rồi thử lại.'],
    ['writeSheets', 'Excel báo lỗi khi thực hiện thao tác (mã lỗi Excel: GeneralException): injected failure'],
  ] as const)('%s fails', async (method, sentence) => {
    const { port } = await renderApp({ view: 'rank', port: SIGN_OFF });
    port.failNext(method, new PortError('host', sentence, sentence));
    fireEvent.click(await screen.findByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
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
    fireEvent.click(await screen.findByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    const line = 'Chưa ghi được dòng nhật ký của lần chạy này: Excel không trả lời sau 30 giây. Các trang kết quả đã được ghi đầy đủ; không có dữ liệu nào bị mất.';
    expect(await screen.findByText(line)).toBeTruthy();
    expect(screen.getByText('Đã xếp hạng 6 đơn vị.')).toBeTruthy();
    expect(intentOf(messageBarOf(line))).toBe('warning');
  });
});
