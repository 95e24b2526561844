/**
 * The vote for one award, round after round (docs/quy-tac-tinh-diem.md §9): round 1 among every
 * member for the quota's places; a round r > 1 exists for the award only when round r − 1 left
 * places open and called for it (a tie for the last place, a Flag place nobody passed — or, for the
 * Certificate, the extra round the conference may hold), when `Số vòng bỏ phiếu tối đa` allows it,
 * and when `Phiếu bầu` has papers of that round. After the last round counted: places that still
 * call for a round with rounds left make the result pending (runoffNeeded: which round, among
 * whom); with no round left they stay empty (exhausted). A paper of a round the award does not
 * have is noted and not counted.
 */
import type { Award, Ballot } from '../model';
import type { AwardResult, IneligibleReason, RankEntry, RoundResult } from '../results';
import { choiceWritten, type BallotNote } from './ballotValidity';
import { countRound, mostVoted, type VoteRules } from './voteRound';

export type { VoteRules } from './voteRound';

export interface AwardVoteRules extends VoteRules {
  quota: number;
  maxRounds: number;
}

export function countAward(
  award: Award,
  ballots: readonly Ballot[],
  ranking: readonly RankEntry[],
  reasonsOf: (member: string) => IneligibleReason[],
  excluded: ReadonlySet<string>,
  rules: AwardVoteRules,
): { result: AwardResult; notes: BallotNote[] } {
  const ctx = { ranking, reasonsOf, excluded, rules };
  const notes: BallotNote[] = [];
  const rounds: RoundResult[] = [];
  const nominees: string[] = [];
  const papersOf = (r: number): Ballot[] => ballots.filter((b) => b.round === r);

  let round = 1;
  let places = rules.quota;
  let among: string[] | null = null;
  /** What the last round counted leaves: the next round's candidates, and whether it must be held. */
  let next: { among: string[]; required: boolean } | null = null;
  for (;;) {
    const counted = countRound({ award, round, places, among, papers: papersOf(round) }, ctx);
    notes.push(...counted.notes);
    const r = counted.result;
    rounds.push(r);
    nominees.push(...r.taken);
    next = null;
    if (r.open > 0) {
      if (r.runoff.length > 0) next = { among: r.runoff, required: true };
      else if (award === 'certificate') {
        // Certificate places nobody passed may stay empty; the conference may vote once more.
        const suggested = mostVoted(r.candidates, nominees, r.open + 1);
        if (suggested.length > 0) next = { among: suggested, required: false };
      }
    }
    if (next === null || round + 1 > rules.maxRounds || papersOf(round + 1).length === 0) break;
    round += 1;
    places = r.open;
    among = next.among;
  }

  // Papers of rounds this award does not have: written cells are noted and not counted.
  for (const b of ballots) if (b.round > round && choiceWritten(b, award)) notes.push({ kind: 'noRound', ballot: b, award, round: b.round });

  const last = rounds[rounds.length - 1];
  const roundsLeft = round < rules.maxRounds;
  const pending = next !== null && next.required && roundsLeft;
  const exhausted = next !== null && next.required && !roundsLeft;
  if (exhausted) {
    // No round left: a tie for the last place stays unresolved; a Flag run-off simply did not pass.
    for (const c of last.candidates) if (c.outcome === 'runoff') c.outcome = 'unresolved';
    else if (c.outcome === 'nextRound') c.outcome = 'belowThreshold';
  }
  const extra = next !== null && !next.required && roundsLeft ? { round: round + 1, among: [...next.among] } : null;
  return {
    result: {
      award,
      quota: rules.quota,
      nominees,
      runoffNeeded: pending,
      tiedAtCutoff: last.runoffReason === 'tie' ? [...last.runoff] : [],
      candidates: last.candidates,
      ballots: last.ballots,
      round,
      rounds,
      runoffAmong: pending ? [...next!.among] : [],
      nextRound: pending ? round + 1 : null,
      runoffReason: pending ? last.runoffReason : null,
      decidedByRank: rounds.flatMap((x) => x.decidedByRank),
      openPlaces: last.open,
      exhausted,
      extraRound: extra,
    },
    notes,
  };
}
