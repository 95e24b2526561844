/** @jest-environment jsdom */
/**
 * One result, three renderings, the same words: the printed sheets, the command line (JSON and
 * text) and the pane word the ranking notes, the candidates' outcomes and the reasons a member
 * cannot be nominated identically, because all three take them from the vocabulary
 * (src/core/words). The workbook is the corpus base with a member that did not sign the
 * covenant, one under inspection, and a vote that gives them ballots.
 */
import './setup';
import * as React from 'react';
import { render, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { rankJson } from '../../src/cli/jsonReport';
import { nominationLines, rankingLines } from '../../src/cli/textReport';
import { rankWorkbook, type RankReport } from '../../src/core/index';
import type { SheetDescription } from '../../src/core/sheet';
import { VI } from '../../src/core/words';
import { reasonsText, shortcomings } from '../../src/core/words/resultTexts';
import { NominateView } from '../../src/taskpane/views/NominateView';
import { RankView } from '../../src/taskpane/views/RankView';
import { stringsFor } from '../../src/taskpane/strings';
import { ballotSheet, baseBook } from '../corpus/base';
import { findSheet } from '../corpus/book';
import { gridsOf } from '../core/fingerprint/goldenBooks';

function report(): RankReport {
  const b = baseBook();
  const members = findSheet(b, 'Thành viên').rows;
  members[1][3] = 'Không'; // Tỉnh Thanh Hóa did not sign the covenant
  members[6][4] = 'Đang thanh tra có dấu hiệu vi phạm'; // Tỉnh Thừa Thiên Huế
  b.sheets.push(
    ballotSheet([
      ['NA', 'TTH'],
      ['NA', 'TH'],
      ['NA', 'QT'],
      ['TH', 'QT'],
      ['HT', 'QT'],
      ['NA', 'HT'],
    ]),
  );
  const r = rankWorkbook(gridsOf(b), { computedAt: '15/12/2022 14:05' });
  if (!r.results) throw new Error('the workbook should rank: ' + r.problems.map((p) => p.code).join(', '));
  return r;
}

const sheetNamed = (r: RankReport, key: string): SheetDescription => r.sheets.find((s) => s.key === key)!;
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

describe('the same result in the same words everywhere', () => {
  const r = report();
  const results = r.results!;
  const nameOf = (code: string): string => r.workbook!.members.find((m) => m.code === code)!.name;
  const run = { outcome: 'done' as const, report: r, written: [], computedAt: '15/12/2022 14:05' };
  const t = stringsFor('vi');
  const VIEW = { t, lang: 'vi' as const, busy: false, running: false, stage: null, notice: null, focusSeq: 0, onRun: () => undefined, onShowErrors: () => undefined };

  it('has notes, outcomes and reasons to compare', () => {
    expect(results.ranking.filter((e) => e.notes.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(results.nomination.flag.candidates.filter((c) => c.reasons.length > 0 && (c.votes ?? 0) > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('ranking notes: printed sheet = command line (JSON and text) = pane', () => {
    const ranking = sheetNamed(r, 'ranking');
    const notesCol = ranking.values.find((row) => row.includes('Ghi chú'))!.indexOf('Ghi chú');
    const printed = (name: string): string[] => {
      const row = ranking.values.find((x) => x[1] === name)!;
      return text(row[notesCol]).split('\n').filter((x) => x !== '');
    };
    const json = rankJson(r, 'vi', null).ranking;
    const cliText = rankingLines(r, 'vi').join('\n');
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <RankView {...VIEW} run={run} stale={false} />
      </FluentProvider>,
    );
    const list = within(container).getByRole('list', { name: t.rank.listLabel });
    const rows = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    results.ranking.forEach((entry, i) => {
      const name = nameOf(entry.member);
      const pane = Array.from(rows[i].querySelectorAll('ul li')).map((li) => li.textContent);
      expect({ name, printed: printed(name) }).toEqual({ name, printed: json[i].notes });
      expect({ name, pane }).toEqual({ name, pane: json[i].notes });
      if (json[i].notes.length > 0) expect(cliText).toContain(json[i].notes.join('; '));
    });
  });

  it('outcomes and reasons: printed nomination sheet = command line = pane', () => {
    const nomination = sheetNamed(r, 'minutes');
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <NominateView {...VIEW} run={run} />
      </FluentProvider>,
    );
    const json = rankJson(r, 'vi', null).nomination!;
    const cliText = nominationLines(r, 'vi').join('\n');
    for (const award of ['flag', 'certificate'] as const) {
      const a = results.nomination[award];
      const region = within(container).getByRole('region', { name: VI.award.name[award] });
      const items = within(region).getAllByRole('listitem');
      a.candidates.forEach((c, i) => {
        const name = nameOf(c.member);
        const label = VI.outcome.label(c, 'vote');
        // The printed table: the candidate's row, `Kết quả` in the last column.
        // (The last filled cell: the header block may have cut the sheet's columns, docs/tai-lieu-in.md.)
        const printed = nomination.values.filter((row) => row[0] === name).map((row) => text(row.filter((v) => v !== null).slice(-1)[0]));
        expect(printed).toContain(label);
        // The pane: the badge next to the name.
        expect(items[i].textContent).toContain(name + label);
        if (c.reasons.length > 0) {
          const reasons = reasonsText(c.reasons, VI);
          expect(items[i].textContent).toContain(reasons);
          expect(json[award].candidates[i].reason).toContain(reasons);
        }
      });
      expect(cliText).toContain(VI.award.name[award]);
    }
    // The members that cannot be nominated: printed section 3 and the pane's list, same reasons.
    const section = nomination.values.map((row) => text(row[0])).join('\n');
    const paneList = within(container).getByRole('heading', { name: t.nominate.ineligibleTitle }).parentElement!.textContent!;
    for (const e of results.ranking) {
      for (const award of ['flag', 'certificate'] as const) {
        const lack = shortcomings(e.eligible[award]);
        if (lack.length === 0) continue;
        expect(section).toContain(reasonsText(lack, VI));
        expect(paneList).toContain(reasonsText(lack, VI));
      }
    }
  });
});
