/** @jest-environment jsdom */
/**
 * Cài đặt / Thông tin: effective settings with defaults marked, the data fingerprint, the stale
 * banner (docs/huong-dan-so-lieu.md: the program can tell when the outputs are stale) and the template.
 */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PortError } from '../../src/core/port';
import { FINGERPRINT } from '../app/fixtures/bacTrungBo';
import { openView, renderApp } from './renderApp';

const STALE = 'Số liệu đã thay đổi sau lần xếp hạng gần nhất — hãy xếp hạng lại.';

describe('the settings table', () => {
  test('effective values; defaults marked " (mặc định)" after a space (never "Xuất sắc(mặc định)"); the award settings named in full', async () => {
    await renderApp({ view: 'settings' });
    const table = await screen.findByRole('table', { name: 'Cài đặt của sổ' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    // The fixture writes the first five; the others are defaults. Next year's leaders follow
    // the rotation TH, NA, HT, QB, QT, TTH after this year's head NA: HT, then QB.
    const suggested = '(đề xuất theo thứ tự luân phiên, Hội nghị xác nhận)';
    expect(cells).toEqual([
      ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'],
      ['Năm', '2022'],
      ['Cụm trưởng', 'Tỉnh Nghệ An'],
      ['Cụm phó', 'Tỉnh Hà Tĩnh'],
      ['Nguồn điểm', 'Thẩm định'],
      ['Cách tổng hợp', 'Trung bình (mặc định)'],
      ['Tính điểm tự chấm khi chấm chéo', 'Không (mặc định)'],
      ['Số Cờ thi đua của Chính phủ', '1 (mặc định)'],
      ['Số Bằng khen của Thủ tướng Chính phủ', '2 (mặc định)'],
      ['Xếp loại tối thiểu để đề nghị Cờ thi đua của Chính phủ', 'Xuất sắc (mặc định)'],
      ['Xếp loại tối thiểu để đề nghị Bằng khen của Thủ tướng Chính phủ', 'Tốt (mặc định)'],
      ['Tỷ lệ phiếu tối thiểu (%)', '50% (mặc định)'],
      ['Cơ sở tính tỷ lệ phiếu', 'Tổng số thành viên (mặc định)'],
      ['Số thành viên dự họp', '6 (mặc định)'],
      ['Khi bằng phiếu ở suất cuối', 'Lấy đơn vị xếp hạng cao hơn (mặc định)'],
      ['Số vòng bỏ phiếu tối đa', '2 (mặc định)'],
      ['Thứ tự ưu tiên khi bằng điểm', 'Ít điểm trừ hơn (mặc định)'],
      ['Ngưỡng chênh lệch (%)', '20% (mặc định)'],
      ['Bước điểm', '0 (không quy định) (mặc định)'],
      ['Địa danh', 'Nghệ An (mặc định)'],
      ['Chọn Cụm trưởng năm sau', 'Luân phiên (mặc định)'],
      ['Cụm trưởng năm sau', `Tỉnh Hà Tĩnh ${suggested} (mặc định)`],
      ['Cụm phó năm sau', `Tỉnh Quảng Bình ${suggested} (mặc định)`],
      ['Thứ tự luân phiên', 'Tỉnh Thanh Hóa, Tỉnh Nghệ An, Tỉnh Hà Tĩnh, Tỉnh Quảng Bình, Tỉnh Quảng Trị, Tỉnh Thừa Thiên Huế (mặc định)'],
    ]);
  });

  test('the current fingerprint; "chưa có" before any ranking, and no banner', async () => {
    await renderApp({ view: 'settings' });
    expect(await screen.findByText(FINGERPRINT)).toBeTruthy();
    expect(screen.getByText('chưa có')).toBeTruthy();
    expect(screen.queryByText(STALE)).toBeNull();
  });
});

describe('the stale banner', () => {
  test('appears quietly after a co-author changes the data, and disappears after re-ranking', async () => {
    const { port, core } = await renderApp({ view: 'settings', port: { settings: { lastRankFingerprint: FINGERPRINT } } });
    await waitFor(() => expect(screen.getAllByText(FINGERPRINT)).toHaveLength(2)); // current and last ranking
    expect(screen.queryByText(STALE)).toBeNull();

    const reads = core.checkInputs.length;
    core.state.fingerprint = '9C1D-0A77-52E3-B640';
    port.fireInputChanged();
    port.fireInputChanged();
    port.fireInputChanged();
    expect(await screen.findByText(STALE)).toBeTruthy();
    // three edits, one quiet recomputation (debounced), nothing written, nothing else shown
    expect(core.checkInputs.length).toBe(reads + 1);
    expect(port.count('writeSheets')).toBe(0);
    expect(screen.getByText('9C1D-0A77-52E3-B640')).toBeTruthy();
    // the step strip says it on Xếp hạng
    expect(screen.getByRole('button', { name: 'Bước 3: Xếp hạng — Số liệu đã đổi' })).toBeTruthy();

    // the Rank view shows it too; ranking again settles it
    await openView('Xếp hạng');
    expect(await screen.findByText(STALE)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    await screen.findByRole('list', { name: 'Bảng xếp hạng' });
    expect(screen.queryByText(STALE)).toBeNull();
    expect(port.settings.get('lastRankFingerprint')).toBe('9C1D-0A77-52E3-B640');
    expect(screen.getByRole('button', { name: 'Bước 3: Xếp hạng — Đã xong' })).toBeTruthy();
    await openView('Cài đặt');
    expect(screen.queryByText(STALE)).toBeNull();
  });

  test('the change subscription ends with the pane', async () => {
    const { port, unmount } = await renderApp({ view: 'settings' });
    await waitFor(() => expect(port.unsubscribed).toBe(0));
    unmount();
    expect(port.unsubscribed).toBe(1);
  });
});

describe('Tạo sổ mới (the template)', () => {
  /** One press opens the form, its first field focused. */
  async function openForm() {
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo sổ mới' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Tên cụm/)));
  }

  test('every field has a label; a bad form shows the issues and creates nothing', async () => {
    const { port } = await renderApp({ view: 'settings' });
    await openForm();
    fireEvent.change(screen.getByLabelText(/^Năm/), { target: { value: '22' } });
    fireEvent.change(screen.getByLabelText(/^Thành viên/), { target: { value: 'TH=Tỉnh Thanh Hóa; Tỉnh Nghệ An' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo các trang nhập liệu' }));
    expect(await screen.findByText('Hãy nhập tên cụm.')).toBeTruthy();
    expect(screen.getByText('Năm phải là số nguyên từ 2000 đến 2100.')).toBeTruthy();
    expect(screen.getByText('“Tỉnh Nghệ An” không đúng dạng mã=tên. Cần ít nhất 2 đơn vị.')).toBeTruthy();
    expect(port.count('createInputSheets')).toBe(0);
    // The first field with a problem takes the focus, its message on it.
    expect(document.activeElement).toBe(screen.getByLabelText(/^Tên cụm/));
    expect(screen.getByLabelText(/^Tên cụm/).getAttribute('aria-invalid')).toBe('true');
  });

  test('a good form creates the input sheets and says so', async () => {
    const { port, core } = await renderApp({ view: 'settings' });
    await openForm();
    expect((screen.getByLabelText(/^Năm/) as HTMLInputElement).value).toBe('2023');
    fireEvent.change(screen.getByLabelText(/^Tên cụm/), { target: { value: 'Cụm thi đua các tỉnh Bắc Trung Bộ' } });
    fireEvent.change(screen.getByLabelText(/^Thành viên/), {
      target: { value: 'TH=Tỉnh Thanh Hóa; NA=Tỉnh Nghệ An; HT=Tỉnh Hà Tĩnh; QT=Tỉnh Quảng Trị' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo các trang nhập liệu' }));
    expect(await screen.findByText('Đã tạo các trang nhập liệu cho 4 đơn vị. Bước tiếp theo: điền điểm rồi Kiểm tra.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Tạo sổ mới'));
    expect(document.activeElement?.tagName).toBe('H3');
    expect(port.count('createInputSheets')).toBe(1);
    expect(core.templateCalls[0]).toEqual({
      clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ',
      year: 2023,
      members: [
        { code: 'TH', name: 'Tỉnh Thanh Hóa' },
        { code: 'NA', name: 'Tỉnh Nghệ An' },
        { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
        { code: 'QT', name: 'Tỉnh Quảng Trị' },
      ],
    });
    // the form closes
    expect(screen.queryByRole('button', { name: 'Tạo các trang nhập liệu' })).toBeNull();
  });

  test('sheets that already exist: the port’s sentence is shown right under the form, which stays open', async () => {
    const { port } = await renderApp({ view: 'settings' });
    port.failNext('createInputSheets', new PortError('exists', 'Sổ đã có trang “Cấu hình”; không tạo lại.', 'The workbook already has a “Cấu hình” sheet.'));
    await openForm();
    fireEvent.change(screen.getByLabelText(/^Tên cụm/), { target: { value: 'Cụm thi đua các tỉnh Bắc Trung Bộ' } });
    fireEvent.change(screen.getByLabelText(/^Thành viên/), { target: { value: 'TH=Tỉnh Thanh Hóa; NA=Tỉnh Nghệ An' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo các trang nhập liệu' }));
    const sentence = await screen.findByText('Sổ đã có trang “Cấu hình”; không tạo lại.');
    expect(screen.getByRole('button', { name: 'Tạo các trang nhập liệu' })).toBeTruthy(); // still open to fix
    // Finding 1: where the user is, not at the top of the pane: the form comes just before it.
    const form = screen.getByRole('form', { name: 'Tạo sổ mới' });
    expect(form.compareDocumentPosition(sentence) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(sentence.closest('[data-testid="result"]')?.previousElementSibling).toBe(form);
  });
});
