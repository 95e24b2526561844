import { computeResults } from '../../../src/core/rules/computeResults';
import type { TieBreakRule } from '../../../src/core/model';
import { workbook } from './fixture';

// Criteria: I (score, leaves I.1, I.2), II (score leaf), T (bonus leaf), TR (deduction leaf).
const crit = [
  { code: 'I', max: 60 },
  { code: 'I.1', max: 30 },
  { code: 'I.2', max: 30 },
  { code: 'II', max: 40 },
  { code: 'T', max: 10, type: 'bonus' as const },
  { code: 'TR', max: 10, type: 'deduction' as const },
];

function rank(self: number[][], tieBreak: TieBreakRule[], over: { final?: number[][] } = {}) {
  const wb = workbook({
    criteria: crit,
    self,
    ...(over.final ? { appraisal: over.final, settings: { tieBreak, scoreSource: 'appraisal' as const } } : { settings: { tieBreak } }),
  });
  return computeResults(wb).results.ranking;
}

describe('docs/quy-tac-tinh-diem.md §6 — sort by total, highest first', () => {
  it('orders by total', () => {
    const r = rank([[20, 20, 30, 0, 0], [30, 30, 35, 0, 0], [25, 25, 30, 0, 0]], []);
    expect(r.map((e) => [e.member, e.rank])).toEqual([['NA', 1], ['HT', 2], ['TH', 3]]);
  });
});

describe('docs/quy-tac-tinh-diem.md §6 — tie-break chain', () => {
  // TH: 25+25+30+2−2 = 80; NA: 25+25+31+0−1 = 80. Both total 80.
  const tied = [
    [25, 25, 30, 2, 2],
    [25, 25, 31, 0, 1],
  ];
  it('Ít điểm trừ hơn: the smaller deduction goes first', () => {
    const r = rank(tied, [{ kind: 'lessDeduction' }]);
    expect(r.map((e) => e.member)).toEqual(['NA', 'TH']);
    expect(r.map((e) => e.rank)).toEqual([1, 2]);
    expect(r[0].notes).toContainEqual({ kind: 'tieBreak', below: 'TH', rule: { kind: 'lessDeduction' } });
  });
  it('Nhiều điểm thưởng hơn: the larger bonus goes first', () => {
    const r = rank(tied, [{ kind: 'moreBonus' }]);
    expect(r.map((e) => e.member)).toEqual(['TH', 'NA']);
    expect(r[0].notes).toContainEqual({ kind: 'tieBreak', below: 'NA', rule: { kind: 'moreBonus' } });
  });
  it('Nhóm <mã>: the higher subtotal of that group goes first', () => {
    const r = rank(tied, [{ kind: 'group', group: 'II' }]);
    expect(r.map((e) => e.member)).toEqual(['NA', 'TH']);
    // Group I is equal (50 = 50): the next rule of the chain decides.
    const r2 = rank(tied, [{ kind: 'group', group: 'I' }, { kind: 'moreBonus' }]);
    expect(r2.map((e) => e.member)).toEqual(['TH', 'NA']);
    expect(r2[0].notes).toContainEqual({ kind: 'tieBreak', below: 'NA', rule: { kind: 'moreBonus' } });
  });
  it('Tự chấm sát hơn: the smaller total gap between self and final goes first', () => {
    // Finals from the appraisal: both 80. Self scores: TH claimed 30 on I.1 (gap 5), NA 32 on II (gap 2).
    const finals = [
      [25, 25, 30, 0, 0],
      [25, 25, 30, 0, 0],
    ];
    const self = [
      [30, 25, 30, 0, 0], // gap 5
      [25, 25, 32, 0, 0], // gap 2
    ];
    const r = rank(self, [{ kind: 'closerSelf' }], { final: finals });
    expect(r.map((e) => e.member)).toEqual(['NA', 'TH']);
    expect(r[0].notes).toContainEqual({ kind: 'tieBreak', below: 'TH', rule: { kind: 'closerSelf' } });
  });
});

describe('docs/quy-tac-tinh-diem.md §6 — shared ranks', () => {
  it('members equal after the whole chain share a competition rank (1, 2, 2, 4) in member order', () => {
    const r = rank(
      [
        [20, 20, 30, 0, 0], // TH 70
        [30, 30, 35, 0, 0], // NA 95
        [25, 25, 30, 0, 0], // HT 80
        [25, 25, 30, 0, 0], // QB 80
      ],
      [{ kind: 'lessDeduction' }],
    );
    expect(r.map((e) => [e.member, e.rank, e.shared])).toEqual([
      ['NA', 1, false],
      ['HT', 2, true],
      ['QB', 2, true],
      ['TH', 4, false],
    ]);
    expect(r[1].notes).toContainEqual({ kind: 'shared', with: ['QB'] });
    expect(r[2].notes).toContainEqual({ kind: 'shared', with: ['HT'] });
  });

  it('ranking does not depend on the order of the members (same totals → same ranks)', () => {
    const a = rank([[20, 20, 30, 0, 0], [30, 30, 35, 0, 0]], []);
    const b = rank([[30, 30, 35, 0, 0], [20, 20, 30, 0, 0]], []);
    // Members are positional in the fixture, so swap the expected codes.
    expect(a.map((e) => e.rank)).toEqual(b.map((e) => e.rank));
    expect(a[0].member).toBe('NA');
    expect(b[0].member).toBe('TH');
  });
});
