/**
 * Points as the documents print them: 2 decimals with a decimal comma ("95,50"), as Vietnamese
 * documents write them (docs/tai-lieu-in.md); shares with formatPercent (src/core/hundredths.ts).
 *
 * Why text and not a number with a number format: a format code only says "decimal separator
 * here"; Excel prints the separator of the reader's locale, so the same file would print
 * "95.50" on an English-locale Excel. The documents are for print and signature, not for
 * further calculation, so we write the digits as text and right-align the cells like numbers.
 * Integers that carry no separator (ranks, vote counts) stay numbers.
 */
import { formatPoints, type Points } from '../hundredths';

/** "95,50"; "" for a missing value. */
export function pointText(h: Points | null | undefined): string {
  return h === null || h === undefined ? '' : formatPoints(h, 'vi');
}

/** "+1,25", "-0,50", "0,00": a deviation, with its sign always shown. */
export function signedPointText(h: Points): string {
  return h > 0 ? '+' + formatPoints(h, 'vi') : formatPoints(h, 'vi');
}

/** A count as administrative documents write it: below 10 with a leading zero ("06", "01"; "12"). */
export function countText(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}
