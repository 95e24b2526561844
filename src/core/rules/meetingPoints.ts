/**
 * The points of a nomination the meeting must act on (docs/quy-tac-tinh-diem.md, "Đề xuất" and
 * "Bỏ phiếu"): a vote without its quorum, a run-off for the last place, a shared rank at the
 * quota's cut-off, a Flag nominee that is not rank 1, fewer nominees than the quota. The printed
 * nomination sheet, the pane and the problem list all state them from this one list, in the
 * vocabulary's words.
 */
import type { Award } from '../model';
import type { Results } from '../results';
import type { Quorum } from './quorum';

export type MeetingPoint =
  | { kind: 'quorumNotMet'; quorum: Quorum }
  | { kind: 'runoff'; award: Award; members: string[] }
  | { kind: 'tiedAtCutoff'; award: Award; members: string[]; rank: number | null }
  | { kind: 'notFirst'; member: string; rank: number }
  | { kind: 'fewerThanQuota'; award: Award; count: number; quota: number };

export function meetingPoints(results: Results): MeetingPoint[] {
  const nom = results.nomination;
  const vote = nom.mode === 'vote';
  const rankOf = new Map(results.ranking.map((e) => [e.member, e.rank] as const));
  const out: MeetingPoint[] = [];
  if (vote && !nom.quorum.met) out.push({ kind: 'quorumNotMet', quorum: nom.quorum });
  for (const award of ['flag', 'certificate'] as const) {
    const a = nom[award];
    if (a.runoffNeeded) out.push({ kind: 'runoff', award, members: [...a.tiedAtCutoff] });
    else if (a.tiedAtCutoff.length > 0)
      out.push({ kind: 'tiedAtCutoff', award, members: [...a.tiedAtCutoff], rank: rankOf.get(a.tiedAtCutoff[0]) ?? null });
    if (award === 'flag')
      for (const m of a.nominees) {
        const rank = rankOf.get(m);
        if (rank !== undefined && rank !== 1) out.push({ kind: 'notFirst', member: m, rank });
      }
    if (!a.runoffNeeded && a.tiedAtCutoff.length === 0 && a.nominees.length < a.quota)
      out.push({ kind: 'fewerThanQuota', award, count: a.nominees.length, quota: a.quota });
  }
  return out;
}
