/** The points of a nomination the meeting must settle (src/core/rules/meetingPoints.ts). */
import { meetingPoints } from '../../../src/core/rules/meetingPoints';
import { RANKING, results } from '../../app/fixtures/bacTrungBo';

describe('points the meeting must settle (docs/quy-tac-tinh-diem.md, "Đề xuất", "Bỏ phiếu")', () => {
  test('a run-off for the last Certificate place', () => {
    expect(meetingPoints(results())).toEqual([{ kind: 'runoff', award: 'certificate', members: ['HT', 'QB'], round: 2, reason: 'tie' }]);
  });

  test('a Flag nominee that is not rank 1, and a shared rank at a proposal cut-off', () => {
    const r = results();
    r.nomination.mode = 'proposal';
    r.nomination.flag.nominees = ['TH'];
    r.nomination.certificate.runoffNeeded = false; // as in a proposal: tied, to be settled by vote
    expect(meetingPoints(r)).toEqual([
      { kind: 'notFirst', member: 'TH', rank: 2 },
      { kind: 'tiedAtCutoff', award: 'certificate', members: ['HT', 'QB'], rank: 3 },
    ]);
  });

  test('fewer eligible members than the quota in a proposal, and places nobody passed in a vote', () => {
    const r = results();
    r.nomination.mode = 'proposal';
    r.nomination.certificate = { ...r.nomination.certificate, runoffNeeded: false, tiedAtCutoff: [] };
    expect(meetingPoints(r)).toEqual([{ kind: 'fewerThanQuota', award: 'certificate', count: 1, quota: 2 }]);
    const v = results();
    v.nomination.certificate = { ...v.nomination.certificate, runoffNeeded: false, tiedAtCutoff: [], openPlaces: 1, extraRound: { round: 2, among: ['HT', 'QB'] } };
    v.nomination.quorum = { present: 3, members: 6, required: 4, met: false };
    expect(meetingPoints(v)).toEqual([
      { kind: 'quorumNotMet', quorum: { present: 3, members: 6, required: 4, met: false } },
      { kind: 'openPlaces', award: 'certificate', open: 1, count: 1, quota: 2, nextRound: 2, suggested: ['HT', 'QB'] },
    ]);
  });

  test('a tie on votes settled by rank is a point to record; rounds run out', () => {
    const r = results();
    const decision = { round: 1, members: ['TH', 'HT'], taken: ['TH'], votes: 4, base: 6 };
    r.nomination.certificate = { ...r.nomination.certificate, runoffNeeded: false, nextRound: null, exhausted: true, openPlaces: 1, decidedByRank: [decision] };
    expect(meetingPoints({ ...r, ranking: RANKING })).toEqual([
      { kind: 'exhausted', award: 'certificate', open: 1, rounds: 1 },
      { kind: 'decidedByRank', award: 'certificate', decision, ranks: { TH: 2, HT: 3 } },
    ]);
  });

  test('nothing to settle', () => {
    const r = results();
    r.nomination.certificate = { ...r.nomination.certificate, nominees: ['TH', 'HT'], runoffNeeded: false, tiedAtCutoff: [], openPlaces: 0 };
    expect(meetingPoints({ ...r, ranking: RANKING })).toEqual([]);
  });
});
