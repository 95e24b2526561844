/**
 * Ranking (docs/quy-tac-tinh-diem.md §6): total first, then the tie-break chain; members still equal share a
 * competition rank (1, 2, 2, 4) and keep the order of the `Thành viên` sheet.
 */
import type { TieBreakRule } from '../model';
import type { MemberScore, RankEntry } from '../results';
import { decidingRule } from './tieBreak';

export interface RankedMember {
  score: MemberScore;
  /** Position in `Thành viên`. */
  index: number;
}

export function rankMembers(scores: readonly MemberScore[], chain: readonly TieBreakRule[]): RankEntry[] {
  const items: RankedMember[] = scores.map((score, index) => ({ score, index }));
  items.sort((a, b) => {
    if (a.score.total !== b.score.total) return b.score.total - a.score.total;
    const d = decidingRule(chain, a.score, b.score);
    if (d) return d.order;
    return a.index - b.index;
  });

  const entries: RankEntry[] = [];
  for (let i = 0; i < items.length; i++) {
    const cur = items[i];
    const prev = i > 0 ? items[i - 1] : null;
    const tiedWithPrev = prev !== null && prev.score.total === cur.score.total && decidingRule(chain, prev.score, cur.score) === null;
    const rank = tiedWithPrev ? entries[i - 1].rank : i + 1;
    entries.push({ member: cur.score.member, rank, shared: false, notes: [], eligible: { flag: [], certificate: [] } });
    if (prev && prev.score.total === cur.score.total && !tiedWithPrev) {
      const d = decidingRule(chain, prev.score, cur.score);
      if (d) entries[i - 1].notes.push({ kind: 'tieBreak', below: cur.score.member, rule: d.rule });
    }
  }

  // Shared ranks: everyone with the same rank is noted with the others.
  const byRank = new Map<number, RankEntry[]>();
  for (const e of entries) {
    const group = byRank.get(e.rank);
    if (group) group.push(e);
    else byRank.set(e.rank, [e]);
  }
  for (const group of byRank.values()) {
    if (group.length < 2) continue;
    for (const e of group) {
      e.shared = true;
      e.notes.unshift({ kind: 'shared', with: group.filter((o) => o !== e).map((o) => o.member) });
    }
  }
  return entries;
}
