/**
 * Reading one cell's value (docs/huong-dan-so-lieu.md, "Quy định chung"): blanks, Excel error
 * values, and numbers that arrive as text ("9,5", "9.5", " 9 ") — accepted when they have at most
 * one decimal separator and at most two decimals; anything else is not a number. A number that
 * is not finite, or larger than any score can be (MAX_NUMBER), is refused as well: it can only be
 * a mistake, and in hundredths it would no longer be exact.
 */
import { isErrorValue } from '../grid';
import { formatPoints, toHundredths } from '../hundredths';
import { clipText } from '../userText';

export type NumberRead =
  | { kind: 'blank' }
  | { kind: 'error'; text: string }
  | { kind: 'number'; value: number; fromText: boolean }
  /** tooLarge: a number, but not finite or beyond MAX_NUMBER. */
  | { kind: 'invalid'; tooLarge: boolean };

/** No score, maximum, threshold or count is larger than a billion (in hundredths it stays exact). */
export const MAX_NUMBER = 1_000_000_000;

const BLANK: NumberRead = { kind: 'blank' };
const INVALID: NumberRead = { kind: 'invalid', tooLarge: false };
const TOO_LARGE: NumberRead = { kind: 'invalid', tooLarge: true };

/** True for a number a cell may hold as a score, a maximum or a setting. */
export const isUsableNumber = (v: number): boolean => Number.isFinite(v) && Math.abs(v) <= MAX_NUMBER;

// One optional sign, digits, and at most one "," or "." followed by one or two digits. "1.000"
// is refused on purpose: it may be a thousands separator, and guessing would change a score.
const TEXT_NUMBER = /^[+-]?(?:\d+(?:[.,]\d{1,2})?|[.,]\d{1,2})$/;

// isErrorValue is a type guard on string, which would narrow a string that is *not* an error
// value to `never`; this plain predicate avoids that.
const isError = (text: string): boolean => isErrorValue(text);

/** True for null, undefined, or text of spaces only. */
export function isBlankValue(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

/** The Excel error text when the cell holds one (after trimming), else null. */
export function errorText(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return isError(t) ? t : null;
}

export function readNumber(v: unknown): NumberRead {
  if (typeof v === 'number') return isUsableNumber(v) ? { kind: 'number', value: v, fromText: false } : TOO_LARGE;
  if (v === null || v === undefined) return BLANK;
  if (typeof v !== 'string') return INVALID;
  const t = v.trim();
  if (t === '') return BLANK;
  if (isError(t)) return { kind: 'error', text: t };
  if (TEXT_NUMBER.test(t)) return { kind: 'number', value: Number(t.replace(',', '.')), fromText: true };
  return INVALID;
}

/** Plain text of a cell for matching and display ('' for blank or non-text junk). */
export function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return '';
}

/**
 * The cell's value as the workbook shows it, for a message to quote: numbers with a decimal comma
 * and 2 decimals when they have no more ("12,00"), others as written ("1e+308"); text as typed,
 * cut when very long (src/core/userText.ts).
 */
export function showValue(v: unknown): string {
  if (typeof v === 'number') {
    const h = isUsableNumber(v) ? toHundredths(v) : null;
    return h === null ? String(v).replace('.', ',') : formatPoints(h, 'vi');
  }
  if (typeof v === 'string') return clipText(v.trim());
  return cellText(v);
}
