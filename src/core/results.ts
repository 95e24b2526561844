/**
 * What the rules compute from a parsed workbook (docs/quy-tac-tinh-diem.md §3–§11). Points are integer hundredths.
 */
import type { Percent, Points } from './hundredths';
import type { Award, TieBreakRule } from './model';
import type { Quorum } from './rules/quorum';

export interface MemberScore {
  member: string;
  /** Final score per leaf (ParsedWorkbook.leaves order); null where no score counts. */
  finals: (Points | null)[];
  /** Subtotal of every criterion, leaves included, by code ("Thưởng"/"Trừ" groups capped). */
  subtotals: Record<string, Points>;
  base: Points;
  bonus: Points;
  deduction: Points;
  total: Points;
  /** Band name, or null when the total is below the lowest band. */
  band: string | null;
  /** Sum over `Điểm` leaves of |final − self| (for `Tự chấm sát hơn`). */
  selfGap: Points;
}

export type IneligibleReason =
  | { kind: 'notSigned' }
  | { kind: 'declared'; text: string }
  | { kind: 'bandBelow'; band: string | null; minBand: string }
  | { kind: 'flagNominee' };

export type RankNote =
  /** Shares its rank with these members (codes). */
  | { kind: 'shared'; with: string[] }
  /** Placed above `below` because of `rule`. */
  | { kind: 'tieBreak'; below: string; rule: TieBreakRule }
  | { kind: 'ineligible'; award: Award; reasons: IneligibleReason[] };

export interface RankEntry {
  member: string;
  /** Competition rank: 1, 2, 2, 4. */
  rank: number;
  shared: boolean;
  notes: RankNote[];
  eligible: { flag: IneligibleReason[]; certificate: IneligibleReason[] };
}

export interface Candidate {
  member: string;
  rank: number;
  /** null in a proposal (no ballots). */
  votes: number | null;
  base: number | null;
  /** Share of votes in hundredths of a percent (66.67% → 6667), rounded half up; null in a proposal. */
  percent: Percent | null;
  passed: boolean;
  /** Why it is not nominated, when it is not (reasons of ineligibility, threshold, quota, run-off). */
  reasons: IneligibleReason[];
  outcome: 'nominated' | 'runoff' | 'belowThreshold' | 'outsideQuota' | 'ineligible' | 'toBeVoted' | 'notProposed';
}

export interface BallotFigures {
  /** Ballots issued = members present. */
  issued: number;
  valid: number;
  invalid: number;
  /** Valid ballots that name nobody for this award. */
  abstained: number;
}

export interface AwardResult {
  award: Award;
  quota: number;
  nominees: string[];
  runoffNeeded: boolean;
  /** Members tied for the last place (run-off) or sharing a rank at the proposal cut-off. */
  tiedAtCutoff: string[];
  candidates: Candidate[];
  /** null in a proposal. */
  ballots: BallotFigures | null;
}

export interface NominationResult {
  mode: 'proposal' | 'vote';
  flag: AwardResult;
  certificate: AwardResult;
  quorum: Quorum;
  nextHead: string | null;
  nextDeputies: string[];
  /** True when next year's head/deputy come from the rotation (to be confirmed). */
  nextSuggested: boolean;
}

export interface ScorerDeviation {
  scorer: string;
  /** Number of cells compared with the others' mean. */
  cells: number;
  /** Mean signed deviation in hundredths (positive = lenient). */
  meanSigned: Points;
  meanAbsolute: Points;
  flagged: boolean;
}

export interface Results {
  scores: MemberScore[];
  /** In ranking order. */
  ranking: RankEntry[];
  nomination: NominationResult;
  deviations: ScorerDeviation[];
}
