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
  outcome: CandidateOutcome;
}

/**
 * What became of a candidate (in a vote, in one round):
 * - nominated: took a place;
 * - runoff: passed, tied on votes for the last place, and the rank could not (or, with `Bỏ phiếu
 *   lại`, may not) decide: a new round among the tied;
 * - nextRound: the Flag place that nobody passed goes to a new round among the most voted, this one included;
 * - lowerRank: passed, tied on votes for the last place, and the better rank took it (recorded in decidedByRank);
 * - unresolved: tied for the last place when no round is left: the place stays empty;
 * - belowThreshold, outsideQuota, ineligible: as they say;
 * - toBeVoted, notProposed: in a proposal (no ballots).
 */
export type CandidateOutcome =
  | 'nominated'
  | 'runoff'
  | 'nextRound'
  | 'lowerRank'
  | 'unresolved'
  | 'belowThreshold'
  | 'outsideQuota'
  | 'ineligible'
  | 'toBeVoted'
  | 'notProposed';

export interface BallotFigures {
  /** Ballots issued = members present. */
  issued: number;
  /** Papers of the round handed back ("số phiếu thu về"): the rows of `Phiếu bầu` of that round. */
  returned: number;
  /** Valid for this award, blank ones included. */
  valid: number;
  invalid: number;
  /** Valid ballots that name nobody for this award ("phiếu trống"). */
  abstained: number;
}

/**
 * Passing members tied on votes for the last place, settled by the better rank under `Khi bằng
 * phiếu ở suất cuối` = `Lấy đơn vị xếp hạng cao hơn`: the minutes must say so.
 */
export interface RankDecision {
  round: number;
  /** Every member tied on these votes (codes, better rank first). */
  members: string[];
  /** Those the rank gave a place to. */
  taken: string[];
  votes: number;
  base: number;
}

/** Why a round r + 1 is called: a tie for the last place, or a Flag place nobody passed. */
export type RunoffReason = 'tie' | 'threshold';

/** One round of the vote for one award (docs/quy-tac-tinh-diem.md §9). */
export interface RoundResult {
  round: number;
  /** Places open in this round: the quota in round 1, the places left open after. */
  places: number;
  /** Who could be named: null in round 1 (every member), the run-off candidates after. */
  among: string[] | null;
  ballots: BallotFigures;
  /** Every candidate of the round with its votes, most votes first (as AwardResult.candidates). */
  candidates: Candidate[];
  /** Members who took a place in this round, in order. */
  taken: string[];
  decidedByRank: RankDecision[];
  /** Places still open after this round. */
  open: number;
  /** Members a new round would be among ([] when none is called for). */
  runoff: string[];
  runoffReason: RunoffReason | null;
}

export interface AwardResult {
  award: Award;
  quota: number;
  nominees: string[];
  /** A new round is needed (and the rounds allow it) before the vote is final. */
  runoffNeeded: boolean;
  /** Members tied for the last place (in a vote) or sharing a rank at the proposal cut-off. */
  tiedAtCutoff: string[];
  /** The last round's candidates (the only list in a proposal). */
  candidates: Candidate[];
  /** The last round's figures; null in a proposal. */
  ballots: BallotFigures | null;
  /** The last round counted; null in a proposal. */
  round: number | null;
  /** Every round counted, in order ([] in a proposal). */
  rounds: RoundResult[];
  /** Who the needed round is among ([] when none is needed). */
  runoffAmong: string[];
  /** The round that is needed (runoffNeeded), else null. */
  nextRound: number | null;
  runoffReason: RunoffReason | null;
  /** Every tie on votes the rank settled, all rounds. */
  decidedByRank: RankDecision[];
  /** Places without a nominee (pending, left empty, or nobody eligible). */
  openPlaces: number;
  /** Places left empty because the rounds ran out (`Số vòng bỏ phiếu tối đa`) while they still called for one. */
  exhausted: boolean;
  /**
   * Certificate places that nobody passed stay empty; the conference may still vote one more round
   * among these (the most voted eligible members), when the rounds allow. null otherwise.
   */
  extraRound: { round: number; among: string[] } | null;
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
  /** `Số vòng bỏ phiếu tối đa`. */
  maxRounds: number;
  /**
   * A round is pending: an award needs a new round the ballots do not have yet. Every document of
   * the meeting is then a draft (DỰ THẢO) and no submission is written.
   */
  pending: boolean;
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
