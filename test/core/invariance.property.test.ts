/**
 * Property tests on whole workbooks: where a member's column stands in a score sheet, or a
 * criterion's row, is layout, not data. Reordering them must not change the ranking, the
 * nominees or the data fingerprint.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/index';
import type { CellValue, WorkbookInput } from '../../src/core/grid';
import { syntheticCluster } from '../../bench/synthetic';

const base = syntheticCluster({ members: 6, leaves: 20, groups: 4, crossSheets: 6, seed: 7 });
const isScoreSheet = (name: string) => name === 'Tự chấm' || name.startsWith('Chấm chéo');

/** Applies a permutation of the member columns (from column D on) to every score sheet. */
function permuteColumns(input: WorkbookInput, perm: number[]): WorkbookInput {
  return {
    ...input,
    sheets: input.sheets.map((s) =>
      isScoreSheet(s.name) ? { ...s, values: s.values.map((row) => [...row.slice(0, 3), ...perm.map((p) => row[3 + p])]) } : s,
    ),
  };
}

/** Applies a permutation of the body rows (criteria) to every score sheet. */
function permuteRows(input: WorkbookInput, order: number[]): WorkbookInput {
  return {
    ...input,
    sheets: input.sheets.map((s) => (isScoreSheet(s.name) ? { ...s, values: [s.values[0], ...order.map((i) => s.values[1 + i])] } : s)),
  };
}

function outcome(input: WorkbookInput) {
  const r = checkWorkbook(input);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return {
    fingerprint: r.fingerprint,
    ranking: r.results!.ranking.map((e) => [e.member, e.rank]),
    totals: r.results!.scores.map((s) => [s.member, s.total]),
    flag: r.results!.nomination.flag.nominees,
    certificate: r.results!.nomination.certificate.nominees,
  };
}

const expected = outcome(base);

describe('ranking is invariant under reordering', () => {
  it('members\' columns in every score sheet', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), (perm) => {
        expect(outcome(permuteColumns(base, perm))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('criteria rows in every score sheet', () => {
    const rows = base.sheets.find((s) => s.name === 'Tự chấm')!.values.length - 1;
    const indices = Array.from({ length: rows }, (_, i) => i);
    fc.assert(
      fc.property(fc.shuffledSubarray(indices, { minLength: rows, maxLength: rows }), (order) => {
        expect(outcome(permuteRows(base, order))).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('a changed score does change the fingerprint (the property above is not vacuous)', () => {
    const changed: WorkbookInput = {
      ...base,
      sheets: base.sheets.map((s) =>
        s.name === 'Chấm chéo - M01' ? { ...s, values: s.values.map((r, i) => (i === 1 ? r.map((v, j) => (j === 4 ? ((v as number) === 0 ? 0.25 : 0) : v)) : r) as CellValue[]) } : s,
      ),
    };
    expect(checkWorkbook(changed).fingerprint).not.toBe(expected.fingerprint);
  });
});
