/**
 * `Loại` of a criterion: `Điểm` (scored), `Thưởng` (bonus) or `Trừ` (deduction), and the longer
 * forms "Điểm thưởng" / "Điểm trừ" that officers often write (src/core/words/format.ts).
 */
import type { CriterionType } from '../model';
import { matchKey } from '../text';
import { CRITERION_TYPE_ALIASES, CRITERION_TYPE_WORDS } from '../words/format';

const TYPE_BY_KEY = new Map<string, CriterionType>([
  ...(Object.entries(CRITERION_TYPE_WORDS) as [CriterionType, string][]).map(([type, word]) => [matchKey(word), type] as const),
  ...Object.entries(CRITERION_TYPE_ALIASES).map(([word, type]) => [matchKey(word), type] as const),
]);

export function criterionTypeOf(text: string): CriterionType | null {
  return TYPE_BY_KEY.get(matchKey(text)) ?? null;
}
