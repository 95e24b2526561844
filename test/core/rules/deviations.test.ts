import { computeResults } from '../../../src/core/rules/computeResults';
import { workbook } from './fixture';

describe('docs/quy-tac-tinh-diem.md §11 — final far from the self score', () => {
  const crit = [{ code: 'I', max: 10 }];
  it('warns when |final − self| is more than the threshold share of the maximum, not at exactly the threshold', () => {
    // Threshold 20% of 10 = 2 points. TH: self 10, final 8 → gap 2 = exactly 20%: no warning.
    // NA: self 10, final 7,99 → gap 2,01 > 2: warning on NA's self cell.
    const wb = workbook({ criteria: crit, self: [[10], [10]], appraisal: [[8], [7.99]], settings: { scoreSource: 'appraisal' } });
    const warnings = computeResults(wb).problems.filter((p) => p.code === 'SCORE_DEVIATION');
    expect(warnings.map((p) => p.member)).toEqual(['NA']);
    expect(warnings[0]).toMatchObject({ severity: 'warning', sheet: 'Tự chấm', criterion: 'I', cell: 'C2' });
  });
  it('never warns when the self score is the source', () => {
    const wb = workbook({ criteria: crit, self: [[10], [1]] });
    expect(computeResults(wb).problems.filter((p) => p.code === 'SCORE_DEVIATION')).toEqual([]);
  });
});

describe('docs/quy-tac-tinh-diem.md §11 — a biased cross scorer', () => {
  it('flags the scorer whose mean deviation from the others is beyond twice the median', () => {
    // Five scorers; QB gives every other member 2 points more than the rest agree on.
    const crit = [{ code: 'I', max: 20 }, { code: 'I.1', max: 10 }, { code: 'I.2', max: 10 }];
    const others = [6, 6];
    const lenient = [8, 8];
    const rowsFor = (scorer: number) =>
      [0, 1, 2, 3, 4].map((m) => (m === scorer ? [null, null] : scorer === 3 ? lenient : m === 0 && scorer === 1 ? [6.5, 6] : others));
    const wb = workbook({
      criteria: crit,
      self: [[6, 6], [6, 6], [6, 6], [6, 6], [6, 6]],
      settings: { scoreSource: 'cross' },
      cross: { TH: rowsFor(0), NA: rowsFor(1), HT: rowsFor(2), QB: rowsFor(3), QT: rowsFor(4) },
    });
    const { results, problems } = computeResults(wb);
    const qb = results.deviations.find((d) => d.scorer === 'QB')!;
    expect(qb.flagged).toBe(true);
    expect(qb.meanSigned).toBeGreaterThan(150); // about +2 points per cell
    expect(results.deviations.filter((d) => d.flagged).map((d) => d.scorer)).toEqual(['QB']);
    expect(problems.filter((p) => p.code === 'SCORER_BIASED').map((p) => p.sheet)).toEqual(['Chấm chéo - QB']);
  });
});
