/**
 * Numbers as printed on the documents: 2 decimals with a decimal comma ("95,50"), as Vietnamese
 * documents write them (documents.md).
 *
 * Why text and not a number with a number format: a format code only says "decimal separator
 * here"; Excel prints the separator of the reader's locale, so the same file would print
 * "95.50" on an English-locale Excel. The documents are for print and signature, not for
 * further calculation, so we write the digits as text and right-align the cells like numbers.
 * Integers that carry no separator (ranks, vote counts) stay numbers.
 */
import { formatPointVi, type Hundredths } from '../hundredths';

/** "95,50"; "" for a missing value. */
export function pointText(h: Hundredths | null | undefined): string {
  return h === null || h === undefined ? '' : formatPointVi(h);
}

/** "+1,25", "-0,50", "0,00": a deviation, with its sign always shown. */
export function signedPointText(h: Hundredths): string {
  return h > 0 ? '+' + formatPointVi(h) : formatPointVi(h);
}

/** "83,33%" from hundredths of a percent (8333), always 2 decimals (tables). */
export function percentText(h: Hundredths | null | undefined): string {
  return h === null || h === undefined ? '' : formatPointVi(h) + '%';
}

/** "50%", "66,67%", "62,5%" from hundredths of a percent: trailing zeros dropped (sentences). */
export function percentWords(h: Hundredths): string {
  const s = formatPointVi(h);
  if (s.endsWith(',00')) return s.slice(0, -3) + '%';
  if (s.endsWith('0')) return s.slice(0, -1) + '%';
  return s + '%';
}
