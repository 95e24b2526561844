/** The one-message summary of each command, shown in a MessageBar under the tabs. */
import type { RankReport } from '../core/index';
import { countBySeverity } from '../core/problems';
import type { CommandResult } from '../app/commands';
import { nominationWarnings } from '../app/nominationWarnings';
import type { Strings } from './strings';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  lines: string[];
}

type Run = CommandResult<RankReport>;

function writtenLine(run: Run, t: Strings): string[] {
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
  const attention = nominationWarnings(results).length > 0;
  const lines = [t.nominate.done, ...writtenLine(run, t)];
  if (attention) lines.push(t.nominate.needsAttention);
  return { intent: attention ? 'warning' : 'success', lines };
}
