/**
 * A nominee's figures as the submission and the notice print them: total, rank, and the votes
 * of the round in which it took its place ("95,50 điểm, hạng 1, 6/6 phiếu (100,00%)").
 */
import { formatPercent } from '../hundredths';
import type { Award } from '../model';
import type { ResultInputs } from './documentInputs';
import { pointText } from './numberText';

export function nomineeFigures(x: ResultInputs, award: Award, member: string): string {
  const a = x.results.nomination[award];
  const parts = [`tổng điểm ${pointText(x.scoreOf.get(member)?.total)}`, `xếp hạng ${x.rankOf.get(member)?.rank ?? '…'}`];
  const round = a.rounds.find((r) => r.taken.includes(member));
  const c = round?.candidates.find((k) => k.member === member);
  if (round && c && c.votes !== null && c.base !== null && c.percent !== null) {
    parts.push(`đạt ${c.votes}/${c.base} phiếu, tỷ lệ ${formatPercent(c.percent, 'vi', 'fixed')}${a.rounds.length > 1 ? ` ở vòng ${round.round}` : ''}`);
  }
  return parts.join(', ');
}
