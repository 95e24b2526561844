/**
 * Reading one cell's value (workbook-format.md, General rules): blanks, Excel error values, and
 * numbers that arrive as text ("9,5", "9.5", " 9 ") — accepted when they have at most one
 * decimal separator and at most two decimals; anything else is not a number.
 */
import { isErrorValue } from '../grid';
import { formatPointVi, toHundredths } from '../hundredths';

export type NumberRead =
  | { kind: 'blank' }
  | { kind: 'error'; text: string }
  | { kind: 'number'; value: number; fromText: boolean }
  | { kind: 'invalid' };

const BLANK: NumberRead = { kind: 'blank' };
const INVALID: NumberRead = { kind: 'invalid' };

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
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, fromText: false } : INVALID;
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

const SHOWN_MAX = 60;

/**
 * The cell's value as a message shows it: numbers with a decimal comma and 2 decimals when they
 * have no more ("12,00"), text as typed (cut when very long).
 */
export function showValue(v: unknown): string {
  if (typeof v === 'number') {
    const h = toHundredths(v);
    return h === null ? String(v).replace('.', ',') : formatPointVi(h);
  }
  const t = cellText(v).trim();
  return t.length > SHOWN_MAX ? t.slice(0, SHOWN_MAX - 1) + '…' : t;
}

/** Hundredths as a message shows them: "10,00". */
export function showPoints(h: number): string {
  return formatPointVi(h);
}

/** Hundredths of a percent as text without needless decimals: 5000 → "50", 6667 → "66,67". */
export function showPercent(h: number): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  const whole = String(Math.floor(a / 100));
  const frac = a % 100;
  if (frac === 0) return sign + whole;
  const digits = String(frac).padStart(2, '0').replace(/0$/, '');
  return sign + whole + ',' + digits;
}
