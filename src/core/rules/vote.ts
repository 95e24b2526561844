/**
 * Counting the vote for one award (docs/quy-tac-tinh-diem.md §9): valid ballots, votes, share against the base,
 * the strict threshold, nominees by votes then rank, and the run-off when the last place is tied.
 */
import type { Award, Ballot, VoteBase } from '../model';
import { asPercent, divideRoundHalfUp, type Percent } from '../hundredths';
import type { AwardResult, BallotFigures, Candidate, IneligibleReason, RankEntry } from '../results';

export interface VoteRules {
  quota: number;
  /** 50% → 5000. */
  threshold: Percent;
  base: VoteBase;
  memberCount: number;
  present: number;
}

export function countAward(
  award: Award,
  ballots: readonly Ballot[],
  ranking: readonly RankEntry[],
  reasonsOf: (member: string) => IneligibleReason[],
  excluded: ReadonlySet<string>,
  rules: VoteRules,
): AwardResult {
  const votes = new Map<string, number>();
  let valid = 0;
  let invalid = 0;
  let abstained = 0;
  for (const b of ballots) {
    const choice = award === 'flag' ? b.flag : b.certificate;
    if (choice.invalid !== null) {
      invalid++;
      continue;
    }
    valid++;
    if (choice.abstained || choice.members.length === 0) abstained++;
    for (const m of choice.members) votes.set(m, (votes.get(m) ?? 0) + 1);
  }
  const base = rules.base === 'members' ? rules.memberCount : valid;
  const ballotsFigures: BallotFigures = { issued: rules.present, valid, invalid, abstained };

  const rankOf = new Map(ranking.map((e, i) => [e.member, { rank: e.rank, order: i }]));
  // Strictly more than the threshold, compared in integers: votes × 10000 > threshold × base.
  const passes = (v: number): boolean => base > 0 && v * 10000 > rules.threshold * base;

  const candidates: Candidate[] = ranking
    .filter((e) => !excluded.has(e.member) || (votes.get(e.member) ?? 0) > 0)
    .map((e) => {
      const v = votes.get(e.member) ?? 0;
      const reasons = reasonsOf(e.member);
      const passed = reasons.length === 0 && passes(v);
      return {
        member: e.member,
        rank: e.rank,
        votes: v,
        base,
        percent: asPercent(base > 0 ? divideRoundHalfUp(v * 10000, base) : 0),
        passed,
        reasons,
        outcome: reasons.length > 0 ? 'ineligible' : passed ? 'outsideQuota' : 'belowThreshold',
      } satisfies Candidate;
    });

  // Passing members by votes (more first), then rank (better first).
  const passing = candidates
    .filter((c) => c.passed)
    .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.rank - b.rank || rankOf.get(a.member)!.order - rankOf.get(b.member)!.order);

  const nominees: string[] = [];
  let tied: string[] = [];
  let i = 0;
  while (i < passing.length && nominees.length < rules.quota) {
    let j = i;
    while (j < passing.length && passing[j].votes === passing[i].votes && passing[j].rank === passing[i].rank) j++;
    const block = passing.slice(i, j).map((c) => c.member);
    if (nominees.length + block.length <= rules.quota) nominees.push(...block);
    else {
      tied = block; // tied on votes and rank across the last place: a run-off is needed
      break;
    }
    i = j;
  }
  const nominated = new Set(nominees);
  const tiedSet = new Set(tied);
  for (const c of candidates) {
    if (nominated.has(c.member)) c.outcome = 'nominated';
    else if (tiedSet.has(c.member)) c.outcome = 'runoff';
  }
  candidates.sort(
    (a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.rank - b.rank || rankOf.get(a.member)!.order - rankOf.get(b.member)!.order,
  );
  return {
    award,
    quota: rules.quota,
    nominees,
    runoffNeeded: tied.length > 0,
    tiedAtCutoff: tied,
    candidates,
    ballots: ballotsFigures,
  };
}
