/** The points of a nomination the meeting must settle. */
import { nominationWarnings } from '../../src/app/nominationWarnings';
import { RANKING, results } from './fixtures/bacTrungBo';

describe('points the meeting must settle (rules.md §5.3, §7, §8.5, §8.7)', () => {
  test('a run-off for the last Certificate place', () => {
    expect(nominationWarnings(results())).toEqual([{ kind: 'runoff', award: 'certificate', members: ['HT', 'QB'] }]);
  });

  test('a Flag nominee that is not rank 1, and a shared rank at a proposal cut-off', () => {
    const r = results();
    r.nomination.flag.nominees = ['TH'];
    r.nomination.certificate.runoffNeeded = false; // as in a proposal: tied, to be settled by vote
    expect(nominationWarnings(r)).toEqual([
      { kind: 'tiedAtCutoff', award: 'certificate', members: ['HT', 'QB'] },
      { kind: 'notFirst', member: 'TH', rank: 2 },
    ]);
  });

  test('nothing to settle', () => {
    const r = results();
    r.nomination.certificate = { ...r.nomination.certificate, runoffNeeded: false, tiedAtCutoff: [] };
    expect(nominationWarnings({ ...r, ranking: RANKING })).toEqual([]);
  });
});
