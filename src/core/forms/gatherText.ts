/**
 * A gathering problem in words (docs/phieu-cham.md): its place — the form's file, sheet and cell,
 * or the scoring workbook's — and its message, in the user's language. Never throws, like
 * problemMessage (src/core/words/index.ts).
 */
import type { Lang } from '../lang';
import { formWordsFor } from '../words/formWords';
import type { GatherProblem } from './gatherProblems';

export function gatherMessage(p: GatherProblem, lang: Lang): string {
  const texts = formWordsFor(lang).problems as Record<string, ((params: unknown) => string) | undefined>;
  try {
    const fn = texts[p.code];
    if (fn) return fn(p.params ?? {});
  } catch {
    // the code alone below
  }
  return String(p.code);
}

/** "NA.xlsx › Tự chấm!E7: Điểm của … vượt điểm tối đa 10,00." */
export function gatherLine(p: GatherProblem, lang: Lang): string {
  return `${formWordsFor(lang).place(p)}: ${gatherMessage(p, lang)}`;
}
