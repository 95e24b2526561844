/**
 * The parsed workbook: what the reader (src/core/read/) makes of the input sheets and what the
 * rules (scoring, ranking, nomination) work on. All points are integer hundredths.
 */
import type { Hundredths } from './hundredths';
import type { Problem } from './problems';

export type ScoreSource = 'self' | 'appraisal' | 'cross';
export type Aggregation = 'mean' | 'median' | 'trimmedMean';
export type VoteBase = 'members' | 'validBallots';
export type CriterionType = 'score' | 'bonus' | 'deduction';
export type Award = 'flag' | 'certificate';

export type TieBreakRule =
  | { kind: 'group'; group: string } // `Nhóm <mã>`: higher subtotal of that group
  | { kind: 'lessDeduction' } // `Ít điểm trừ hơn`
  | { kind: 'moreBonus' } // `Nhiều điểm thưởng hơn`
  | { kind: 'closerSelf' }; // `Tự chấm sát hơn`

/** One row of the settings as the pane and documents show it. */
export interface SettingView {
  /** The `Tham số` label in Vietnamese, e.g. "Nguồn điểm". */
  key: string;
  /** The effective value as text, e.g. "Chấm chéo". */
  value: string;
  /** True when the workbook does not set it and the default applies. */
  isDefault: boolean;
  /** A1 cell of the value in `Cấu hình`, when set there. */
  cell?: string;
}

export interface Settings {
  clusterName: string;
  year: number;
  /** Member code of this year's head. */
  head: string;
  /** Member codes of this year's deputies (1–2). */
  deputies: string[];
  scoreSource: ScoreSource;
  aggregation: Aggregation;
  countSelfInCross: boolean;
  flagQuota: number;
  certificateQuota: number;
  /** Lowest band name allowed for each award (already defaulted: top band / second band). */
  flagMinBand: string;
  certificateMinBand: string;
  /** Vote threshold in hundredths of a percent: 50% → 5000. A nominee needs strictly more. */
  voteThreshold: Hundredths;
  voteBase: VoteBase;
  /** Members present at the vote. */
  present: number;
  tieBreak: TieBreakRule[];
  /** Deviation warning threshold in hundredths of a percent of the leaf maximum: 20% → 2000. */
  deviationThreshold: Hundredths;
  /** Scores must be multiples of this many hundredths; 0 = any. */
  scoreStep: Hundredths;
  placeName: string;
  /** Set in the workbook, or null (then suggested from the rotation). */
  nextHead: string | null;
  nextDeputies: string[] | null;
  /** Member codes in rotation order. */
  rotation: string[];
  /** Every setting with its effective value, for display. */
  view: SettingView[];
}

export interface Member {
  code: string;
  name: string;
  aliases: string[];
  signedCovenant: boolean;
  /** Non-empty text = cannot be nominated, printed as the reason. */
  ineligibleReason: string | null;
  /** 0-based position in `Thành viên` (the order used for shared ranks). */
  index: number;
  /** A1 cell of the member's code in `Thành viên`. */
  cell: string;
}

export interface Criterion {
  code: string;
  text: string;
  max: Hundredths;
  type: CriterionType;
  guidance: string;
  /** Code of the parent, null for a top-level criterion. */
  parent: string | null;
  /** Codes of the children in sheet order; empty for a leaf. */
  children: string[];
  /** 0 for top-level. */
  depth: number;
  /** 0-based position in `Tiêu chí` order. */
  index: number;
  /** Index into ParsedWorkbook.leaves when this is a leaf, else -1. */
  leafIndex: number;
  /** A1 cell of the code in `Tiêu chí`. */
  cell: string;
}

export interface Band {
  name: string;
  /** Lowest total of the band. */
  from: Hundredths;
}

/** One score sheet (`Tự chấm`, `Thẩm định` or `Chấm chéo - <MÃ>`), validated. */
export interface ScoreSheet {
  kind: ScoreSource;
  /** Sheet name as the workbook spells it. */
  sheet: string;
  /** Member code of the scorer for a cross-scoring sheet, else null. */
  scorer: string | null;
  /**
   * values[memberIndex][leafIndex]: points in hundredths, or null when blank or unusable
   * (an unusable cell also produced a problem). Deductions are stored positive.
   */
  values: (Hundredths | null)[][];
  /** 0-based sheet row of each leaf's row (-1 when the leaf has no row). */
  leafRows: number[];
  /** 0-based sheet column of each member's column (-1 when the member has no column). */
  memberCols: number[];
}

export type BallotChoiceInvalid = 'overQuota' | 'duplicate' | 'unknown';

export interface BallotChoice {
  /** A1 cell of the award's cell on this ballot row. */
  cell: string;
  /** Member codes named, in order (resolved from codes, names or aliases). */
  members: string[];
  /** Texts that named nothing known. */
  unknown: string[];
  abstained: boolean;
  /** Why the ballot does not count for this award; null = valid. */
  invalid: BallotChoiceInvalid | null;
}

export interface Ballot {
  /** `Phiếu số` as written. */
  number: string;
  /** 0-based sheet row. */
  row: number;
  flag: BallotChoice;
  certificate: BallotChoice;
}

export interface ParsedWorkbook {
  settings: Settings;
  members: Member[];
  /** Every criterion in `Tiêu chí` order. */
  criteria: Criterion[];
  /** The leaf criteria, in `Tiêu chí` order; ScoreSheet.values columns follow this order. */
  leaves: Criterion[];
  /** Bands from the highest; the default table when the sheet is missing. */
  bands: Band[];
  /** True when `Xếp loại` is absent and the default bands apply. */
  defaultBands: boolean;
  /** Sum of the top-level `Điểm` maxima. */
  baseMax: Hundredths;
  self: ScoreSheet | null;
  appraisal: ScoreSheet | null;
  cross: ScoreSheet[];
  /** null when there is no `Phiếu bầu` sheet (the nomination is then a proposal). */
  ballots: Ballot[] | null;
  /** Actual name of each input sheet found, by role, for messages and links. */
  sheetNames: {
    settings: string;
    members: string;
    criteria: string;
    bands: string | null;
    self: string | null;
    appraisal: string | null;
    ballots: string | null;
  };
}

export interface ReadResult {
  /** null when the workbook cannot be used at all (required sheets or columns missing). */
  workbook: ParsedWorkbook | null;
  problems: Problem[];
  /** True when none of the required sheets exists: this is not a scoring workbook. */
  notScoringWorkbook: boolean;
}
