/** The cells coloured for a list of problems. */
import { highlightCellsFor } from '../../src/app/highlights';
import { problem } from '../../src/core/problems';
import { P } from './fixtures/bacTrungBo';

describe('cells to highlight', () => {
  test('one entry per cell with its most severe problem; whole-sheet problems are skipped', () => {
    const sameCell = problem('warning', 'NUMBER_AS_TEXT', 'Tự chấm', 'e7', { value: '21', number: 2100 }, { member: 'HT' });
    expect(highlightCellsFor([P.defaultUsed, sameCell, P.aboveMax, P.deviation])).toEqual([
      { sheet: 'Tự chấm', cell: 'E7', severity: 'error' },
      { sheet: 'Thẩm định', cell: 'C5', severity: 'warning' },
    ]);
  });
});
