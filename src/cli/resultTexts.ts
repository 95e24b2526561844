/**
 * The ranking notes and the reasons a candidate is not nominated, as sentences in the user's
 * language. Shared by the text report and the JSON report (and usable by the web mode). The
 * reasons for ineligibility come from src/core/reasons.ts, so they read as in the messages.
 */
import { formatPoint } from '../core/hundredths';
import type { ParsedWorkbook } from '../core/model';
import { reasonsText } from '../core/reasons';
import type { AwardResult, Candidate, RankNote } from '../core/results';
import { STRINGS, type Lang } from './strings';

/** Member code → full name ("NA" → "Tỉnh Nghệ An"); the code itself when unknown. */
export function memberNamer(workbook: ParsedWorkbook | null): (code: string) => string {
  const names = new Map((workbook?.members ?? []).map((m) => [m.code, m.name]));
  return (code) => names.get(code) ?? code;
}

export function noteText(note: RankNote, lang: Lang, name: (code: string) => string): string {
  const s = STRINGS[lang];
  switch (note.kind) {
    case 'shared':
      return s.sharedWith(note.with.map(name).join(s.listSeparator));
    case 'tieBreak':
      return s.placedAbove(name(note.below), s.tieRule(note.rule));
    case 'ineligible':
      return s.cannotBeNominated(note.award, reasonsText(note.reasons, lang));
  }
}

/** Why a candidate is not nominated, or null when it is (rules.md §7–§8). */
export function candidateReason(c: Candidate, award: AwardResult, workbook: ParsedWorkbook | null, lang: Lang): string | null {
  const s = STRINGS[lang];
  switch (c.outcome) {
    case 'nominated':
      return null;
    case 'runoff':
      return s.outcome.runoff;
    case 'belowThreshold':
      return s.outcome.belowThreshold(s.decimal(formatPoint(workbook?.settings.voteThreshold ?? 5000).replace(/\.00$/, '')));
    case 'outsideQuota':
      return s.outcome.outsideQuota(award.quota);
    case 'ineligible':
      return s.outcome.ineligible(reasonsText(c.reasons, lang));
    case 'toBeVoted':
      return s.outcome.toBeVoted;
    case 'notProposed':
      return s.outcome.notProposed;
  }
}
