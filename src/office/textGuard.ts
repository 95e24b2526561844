/**
 * Writing a text into a cell through `range.values` is like typing it: Excel turns "=SUM(A1)",
 * "+84 912", "-5 điểm" and "@home" into formulas, "0912" and "9,5" into numbers, "TRUE" into a
 * logical value, "1/2" into a date. Output sheets must show the text exactly, so such a text is
 * written with a leading apostrophe, Excel's "this is text" prefix: the cell then holds the
 * text unchanged (the apostrophe is not part of the value, `values` reads it back without it).
 *
 * Why the apostrophe and not the "@" number format: it travels inside the values block (no
 * second 2-D array of formats in the request), it does not change the cell's format that the
 * sheet description sets, and it survives a later format change.
 *
 * Which texts: every text whose first character is not a letter (formulas, numbers, dates,
 * times, currencies, "(5)", "#N/A", a text that itself starts with an apostrophe), every text
 * that holds a digit (dates such as "Mar 5" in some languages), and the logical words. Texts
 * that start with a letter and hold no digit (names, sentences) cannot be reinterpreted and are
 * written as they are, so the formula bar of ordinary text shows no apostrophe.
 */

const LOGICAL_WORDS = new Set(['TRUE', 'FALSE', 'ĐÚNG', 'SAI']);

/** True when Excel could read `text` as something other than that very text. */
export function needsTextGuard(text: string): boolean {
  if (text.length === 0) return false;
  if (!/^\p{L}/u.test(text)) return true;
  if (/\p{Nd}/u.test(text)) return true;
  return LOGICAL_WORDS.has(text.normalize('NFC').trim().toUpperCase());
}

/** The value to put into `range.values` so that the cell ends up holding `value` exactly. */
export function cellInput(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : "'" + String(value);
  if (typeof value === 'boolean') return value;
  return needsTextGuard(value) ? "'" + value : value;
}

/** A whole row-major block, converted cell by cell. */
export function cellInputs(values: readonly (readonly (string | number | boolean | null | undefined)[])[]): (string | number | boolean)[][] {
  return values.map((row) => row.map(cellInput));
}
