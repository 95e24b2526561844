/** Ranking notes and reasons of ineligibility in words (rules.md §5.3–§5.4, §6). */
import type { TieBreakRule } from '../core/model';
import type { IneligibleReason, RankNote } from '../core/results';
import { joinNames } from './format';
import type { Strings } from './strings';

export function tieRuleText(rule: TieBreakRule, t: Strings): string {
  switch (rule.kind) {
    case 'group':
      return t.tieRule.group(rule.group);
    case 'lessDeduction':
      return t.tieRule.lessDeduction;
    case 'moreBonus':
      return t.tieRule.moreBonus;
    case 'closerSelf':
      return t.tieRule.closerSelf;
  }
}

export function reasonText(r: IneligibleReason, t: Strings): string {
  switch (r.kind) {
    case 'notSigned':
      return t.reason.notSigned;
    case 'declared':
      return r.text;
    case 'bandBelow':
      return t.reason.bandBelow(r.band, r.minBand);
    case 'flagNominee':
      return t.reason.flagNominee;
  }
}

export function reasonsText(reasons: readonly IneligibleReason[], t: Strings): string {
  return reasons.map((r) => reasonText(r, t)).join('; ');
}

export function noteText(note: RankNote, nameOf: (code: string) => string, t: Strings): string {
  switch (note.kind) {
    case 'shared':
      return t.note.shared(joinNames(note.with.map(nameOf), t.and));
    case 'tieBreak':
      return t.note.tieBreak(nameOf(note.below), tieRuleText(note.rule, t));
    case 'ineligible':
      return t.note.ineligible(t.awardShort[note.award], reasonsText(note.reasons, t));
  }
}
