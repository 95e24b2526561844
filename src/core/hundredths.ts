/**
 * Exact arithmetic for scores (rules.md §1): every score is an integer number of hundredths of a
 * point. 95.5 points is 9550. Sums of integers are exact, so equal totals on paper compare equal.
 */
export type Hundredths = number;

/**
 * Converts a number read from a cell to hundredths. Excel stores 9.3 as 9.300000000000001 at
 * times; we round to the nearest hundredth. Returns null when the value has more than 2
 * decimals that matter (more than 1e-6 away from a hundredth).
 */
export function toHundredths(value: number): Hundredths | null {
  if (!Number.isFinite(value)) return null;
  const scaled = value * 100;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) return null;
  return rounded === 0 ? 0 : rounded; // no -0
}

/** Like toHundredths but rounds half up instead of refusing extra decimals (settings such as 66.667%). */
export function roundToHundredths(value: number): Hundredths {
  const r = Math.floor(value * 100 + 0.5 + 1e-9);
  return r === 0 ? 0 : r;
}

/**
 * The exact quotient numerator / denominator (both integers, denominator > 0), rounded half up
 * to an integer. Used to round a mean of hundredths once per leaf (rules.md §1).
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r >= denominator ? q + 1 : q;
}

/** "95.50" — plain form for JSON and the command line. */
export function formatPoint(h: Hundredths): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  return sign + String(Math.floor(a / 100)) + '.' + String(a % 100).padStart(2, '0');
}

/** "95,50" — Vietnamese printed form with a decimal comma (documents.md). */
export function formatPointVi(h: Hundredths): string {
  return formatPoint(h).replace('.', ',');
}

/** The JSON number for hundredths (rounded to 2 decimals by construction). */
export function toPointNumber(h: Hundredths): number {
  return Number(formatPoint(h));
}
