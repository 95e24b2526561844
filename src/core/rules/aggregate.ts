/**
 * How several cross scores of one cell combine into a final score (docs/quy-tac-tinh-diem.md §3), in integer
 * hundredths, rounded half up once per leaf (docs/quy-tac-tinh-diem.md §2).
 */
import type { Aggregation } from '../model';
import { divideRoundHalfUp, type Points } from '../hundredths';

function mean(values: readonly Points[]): Points {
  let sum = 0;
  for (const v of values) sum += v;
  return divideRoundHalfUp(sum, values.length);
}

function median(values: readonly Points[]): Points {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid];
  return divideRoundHalfUp(sorted[mid - 1] + sorted[mid], 2);
}

/** Drops one highest and one lowest when there are at least 4 values; else the plain mean. */
function trimmedMean(values: readonly Points[]): Points {
  if (values.length < 4) return mean(values);
  const sorted = [...values].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

/** Combines the counted values of one cell; null when there is none. */
export function aggregate(values: readonly Points[], how: Aggregation): Points | null {
  if (values.length === 0) return null;
  switch (how) {
    case 'mean':
      return mean(values);
    case 'median':
      return median(values);
    case 'trimmedMean':
      return trimmedMean(values);
  }
}
