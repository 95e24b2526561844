import { aggregate } from '../../../src/core/rules/aggregate';
import { finalScores } from '../../../src/core/rules/finalScores';
import { computeResults } from '../../../src/core/rules/computeResults';
import { workbook } from './fixture';

describe('docs/quy-tac-tinh-diem.md §2 — exact arithmetic', () => {
  it('totals that are equal on paper compare equal (0,1 + 0,2 = 0,3)', () => {
    // As binary floats 0.1 + 0.2 !== 0.3; in hundredths 10 + 20 === 30.
    const wb = workbook({
      criteria: [{ code: 'I', max: 1 }, { code: 'I.1', max: 0.5 }, { code: 'I.2', max: 0.5 }],
      self: [[0.1, 0.2], [0.3, 0]],
    });
    const { results } = computeResults(wb);
    expect(results.scores[0].total).toBe(30);
    expect(results.scores[1].total).toBe(30);
    expect(results.ranking[0].rank).toBe(results.ranking[1].rank);
  });

  it('rounds a mean half up once per leaf, then adds', () => {
    // Cross scores 8,33 / 8,34 / 8,34 → 25,01 / 3 = 8,3366… → 8,34 (per leaf), twice → 16,68.
    // Summing unrounded means would give 16,6733… → 16,67.
    const wb = workbook({
      criteria: [{ code: 'I', max: 20 }, { code: 'I.1', max: 10 }, { code: 'I.2', max: 10 }],
      self: [[8, 8], [8, 8], [8, 8], [8, 8]],
      settings: { scoreSource: 'cross' },
      cross: {
        NA: [[8.33, 8.33], [null, null], [8, 8], [8, 8]],
        HT: [[8.34, 8.34], [8, 8], [null, null], [8, 8]],
        QB: [[8.34, 8.34], [8, 8], [8, 8], [null, null]],
      },
    });
    expect(computeResults(wb).results.scores[0].total).toBe(1668);
  });
});

describe('docs/quy-tac-tinh-diem.md §3 — combining cross scores', () => {
  it('mean of the counted values, rounded half up', () => {
    expect(aggregate([900, 950], 'mean')).toBe(925);
    expect(aggregate([100, 100, 101], 'mean')).toBe(100); // 100,333… → 100
    expect(aggregate([100, 101, 101], 'mean')).toBe(101); // 100,666… → 101
    expect(aggregate([1, 2], 'mean')).toBe(2); // 1,5 → 2 (half up)
  });
  it('median: middle value; mean of the two middle ones for an even count', () => {
    expect(aggregate([700, 900, 800], 'median')).toBe(800);
    expect(aggregate([700, 900, 800, 1000], 'median')).toBe(850);
    expect(aggregate([1, 2], 'median')).toBe(2);
  });
  it('trimmed mean drops one highest and one lowest from 4 values up, else plain mean', () => {
    expect(aggregate([0, 800, 900, 1000], 'trimmedMean')).toBe(850);
    expect(aggregate([0, 900, 1000], 'trimmedMean')).toBe(633); // 633,33…
    expect(aggregate([500, 500, 500, 500, 2000], 'trimmedMean')).toBe(500);
  });
  it('no value → null', () => {
    expect(aggregate([], 'mean')).toBeNull();
  });

  it('leaves out the member\'s own sheet unless self-scoring counts, and leaves out blanks', () => {
    const spec = {
      criteria: [{ code: 'I', max: 10 }],
      self: [[10], [10], [10]],
      cross: {
        TH: [[10], [6], [6]],
        NA: [[4], [9], [null]],
        HT: [[6], [7], [9]],
      },
    };
    const without = finalScores(workbook({ ...spec, settings: { scoreSource: 'cross' } }));
    expect(without.map((r) => r[0])).toEqual([500, 650, 600]); // TH: (4+6)/2; NA: (6+7)/2; HT: 6 (NA blank, own 9 left out)
    const withSelf = finalScores(workbook({ ...spec, settings: { scoreSource: 'cross', countSelfInCross: true } }));
    expect(withSelf.map((r) => r[0])).toEqual([667, 733, 750]); // 20/3, 22/3, (6+9)/2
  });

  it('uses the appraisal sheet when it is the source', () => {
    const wb = workbook({ criteria: [{ code: 'I', max: 10 }], self: [[10], [10]], appraisal: [[7.5], [8.25]], settings: { scoreSource: 'appraisal' } });
    expect(finalScores(wb)).toEqual([[750], [825]]);
  });

  it('bonus and deduction leaves without any value count 0', () => {
    const wb = workbook({
      criteria: [{ code: 'I', max: 10 }, { code: 'T', max: 5, type: 'bonus' }, { code: 'TR', max: 5, type: 'deduction' }],
      self: [[8, null, null], [8, 2, 1]],
    });
    expect(finalScores(wb)).toEqual([[800, 0, 0], [800, 200, 100]]);
  });
});

describe('docs/quy-tac-tinh-diem.md §4 — totals and caps', () => {
  const crit = [
    { code: 'I', max: 60 },
    { code: 'I.1', max: 30 },
    { code: 'I.2', max: 30 },
    { code: 'II', max: 40 },
    { code: 'T', max: 5, type: 'bonus' as const },
    { code: 'T.1', max: 4, type: 'bonus' as const },
    { code: 'T.2', max: 4, type: 'bonus' as const },
    { code: 'TR', max: 3, type: 'deduction' as const },
    { code: 'TR.1', max: 2, type: 'deduction' as const },
    { code: 'TR.1.a', max: 2, type: 'deduction' as const },
    { code: 'TR.1.b', max: 2, type: 'deduction' as const },
    { code: 'TR.2', max: 2, type: 'deduction' as const },
  ];
  it('Total = Base + Bonus − Deduction, with bonus and deduction groups capped at every level', () => {
    // leaves: I.1, I.2, II, T.1, T.2, TR.1.a, TR.1.b, TR.2
    const wb = workbook({ criteria: crit, self: [[28.5, 25.25, 37, 4, 3, 1.5, 2, 1]] });
    const s = computeResults(wb).results.scores[0];
    expect(s.subtotals['I']).toBe(5375);
    expect(s.base).toBe(9075); // 28,5 + 25,25 + 37
    expect(s.subtotals['T']).toBe(500); // 4 + 3 = 7 capped at 5
    expect(s.bonus).toBe(500);
    expect(s.subtotals['TR.1']).toBe(200); // 1,5 + 2 = 3,5 capped at 2 (inner level)
    expect(s.subtotals['TR']).toBe(300); // 2 + 1 = 3, cap 3
    expect(s.deduction).toBe(300);
    expect(s.total).toBe(9075 + 500 - 300);
  });
  it('a score group is never capped (its leaves are already within their maxima)', () => {
    const wb = workbook({ criteria: crit, self: [[30, 30, 40, 0, 0, 0, 0, 0]] });
    expect(computeResults(wb).results.scores[0].subtotals['I']).toBe(6000);
  });
});

describe('docs/quy-tac-tinh-diem.md §5 — classification band', () => {
  const crit = [{ code: 'I', max: 100 }];
  it.each([
    [90, 'Xuất sắc'],
    [89.99, 'Tốt'],
    [80, 'Tốt'],
    [79.99, 'Khá'],
    [70, 'Khá'],
    [0, 'Trung bình'],
  ])('total %s gets band %s (highest band whose lower bound ≤ total)', (total, band) => {
    const wb = workbook({ criteria: crit, self: [[total], [50]] });
    expect(computeResults(wb).results.scores[0].band).toBe(band);
  });
  it('below the lowest band: no band and a warning', () => {
    const wb = workbook({ criteria: crit, self: [[40], [60]], bands: [['Tốt', 80], ['Đạt', 50]] });
    const { results, problems } = computeResults(wb);
    expect(results.scores[0].band).toBeNull();
    expect(problems.filter((p) => p.code === 'TOTAL_WITHOUT_BAND').map((p) => p.member)).toEqual(['TH']);
    // About the band table as a whole: no cell (issue 13: the pane says "cả trang", not "A1").
    expect(problems.filter((p) => p.code === 'TOTAL_WITHOUT_BAND').map((p) => p.cell)).toEqual(['']);
  });
});
