/**
 * The machine-readable report of `check --json` and `rank --json`. Other tools read these
 * names: keep them stable, and only ever add. Points are JSON numbers with at most 2 decimals
 * (pointsNumber); a vote share is a percentage (66.67, percentNumber). Words (notes, reasons)
 * come from the core's vocabulary in the asked language.
 */
import {
  memberNames,
  pendingFormsRound,
  percentNumber,
  pointsNumber,
  problemMessage,
  rankNoteTexts,
  wordsFor,
  type Award,
  type AwardResult,
  type Candidate,
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

/** One round of the vote for one award (issue 10). */
export interface JsonRound {
  round: number;
  /** Places open in the round. */
  places: number;
  /** Who could be named: null in round 1 (every member). */
  among: string[] | null;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  /** Valid papers naming nobody for the award. */
  blank: number;
  candidates: JsonCandidate[];
  /** Members who took a place in the round. */
  taken: string[];
  /** Who the next round would be among ([] when none is called). */
  runoff: string[];
}

/** A tie on votes for the last place that the better rank settled (issue 10). */
export interface JsonRankDecision {
  round: number;
  members: string[];
  taken: string[];
  votes: number;
  base: number;
}

export interface JsonAward {
  quota: number;
  nominees: string[];
  /** A new round is needed before the vote is final (round `nextRound`, among `runoffAmong`). */
  runoffNeeded: boolean;
  /** The last round's candidates. */
  candidates: JsonCandidate[];
  // ---- added in issue 10 (older readers ignore them) ----
  /** The last round counted; null in a proposal. */
  round: number | null;
  /** Who the needed round is among; [] when none is needed. */
  runoffAmong: string[];
  nextRound: number | null;
  /** Every round counted, in order; [] in a proposal. */
  rounds: JsonRound[];
  decidedByRank: JsonRankDecision[];
  /** Places without a nominee (pending, left empty, or nobody eligible). */
  openPlaces: number;
  /** Places left empty because the rounds ran out. */
  exhausted: boolean;
  /** Certificate: the extra round the meeting may hold for places nobody passed, and among whom. */
  extraRound: { round: number; among: string[] } | null;
}

export interface JsonNomination {
  mode: 'proposal' | 'vote';
  flag: JsonAward;
  certificate: JsonAward;
  nextHead: string | null;
  nextDeputies: string[];
  nextSuggested: boolean;
  // ---- added in issue 10 ----
  /** A round is pending: every document of the meeting is a draft (DỰ THẢO). */
  pending: boolean;
  maxRounds: number;
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
  /**
   * Added in issue 10: while a round is pending, the round whose ballot forms the result file's
   * `Phiếu bầu (mẫu)` holds, and for which awards; null otherwise (or when no file was written).
   */
  ballotForms: { round: number; awards: Award[] } | null;
  /**
   * The output sheets written into it, in tab order of the description (the conference's documents
   * included: `Tờ trình` and `Thông báo kết quả` only when the vote is final); [] when no file was written.
   */
  sheets: string[];
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
  const candidates = (list: readonly Candidate[], places: number): JsonCandidate[] =>
    list.map((c) => ({
      member: c.member,
      votes: c.votes,
      base: c.base,
      percent: c.percent === null ? null : percentNumber(c.percent),
      passed: c.passed,
      reason: threshold === undefined ? null : w.outcome.reason(c, places, threshold),
    }));
  return {
    quota: award.quota,
    nominees: [...award.nominees],
    runoffNeeded: award.runoffNeeded,
    candidates: candidates(award.candidates, award.rounds[award.rounds.length - 1]?.places ?? award.quota),
    round: award.round,
    runoffAmong: [...award.runoffAmong],
    nextRound: award.nextRound,
    rounds: award.rounds.map((r) => ({
      round: r.round,
      places: r.places,
      among: r.among === null ? null : [...r.among],
      issued: r.ballots.issued,
      returned: r.ballots.returned,
      valid: r.ballots.valid,
      invalid: r.ballots.invalid,
      blank: r.ballots.abstained,
      candidates: candidates(r.candidates, r.places),
      taken: [...r.taken],
      runoff: [...r.runoff],
    })),
    decidedByRank: award.decidedByRank.map((d) => ({ round: d.round, members: [...d.members], taken: [...d.taken], votes: d.votes, base: d.base })),
    openPlaces: award.openPlaces,
    exhausted: award.exhausted,
    extraRound: award.extraRound ? { round: award.extraRound.round, among: [...award.extraRound.among] } : null,
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
    pending: n.pending,
    maxRounds: n.maxRounds,
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

export function rankJson(report: CheckReport, lang: Lang, output: string | null, sheets: string[] = []): JsonRankReport {
  const { lock, ...check } = checkJson(report, lang);
  return {
    ...check,
    ranking: rankingJson(report, lang),
    nomination: report.results ? nominationJson(report.results.nomination, report, lang) : null,
    output,
    ballotForms: output !== null && report.results ? pendingFormsRound(report.results) : null,
    sheets: output === null ? [] : sheets,
    ...(lock ? { lock } : {}),
  };
}
