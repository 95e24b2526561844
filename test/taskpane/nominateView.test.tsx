/** @jest-environment jsdom */
/**
 * Đề nghị / Nominate (docs/quy-tac-tinh-diem.md §7–§10): writes the nomination sheet and shows the vote, the
 * nominees, the points the meeting must settle, the members that cannot be nominated and next
 * year's head and deputy.
 */
import './setup';
import { fireEvent, screen, within } from '@testing-library/react';
import type { RankReport } from '../../src/core/index';
import { ERROR_PROBLEMS } from '../app/fixtures/bacTrungBo';
import { renderApp } from './renderApp';

async function nominate() {
  fireEvent.click(await screen.findByRole('button', { name: 'Lập hồ sơ Hội nghị' }));
  return screen.findByRole('region', { name: 'Cờ thi đua của Chính phủ' });
}

describe('the nomination sheet', () => {
  test('only the meeting documents are written', async () => {
    const { port } = await renderApp({ view: 'nominate' });
    await nominate();
    expect(port.written()).toEqual([['Biên bản họp']]);
    expect(screen.getByText('Đã ghi trang “Biên bản họp”.')).toBeTruthy();
  });

  test('errors block it: the check sheet is written instead, and "Xem 2 lỗi" opens the errors', async () => {
    const { port } = await renderApp({ view: 'nominate', problems: ERROR_PROBLEMS });
    fireEvent.click(await screen.findByRole('button', { name: 'Lập hồ sơ Hội nghị' }));
    expect(await screen.findByText('Có 2 lỗi nên chưa thể lập đề nghị.')).toBeTruthy();
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    fireEvent.click(screen.getByRole('button', { name: 'Xem 2 lỗi' }));
    const list = await screen.findByTestId('problem-list');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 3))).toEqual(['Lỗi', 'Lỗi']);
  });

  test('the meeting’s points are titled as the printed sheet titles them (never "điểm hội nghị")', async () => {
    await renderApp({ view: 'nominate' });
    await nominate();
    expect(screen.getByRole('heading', { name: 'Những vấn đề Hội nghị cần xử lý' })).toBeTruthy();
    expect(screen.getByText('Có 1 vấn đề Hội nghị cần xử lý.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/điểm hội nghị/i);
  });
});

describe('the vote (docs/quy-tac-tinh-diem.md §9)', () => {
  test('mode, quorum, Flag nominee with "5/6 phiếu (83,33%)" (the vocabulary\'s words)', async () => {
    await renderApp({ view: 'nominate' });
    const flag = await nominate();
    expect(screen.getByText('Kết quả bỏ phiếu suy tôn')).toBeTruthy();
    expect(screen.getByText('Dự họp 6/6 thành viên (cần ít nhất 4).')).toBeTruthy();
    expect(within(flag).getByText('Tỉnh Nghệ An', { selector: 'strong' })).toBeTruthy();
    const candidates = within(flag).getAllByRole('listitem');
    expect(candidates.map((c) => c.textContent)).toEqual([
      'Tỉnh Nghệ AnĐược suy tônHạng 1 · 5/6 phiếu (83,33%)',
      'Tỉnh Thanh HóaKhông đạt tỷ lệ phiếuHạng 2 · 1/6 phiếu (16,67%)',
    ]);
    expect(within(flag).getByText('Số phiếu phát ra 6; số phiếu thu về 6; hợp lệ 6; không hợp lệ 0; phiếu trống (không bầu đơn vị nào) 0.')).toBeTruthy();
  });

  test('the Certificate run-off: a warning and both tied members marked', async () => {
    await renderApp({ view: 'nominate' });
    await nominate();
    expect(
      screen.getByText(
        'Tỉnh Hà Tĩnh và tỉnh Quảng Bình bằng số phiếu ở suất cuối của Bằng khen của Thủ tướng Chính phủ: cần bỏ phiếu vòng 2 giữa các đơn vị này.',
      ),
    ).toBeTruthy();
    const certificate = screen.getByRole('region', { name: 'Bằng khen của Thủ tướng Chính phủ' });
    expect(within(certificate).getByText('Tỉnh Thanh Hóa', { selector: 'strong' })).toBeTruthy();
    expect(within(certificate).getAllByText('Cần bỏ phiếu lại')).toHaveLength(2);
    expect(within(certificate).getAllByText(/· 4\/6 phiếu \(66,67%\)$/)).toHaveLength(3);
    // The run-off has its place under its award: the round to hold, who is in it, and how to hold it.
    const rounds = within(certificate).getByTestId('award-rounds');
    expect(rounds.textContent).toMatch(/Vòng 2 \(chưa nhập phiếu\) — Bỏ phiếu giữa:\s*Tỉnh Hà Tĩnh\s*Tỉnh Quảng Bình/);
    expect(within(rounds).getByText('Nhập phiếu của vòng 2 vào trang “Phiếu bầu” (cột “Vòng” ghi 2) rồi bấm lại nút ở trên.')).toBeTruthy();
  });

  test('the action that writes the next round’s ballot forms sits with the run-off and says what it wrote (issue 10)', async () => {
    await renderApp({ view: 'nominate' });
    await nominate();
    const certificate = screen.getByRole('region', { name: 'Bằng khen của Thủ tướng Chính phủ' });
    fireEvent.click(within(certificate).getByRole('button', { name: 'Ghi phiếu bầu vòng 2' }));
    expect(await screen.findByText('Đã ghi phiếu bầu (mẫu) vòng 2: in trang “Phiếu bầu (mẫu)” để phát cho đại biểu.', { selector: 'span' })).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toContain('Đã ghi phiếu bầu (mẫu) vòng 2');
  });

  test('a Flag nominee that is not rank 1 raises a warning', async () => {
    const { core } = await renderApp({ view: 'nominate' });
    core.state.adjust = (r: RankReport) => {
      const nomination = r.results!.nomination;
      return { ...r, results: { ...r.results!, nomination: { ...nomination, flag: { ...nomination.flag, nominees: ['TH'] } } } };
    };
    await nominate();
    expect(
      screen.getByText('Tỉnh Thanh Hóa được suy tôn Cờ thi đua của Chính phủ nhưng xếp hạng 2, không phải hạng nhất: biên bản cần ghi rõ lý do.'),
    ).toBeTruthy();
  });

  test('a proposal before the vote: shared rank at the cut-off, votes not cast yet', async () => {
    const { core } = await renderApp({ view: 'nominate' });
    core.state.adjust = (r: RankReport) => {
      const n = r.results!.nomination;
      const certificate = {
        ...n.certificate,
        runoffNeeded: false,
        ballots: null,
        candidates: n.certificate.candidates.map((c) => ({ ...c, votes: null, base: null, percent: null, outcome: c.member === 'TH' ? ('nominated' as const) : ('toBeVoted' as const) })),
      };
      return { ...r, results: { ...r.results!, nomination: { ...n, mode: 'proposal' as const, certificate } } };
    };
    await nominate();
    expect(screen.getByText('Đề xuất theo kết quả xếp hạng (chưa bỏ phiếu)')).toBeTruthy();
    expect(screen.queryByText(/Dự họp/)).toBeNull();
    expect(
      screen.getByText(
        'Tỉnh Hà Tĩnh và tỉnh Quảng Bình đồng hạng 3 ở vị trí cuối của chỉ tiêu Bằng khen của Thủ tướng Chính phủ: Hội nghị cần bỏ phiếu để quyết định.',
      ),
    ).toBeTruthy();
    const certificate = screen.getByRole('region', { name: 'Bằng khen của Thủ tướng Chính phủ' });
    expect(within(certificate).getAllByText(/· chưa bỏ phiếu$/)).toHaveLength(3);
    expect(within(certificate).getAllByText('Đề xuất, cần bỏ phiếu')).toHaveLength(2);
  });
});

describe('members that cannot be nominated (docs/quy-tac-tinh-diem.md §7)', () => {
  test('each with its reasons per award; being the Flag nominee is not listed as a lack of eligibility', async () => {
    await renderApp({ view: 'nominate' });
    await nominate();
    const heading = screen.getByRole('heading', { name: 'Đơn vị không đủ điều kiện' });
    const items = within(heading.parentElement!).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Tỉnh Hà Tĩnh — Cờ thi đua: xếp loại “Tốt”, thấp hơn mức tối thiểu “Xuất sắc”',
      'Tỉnh Quảng Bình — Cờ thi đua: xếp loại “Tốt”, thấp hơn mức tối thiểu “Xuất sắc”',
      'Tỉnh Quảng Trị — Cờ thi đua: Đang thanh tra có dấu hiệu vi phạm; xếp loại “Tốt”, thấp hơn mức tối thiểu “Xuất sắc” — Bằng khen: Đang thanh tra có dấu hiệu vi phạm',
      'Tỉnh Thừa Thiên Huế — Cờ thi đua: không ký giao ước thi đua; xếp loại “Khá”, thấp hơn mức tối thiểu “Xuất sắc” — Bằng khen: không ký giao ước thi đua; xếp loại “Khá”, thấp hơn mức tối thiểu “Tốt”',
    ]);
  });
});

describe("next year's head and deputy (docs/quy-tac-tinh-diem.md §10)", () => {
  test('marked as suggested when they come from the rotation, as the printed sheet says it', async () => {
    await renderApp({ view: 'nominate' });
    await nominate();
    expect(screen.getByText('Cụm trưởng năm 2023: Tỉnh Hà Tĩnh (đề xuất theo thứ tự luân phiên, Hội nghị xác nhận)')).toBeTruthy();
    expect(screen.getByText('Cụm phó năm 2023: Tỉnh Quảng Bình (đề xuất theo thứ tự luân phiên, Hội nghị xác nhận)')).toBeTruthy();
  });

  test('in English', async () => {
    await renderApp({ view: 'nominate', lang: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Draw up the conference dossier' }));
    const flag = await screen.findByRole('region', { name: 'Government Emulation Flag' });
    expect(within(flag).getByText('Rank 1 · 5/6 votes (83.33%)')).toBeTruthy();
    expect(screen.getByText('Head in 2023: Tỉnh Hà Tĩnh (suggested by the rotation, to be confirmed by the meeting)')).toBeTruthy();
  });
});
