/**
 * The machine-readable report of `check --json` and `rank --json`. Other tools read these
 * names: keep them stable, and only ever add. Points are JSON numbers with at most 2 decimals
 * (pointsNumber); a vote share is a percentage (66.67, percentNumber). Words (notes, reasons)
 * come from the core's vocabulary in the asked language.
 */
import {
  memberNames,
  percentNumber,
  pointsNumber,
  problemMessage,
  rankNoteTexts,
  wordsFor,
  type AwardResult,
  type CheckReport,
  type NominationResult,
  type Severity,
} from '../core/index';
import type { Lang } from './strings';

export interface JsonIssue {
  severity: Severity;
  code: string;
  sheet: string;
  cell: string;
  member: string | null;
  criterion: string | null;
  message: string;
}

export interface JsonRankEntry {
  rank: number;
  member: string;
  name: string;
  total: number;
  base: number;
  bonus: number;
  deduction: number;
  /** Subtotal of each top-level scored group, by code. */
  groups: Record<string, number>;
  band: string | null;
  sharedRank: boolean;
  /** true = can be nominated for that award. */
  eligible: { flag: boolean; certificate: boolean };
  notes: string[];
}

export interface JsonCandidate {
  member: string;
  votes: number | null;
  base: number | null;
  percent: number | null;
  passed: boolean;
  reason: string | null;
}

export interface JsonAward {
  quota: number;
  nominees: string[];
  runoffNeeded: boolean;
  candidates: JsonCandidate[];
}

export interface JsonNomination {
  mode: 'proposal' | 'vote';
  flag: JsonAward;
  certificate: JsonAward;
  nextHead: string | null;
  nextDeputies: string[];
  nextSuggested: boolean;
}

/** The sign-off lock in force (src/core/lock). */
export interface JsonLock {
  at: string | null;
  by: string | null;
  /** The fingerprint recorded when the data was locked. */
  fingerprint: string | null;
  /** false: the data changed after the lock. */
  matches: boolean;
}

export interface JsonCheckReport {
  fingerprint: string | null;
  issues: JsonIssue[];
  /** Present only when the workbook is locked (added in issue 6; absent keys keep older readers working). */
  lock?: JsonLock;
}

export interface JsonRankReport extends JsonCheckReport {
  /** Empty when errors block the ranking. */
  ranking: JsonRankEntry[];
  /** null when errors block the ranking. */
  nomination: JsonNomination | null;
  /** The result file written, or null when none was. */
  output: string | null;
}

export function issuesJson(report: CheckReport, lang: Lang): JsonIssue[] {
  return report.problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    sheet: p.sheet,
    cell: p.cell,
    member: p.member ?? null,
    criterion: p.criterion ?? null,
    message: problemMessage(p, lang),
  }));
}

export function checkJson(report: CheckReport, lang: Lang): JsonCheckReport {
  const out: JsonCheckReport = { fingerprint: report.fingerprint, issues: issuesJson(report, lang) };
  const lock = report.lock;
  if (lock?.locked) out.lock = { at: lock.at, by: lock.by, fingerprint: lock.fingerprint, matches: lock.matches };
  return out;
}

function awardJson(award: AwardResult, report: CheckReport, lang: Lang): JsonAward {
  const w = wordsFor(lang);
  const threshold = report.workbook?.settings.voteThreshold;
  return {
    quota: award.quota,
    nominees: [...award.nominees],
    runoffNeeded: award.runoffNeeded,
    candidates: award.candidates.map((c) => ({
      member: c.member,
      votes: c.votes,
      base: c.base,
      percent: c.percent === null ? null : percentNumber(c.percent),
      passed: c.passed,
      reason: threshold === undefined ? null : w.outcome.reason(c, award.quota, threshold),
    })),
  };
}

function nominationJson(n: NominationResult, report: CheckReport, lang: Lang): JsonNomination {
  return {
    mode: n.mode,
    flag: awardJson(n.flag, report, lang),
    certificate: awardJson(n.certificate, report, lang),
    nextHead: n.nextHead,
    nextDeputies: [...n.nextDeputies],
    nextSuggested: n.nextSuggested,
  };
}

export function rankingJson(report: CheckReport, lang: Lang): JsonRankEntry[] {
  const results = report.results;
  const wb = report.workbook;
  if (!results || !wb) return [];
  const names = memberNames(wb);
  const w = wordsFor(lang);
  const groups = wb.criteria.filter((c) => c.parent === null && c.type === 'score').map((c) => c.code);
  const isEligible = (reasons: readonly unknown[]): boolean => reasons.length === 0;
  return results.ranking.map((entry) => {
    const score = results.scores.find((s) => s.member === entry.member);
    const points = (h: number | undefined): number => pointsNumber(h ?? 0);
    return {
      rank: entry.rank,
      member: entry.member,
      name: names.name(entry.member),
      total: points(score?.total),
      base: points(score?.base),
      bonus: points(score?.bonus),
      deduction: points(score?.deduction),
      groups: Object.fromEntries(groups.map((g) => [g, points(score?.subtotals[g])])),
      band: score?.band ?? null,
      sharedRank: entry.shared,
      eligible: { flag: isEligible(entry.eligible.flag), certificate: isEligible(entry.eligible.certificate) },
      notes: rankNoteTexts(entry.notes, names, w),
    };
  });
}

export function rankJson(report: CheckReport, lang: Lang, output: string | null): JsonRankReport {
  const { lock, ...check } = checkJson(report, lang);
  return {
    ...check,
    ranking: rankingJson(report, lang),
    nomination: report.results ? nominationJson(report.results.nomination, report, lang) : null,
    output,
    ...(lock ? { lock } : {}),
  };
}
