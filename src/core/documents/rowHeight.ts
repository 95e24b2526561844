/**
 * Row heights for wrapped text (docs/tai-lieu-in.md: long texts wrap, rows of a table are even).
 * Excel does not grow a row to fit a merged cell, and a file written by a library carries no
 * measured heights, so the program counts the lines a text needs — with the font's own letter
 * widths (textWidth.ts), words placed as Excel wraps them — and sets every row's height itself.
 * The count errs on the generous side: a little white space on paper is harmless, a sentence
 * cut in half is not.
 */
import { CELL_PADDING_PT, charWidth, unitsToPoints } from './textWidth';

/**
 * Share of the cell's width the count fills: Excel lays text out at screen resolution, where a
 * letter can be a little wider than the font's metrics say.
 */
const FILL = 0.94;

/**
 * Line height as a multiple of the font size, plus a little padding per row (points). Excel gives
 * a line of Times New Roman about 1.31 times its size (15.75 pt at 12 pt); LibreOffice a little
 * less.
 */
const LINE_FACTOR = 1.32;
const ROW_PADDING = 2;

/**
 * How many printed lines `text` takes in a cell `widthChars` wide at `fontSize` points: words
 * are placed greedily as Excel wraps them, "\n" starts a new line, and a word longer than a line
 * breaks across lines. One pass over the characters, without splitting strings: the check sheet
 * counts thousands of messages.
 */
export function textLines(text: string, widthChars: number, fontSize: number, opts: { bold?: boolean } = {}): number {
  const bold = opts.bold === true;
  // In 1/1000 em of this font size.
  const capacity = Math.max(1, ((unitsToPoints(widthChars) - 2 * CELL_PADDING_PT) * FILL * 1000) / fontSize);
  const space = charWidth(32, bold);
  let lines = 1;
  let used = 0;
  let word = 0;
  const place = (): void => {
    if (word === 0) return;
    if (used === 0) used = word;
    else if (used + space + word <= capacity) used += space + word;
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
      word += charWidth(code, bold);
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

/** The height of `text` in a cell `widthChars` wide, one line included. */
export function textHeight(text: string, widthChars: number, fontSize: number, opts: { bold?: boolean } = {}): number {
  return heightForLines(textLines(text, widthChars, fontSize, opts), fontSize);
}
