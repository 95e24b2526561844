/**
 * Issue 13, findings 5 and 9: what a problem says about where it is and how far it goes.
 * - A problem about a whole sheet has no cell ('' — src/core/problems.ts), never "A1": the pane
 *   then says "cả trang" instead of sending the officer to a cell that has nothing to do with it.
 * - "vượt mức" never shows the same figure on both sides (0,11 … vượt mức 0,11).
 */
import { computeResults } from '../../../src/core/rules/computeResults';
import { shownLimit } from '../../../src/core/rules/deviations';
import { problemMessage } from '../../../src/core/words';
import { workbook } from './fixture';

/**
 * Five scorers, two criteria: Tỉnh Nghệ An scores the others 0,11 point lower than the rest on
 * average, just over twice the median (0,106…): both figures are 0,11 once rounded. Found by a
 * seeded search over small random scores, kept here as data.
 */
const CROSS = {
  TH: [[null, null], [6.26, 6.03], [6.14, 6.38], [6.37, 6.33], [6.26, 6.14]],
  NA: [[6.04, 6.09], [null, null], [6.1, 6.17], [6.17, 6.26], [6.03, 6.1]],
  HT: [[6.4, 6.33], [6.34, 6.26], [null, null], [6.07, 6.3], [6.08, 6.36]],
  QB: [[6.33, 6.37], [6.2, 6.3], [6.28, 6.03], [null, null], [6.02, 6.1]],
  QT: [[6.09, 6.36], [6.08, 6.3], [6.39, 6.25], [6.17, 6.07], [null, null]],
};

function biased() {
  const wb = workbook({
    criteria: [{ code: 'I', max: 20 }, { code: 'I.1', max: 10 }, { code: 'I.2', max: 10 }],
    self: [[6, 6], [6, 6], [6, 6], [6, 6], [6, 6]],
    settings: { scoreSource: 'cross' },
    cross: CROSS,
  });
  const p = computeResults(wb).problems.find((x) => x.code === 'SCORER_BIASED');
  if (!p || p.code !== 'SCORER_BIASED') throw new Error('no SCORER_BIASED');
  return p;
}

describe('a biased scorer (docs/quy-tac-tinh-diem.md §11)', () => {
  test('concerns the whole cross-scoring sheet: no cell', () => {
    expect(biased()).toMatchObject({ sheet: 'Chấm chéo - NA', cell: '', member: 'NA' });
  });

  test('the limit shown is below the deviation shown, and the sentence says so with two different figures', () => {
    const p = biased();
    expect(p.params.meanSigned).toBe(-11);
    expect(p.params.limit).toBe(10);
    const vi = problemMessage(p, 'vi');
    expect(vi).toContain('thấp hơn các thành viên khác 0,11 điểm mỗi ô, vượt mức 0,10.');
    expect(vi).not.toMatch(/0,11 điểm mỗi ô, vượt mức 0,11/);
    expect(vi).toContain('Cụm trưởng nên xem lại');
  });

  test.each([
    [11, 10.6, 10],
    [11, 8.2, 8],
    [-30, 29.99, 29],
    [10, 10.0, 9],
  ])('shownLimit(%d, %d) = %d: rounded down, and below the deviation shown', (mean, limit, shown) => {
    expect(shownLimit(mean, limit)).toBe(shown);
    expect(shown).toBeLessThanOrEqual(limit);
    expect(shown).toBeLessThan(Math.abs(mean));
  });
});
