/**
 * What the three result sheets are built from, with the look-ups they all need (members by
 * code, scores and ranks by member code).
 */
import type { ParsedWorkbook } from '../model';
import type { MemberScore, RankEntry, Results } from '../results';
import type { LockLine } from '../lock/describeLock';
import { MemberNames } from '../memberNames';
import { peopleFromMeeting, type DocumentPeople } from './people';

export interface ResultInputs {
  workbook: ParsedWorkbook;
  results: Results;
  fingerprint: string | null;
  computedAt: string;
  /** The lock line printed under the fingerprint (src/core/lock/describeLock.ts); null when not locked. */
  lock: LockLine | null;
  /** Who signs (people.ts): by default as `Hội nghị` names them; dotted lines for whoever is not named. */
  people: DocumentPeople;
  names: MemberNames;
  scoreOf: Map<string, MemberScore>;
  rankOf: Map<string, RankEntry>;
}

export function resultInputs(
  workbook: ParsedWorkbook,
  results: Results,
  fingerprint: string | null,
  computedAt: string,
  lock: LockLine | null = null,
  people: DocumentPeople = peopleFromMeeting(workbook.meeting),
): ResultInputs {
  return {
    workbook,
    results,
    fingerprint,
    computedAt,
    lock,
    people,
    names: new MemberNames(workbook.members),
    scoreOf: new Map(results.scores.map((s) => [s.member, s])),
    rankOf: new Map(results.ranking.map((r) => [r.member, r])),
  };
}
