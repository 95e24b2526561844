/** The points of a nomination the meeting must settle (src/core/rules/meetingPoints.ts). */
import { meetingPoints } from '../../../src/core/rules/meetingPoints';
import { RANKING, results } from '../../app/fixtures/bacTrungBo';

describe('points the meeting must settle (docs/quy-tac-tinh-diem.md, "Đề xuất", "Bỏ phiếu")', () => {
  test('a run-off for the last Certificate place', () => {
    expect(meetingPoints(results())).toEqual([{ kind: 'runoff', award: 'certificate', members: ['HT', 'QB'] }]);
  });

  test('a Flag nominee that is not rank 1, and a shared rank at a proposal cut-off', () => {
    const r = results();
    r.nomination.flag.nominees = ['TH'];
    r.nomination.certificate.runoffNeeded = false; // as in a proposal: tied, to be settled by vote
    expect(meetingPoints(r)).toEqual([
      { kind: 'notFirst', member: 'TH', rank: 2 },
      { kind: 'tiedAtCutoff', award: 'certificate', members: ['HT', 'QB'], rank: 3 },
    ]);
  });

  test('fewer nominees than the quota, and no quorum', () => {
    const r = results();
    r.nomination.certificate = { ...r.nomination.certificate, runoffNeeded: false, tiedAtCutoff: [] };
    r.nomination.quorum = { present: 3, members: 6, required: 4, met: false };
    expect(meetingPoints(r)).toEqual([
      { kind: 'quorumNotMet', quorum: { present: 3, members: 6, required: 4, met: false } },
      { kind: 'fewerThanQuota', award: 'certificate', count: 1, quota: 2 },
    ]);
  });

  test('nothing to settle', () => {
    const r = results();
    r.nomination.certificate = { ...r.nomination.certificate, nominees: ['TH', 'HT'], runoffNeeded: false, tiedAtCutoff: [] };
    expect(meetingPoints({ ...r, ranking: RANKING })).toEqual([]);
  });
});
