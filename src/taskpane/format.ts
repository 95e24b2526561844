/**
 * Numbers as the pane shows them: 2 decimals, a decimal comma in Vietnamese ("95,50") and a dot
 * in English ("95.50"), from exact hundredths (rules.md §1) without going through floats.
 */
import { formatPoint, formatPointVi, type Hundredths } from '../core/hundredths';
import type { Lang } from '../core/messages';

export function formatPoints(h: Hundredths, lang: Lang): string {
  return lang === 'en' ? formatPoint(h) : formatPointVi(h);
}

/** A share in hundredths of a percent: 8333 → "83,33%". */
export function formatPercent(h: Hundredths, lang: Lang): string {
  return formatPoints(h, lang) + '%';
}

/** "A", "A và B", "A, B và C". */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return names.slice(0, -1).join(', ') + ` ${and} ` + names[names.length - 1];
}
