/**
 * The tie-break chain for equal totals (docs/quy-tac-tinh-diem.md §6): each rule says which of two members
 * goes first, or that they are still equal.
 */
import type { TieBreakRule } from '../model';
import type { MemberScore } from '../results';

/** Negative when a goes before b, positive when b goes first, 0 when the rule cannot tell. */
export function compareByRule(rule: TieBreakRule, a: MemberScore, b: MemberScore): number {
  switch (rule.kind) {
    case 'group':
      return (b.subtotals[rule.group] ?? 0) - (a.subtotals[rule.group] ?? 0); // higher first
    case 'lessDeduction':
      return a.deduction - b.deduction;
    case 'moreBonus':
      return b.bonus - a.bonus;
    case 'closerSelf':
      return a.selfGap - b.selfGap;
  }
}

/** The first rule of the chain that separates a and b, with its verdict; null when none does. */
export function decidingRule(
  chain: readonly TieBreakRule[],
  a: MemberScore,
  b: MemberScore,
): { rule: TieBreakRule; order: number } | null {
  for (const rule of chain) {
    const order = compareByRule(rule, a, b);
    if (order !== 0) return { rule, order };
  }
  return null;
}
