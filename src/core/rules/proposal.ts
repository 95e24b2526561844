/**
 * The proposal before the vote, when there is no `Phiếu bầu` sheet (docs/quy-tac-tinh-diem.md §8): eligible
 * members in rank order up to the quota; a shared rank across the cut-off is left to the vote.
 */
import type { Award } from '../model';
import type { AwardResult, Candidate, IneligibleReason, RankEntry } from '../results';

export function proposeAward(
  award: Award,
  quota: number,
  ranking: readonly RankEntry[],
  reasonsOf: (member: string) => IneligibleReason[],
  excluded: ReadonlySet<string>,
): AwardResult {
  const eligible = ranking.filter((e) => !excluded.has(e.member) && reasonsOf(e.member).length === 0);
  const nominees: string[] = [];
  let tied: string[] = [];
  let i = 0;
  while (i < eligible.length && nominees.length < quota) {
    // The block of eligible members sharing this rank.
    let j = i;
    while (j < eligible.length && eligible[j].rank === eligible[i].rank) j++;
    const block = eligible.slice(i, j).map((e) => e.member);
    if (nominees.length + block.length <= quota) {
      nominees.push(...block);
    } else {
      tied = block; // straddles the cut-off: the vote settles it
      break;
    }
    i = j;
  }
  const nominated = new Set(nominees);
  const tiedSet = new Set(tied);
  const candidates: Candidate[] = ranking
    .filter((e) => !excluded.has(e.member))
    .map((e) => {
      const reasons = reasonsOf(e.member);
      const outcome: Candidate['outcome'] = nominated.has(e.member)
        ? 'nominated'
        : tiedSet.has(e.member)
          ? 'toBeVoted'
          : reasons.length > 0
            ? 'ineligible'
            : 'notProposed';
      return { member: e.member, rank: e.rank, votes: null, base: null, percent: null, passed: outcome === 'nominated', reasons, outcome };
    });
  return {
    award,
    quota,
    nominees,
    runoffNeeded: false,
    tiedAtCutoff: tied,
    candidates,
    ballots: null,
    round: null,
    rounds: [],
    runoffAmong: [],
    nextRound: null,
    runoffReason: null,
    decidedByRank: [],
    openPlaces: Math.max(0, quota - nominees.length),
    exhausted: false,
    extraRound: null,
  };
}
