/**
 * The readable report printed without --json: the ranking as an aligned table, the nominees,
 * next year's head and deputy, and the problems grouped by severity.
 */
import type { CheckReport } from '../core/index';
import { formatPoint } from '../core/hundredths';
import { problemMessage } from '../core/messages';
import type { Award } from '../core/model';
import { countBySeverity, type Problem, type Severity } from '../core/problems';
import type { AwardResult } from '../core/results';
import { memberNamer, noteText } from './resultTexts';
import { STRINGS, type Lang } from './strings';
import { renderTable } from './table';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const AWARDS: readonly Award[] = ['flag', 'certificate'];

function points(h: number, lang: Lang): string {
  return STRINGS[lang].decimal(formatPoint(h));
}

/** Cluster and year, and the data fingerprint, when the workbook could be read that far. */
export function headerLines(report: CheckReport, lang: Lang): string[] {
  const s = STRINGS[lang];
  const lines: string[] = [];
  const settings = report.workbook?.settings;
  if (settings) lines.push(s.cluster(settings.clusterName, settings.year));
  if (report.fingerprint) lines.push(s.fingerprint(report.fingerprint));
  const lock = report.lock ? s.lockLine(report.lock, report.fingerprint) : null;
  if (lock) lines.push(lock);
  return lines;
}

function location(p: Problem): string {
  if (p.sheet && p.cell) return `${p.sheet}!${p.cell}`;
  return p.sheet || p.cell;
}

/** Problems grouped by severity (errors first), each with its place, message and code. */
export function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  const s = STRINGS[lang];
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = problems.filter((p) => p.severity === severity);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${s.severityHeading[severity]} (${group.length})`);
    for (const p of group) {
      const where = location(p);
      lines.push(`  - ${where ? where + ': ' : ''}${problemMessage(p, lang)} (${p.code})`);
    }
  }
  return lines;
}

export function summaryLine(problems: readonly Problem[], lang: Lang): string {
  const c = countBySeverity(problems);
  const s = STRINGS[lang];
  return c.error + c.warning + c.info === 0 ? s.noProblems : s.summary(c.error, c.warning, c.info);
}

export function rankingLines(report: CheckReport, lang: Lang): string[] {
  const results = report.results;
  if (!results) return [];
  const s = STRINGS[lang];
  const name = memberNamer(report.workbook);
  const rows = results.ranking.map((entry) => {
    const score = results.scores.find((x) => x.member === entry.member);
    return [
      String(entry.rank),
      name(entry.member),
      score ? points(score.total, lang) : '',
      score?.band ?? '',
      entry.notes.map((n) => noteText(n, lang, name)).join('; '),
    ];
  });
  const c = s.columns;
  return [s.rankingHeading, ...renderTable([c.rank, c.member, c.total, c.band, c.notes], rows, ['right', 'left', 'right', 'left', 'left'])];
}

function awardLine(award: AwardResult, lang: Lang, name: (code: string) => string): string {
  const s = STRINGS[lang];
  const nominees = award.nominees.map((code) => {
    const c = award.candidates.find((x) => x.member === code);
    if (!c || c.votes === null || c.base === null || c.percent === null) return name(code);
    return `${name(code)} (${s.votes(c.votes, c.base, points(c.percent, lang))})`;
  });
  let line = `${s.award[award.award]}: ${nominees.length > 0 ? nominees.join(s.listSeparator) : s.noNominee}`;
  if (award.runoffNeeded && award.tiedAtCutoff.length > 0) line += ` — ${s.runoff(award.tiedAtCutoff.map(name).join(s.listSeparator))}`;
  return line;
}

export function nominationLines(report: CheckReport, lang: Lang): string[] {
  const results = report.results;
  if (!results) return [];
  const s = STRINGS[lang];
  const n = results.nomination;
  const name = memberNamer(report.workbook);
  const lines = [s.nominationHeading(n.mode), ...AWARDS.map((a) => awardLine(n[a], lang, name))];
  if (n.nextHead) lines.push(`${s.nextHead}: ${name(n.nextHead)}`);
  if (n.nextDeputies.length > 0) lines.push(`${s.nextDeputies}: ${n.nextDeputies.map(name).join(s.listSeparator)}`);
  if (n.nextSuggested && (n.nextHead || n.nextDeputies.length > 0)) lines.push(s.suggested);
  return lines;
}

/** Joins blocks with one empty line between non-empty ones. */
export function joinBlocks(blocks: string[][]): string {
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n') + '\n';
}
