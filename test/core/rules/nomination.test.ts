import { computeResults } from '../../../src/core/rules/computeResults';
import { nextLeaders } from '../../../src/core/rules/nextLeaders';
import { ballots, settings, workbook, type WorkbookSpec } from './fixture';

const crit = [{ code: 'I', max: 100 }, { code: 'TR', max: 10, type: 'deduction' as const }];
// Six provinces with distinct totals: NA 97, TTH 93, HT 91, TH 88, QT 85, QB 82.
const SELF = [
  [88, 0], // TH
  [97, 0], // NA
  [91, 0], // HT
  [82, 0], // QB
  [85, 0], // QT
  [93, 0], // TTH
];

function run(extra: Partial<WorkbookSpec> = {}) {
  return computeResults(workbook({ criteria: crit, self: SELF, ...extra, settings: { flagMinBand: 'Xuất sắc', certificateMinBand: 'Xuất sắc', ...extra.settings } }));
}

describe('docs/quy-tac-tinh-diem.md §7 — eligibility', () => {
  it('a member that did not sign the covenant cannot be nominated', () => {
    const { results } = run({ memberOverrides: [{}, { signedCovenant: false }] });
    const na = results.ranking.find((e) => e.member === 'NA')!;
    expect(na.eligible.flag).toEqual([{ kind: 'notSigned' }]);
    expect(results.nomination.flag.nominees).toEqual(['TTH']); // the next eligible in rank order
  });
  it('a member with a reason in "Không đủ điều kiện khen thưởng" cannot be nominated, with that reason', () => {
    const { results } = run({ memberOverrides: [{}, { ineligibleReason: 'Đang thanh tra có dấu hiệu vi phạm' }] });
    const na = results.ranking.find((e) => e.member === 'NA')!;
    expect(na.eligible.flag).toEqual([{ kind: 'declared', text: 'Đang thanh tra có dấu hiệu vi phạm' }]);
    expect(na.notes).toContainEqual({ kind: 'ineligible', award: 'flag', reasons: [{ kind: 'declared', text: 'Đang thanh tra có dấu hiệu vi phạm' }] });
  });
  it('a band below the award\'s minimum band excludes the member', () => {
    // Flag needs "Xuất sắc" (≥ 90): TH 88 is "Tốt".
    const { results } = run();
    const th = results.ranking.find((e) => e.member === 'TH')!;
    expect(th.eligible.flag).toEqual([{ kind: 'bandBelow', band: 'Tốt', minBand: 'Xuất sắc' }]);
  });
});

describe('docs/quy-tac-tinh-diem.md §8 — proposal without ballots', () => {
  it('Flag: the first eligible member; Certificate: the next ones, Flag nominees excluded', () => {
    const { results } = run({ settings: { certificateQuota: 2 } });
    const n = results.nomination;
    expect(n.mode).toBe('proposal');
    expect(n.flag.nominees).toEqual(['NA']);
    expect(n.certificate.nominees).toEqual(['TTH', 'HT']);
    expect(n.flag.candidates.every((c) => c.votes === null)).toBe(true);
  });
  it('a shared rank across the cut-off lists all tied members as "to be voted"', () => {
    const self = SELF.map((r) => [...r]);
    self[5][0] = 97; // TTH ties NA at 97 with the same deduction
    const { results, problems } = computeResults(workbook({ criteria: crit, self, settings: { flagMinBand: 'Xuất sắc', certificateMinBand: 'Xuất sắc', certificateQuota: 1 } }));
    expect(results.nomination.flag.nominees).toEqual([]);
    expect(results.nomination.flag.tiedAtCutoff).toEqual(['NA', 'TTH']);
    expect(results.nomination.flag.candidates.filter((c) => c.outcome === 'toBeVoted').map((c) => c.member)).toEqual(['NA', 'TTH']);
    // The tied members are not also proposed for the Certificate.
    expect(results.nomination.certificate.nominees).toEqual(['HT']);
    expect(problems.some((p) => p.code === 'SHARED_RANK_AT_CUTOFF')).toBe(true);
  });
});

describe('docs/quy-tac-tinh-diem.md §9 — the vote', () => {
  const base = { settings: { certificateQuota: 1 } };
  it('exactly 50% does not pass at the default threshold 50; more than 50% does', () => {
    // 6 members; NA 3 votes (50%), TTH 4 votes (66,67%).
    const b = ballots([
      [['NA'], ['TTH']],
      [['NA'], ['TTH']],
      [['NA'], ['TTH']],
      [['TTH'], ['TTH']],
      [['TTH'], ['HT']],
      [['TTH'], ['HT']],
    ]);
    const { results } = run({ ...base, ballots: b });
    const flag = results.nomination.flag;
    expect(flag.candidates.find((c) => c.member === 'NA')).toMatchObject({ votes: 3, base: 6, percent: 5000, passed: false });
    expect(flag.candidates.find((c) => c.member === 'TTH')).toMatchObject({ votes: 3, percent: 5000, passed: false });
    expect(flag.nominees).toEqual([]);
    // Issue 10: a Flag place nobody passed calls round 2 between the two (test/core/rules/voteRounds.test.ts).
    expect(flag.runoffAmong).toEqual(['NA', 'TTH']);
    // Certificate: TTH 4/6 = 66,67% passes.
    expect(results.nomination.certificate.candidates.find((c) => c.member === 'TTH')).toMatchObject({ votes: 4, percent: 6667, passed: true });
    expect(results.nomination.certificate.nominees).toEqual(['TTH']);
  });

  it('4 of 6 passes; the Flag nominee is excluded from the Certificate round', () => {
    const b = ballots([
      [['NA'], ['TTH']],
      [['NA'], ['TTH']],
      [['NA'], ['NA']],
      [['NA'], ['TTH']],
      [['TTH'], ['TTH']],
      [['TTH'], ['HT']],
    ]);
    const { results, problems } = run({ ...base, ballots: b });
    expect(results.nomination.mode).toBe('vote');
    expect(results.nomination.flag.nominees).toEqual(['NA']);
    expect(results.nomination.certificate.nominees).toEqual(['TTH']);
    const naCert = results.nomination.certificate.candidates.find((c) => c.member === 'NA')!;
    expect(naCert.reasons).toContainEqual({ kind: 'flagNominee' });
    expect(naCert.passed).toBe(false);
    expect(problems.some((p) => p.code === 'FLAG_NOMINEE_NOT_FIRST')).toBe(false);
    expect(results.nomination.flag.ballots).toEqual({ issued: 6, returned: 6, valid: 6, invalid: 0, abstained: 0 });
  });

  it('the base can be the number of valid ballots; invalid and abstaining ballots are counted apart', () => {
    // 6 papers: 2 invalid for the Flag, 1 abstains. Valid = 4; NA named on 2 → 50% of valid: not passing;
    // TTH named on 1.
    const b = ballots([
      [['NA'], []],
      [['NA'], []],
      ['invalid', []],
      ['invalid', []],
      [[], []],
      [['TTH'], []],
    ]);
    const { results } = run({ ballots: b, settings: { voteBase: 'validBallots' } });
    const flag = results.nomination.flag;
    expect(flag.ballots).toEqual({ issued: 6, returned: 6, valid: 4, invalid: 2, abstained: 1 });
    expect(flag.candidates.find((c) => c.member === 'NA')).toMatchObject({ votes: 2, base: 4, percent: 5000, passed: false });
  });

  // Two passing members cannot tie for a single place (each would need more than half the votes),
  // so the last-place ties use two places. Issue 10 judges a paper's places in the rules: a paper
  // names at most the quota.
  it('a tie on votes and rank for the last place needs a run-off: none of the tied is taken', () => {
    const self = SELF.map((r) => [...r]);
    self[2][0] = 93; // HT 93 = TTH 93 = TH 93: they share rank 2
    self[0][0] = 93;
    // Each pair twice: TTH, HT and TH get 4 votes each (66,67%) for 2 places, all of rank 2.
    const b = ballots([
      [['NA'], ['TTH', 'HT']],
      [['NA'], ['TTH', 'HT']],
      [['NA'], ['TTH', 'TH']],
      [['NA'], ['TTH', 'TH']],
      [['NA'], ['HT', 'TH']],
      [['NA'], ['HT', 'TH']],
    ]);
    const { results, problems } = computeResults(
      workbook({ criteria: crit, self, ballots: b, settings: { certificateQuota: 2, flagMinBand: 'Xuất sắc', certificateMinBand: 'Xuất sắc' } }),
    );
    const cert = results.nomination.certificate;
    expect(cert.nominees).toEqual([]);
    expect(cert.runoffNeeded).toBe(true);
    expect([...cert.tiedAtCutoff].sort()).toEqual(['HT', 'TH', 'TTH']);
    expect(cert.candidates.filter((c) => c.outcome === 'runoff').length).toBe(3);
    expect(problems.some((p) => p.code === 'RUNOFF_NEEDED')).toBe(true);
  });

  it('equal votes are ordered by rank: the better-ranked passing members take the places, and the decision is recorded', () => {
    // TTH 93 (rank 2), HT 91 (rank 3), TH 88 (rank 4): 4 votes each for 2 places.
    const b = ballots([
      [['NA'], ['TTH', 'HT']],
      [['NA'], ['TTH', 'HT']],
      [['NA'], ['TTH', 'TH']],
      [['NA'], ['TTH', 'TH']],
      [['NA'], ['HT', 'TH']],
      [['NA'], ['HT', 'TH']],
    ]);
    const { results } = run({ ballots: b, settings: { certificateQuota: 2, certificateMinBand: 'Tốt' } });
    const cert = results.nomination.certificate;
    expect(cert.nominees).toEqual(['TTH', 'HT']);
    expect(cert.runoffNeeded).toBe(false);
    expect(cert.candidates.find((c) => c.member === 'TH')!.outcome).toBe('lowerRank');
    expect(cert.decidedByRank).toEqual([{ round: 1, members: ['TTH', 'HT', 'TH'], taken: ['TTH', 'HT'], votes: 4, base: 6 }]);
  });

  it('votes for a member that cannot be nominated are counted and shown, with the reason, but never nominate it', () => {
    const b = ballots([
      [['NA'], ['TTH']],
      [['NA'], ['TTH']],
      [['NA'], ['TTH']],
      [['NA'], ['TTH']],
      [['TTH'], ['TTH']],
      [['TTH'], ['TTH']],
    ]);
    const { results, problems } = run({ ballots: b, memberOverrides: [{}, { signedCovenant: false }], settings: { certificateQuota: 1 } });
    const na = results.nomination.flag.candidates.find((c) => c.member === 'NA')!;
    expect(na).toMatchObject({ votes: 4, passed: false, outcome: 'ineligible' });
    expect(results.nomination.flag.nominees).toEqual([]);
    expect(problems.find((p) => p.code === 'VOTES_FOR_INELIGIBLE')?.member).toBe('NA');
    // About the ballots as a whole: no cell (issue 13: the pane says "cả trang", not "A1").
    expect(problems.find((p) => p.code === 'VOTES_FOR_INELIGIBLE')?.cell).toBe('');
  });

  it('a Flag nominee that is not rank 1 is allowed but raises a warning', () => {
    const b = ballots([
      [['TTH'], []],
      [['TTH'], []],
      [['TTH'], []],
      [['TTH'], []],
      [['NA'], []],
      [['NA'], []],
    ]);
    const { results, problems } = run({ ballots: b });
    expect(results.nomination.flag.nominees).toEqual(['TTH']);
    const w = problems.find((p) => p.code === 'FLAG_NOMINEE_NOT_FIRST')!;
    expect(w.severity).toBe('warning');
    expect(w.params.rank).toBe(2);
  });

  it('quorum is ⌈2/3 × members⌉ present', () => {
    const { results } = run({ ballots: ballots([[['NA'], []]]), settings: { present: 3 } });
    expect(results.nomination.quorum).toEqual({ present: 3, members: 6, required: 4, met: false });
    const ok = run({ ballots: ballots([[['NA'], []]]), settings: { present: 4 } });
    expect(ok.results.nomination.quorum.met).toBe(true);
  });
});

describe('docs/quy-tac-tinh-diem.md §10 — next year\'s head and deputy', () => {
  const rotation = ['TH', 'NA', 'HT', 'QB', 'QT', 'TTH'];
  it('set in Cấu hình: taken as they are', () => {
    expect(nextLeaders(settings({ rotation, nextHead: 'QT', nextDeputies: ['TTH'] }))).toEqual({ head: 'QT', deputies: ['TTH'], suggested: false });
  });
  it('otherwise suggested from the rotation: the member after the head, and the one after that', () => {
    expect(nextLeaders(settings({ rotation, head: 'NA' }))).toEqual({ head: 'HT', deputies: ['QB'], suggested: true });
  });
  it('never suggests as head the member already set as next year\'s deputy', () => {
    // After NA comes HT, but HT is already the deputy set for next year: the head is the one after.
    expect(nextLeaders(settings({ rotation, head: 'NA', nextDeputies: ['HT'] }))).toEqual({ head: 'QB', deputies: ['HT'], suggested: true });
  });
  it('wraps round the end of the rotation', () => {
    expect(nextLeaders(settings({ rotation, head: 'QT' }))).toEqual({ head: 'TTH', deputies: ['TH'], suggested: true });
    expect(nextLeaders(settings({ rotation, head: 'TTH' }))).toEqual({ head: 'TH', deputies: ['NA'], suggested: true });
  });
});
