/**
 * `Loại` of a criterion: `Điểm` (scored), `Thưởng` (bonus) or `Trừ` (deduction). The longer
 * forms "Điểm thưởng" / "Điểm trừ" are what officers often write, so they are accepted too.
 */
import type { CriterionType } from '../model';
import { matchKey } from '../text';

const TYPE_BY_KEY = new Map<string, CriterionType>([
  [matchKey('Điểm'), 'score'],
  [matchKey('Thưởng'), 'bonus'],
  [matchKey('Điểm thưởng'), 'bonus'],
  [matchKey('Trừ'), 'deduction'],
  [matchKey('Điểm trừ'), 'deduction'],
]);

export function criterionTypeOf(text: string): CriterionType | null {
  return TYPE_BY_KEY.get(matchKey(text)) ?? null;
}

export const CRITERION_TYPE_LABEL: Record<CriterionType, string> = {
  score: 'Điểm',
  bonus: 'Thưởng',
  deduction: 'Trừ',
};
