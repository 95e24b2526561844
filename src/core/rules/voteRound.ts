/**
 * Counting one round of the vote for one award (docs/quy-tac-tinh-diem.md §9): the papers that
 * count, each member's votes, the share against the base, the strict threshold; then the places:
 * passing members by votes, a tie on votes for the last place settled by the better rank (and
 * recorded) or by a new round (`Khi bằng phiếu ở suất cuối`), and — for the Flag — a place nobody
 * passed goes to a new round among the most voted. Shares are compared in integers:
 * votes × 10000 > threshold × base.
 */
import type { Award, Ballot, LastPlaceTie, VoteBase } from '../model';
import { asPercent, divideRoundHalfUp, type Percent } from '../hundredths';
import type { BallotFigures, Candidate, IneligibleReason, RankDecision, RankEntry, RoundResult, RunoffReason } from '../results';
import { judgeChoice, type BallotNote } from './ballotValidity';

export interface VoteRules {
  /** 50% → 5000. */
  threshold: Percent;
  base: VoteBase;
  memberCount: number;
  present: number;
  lastPlaceTie: LastPlaceTie;
}

export interface RoundInput {
  award: Award;
  round: number;
  places: number;
  /** null: every member (round 1). */
  among: readonly string[] | null;
  /** The papers of this round. */
  papers: readonly Ballot[];
}

export interface RoundContext {
  ranking: readonly RankEntry[];
  reasonsOf: (member: string) => IneligibleReason[];
  /** Members not listed unless they got votes (the Flag nominees, in the Certificate vote). */
  excluded: ReadonlySet<string>;
  rules: VoteRules;
}

export function countRound(input: RoundInput, ctx: RoundContext): { result: RoundResult; notes: BallotNote[] } {
  const { award, round, places, among, papers } = input;
  const { ranking, reasonsOf, excluded, rules } = ctx;
  const notes: BallotNote[] = [];
  const votes = new Map<string, number>();
  let valid = 0;
  let invalid = 0;
  let abstained = 0;
  for (const b of papers) {
    const j = judgeChoice(b, award, round, places, among);
    notes.push(...j.notes);
    if (!j.valid) {
      invalid++;
      continue;
    }
    valid++;
    const choice = b[award];
    if (choice.members.length === 0) abstained++;
    for (const m of choice.members) votes.set(m, (votes.get(m) ?? 0) + 1);
  }
  const base = rules.base === 'members' ? rules.memberCount : rules.base === 'present' ? rules.present : valid;
  const ballots: BallotFigures = { issued: rules.present, returned: papers.length, valid, invalid, abstained };

  const order = new Map(ranking.map((e, i) => [e.member, i]));
  const passes = (v: number): boolean => base > 0 && v * 10000 > rules.threshold * base;
  const listed = ranking.filter((e) => (among === null ? !excluded.has(e.member) || (votes.get(e.member) ?? 0) > 0 : among.includes(e.member)));
  const candidates: Candidate[] = listed.map((e) => {
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
  // Most votes first, then the better rank, then the order of the ranking.
  const byVotes = (a: Candidate, b: Candidate): number => (b.votes ?? 0) - (a.votes ?? 0) || a.rank - b.rank || order.get(a.member)! - order.get(b.member)!;
  candidates.sort(byVotes);

  const fill = fillPlaces(candidates.filter((c) => c.passed), places, rules.lastPlaceTie);
  const decisions: RankDecision[] = fill.decisions.map((d) => ({ round, members: d.members, taken: d.taken, votes: d.votes, base }));
  let runoff = fill.runoff;
  let runoffReason: RunoffReason | null = runoff.length > 0 ? 'tie' : null;
  const open = places - fill.taken.length;
  // A Flag place nobody passed: the Law gives the Flag every year, so a new round among the most voted.
  if (open > 0 && runoff.length === 0 && award === 'flag') {
    runoff = mostVoted(candidates, fill.taken, open + 1);
    runoffReason = runoff.length > 0 ? 'threshold' : null;
  }

  const taken = new Set(fill.taken);
  const inRunoff = new Set(runoff);
  const lowerRank = new Set(decisions.flatMap((d) => d.members.filter((m) => !d.taken.includes(m))));
  for (const c of candidates) {
    if (taken.has(c.member)) c.outcome = 'nominated';
    else if (inRunoff.has(c.member)) c.outcome = runoffReason === 'tie' ? 'runoff' : 'nextRound';
    else if (lowerRank.has(c.member)) c.outcome = 'lowerRank';
  }
  return {
    result: { round, places, among: among === null ? null : [...among], ballots, candidates, taken: fill.taken, decidedByRank: decisions, open, runoff, runoffReason },
    notes,
  };
}

interface Fill {
  taken: string[];
  decisions: { members: string[]; taken: string[]; votes: number }[];
  /** Members tied for the last place that neither votes nor rank could separate. */
  runoff: string[];
}

/** Passing members (most votes first, then better rank) into the places. */
function fillPlaces(passing: readonly Candidate[], places: number, tieRule: LastPlaceTie): Fill {
  const taken: string[] = [];
  const decisions: Fill['decisions'] = [];
  let i = 0;
  while (i < passing.length && taken.length < places) {
    let j = i;
    while (j < passing.length && passing[j].votes === passing[i].votes) j++;
    const group = passing.slice(i, j);
    if (taken.length + group.length <= places) {
      taken.push(...group.map((c) => c.member));
      i = j;
      continue;
    }
    // Tied on votes for the last place(s).
    if (tieRule === 'revote') return { taken, decisions, runoff: group.map((c) => c.member) };
    const byRank: string[] = [];
    let k = 0;
    while (k < group.length && taken.length < places) {
      let l = k;
      while (l < group.length && group[l].rank === group[k].rank) l++;
      const same = group.slice(k, l).map((c) => c.member);
      if (taken.length + same.length > places) {
        // The rank is shared too: only a new round can tell them apart.
        if (byRank.length > 0) decisions.push({ members: group.map((c) => c.member), taken: byRank, votes: group[0].votes ?? 0 });
        return { taken, decisions, runoff: same };
      }
      taken.push(...same);
      byRank.push(...same);
      k = l;
    }
    decisions.push({ members: group.map((c) => c.member), taken: byRank, votes: group[0].votes ?? 0 });
    break;
  }
  return { taken, decisions, runoff: [] };
}

/**
 * The eligible members not yet placed with the most votes: the first `n` (for one open place, the
 * top two) and everyone tied with the n-th; all of them when there are no more than `n`.
 * `candidates` are sorted, most votes first.
 */
export function mostVoted(candidates: readonly Candidate[], taken: readonly string[], n: number): string[] {
  const pool = candidates.filter((c) => c.reasons.length === 0 && !taken.includes(c.member));
  if (pool.length <= n) return pool.map((c) => c.member);
  const cut = pool[n - 1].votes ?? 0;
  return pool.filter((c) => (c.votes ?? 0) >= cut).map((c) => c.member);
}
