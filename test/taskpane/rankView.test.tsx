/** @jest-environment jsdom */
/**
 * Xếp hạng / Rank (docs/quy-tac-tinh-diem.md §4–§6): writes the ranking sheets and shows the ranking with shared
 * ranks, bands, the split of each total and the tie-break notes.
 */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ERROR_PROBLEMS, FINGERPRINT } from '../app/fixtures/bacTrungBo';
import { renderApp } from './renderApp';

async function rank() {
  fireEvent.click(await screen.findByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
  return screen.findByRole('list', { name: 'Bảng xếp hạng' });
}

const rows = (list: HTMLElement) => within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);

describe('Rank writes exactly the ranking sheets', () => {
  test('`Kết quả kiểm tra`, `Tổng hợp điểm`, `Xếp hạng` in one write; the fingerprint is kept', async () => {
    const { port } = await renderApp({ view: 'rank' });
    await rank();
    expect(port.written()).toEqual([['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng']]);
    expect(port.settings.get('lastRankFingerprint')).toBe(FINGERPRINT);
    expect(screen.getByText('Đã xếp hạng 6 đơn vị.')).toBeTruthy();
    expect(screen.getByText('Đã ghi các trang “Kết quả kiểm tra”, “Tổng hợp điểm”, “Xếp hạng”.')).toBeTruthy();
    expect(screen.getByText(`Tính lúc 09/01/2023 08:05 · mã kiểm tra dữ liệu ${FINGERPRINT}`)).toBeTruthy();
  });

  test('errors block the ranking: only `Kết quả kiểm tra` is written, no list is shown, and "Xem 2 lỗi" opens the errors', async () => {
    const { port } = await renderApp({ view: 'rank', problems: ERROR_PROBLEMS });
    fireEvent.click(await screen.findByRole('button', { name: 'Xếp hạng và ghi kết quả' }));
    expect(await screen.findByText('Có 2 lỗi nên chưa thể xếp hạng.')).toBeTruthy();
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    expect(screen.queryByRole('list', { name: 'Bảng xếp hạng' })).toBeNull();
    expect(port.settings.has('lastRankFingerprint')).toBe(false);
    // Finding 6: not a dead end. The link opens the problem list, errors only, its heading focused.
    fireEvent.click(screen.getByRole('button', { name: 'Xem 2 lỗi' }));
    const list = await screen.findByTestId('problem-list');
    expect(within(list).getByRole('button', { name: 'Lỗi: 2' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Danh sách vấn đề'));
  });
});

describe('the ranking list', () => {
  test('ranks, names and bands in ranking order; a shared rank is marked "đồng hạng"', async () => {
    await renderApp({ view: 'rank' });
    const list = await rank();
    const heads = rows(list).map((li) => li.firstElementChild?.textContent);
    expect(heads).toEqual([
      'Hạng 1Tỉnh Nghệ AnXuất sắc',
      'Hạng 2Tỉnh Thanh HóaXuất sắc',
      'Hạng 3 (đồng hạng)Tỉnh Hà TĩnhTốt',
      'Hạng 3 (đồng hạng)Tỉnh Quảng BìnhTốt',
      'Hạng 5Tỉnh Quảng TrịTốt',
      'Hạng 6Tỉnh Thừa Thiên HuếKhá',
    ]);
  });

  test('totals with a decimal comma: 95,50 = 93,00 + 2,50 for Tỉnh Nghệ An; no "−0,00" anywhere', async () => {
    await renderApp({ view: 'rank' });
    const list = await rank();
    expect(rows(list)[0].textContent).toContain('Tổng 95,50 · Thưởng +2,50 · Trừ 0,00');
    expect(rows(list)[5].textContent).toContain('Tổng 76,00 · Thưởng 0,00 · Trừ −2,00');
    expect(document.body.textContent).not.toMatch(/[−-]0,00/);
    expect(document.body.textContent).not.toContain('+0,00');
  });

  test('group scores readable without a screen reader: each row opens its "Điểm theo nhóm"', async () => {
    await renderApp({ view: 'rank' });
    const list = await rank();
    const open = within(rows(list)[5]).getByRole('button', { name: 'Điểm theo nhóm — Tỉnh Thừa Thiên Huế' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const details = rows(list)[5].querySelector('dl')!;
    const pairs = Array.from(details.querySelectorAll('dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(pairs).toEqual([
      ['I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', '30,00'],
      ['II. Công tác thi đua, khen thưởng', '48,00'],
      ['Thưởng', '0,00'],
      ['Trừ', '−2,00'],
    ]);
  });

  test('… or all at once in the score table', async () => {
    await renderApp({ view: 'rank' });
    await rank();
    fireEvent.click(screen.getByRole('button', { name: 'Bảng điểm' }));
    const table = screen.getByRole('region', { name: 'Điểm theo nhóm của các đơn vị' });
    const body = Array.from(table.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    expect(body[0]).toEqual(['1', 'Tỉnh Nghệ An', '38,00', '55,00', '+2,50', '0,00', '95,50']);
    expect(body[5]).toEqual(['6', 'Tỉnh Thừa Thiên Huế', '30,00', '48,00', '0,00', '−2,00', '76,00']);
    expect(table.getAttribute('tabindex')).toBe('0'); // it scrolls sideways at 320 px: reachable by keyboard
  });

  test('the tie-break and shared-rank notes, in words', async () => {
    await renderApp({ view: 'rank' });
    const list = await rank();
    expect(within(rows(list)[0]).getByText('Xếp trên Tỉnh Thanh Hóa do ít điểm trừ hơn')).toBeTruthy();
    expect(within(rows(list)[2]).getByText('Đồng hạng với Tỉnh Quảng Bình')).toBeTruthy();
    expect(within(rows(list)[3]).getByText('Đồng hạng với Tỉnh Hà Tĩnh')).toBeTruthy();
    expect(
      within(rows(list)[4]).getByText(
        'Không đủ điều kiện đề nghị Cờ thi đua: Đang thanh tra có dấu hiệu vi phạm; xếp loại “Tốt”, thấp hơn mức tối thiểu “Xuất sắc”',
      ),
    ).toBeTruthy();
  });

  test('each bar says its numbers in its aria-label', async () => {
    await renderApp({ view: 'rank' });
    await rank();
    const bars = screen.getAllByRole('img');
    expect(bars).toHaveLength(6);
    expect(bars[0].getAttribute('aria-label')).toBe(
      'Tỉnh Nghệ An: tổng 95,50 điểm; Nhóm I 38,00; Nhóm II 55,00; điểm thưởng 2,50; điểm trừ 0,00',
    );
    expect(bars[5].getAttribute('aria-label')).toBe(
      'Tỉnh Thừa Thiên Huế: tổng 76,00 điểm; Nhóm I 30,00; Nhóm II 48,00; điểm thưởng 0,00; điểm trừ 2,00',
    );
  });

  test('bar widths are shares of 100 points; the deduction is hatched over the end', async () => {
    await renderApp({ view: 'rank' });
    await rank();
    const tth = screen.getAllByRole('img')[5];
    const part = (k: string) => tth.querySelector(`[data-part="${k}"]`) as HTMLElement | null;
    expect(part('I')?.style.width).toBe('30%');
    expect(part('II')?.style.width).toBe('48%');
    expect(part('bonus')).toBeNull();
    // 78,00 before the deduction of 2,00: hatched from 76% to 78%
    expect(part('deduction')?.style.left).toBe('76%');
    expect(part('deduction')?.style.width).toBe('2%');
  });

  test('the legend names each top-level group, the bonus and the deduction', async () => {
    await renderApp({ view: 'rank' });
    await rank();
    const legend = screen.getByRole('list', { name: 'Chú giải' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội',
      'II. Công tác thi đua, khen thưởng',
      'Thưởng',
      'Trừ',
    ]);
  });
});

describe('English', () => {
  test('decimal point and English words when lang is en', async () => {
    await renderApp({ view: 'rank', lang: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Rank and write the results' }));
    const list = await screen.findByRole('list', { name: 'Ranking' });
    expect(rows(list)[2].firstElementChild?.textContent).toBe('Rank 3 (tied)Tỉnh Hà TĩnhTốt');
    expect(rows(list)[0].textContent).toContain('Total 95.50 · Bonus +2.50 · Deduction 0.00');
    expect(within(rows(list)[0]).getByText('Placed above Tỉnh Thanh Hóa: less deduction')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Ranked 6 members.')).toBeTruthy());
  });
});
