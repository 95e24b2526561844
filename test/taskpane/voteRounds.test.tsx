/** @jest-environment jsdom */
/**
 * The rounds of one award in the Đề nghị view (src/taskpane/components/VoteRounds.tsx): each round
 * with the votes it gave and its figures, then the round still needed and whom it is between — the
 * same lines as the command line and the printed sheet. Results from the core on the conference
 * cases (test/conference/cases.ts).
 */
import './setup';
import * as React from 'react';
import { cleanup as cleanupAll, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { checkWorkbook, memberNames, wordsFor, type AwardResult } from '../../src/core/index';
import { AwardRounds } from '../../src/taskpane/components/AwardRounds';
import { VoteRounds } from '../../src/taskpane/components/VoteRounds';
import { stringsFor } from '../../src/taskpane/strings';
import { gridsOf } from '../core/fingerprint/goldenBooks';
import { conferenceCase } from '../conference/cases';

function show(name: string, award: 'flag' | 'certificate', lang: 'vi' | 'en' = 'vi', onWriteForms?: () => void, busy = false) {
  const report = checkWorkbook(gridsOf(conferenceCase(name).book()));
  const a: AwardResult = report.results!.nomination[award];
  return render(
    <FluentProvider theme={webLightTheme}>
      <AwardRounds t={stringsFor(lang)} award={a} onWriteNextBallots={onWriteForms} busy={busy}>
        <VoteRounds t={stringsFor(lang)} w={wordsFor(lang)} award={a} names={memberNames(report.workbook)} />
      </AwardRounds>
    </FluentProvider>,
  );
}

describe('VoteRounds', () => {
  test('3–3: round 1, then round 2 awaiting its papers, between Nghệ An and Thừa Thiên Huế', () => {
    show('3–3 Flag: round 2 between the two', 'flag');
    const region = screen.getByRole('region', { name: 'Các vòng bỏ phiếu — Cờ thi đua' });
    const items = within(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Vòng 1: tỉnh Nghệ An 3/6 phiếu (50,00%); tỉnh Thừa Thiên Huế 3/6 phiếu (50,00%); bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.' +
        'Số phiếu phát ra 6; số phiếu thu về 6; hợp lệ 6; không hợp lệ 0; phiếu trống (không bầu đơn vị nào) 0.',
      'Vòng 2 (chưa nhập phiếu) — Bỏ phiếu giữa:Tỉnh Nghệ AnTỉnh Thừa Thiên Huế',
    ]);
  });

  test('round 2 decided: both rounds, nothing awaiting', () => {
    show('3–3 Flag, round 2 decides: NA', 'flag');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[1]).toMatch(/^Vòng 2: tỉnh Nghệ An 4\/6 phiếu \(66,67%\); tỉnh Thừa Thiên Huế 2\/6 phiếu \(33,33%\); được suy tôn: tỉnh Nghệ An\./);
  });

  test('the Certificate left empty: the extra round the meeting may hold', () => {
    show('the Certificate place left empty', 'certificate');
    expect(screen.getByText('Vòng 2 (chưa nhập phiếu) — Hội nghị có thể bỏ phiếu thêm:')).toBeTruthy();
    expect(screen.getByText('Tỉnh Thanh Hóa')).toBeTruthy();
    expect(screen.getByText('Tỉnh Quảng Trị')).toBeTruthy();
  });

  test('nothing for a vote settled in one round', () => {
    const { container } = show('3–3 Flag: round 2 between the two', 'certificate');
    expect(container.textContent).toBe('');
  });

  test('in English', () => {
    show('3–3 Flag: round 2 between the two', 'flag', 'en');
    expect(screen.getByRole('region', { name: 'Rounds of voting — Flag' })).toBeTruthy();
    expect(screen.getByText('Round 2 (ballots not entered yet) — Vote between:')).toBeTruthy();
  });

  test('a round pending: the button (AwardRounds) writes its ballot forms', () => {
    const write = jest.fn();
    show('3–3 Flag: round 2 between the two', 'flag', 'vi', write);
    fireEvent.click(screen.getByRole('button', { name: 'Ghi phiếu bầu vòng 2' }));
    expect(write).toHaveBeenCalledWith('flag');
  });

  test('the button is disabled while a command runs, and in English', () => {
    show('2–2–2 Flag: round 2 among the three', 'flag', 'en', jest.fn(), true);
    // A busy button keeps its focus (aria-disabled, PaneButton) and does not run.
    const button = screen.getByRole('button', { name: 'Write the ballot forms of round 2' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  test('no button when no round is pending (decided, or only an extra round the meeting may hold)', () => {
    show('3–3 Flag, round 2 decides: NA', 'flag', 'vi', jest.fn());
    expect(screen.queryByRole('button')).toBeNull();
    cleanupAll();
    show('the Certificate place left empty', 'certificate', 'vi', jest.fn());
    expect(screen.queryByRole('button')).toBeNull();
  });
});
