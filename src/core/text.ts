/**
 * Forgiving text matching for names, codes and headers (workbook format: "Sheets and column
 * headers are found by name"): Unicode NFC, case-insensitive, surrounding and repeated spaces
 * ignored, and the old/new tone-mark placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy") treated as equal.
 */

// "Hoà"/"Hòa", "Thuỷ"/"Thủy": old and new spelling put the tone mark on different vowels of the
// open diphthongs oa, oe and uy. In decomposed (NFD) form the tone is a separate combining mark,
// so we move it to the first vowel whenever it sits on the second and no consonant follows.
// This is safe for matching: the two placements never tell two different words apart.
const SECOND_VOWEL_TONE = /(o(?=[ae])|u(?=y))([aey])([\u0300\u0301\u0303\u0309\u0323])(?![a-z\u0111])/g;

function foldTonePlacement(nfdLower: string): string {
  return nfdLower.replace(SECOND_VOWEL_TONE, (_all, v1: string, v2: string, tone: string) => v1 + tone + v2);
}

/** The key two texts are compared by. Equal keys = the same name. */
export function matchKey(text: unknown): string {
  if (text === null || text === undefined) return '';
  const s = String(text)
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
  return foldTonePlacement(s).normalize('NFC');
}

/** Display form of user text: NFC, surrounding spaces removed, inner runs of spaces collapsed. */
export function cleanText(text: unknown): string {
  if (text === null || text === undefined) return '';
  return String(text).normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Splits a `;`-separated (and optionally `,`-separated) list into clean, non-empty items. */
export function splitList(text: unknown, separators: RegExp = /;/): string[] {
  return cleanText(text)
    .split(separators)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}
