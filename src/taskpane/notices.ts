/**
 * The summary of each command, shown next to the button that ran it (its view's result) and
 * announced by the pane's live region. A summary that has errors to show carries their count:
 * the view adds the link "Xem 3 lỗi" into the problem list.
 */
import { meetingPoints, countBySeverity, wordsFor, type RankReport, type Lang } from '../core/index';
import type { BallotFormsResult, CommandResult, LogOutcome } from '../app/commands';
import type { SignOffResult } from '../app/signOff';
import { errorText } from './errorText';
import type { Strings } from './strings';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  lines: string[];
  /** Errors behind this result, for the link into the problem list (absent: no link). */
  errors?: number;
}

type Run = CommandResult<RankReport>;

function writtenLine(run: Pick<Run, 'written'>, t: Strings): string[] {
  return run.written.length > 0 ? [t.written(run.written)] : [];
}

export function checkNotice(run: Run, t: Strings): Notice {
  if (run.outcome === 'notScoring') return { intent: 'warning', lines: [t.notScoring] };
  const c = countBySeverity(run.report.problems);
  if (c.error > 0) return { intent: 'error', lines: [t.check.errors(c.error), ...writtenLine(run, t)], errors: c.error };
  if (c.warning > 0) return { intent: 'warning', lines: [t.check.warningsOnly(c.warning), ...writtenLine(run, t)] };
  return { intent: 'success', lines: [t.check.clean, ...writtenLine(run, t)] };
}

export function rankNotice(run: Run, t: Strings): Notice {
  if (run.outcome === 'notScoring') return { intent: 'warning', lines: [t.notScoring] };
  const c = countBySeverity(run.report.problems);
  if (run.outcome === 'blocked') return { intent: 'error', lines: [t.rank.blocked(c.error), ...writtenLine(run, t)], errors: c.error };
  const members = run.report.results?.ranking.length ?? 0;
  const lines = [t.rank.done(members), ...writtenLine(run, t)];
  if (c.warning > 0) lines.push(t.rank.withWarnings(c.warning));
  return { intent: c.warning > 0 ? 'warning' : 'success', lines };
}

export function nominateNotice(run: Run, t: Strings, lang: Lang): Notice {
  if (run.outcome === 'notScoring') return { intent: 'warning', lines: [t.notScoring] };
  const results = run.report.results;
  if (run.outcome === 'blocked' || !results) {
    const errors = countBySeverity(run.report.problems).error;
    return { intent: 'error', lines: [t.nominate.blocked(errors), ...writtenLine(run, t)], errors };
  }
  const points = meetingPoints(results).length;
  const lines = [t.nominate.done, ...writtenLine(run, t)];
  if (points > 0) lines.push(`${wordsFor(lang).meeting.pending(points)}.`);
  return { intent: points > 0 ? 'warning' : 'success', lines };
}

export function ballotFormsNotice(run: BallotFormsResult, t: Strings): Notice {
  if (run.outcome === 'notScoring') return { intent: 'warning', lines: [t.notScoring] };
  if (run.outcome === 'notPending') return { intent: 'info', lines: [t.voteRounds.notPending] };
  if (run.outcome === 'blocked' || run.round === null) {
    return { intent: 'error', lines: [t.nominate.blocked(countBySeverity(run.report.problems).error), ...writtenLine(run, t)] };
  }
  return { intent: 'success', lines: [t.voteRounds.formsWritten(run.round)] };
}

/** What the pane adds when the run's row could not go into `Nhật ký` (the results stand). */
export function logLines(log: LogOutcome | undefined, t: Strings, lang: Lang): string[] {
  if (!log) return [];
  switch (log.kind) {
    case 'written':
    case 'unsupported':
      return [];
    case 'notOurs':
      return [t.log.notOurs(log.sheet)];
    case 'failed':
      return [t.log.failed(errorText(log.error, lang, t))];
  }
}

/** A command's notice with the log's lines added; a log problem makes a success a warning. */
export function withLog(notice: Notice, log: LogOutcome | undefined, t: Strings, lang: Lang): Notice {
  const extra = logLines(log, t, lang);
  if (extra.length === 0) return notice;
  const intent = notice.intent === 'success' || notice.intent === 'info' ? 'warning' : notice.intent;
  return { intent, lines: [...notice.lines, ...extra] };
}

/** The notice after "Chốt số liệu" or "Mở khóa". */
export function signOffNotice(result: SignOffResult, direction: 'lock' | 'unlock', t: Strings): Notice {
  if (result.ok) {
    return { intent: 'success', lines: [direction === 'lock' ? t.lock.done(result.sheets.length) : t.lock.unlocked(result.sheets.length)] };
  }
  const r = t.lock.refusal;
  switch (result.refusal) {
    case 'notScoring':
      return { intent: 'warning', lines: [t.notScoring] };
    case 'errors': {
      const errors = Math.max(1, countBySeverity(result.report?.problems ?? []).error);
      return { intent: 'error', lines: [r.errors(errors)], errors };
    }
    case 'alreadyLocked':
      return { intent: 'warning', lines: [r.alreadyLocked] };
    case 'logNotOurs':
      return { intent: 'error', lines: [r.logNotOurs] };
    case 'nameMissing':
      return { intent: 'warning', lines: [r.nameMissing] };
    case 'notLocked':
      return { intent: 'warning', lines: [r.notLocked] };
    case 'unsupported':
      return { intent: 'warning', lines: [r.unsupported] };
  }
}
