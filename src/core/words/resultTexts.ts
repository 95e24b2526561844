/**
 * The results in words, for any language: the notes of a ranking row, the reasons a member cannot
 * be nominated, the points the meeting must settle, next year's leaders. The printed sheets
 * (always Vietnamese), the pane and the command line all call these, so the same fact reads the
 * same everywhere.
 */
import type { MemberNames } from '../memberNames';
import type { Award } from '../model';
import { cleanText } from '../text';
import type { AwardResult, IneligibleReason, NominationResult, RankNote } from '../results';
import { asPercent } from '../hundredths';
import type { MeetingPoint } from '../rules/meetingPoints';
import type { Words } from './words';

/** One reason in words; a reason the workbook declares is printed as written, spaces tidied. */
export function reasonText(r: IneligibleReason, w: Words): string {
  return r.kind === 'declared' ? cleanText(r.text) : w.reason(r);
}

export function reasonsText(reasons: readonly IneligibleReason[], w: Words): string {
  return reasons.map((r) => reasonText(r, w)).join('; ');
}

/**
 * Reasons that mean the member lacks a condition. "Already the Flag nominee" keeps a member out
 * of the Certificate round but is no shortcoming, so the lists of ineligible members leave it out.
 */
export function shortcomings(reasons: readonly IneligibleReason[]): IneligibleReason[] {
  return reasons.filter((r) => r.kind !== 'flagNominee');
}

/**
 * A member's ineligibility for both awards, grouped: one entry when the reasons are the same
 * ({awards: "Cờ thi đua và Bằng khen", reasons: "không ký giao ước thi đua"}), else one per award.
 */
export function ineligibilityGroups(
  flag: readonly IneligibleReason[],
  certificate: readonly IneligibleReason[],
  w: Words,
): { awards: string; reasons: string }[] {
  const f = shortcomings(flag);
  const c = shortcomings(certificate);
  const ft = reasonsText(f, w);
  const ct = reasonsText(c, w);
  if (f.length > 0 && c.length > 0 && ft === ct) return [{ awards: w.award.both, reasons: ft }];
  const out: { awards: string; reasons: string }[] = [];
  if (f.length > 0) out.push({ awards: w.award.short.flag, reasons: ft });
  if (c.length > 0) out.push({ awards: w.award.short.certificate, reasons: ct });
  return out;
}

/**
 * The notes of one ranking row: shared rank, the tie-break that placed it above the next member,
 * why it cannot be nominated (both awards in one note when their reasons are the same).
 */
export function rankNoteTexts(notes: readonly RankNote[], names: MemberNames, w: Words): string[] {
  const out: string[] = [];
  const inel: Record<Award, IneligibleReason[]> = { flag: [], certificate: [] };
  for (const n of notes) {
    if (n.kind === 'shared') out.push(w.note.shared(names.names(n.with).join(w.listSeparator)));
    else if (n.kind === 'tieBreak') out.push(w.note.tieBreak(names.name(n.below), w.tieBreak(n.rule)));
    else inel[n.award].push(...n.reasons);
  }
  for (const g of ineligibilityGroups(inel.flag, inel.certificate, w)) out.push(w.note.ineligible(g.awards, g.reasons));
  return out;
}

/** One point the meeting must settle or record, as a sentence. Member names are worded for the inside of a sentence. */
export function meetingPointText(point: MeetingPoint, mode: NominationResult['mode'], names: MemberNames, w: Words): string {
  const inSentence = (codes: readonly string[]): string => w.membersInSentence(names.names(codes));
  const vote = mode === 'vote';
  switch (point.kind) {
    case 'quorumNotMet':
      return w.meeting.quorumNotMet(point.quorum.present, point.quorum.members, point.quorum.required);
    case 'runoff':
      return w.meeting.runoff(point.award, inSentence(point.members), point.round, point.reason);
    case 'exhausted':
      return w.meeting.exhausted(point.award, point.open, point.rounds);
    case 'openPlaces':
      return w.meeting.openPlaces(point.award, point.open, point.nextRound, inSentence(point.suggested));
    case 'decidedByRank': {
      const d = point.decision;
      const taken = d.taken.map((m) => ({ name: names.name(m), rank: point.ranks[m] ?? '…' }));
      return w.meeting.decidedByRank(point.award, inSentence(d.members), d.votes, d.base, taken);
    }
    case 'tiedAtCutoff':
      return w.meeting.tiedAtCutoff(point.award, inSentence(point.members), point.rank);
    case 'notFirst':
      return w.meeting.notFirst(names.name(point.member), point.rank, vote);
    case 'fewerThanQuota':
      return w.meeting.fewerThanQuota(point.award, point.count, point.quota, vote);
  }
}

/**
 * Next year's head and deputies: "Cụm trưởng năm 2023: Tỉnh Quảng Trị", "Cụm phó năm 2023: …",
 * and whether the rotation suggested them (the caller adds words.next.suggested where it fits).
 * `year` is this year (0 when it is not known).
 */
export function nextLeaderLines(nom: NominationResult, year: number, names: MemberNames, w: Words): { head: string; deputies: string; suggested: boolean } {
  const next = year > 0 ? year + 1 : 0;
  const head = nom.nextHead === null ? w.next.notSet : names.name(nom.nextHead);
  const deputies = nom.nextDeputies.length === 0 ? w.next.notSet : names.names(nom.nextDeputies).join(w.listSeparator);
  return {
    head: `${w.next.head(next)}: ${head}`,
    deputies: `${w.next.deputies(next, Math.max(1, nom.nextDeputies.length))}: ${deputies}`,
    suggested: nom.nextSuggested,
  };
}

/**
 * Every round of an award's vote, one line each: "Vòng 1: tỉnh Nghệ An 3/6 phiếu (50,00%);
 * tỉnh Thừa Thiên Huế 3/6 phiếu (50,00%); bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên
 * Huế." The members with votes, most first; who took a place; and what comes next — a new round
 * (announced for the last round only while it is still needed) or, when the rounds ran out, that
 * the place stays empty. [] in a proposal. The command line, the pane and the printed sheet all
 * print these lines.
 */
export function roundLines(a: AwardResult, names: MemberNames, w: Words): string[] {
  return a.rounds.map((r, i) => {
    const last = i === a.rounds.length - 1;
    const votes = r.candidates
      .filter((c) => (c.votes ?? 0) > 0)
      .map((c) => `${w.memberInSentence(names.name(c.member))} ${w.votes(c.votes ?? 0, c.base ?? 0, c.percent ?? asPercent(0))}`);
    const parts = [votes.length > 0 ? votes.join('; ') : w.roundResult.noVotes];
    if (r.taken.length > 0) parts.push(w.roundResult.taken(w.membersInSentence(names.names(r.taken))));
    if (r.runoff.length > 0 && (!last || a.runoffNeeded)) parts.push(w.roundResult.next(r.round + 1, w.membersInSentence(names.names(r.runoff))));
    else if (last && a.exhausted) parts.push(w.roundResult.empty);
    return `${w.round(r.round)}: ${parts.join('; ')}.`;
  });
}
