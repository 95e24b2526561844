/** The time printed on the output sheets. */
import { formatComputedAt } from '../../src/core/computedAt';

describe('computedAt', () => {
  test('dd/mm/yyyy HH:MM with leading zeros', () => {
    expect(formatComputedAt(new Date(2026, 10, 27, 14, 5))).toBe('27/11/2026 14:05');
    expect(formatComputedAt(new Date(2023, 0, 2, 7, 9))).toBe('02/01/2023 07:09');
  });
});
