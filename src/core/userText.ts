/**
 * Text from the workbook shown back to people (names, typed values, headers): never unbounded,
 * never invisible. A message quotes at most USER_TEXT_MAX characters of a cell, with an ellipsis
 * when there was more, so that one huge cell cannot make megabytes of messages; and characters
 * that print as nothing or as a plain space (zero-width space, no-break space, control
 * characters, …) are written as their code point, "N⟨U+200B⟩A", so that the officer can see why
 * "NA" was not recognised.
 */

/** Characters quoted from one cell at most (the ellipsis included). */
export const USER_TEXT_MAX = 80;

/** The text cut to `max` characters, "…" included, when it is longer (never half of a surrogate pair). */
export function clipText(text: string, max: number = USER_TEXT_MAX): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return head + '…';
}

// Controls (C0, DEL, C1), no-break and other odd spaces, zero-width and direction marks, the BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/g;

/** "N\u200bA" → "N⟨U+200B⟩A". Ordinary spaces, tabs turned to spaces already, and letters stay. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** A workbook text as a message shows it: cut to the limit, then invisible characters made visible. */
export function shownText(text: string): string {
  return visibleText(clipText(text));
}
