/**
 * Whether one ballot paper counts for one award in one round (docs/quy-tac-tinh-diem.md §9.2): it
 * does not when it names the same member twice or a non-member (the reader has warned), more
 * members than the round's open places, or — in a round after the first — someone outside that
 * round's candidates. The last two depend on the rounds before, so they are judged here; each is
 * a note the results turn into a warning on the paper's cell.
 */
import type { Award, Ballot } from '../model';

export type BallotNote =
  /** More names than the round's places (round 1: the quota). */
  | { kind: 'overPlaces'; ballot: Ballot; award: Award; round: number; count: number; places: number }
  /** Names outside a run-off's candidates. */
  | { kind: 'notCandidate'; ballot: Ballot; award: Award; round: number; members: string[]; among: string[] }
  /** A non-blank cell of a round the award does not have: not counted. */
  | { kind: 'noRound'; ballot: Ballot; award: Award; round: number };

export interface Judgement {
  valid: boolean;
  notes: BallotNote[];
}

export function judgeChoice(ballot: Ballot, award: Award, round: number, places: number, among: readonly string[] | null): Judgement {
  const c = ballot[award];
  const notes: BallotNote[] = [];
  // A name twice or a non-member: the reader reported it; the paper never counts for the award.
  const flawed = c.unknown.length > 0 || c.named > c.members.length + c.unknown.length;
  const over = c.named > places;
  if (over) notes.push({ kind: 'overPlaces', ballot, award, round, count: c.named, places });
  const outside = among === null ? [] : c.members.filter((m) => !among.includes(m));
  if (outside.length > 0) notes.push({ kind: 'notCandidate', ballot, award, round, members: outside, among: [...among!] });
  return { valid: !flawed && !over && outside.length === 0, notes };
}

/** True when the paper writes anything for the award. */
export function choiceWritten(ballot: Ballot, award: Award): boolean {
  const c = ballot[award];
  return c.named > 0 || !c.abstained;
}
