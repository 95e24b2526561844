/**
 * Exact arithmetic for scores (docs/quy-tac-tinh-diem.md, "Tính chính xác"): every score is an
 * integer number of hundredths of a point, and every share (a vote share, a threshold) an integer
 * number of hundredths of a percent. Sums of integers are exact, so equal totals on paper compare
 * equal.
 *
 * Two types say which of the two a number holds. `Points` (95.5 points = 9550) is any number: the
 * arithmetic of the rules stays plain. `Percent` (50% = 5000) must be made on purpose (asPercent):
 * the compiler then refuses a percentage where points are expected, and the other way round, so
 * that a share is never printed with the points formatter. Each has one formatter.
 */
import type { Lang } from './lang';

/** Points in hundredths of a point: 95.5 points = 9550. A plain number is Points; a Percent is not. */
export type Points = number & { readonly __unit?: 'points' };

/** A share in hundredths of a percent: 50% = 5000, 66.67% = 6667. Made with asPercent. */
export type Percent = number & { readonly __unit: 'percent' };

export const asPercent = (hundredthsOfPercent: number): Percent => hundredthsOfPercent as Percent;

/**
 * Converts a number read from a cell to hundredths. Excel stores 9.3 as 9.300000000000001 at
 * times; we round to the nearest hundredth. Returns null when the value has more than 2
 * decimals that matter (more than 1e-6 away from a hundredth), or is not a finite number.
 */
export function toHundredths(value: number): Points | null {
  if (!Number.isFinite(value)) return null;
  const scaled = value * 100;
  if (!Number.isFinite(scaled)) return null;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) return null;
  return rounded === 0 ? 0 : rounded; // no -0
}

/** Like toHundredths but rounds half up instead of refusing extra decimals (settings such as 66.667%). */
export function roundToHundredths(value: number): number {
  const r = Math.floor(value * 100 + 0.5 + 1e-9);
  return r === 0 ? 0 : r;
}

/**
 * The exact quotient numerator / denominator (both integers, denominator > 0), rounded half up
 * to an integer. Used to round a mean of hundredths once per leaf (docs/quy-tac-tinh-diem.md).
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r >= denominator ? q + 1 : q;
}

/** "95.50" from 9550: the digits, a point, two decimals. */
function decimalText(h: number): string {
  if (!Number.isFinite(h)) return String(h);
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  return sign + String(Math.floor(a / 100)) + '.' + String(a % 100).padStart(2, '0');
}

/**
 * Points as people read them, always with 2 decimals: "95,50" in Vietnamese (documents and the
 * Vietnamese screens write a decimal comma), "95.50" in English.
 */
export function formatPoints(h: Points, lang: Lang): string {
  const s = decimalText(h);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** The JSON number for points (2 decimals by construction): 9550 → 95.5. */
export function pointsNumber(h: Points): number {
  return Number(decimalText(h));
}

/**
 * A share with its percent sign. 'fixed' keeps 2 decimals, for table columns ("83,33%",
 * "50,00%"); 'short' drops trailing zeros, for sentences and settings ("50%", "62,5%", "66,67%").
 */
export function formatPercent(p: Percent, lang: Lang, style: 'fixed' | 'short' = 'short'): string {
  let s = decimalText(p);
  if (style === 'short') s = s.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
  return (lang === 'vi' ? s.replace('.', ',') : s) + '%';
}

/** The JSON number for a share: 6667 → 66.67. */
export function percentNumber(p: Percent): number {
  return Number(decimalText(p));
}
