/** The one-message summary of each command, shown in a MessageBar under the tabs. */
import { meetingPoints, countBySeverity, type RankReport, type Lang } from '../core/index';
import type { BallotFormsResult, CommandResult, LogOutcome } from '../app/commands';
import type { SignOffResult } from '../app/signOff';
import { errorText } from './errorText';
import type { Strings } from './strings';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  lines: string[];
}

type Run = CommandResult<RankReport>;

function writtenLine(run: Pick<Run, 'written'>, t: Strings): string[] {
  return run.written.length > 0 ? [t.written(run.written)] : [];
}

export function checkNotice(run: Run, t: Strings): Notice {
  if (run.outcome === 'notScoring') return { intent: 'warning', lines: [t.notScoring] };
  const c = countBySeverity(run.report.problems);
  if (c.error > 0) return { intent: 'error', lines: [t.check.errors(c.error), ...writtenLine(run, t)] };
  if (c.warning > 0) return { intent: 'warning', lines: [t.check.warningsOnly(c.warning), ...writtenLine(run, t)] };
  return { intent: 'success', lines: [t.check.clean, ...writtenLine(run, t)] };
}

export function rankNotice(run: Run, t: Strings): Notice {
  if (run.outcome === 'notScoring') return { intent: 'warning', lines: [t.notScoring] };
  const c = countBySeverity(run.report.problems);
  if (run.outcome === 'blocked') return { intent: 'error', lines: [t.rank.blocked(c.error), ...writtenLine(run, t)] };
  const members = run.report.results?.ranking.length ?? 0;
  const lines = [t.rank.done(members), ...writtenLine(run, t)];
  if (c.warning > 0) lines.push(t.rank.withWarnings(c.warning));
  return { intent: c.warning > 0 ? 'warning' : 'success', lines };
}

export function nominateNotice(run: Run, t: Strings): Notice {
  if (run.outcome === 'notScoring') return { intent: 'warning', lines: [t.notScoring] };
  const results = run.report.results;
  if (run.outcome === 'blocked' || !results) {
    return { intent: 'error', lines: [t.nominate.blocked(countBySeverity(run.report.problems).error), ...writtenLine(run, t)] };
  }
  const attention = meetingPoints(results).length > 0;
  const lines = [t.nominate.done, ...writtenLine(run, t)];
  if (attention) lines.push(t.nominate.needsAttention);
  return { intent: attention ? 'warning' : 'success', lines };
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
    case 'errors':
      return { intent: 'error', lines: [r.errors(Math.max(1, countBySeverity(result.report?.problems ?? []).error))] };
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
