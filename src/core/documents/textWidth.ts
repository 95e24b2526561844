/**
 * How wide a text prints in Times New Roman (docs/tai-lieu-in.md: the font of every printed
 * sheet), so that the program can break the cluster's name into balanced lines, size the rules
 * of the header block, and count the lines a wrapped cell needs.
 *
 * The advance widths are those of the Adobe Times Roman and Times Bold font metrics (1/1000 em),
 * which Times New Roman and Liberation Serif (LibreOffice's metric-compatible substitute) share.
 * A Vietnamese letter is as wide as its base letter (the tone and vowel marks sit above or below
 * it); the horn of ơ and ư makes the letter a little wider.
 */

/** Printable ASCII from the space (32) to the tilde (126), regular weight. */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, // space – /
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0 – ?
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ – O
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P – _
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` – o
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p – ~
];

const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278,
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
  930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
  611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
  333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
  556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** Punctuation outside ASCII that the documents use: dashes, ellipsis, curly quotes. */
const OTHER: Record<number, number> = {
  0x2013: 500, // –
  0x2014: 1000, // —
  0x2026: 1000, // …
  0x2018: 333,
  0x2019: 333,
  0x201c: 444,
  0x201d: 444,
  0x00a0: 250,
  0x0110: 722, // Đ
  0x0111: 500, // đ (regular); bold below
};

/** The horn of ơ, ư (U+031B) widens the letter by about this much. */
const HORN = 60;
/** Anything else (a letter of another script, a symbol): a wide letter, to err on the safe side. */
const UNKNOWN = 722;

const cache = [new Map<number, number>(), new Map<number, number>()];

/** Advance width of one UTF-16 code unit, in 1/1000 em. */
export function charWidth(code: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  if (code >= 32 && code <= 126) return table[code - 32];
  const memo = cache[bold ? 1 : 0];
  const known = memo.get(code);
  if (known !== undefined) return known;
  let w: number;
  if (code === 0x0111 && bold) w = 556;
  else if (OTHER[code] !== undefined) w = OTHER[code];
  else if (code >= 0x0300 && code <= 0x036f) w = 0; // a combining mark on its own (decomposed text)
  else {
    const parts = String.fromCharCode(code).normalize('NFD');
    const base = parts.charCodeAt(0);
    if (parts.length > 1 && base >= 32 && base <= 126) w = table[base - 32] + (parts.includes('\u031b') ? HORN : 0);
    else if (base === 0x0110 || base === 0x0111) w = charWidth(base, bold);
    else w = UNKNOWN;
  }
  memo.set(code, w);
  return w;
}

/** Printed width of `text` in points at `size` points (one line; "\n" counts as nothing). */
export function textWidthPt(text: string, size: number, bold = false): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10) units += charWidth(code, bold);
  }
  return (units * size) / 1000;
}

/**
 * Points across a column `units` wide (Excel's width unit: the digit width of the workbook's
 * Normal font, 7 px for Calibri 11, at 0.75 pt per pixel; a width written in the file already
 * holds the cell's padding).
 */
export const POINTS_PER_UNIT = 5.25;

/** Room for text in a cell: its width less Excel's padding (about 2 px on each side). */
export const CELL_PADDING_PT = 3;

export function unitsToPoints(units: number): number {
  return units * POINTS_PER_UNIT;
}

export function pointsToUnits(points: number): number {
  return points / POINTS_PER_UNIT;
}
