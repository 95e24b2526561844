/**
 * The readable report printed without --json: the ranking as an aligned table, the nominees,
 * next year's head and deputy, and the problems grouped by severity.
 */
import {
  countBySeverity,
  describeLock,
  formatPoints,
  meetingPointText,
  meetingPoints,
  memberNames,
  nextLeaderLines,
  problemMessage,
  roundLines,
  rankNoteTexts,
  wordsFor,
  yearText,
  type Award,
  type AwardResult,
  type CheckReport,
  type MemberNames,
  type Problem,
  type Severity,
} from '../core/index';
import { STRINGS, type Lang } from './strings';
import { renderTable } from './table';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const AWARDS: readonly Award[] = ['flag', 'certificate'];

/** Cluster and year, and the data fingerprint, when the workbook could be read that far. */
export function headerLines(report: CheckReport, lang: Lang): string[] {
  const s = STRINGS[lang];
  const lines: string[] = [];
  const wb = report.workbook;
  if (wb) lines.push(s.cluster(wb.settings.clusterName, yearText(wb)));
  if (report.fingerprint) lines.push(s.fingerprint(report.fingerprint));
  const lock = describeLock(report.lock, report.fingerprint, lang);
  if (lock) lines.push(lock.text);
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
  const names = memberNames(report.workbook);
  const rows = results.ranking.map((entry) => {
    const score = results.scores.find((x) => x.member === entry.member);
    return [
      String(entry.rank),
      names.name(entry.member),
      score ? formatPoints(score.total, lang) : '',
      score?.band ?? '',
      rankNoteTexts(entry.notes, names, wordsFor(lang)).join('; '),
    ];
  });
  const c = s.columns;
  return [s.rankingHeading, ...renderTable([c.rank, c.member, c.total, c.band, c.notes], rows, ['right', 'left', 'right', 'left', 'left'])];
}

function awardLine(award: AwardResult, lang: Lang, names: MemberNames): string {
  const s = STRINGS[lang];
  const w = wordsFor(lang);
  const nominees = award.nominees.map((code) => {
    const c = award.candidates.find((x) => x.member === code);
    if (!c || c.votes === null || c.base === null || c.percent === null) return names.name(code);
    return `${names.name(code)} — ${w.votes(c.votes, c.base, c.percent)}`;
  });
  return `${w.award.name[award.award]}: ${nominees.length > 0 ? nominees.join(w.listSeparator) : s.noNominee}`;
}

export function nominationLines(report: CheckReport, lang: Lang): string[] {
  const results = report.results;
  if (!results || !report.workbook) return [];
  const s = STRINGS[lang];
  const w = wordsFor(lang);
  const n = results.nomination;
  const names = memberNames(report.workbook);
  const lines = [s.nominationHeading(n.mode)];
  for (const a of AWARDS) {
    lines.push(awardLine(n[a], lang, names));
    // Every round of the vote, when there was more than one or another is needed.
    if (n[a].rounds.length > 1 || n[a].runoffNeeded) lines.push(...roundLines(n[a], names, w).map((l) => '  ' + l));
  }
  // The points the meeting must settle (a run-off, a shared rank at the cut-off, …).
  lines.push(...meetingPoints(results).map((p) => meetingPointText(p, n.mode, names, w)));
  const next = nextLeaderLines(n, report.workbook.settings.year, names, w);
  if (n.nextHead) lines.push(next.head);
  if (n.nextDeputies.length > 0) lines.push(next.deputies);
  if (next.suggested && (n.nextHead || n.nextDeputies.length > 0)) lines.push(`(${w.next.suggested})`);
  return lines;
}

/** Joins blocks with one empty line between non-empty ones. */
export function joinBlocks(blocks: string[][]): string {
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n') + '\n';
}
