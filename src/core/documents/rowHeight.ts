/**
 * Row heights for wrapped text (docs/tai-lieu-in.md: long texts wrap). Excel does not grow a row to fit
 * a merged cell, and a file written by a library carries no measured heights, so we estimate
 * how many lines a text needs and set the height ourselves. The estimate errs on the tall side:
 * a little white space on paper is harmless, a sentence cut in half is not.
 */

/**
 * Characters of Times New Roman 11 pt that fit in one Excel width unit. A width unit is the
 * default font's digit width (about 7 px = 5.25 pt for Calibri 11); an average Vietnamese
 * lower-case letter of Times New Roman 11 pt with spaces is about 5 pt. We take a little less
 * than the measured ≈ 1.05 to leave room for word-wrap losses and cell padding.
 */
const CHARS_PER_UNIT_AT_11PT = 0.95;

/** Capitals are wider than the average letter (used for the headings in capitals). */
const CAPITAL_WEIGHT = 1.45;
const BOLD_WEIGHT = 1.08;

/** Line height as a multiple of the font size, plus a little padding per row (points). */
const LINE_FACTOR = 1.3;
const ROW_PADDING = 3;

/** Capital letters outside ASCII (Vietnamese "Đ", "Ư", "Ệ", …), remembered per code. */
const upperCache = new Map<number, boolean>();

function charWeight(code: number): number {
  if (code >= 65 && code <= 90) return CAPITAL_WEIGHT;
  if (code < 128) return 1;
  let upper = upperCache.get(code);
  if (upper === undefined) {
    const ch = String.fromCharCode(code);
    upper = ch !== ch.toLowerCase();
    upperCache.set(code, upper);
  }
  return upper ? CAPITAL_WEIGHT : 1;
}

/**
 * How many printed lines `text` takes in a cell `widthChars` wide at `fontSize` points: words
 * are placed greedily as Excel wraps them, "\n" starts a new line, and a word longer than a line
 * breaks across lines. One pass over the characters, without splitting strings: the check sheet
 * estimates thousands of messages.
 */
export function textLines(text: string, widthChars: number, fontSize: number, opts: { bold?: boolean } = {}): number {
  const scale = opts.bold ? BOLD_WEIGHT : 1;
  const capacity = Math.max(1, (widthChars * CHARS_PER_UNIT_AT_11PT * 11) / fontSize);
  // Most cells are short: when even a line of capitals would fit, skip the walk.
  if (text.length * CAPITAL_WEIGHT * scale <= capacity && !text.includes('\n')) return 1;
  let lines = 1;
  let used = 0;
  let word = 0;
  const place = (): void => {
    if (word === 0) return;
    if (used === 0) used = word;
    else if (used + scale + word <= capacity) used += scale + word;
    else {
      lines++;
      used = word;
    }
    while (used > capacity) {
      lines++;
      used -= capacity;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      place();
      lines++;
      used = 0;
    } else if (code === 32) {
      place();
    } else {
      word += charWeight(code) * scale;
    }
  }
  place();
  return lines;
}

/** Points needed for `lines` lines at `fontSize`. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_FACTOR + ROW_PADDING);
}

/** The row height `text` needs, or null when one line is enough (Excel's own height will do). */
export function estimateRowHeight(
  text: string,
  widthChars: number,
  fontSize: number,
  opts: { bold?: boolean } = {},
): number | null {
  const lines = textLines(text, widthChars, fontSize, opts);
  return lines > 1 ? heightForLines(lines, fontSize) : null;
}
