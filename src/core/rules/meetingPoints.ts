/**
 * The points of a nomination the meeting must act on or record (docs/quy-tac-tinh-diem.md §8, §9):
 * a vote without its quorum; a round still needed (a tie for the last place, a Flag place nobody
 * passed) and among whom; places left empty when the rounds ran out; Certificate places nobody
 * passed (the conference may vote once more); a tie on votes the better rank settled; a Flag
 * nominee that is not rank 1; before the vote, a shared rank at the quota's cut-off and fewer
 * eligible members than the quota. The printed sheets, the pane and the problem list all state them
 * from this one list, in the vocabulary's words.
 */
import type { Award } from '../model';
import type { Severity } from '../problems';
import type { RankDecision, Results, RunoffReason } from '../results';
import type { Quorum } from './quorum';

export type MeetingPoint =
  | { kind: 'quorumNotMet'; quorum: Quorum }
  /** A vote: round `round` is needed among `members`. */
  | { kind: 'runoff'; award: Award; members: string[]; round: number; reason: RunoffReason }
  /** A vote: `open` places that called for a round stay empty after `rounds` rounds. */
  | { kind: 'exhausted'; award: Award; open: number; rounds: number }
  /** A vote: `open` places nobody passed stay empty; the conference may vote round `nextRound` among `suggested`. */
  | { kind: 'openPlaces'; award: Award; open: number; count: number; quota: number; nextRound: number | null; suggested: string[] }
  /** A vote: a tie on votes for the last place settled by the better rank. */
  | { kind: 'decidedByRank'; award: Award; decision: RankDecision; ranks: Record<string, number> }
  /** A proposal: members sharing a rank at the quota's cut-off. */
  | { kind: 'tiedAtCutoff'; award: Award; members: string[]; rank: number | null }
  | { kind: 'notFirst'; member: string; rank: number }
  /** A proposal: fewer eligible members than the quota. */
  | { kind: 'fewerThanQuota'; award: Award; count: number; quota: number };

/**
 * How much each point weighs, wherever it is shown: a round still needed, rounds run out, a shared
 * rank at the cut-off or a Flag nominee not ranked first ask the meeting to act (warning); places
 * left empty by the vote and a tie the rank settled are to be recorded (information). The quorum is
 * the reader's error.
 */
export const MEETING_POINT_SEVERITY: Readonly<Record<MeetingPoint['kind'], Severity>> = {
  quorumNotMet: 'error',
  runoff: 'warning',
  exhausted: 'warning',
  openPlaces: 'info',
  decidedByRank: 'info',
  tiedAtCutoff: 'warning',
  notFirst: 'warning',
  fewerThanQuota: 'info',
};

export function meetingPoints(results: Results): MeetingPoint[] {
  const nom = results.nomination;
  const vote = nom.mode === 'vote';
  const rankOf = new Map(results.ranking.map((e) => [e.member, e.rank] as const));
  const out: MeetingPoint[] = [];
  if (vote && !nom.quorum.met) out.push({ kind: 'quorumNotMet', quorum: nom.quorum });
  for (const award of ['flag', 'certificate'] as const) {
    const a = nom[award];
    if (vote) {
      if (a.runoffNeeded && a.nextRound !== null)
        out.push({ kind: 'runoff', award, members: [...a.runoffAmong], round: a.nextRound, reason: a.runoffReason ?? 'tie' });
      else if (a.exhausted) out.push({ kind: 'exhausted', award, open: a.openPlaces, rounds: a.round ?? 1 });
      else if (a.openPlaces > 0)
        out.push({
          kind: 'openPlaces',
          award,
          open: a.openPlaces,
          count: a.nominees.length,
          quota: a.quota,
          nextRound: a.extraRound?.round ?? null,
          suggested: a.extraRound ? [...a.extraRound.among] : [],
        });
      for (const decision of a.decidedByRank)
        out.push({ kind: 'decidedByRank', award, decision, ranks: Object.fromEntries(decision.members.map((m) => [m, rankOf.get(m) ?? 0])) });
    } else if (a.tiedAtCutoff.length > 0) {
      out.push({ kind: 'tiedAtCutoff', award, members: [...a.tiedAtCutoff], rank: rankOf.get(a.tiedAtCutoff[0]) ?? null });
    } else if (a.nominees.length < a.quota) {
      out.push({ kind: 'fewerThanQuota', award, count: a.nominees.length, quota: a.quota });
    }
    if (award === 'flag')
      for (const m of a.nominees) {
        const rank = rankOf.get(m);
        if (rank !== undefined && rank !== 1) out.push({ kind: 'notFirst', member: m, rank });
      }
  }
  return out;
}
