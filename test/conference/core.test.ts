/**
 * The cases of the vote in rounds (cases.ts) through the core, from the grids a shell hands it:
 * what each award gives, whether a round is pending, and the problems the meeting must see.
 */
import { checkWorkbook, problemMessage } from '../../src/core/index';
import { gridsOf } from '../core/fingerprint/goldenBooks';
import { CONFERENCE_CASES, conferenceCase } from './cases';
import { awardFacts, expectedProblems } from './expectations';

const run = (name: string) => {
  const report = checkWorkbook(gridsOf(conferenceCase(name).book()));
  return { report, nomination: report.results!.nomination };
};

describe.each(CONFERENCE_CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
  const { report, nomination } = run(name);
  test('each award, and whether a round is pending', () => {
    expect(awardFacts(nomination.flag)).toEqual(c.flag);
    expect(awardFacts(nomination.certificate)).toEqual(c.certificate);
    expect(nomination.pending).toBe(c.pending);
  });
  test('the problems the meeting sees', () => {
    expectedProblems(
      c,
      report.problems.map((p) => ({ code: p.code, severity: p.severity, cell: p.cell, message: problemMessage(p, 'vi') })),
    );
  });
});

describe('a closer look', () => {
  test('3–3: round 1 recorded with its figures; the two go to the next round', () => {
    const { flag } = run('3–3 Flag: round 2 between the two').nomination;
    expect(flag.rounds).toHaveLength(1);
    const r = flag.rounds[0];
    expect(r.ballots).toEqual({ issued: 6, returned: 6, valid: 6, invalid: 0, abstained: 0 });
    expect(r.candidates.filter((x) => (x.votes ?? 0) > 0).map((x) => [x.member, x.votes, x.base, x.percent, x.outcome])).toEqual([
      ['NA', 3, 6, 5000, 'nextRound'],
      ['TTH', 3, 6, 5000, 'nextRound'],
    ]);
    expect(flag.runoffReason).toBe('threshold');
  });

  test('round 2 decides: both rounds kept, round 2 only among the two', () => {
    const { flag } = run('3–3 Flag, round 2 decides: NA').nomination;
    expect(flag.rounds.map((r) => [r.round, r.places, r.among, r.taken])).toEqual([
      [1, 1, null, []],
      [2, 1, ['NA', 'TTH'], ['NA']],
    ]);
    expect(flag.rounds[1].candidates.map((x) => [x.member, x.votes, x.percent])).toEqual([
      ['NA', 4, 6667],
      ['TTH', 2, 3333],
    ]);
    expect(flag.candidates).toBe(flag.rounds[1].candidates); // `candidates` is the last round's list
  });

  test('an invalid round-2 paper: returned 6, valid 5, invalid 1', () => {
    const { flag } = run('an invalid round-2 paper (names a member outside the run-off)').nomination;
    expect(flag.rounds[1].ballots).toEqual({ issued: 6, returned: 6, valid: 5, invalid: 1, abstained: 0 });
  });

  test('the present base: 5 present from `Hội nghị`, base 5, NA 60%', () => {
    const { report, nomination } = run('members present as the base: 5 of 6 present, NA on 3 of 5');
    expect(report.workbook!.settings.present).toBe(5);
    expect(nomination.quorum).toEqual({ present: 5, members: 6, required: 4, met: true });
    expect(nomination.flag.candidates[0]).toMatchObject({ member: 'NA', votes: 3, base: 5, percent: 6000, passed: true });
  });

  test('a tie settled by rank: the decision, and the member left out', () => {
    const { certificate } = run('a tie on votes for the last place, settled by rank and recorded').nomination;
    expect(certificate.decidedByRank).toEqual([{ round: 1, members: ['TTH', 'TH', 'QT'], taken: ['TTH', 'TH'], votes: 4, base: 6 }]);
    expect(certificate.candidates.find((x) => x.member === 'QT')?.outcome).toBe('lowerRank');
  });

  test('the Certificate left empty: the extra round the meeting may hold', () => {
    const { certificate } = run('the Certificate place left empty').nomination;
    expect(certificate.openPlaces).toBe(1);
    expect(certificate.extraRound).toEqual({ round: 2, among: ['TH', 'QT'] });
  });

  test('a round-2 cell for an award with no round 2 is a warning on that cell, and not counted', () => {
    const c = conferenceCase('3–3 Flag, round 2 decides: NA');
    const book = c.book();
    const ballots = book.sheets.find((s) => s.name === 'Phiếu bầu')!;
    ballots.rows[8][2] = 'QT'; // row 9: a round-2 paper writes a Certificate name; the Certificate was settled in round 1
    const report = checkWorkbook(gridsOf(book));
    const p = report.problems.filter((x) => x.code === 'BALLOT_NO_SUCH_ROUND');
    expect(p.map((x) => [x.severity, x.sheet, x.cell])).toEqual([['warning', 'Phiếu bầu', 'C9']]);
    expect(problemMessage(p[0], 'vi')).toBe(
      'Phiếu số 2 thuộc vòng 2, nhưng Bằng khen của Thủ tướng Chính phủ không có vòng bỏ phiếu này (đã có kết quả ở vòng trước, hoặc đã hết số vòng), nên ô này không được tính. Hãy để trống ô, hoặc sửa cột “Vòng”.',
    );
    expect(report.results!.nomination.certificate.rounds).toHaveLength(1);
    expect(report.results!.nomination.certificate.nominees).toEqual(['TH']);
  });

  test('a round-2 paper naming two for one place does not count (the round\'s places)', () => {
    const book = conferenceCase('3–3 Flag, round 2 decides: NA').book();
    book.sheets.find((s) => s.name === 'Phiếu bầu')!.rows[12][1] = 'NA; TTH'; // row 13 (a TTH paper)
    const report = checkWorkbook(gridsOf(book));
    expect(report.problems.filter((x) => x.code === 'BALLOT_OVER_PLACES').map((x) => [x.cell, x.params])).toEqual([
      ['B13', { number: '6', award: 'flag', round: 2, count: 2, places: 1 }],
    ]);
    // NA 4 (66,67%) still passes; the paper counts as invalid for the Flag in round 2.
    expect(report.results!.nomination.flag.rounds[1].ballots).toMatchObject({ valid: 5, invalid: 1 });
    expect(report.results!.nomination.flag.nominees).toEqual(['NA']);
  });
});
