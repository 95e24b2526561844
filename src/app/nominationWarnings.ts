/**
 * The points of a nomination the meeting must act on (rules.md §5.3, §7, §8.5, §8.7): a run-off
 * for the last place, a shared rank at the quota cut-off, a Flag nominee that is not rank 1.
 */
import type { Award } from '../core/model';
import type { Results } from '../core/results';

export type NominationWarning =
  | { kind: 'runoff'; award: Award; members: string[] }
  | { kind: 'tiedAtCutoff'; award: Award; members: string[] }
  | { kind: 'notFirst'; member: string; rank: number };

export function nominationWarnings(results: Results): NominationWarning[] {
  const out: NominationWarning[] = [];
  const { nomination } = results;
  for (const a of [nomination.flag, nomination.certificate]) {
    if (a.runoffNeeded) out.push({ kind: 'runoff', award: a.award, members: a.tiedAtCutoff });
    else if (a.tiedAtCutoff.length > 0) out.push({ kind: 'tiedAtCutoff', award: a.award, members: a.tiedAtCutoff });
  }
  const rankOf = new Map(results.ranking.map((r) => [r.member, r.rank] as const));
  for (const m of nomination.flag.nominees) {
    const rank = rankOf.get(m);
    if (rank !== undefined && rank !== 1) out.push({ kind: 'notFirst', member: m, rank });
  }
  return out;
}
