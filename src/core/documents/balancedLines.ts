/**
 * The issuing body's name in the header block, broken into balanced lines at word boundaries
 * chosen by the program (docs/tai-lieu-in.md, header block): "CỤM THI ĐUA" / "CÁC TỈNH BẮC
 * TRUNG BỘ", never one word alone on a line, never a break inside a phrase that reads as one
 * ("THI / ĐUA", "CÁC / TỈNH", "TỈNH / NGHỆ AN").
 *
 * Of the ways to break the name into the fewest lines that fit, the one with the shortest
 * longest line wins, with two preferences a reader expects: after the head "Cụm thi đua" and
 * after a comma.
 */
import { matchKey } from '../text';
import { textWidthPt } from './textWidth';

/** Words a line should not end with: each reads together with the word after it. */
const BINDS_FORWARD = new Set(
  ['các', 'những', 'và', 'của', 'cho', 'với', 'về', 'thuộc', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'khu', 'vùng', 'miền', 'cụm', 'thi', 'ban', 'ủy', 'hội'].map(
    (w) => matchKey(w),
  ),
);

/** Multipliers of a break's cost (below 1: preferred). */
const AFTER_HEAD = 0.8;
const AFTER_COMMA = 0.85;
const INSIDE_PHRASE = 3;

export interface LineFit {
  /** Widest printed line allowed, in points. */
  maxWidthPt: number;
  fontSize: number;
  bold: boolean;
}

/** The lines, each at least two words (unless the name has one word), at most `maxLines`. */
export function balancedLines(text: string, fit: LineFit, maxLines = 4): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [''];
  const width = (from: number, to: number): number => textWidthPt(words.slice(from, to).join(' '), fit.fontSize, fit.bold);
  if (width(0, words.length) <= fit.maxWidthPt || words.length < 4) return [words.join(' ')];

  const headEnd = matchKey(words.slice(0, 3).join(' ')) === matchKey('cụm thi đua') ? 3 : -1;
  /** Cost multiplier of a break after word i−1 (a line ending at i). */
  const breakFactor = (i: number): number => {
    const last = matchKey(words[i - 1]);
    if (i === headEnd) return AFTER_HEAD;
    if (last.endsWith(',') || last.endsWith(';')) return AFTER_COMMA;
    if (BINDS_FORWARD.has(last)) return INSIDE_PHRASE;
    return 1;
  };

  interface Choice {
    ends: number[];
    cost: number;
    fits: boolean;
    /** No break inside a phrase. */
    clean: boolean;
    lines: number;
  }
  /** Fitting first, then without a break inside a phrase, then fewer lines, then the most balanced. */
  const better = (a: Choice, b: Choice | null): boolean => {
    if (b === null) return true;
    if (a.fits !== b.fits) return a.fits;
    if (a.clean !== b.clean) return a.clean;
    if (a.lines !== b.lines) return a.lines < b.lines;
    return a.cost < b.cost;
  };
  let best: Choice | null = null;
  const search = (start: number, ends: number[], lines: number, total: number): void => {
    const left = words.length - start;
    if (lines === 1) {
      if (left < 2) return;
      const all = [...ends, words.length];
      let widest = 0;
      let factor = 1;
      let clean = true;
      let prev = 0;
      for (const e of all) {
        widest = Math.max(widest, width(prev, e));
        if (e < words.length) {
          factor *= breakFactor(e);
          if (breakFactor(e) === INSIDE_PHRASE) clean = false;
        }
        prev = e;
      }
      const c: Choice = { ends: all, cost: widest * factor, fits: widest <= fit.maxWidthPt, clean, lines: total };
      if (better(c, best)) best = c;
      return;
    }
    for (let e = start + 2; e <= words.length - 2 * (lines - 1); e++) search(e, [...ends, e], lines - 1, total);
  };
  for (let k = 2; k <= Math.min(maxLines, Math.floor(words.length / 2)); k++) search(0, [], k, k);
  if (best === null) return [words.join(' ')];
  const out: string[] = [];
  let prev = 0;
  for (const e of (best as Choice).ends) {
    out.push(words.slice(prev, e).join(' '));
    prev = e;
  }
  return out;
}
