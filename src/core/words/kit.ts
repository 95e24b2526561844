/**
 * How a message shows each kind of fact, per language: workbook text cut and made visible
 * (src/core/userText.ts), points and shares with the language's decimal sign, counts with its
 * thousands sign, lists of names. Every getter takes a missing value and shows "…" instead, so a
 * message is still a sentence when a fact is missing (problemMessage never throws).
 */
import { formatPercent, formatPoints, type Percent, type Points } from '../hundredths';
import type { Lang } from '../lang';
import { shownText } from '../userText';

export const MISSING = '…';

export interface Kit {
  /** A workbook text as shown in a message: cut when long, invisible characters visible. */
  text(s: string | undefined | null): string;
  /** The same in quotes: “Tỉnh Nghệ An”. */
  q(s: string | undefined | null): string;
  /** Several workbook texts: "A, B, C". */
  list(xs: readonly string[] | undefined | null): string;
  pts(h: Points | undefined | null): string;
  pct(p: Percent | undefined | null): string;
  /** A count, thousands grouped: 4.194.304 / 4,194,304. */
  count(n: number | undefined | null): string;
  /** True when the fact is there and not empty. */
  has(x: unknown): boolean;
}

export function kit(lang: Lang, listSeparator: string): Kit {
  const k: Kit = {
    text: (s) => (typeof s === 'string' && s !== '' ? shownText(s) : MISSING),
    q: (s) => `“${k.text(s)}”`,
    list: (xs) => (Array.isArray(xs) && xs.length > 0 ? xs.map((x) => k.text(x)).join(listSeparator) : MISSING),
    pts: (h) => (typeof h === 'number' && Number.isFinite(h) ? formatPoints(h, lang) : MISSING),
    pct: (p) => (typeof p === 'number' && Number.isFinite(p) ? formatPercent(p, lang) : MISSING),
    count: (n) =>
      typeof n === 'number' && Number.isFinite(n)
        ? String(n).replace(/^\d+$/, (d) => d.replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ','))
        : MISSING,
    has: (x) => x !== undefined && x !== null && x !== '' && !(Array.isArray(x) && x.length === 0),
  };
  return k;
}

/** "A", "A và B", "A, B và C" (`and` is the language's word). */
export function joinWithAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** First letter upper-case: the start of a sentence. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
