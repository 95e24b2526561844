/**
 * The parsed workbook: what the reader (src/core/read/) makes of the input sheets and what the
 * rules (scoring, ranking, nomination) work on. All points are integer hundredths (Points).
 */
import type { Percent, Points } from './hundredths';
import type { Problem } from './problems';
import type { SettingId } from './settings/settingIds';

export type ScoreSource = 'self' | 'appraisal' | 'cross';
export type Aggregation = 'mean' | 'median' | 'trimmedMean';
/** The share's denominator (`Cơ sở tính tỷ lệ phiếu`): all members, the members present, or the valid ballots. */
export type VoteBase = 'members' | 'present' | 'validBallots';
/** `Khi bằng phiếu ở suất cuối`: the better rank takes a last place tied on votes, or a new round decides it. */
export type LastPlaceTie = 'rank' | 'revote';
/** `Chọn Cụm trưởng năm sau`: the next in rotation, or this year's first deputy. */
export type NextHeadRule = 'rotation' | 'deputyUp';
export type CriterionType = 'score' | 'bonus' | 'deduction';
export type Award = 'flag' | 'certificate';

export type TieBreakRule =
  | { kind: 'group'; group: string } // `Nhóm <mã>`: higher subtotal of that group
  | { kind: 'lessDeduction' } // `Ít điểm trừ hơn`
  | { kind: 'moreBonus' } // `Nhiều điểm thưởng hơn`
  | { kind: 'closerSelf' }; // `Tự chấm sát hơn`

/**
 * Each setting's parsed value, by its id (src/core/settings/settingIds.ts): what a `Giá trị` cell
 * means once read. Member settings hold member codes.
 */
export interface SettingValues {
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
  /** Lowest band name allowed for each award. */
  flagMinBand: string;
  certificateMinBand: string;
  /** Vote threshold: 50% → 5000. A nominee needs strictly more. */
  voteThreshold: Percent;
  voteBase: VoteBase;
  /** Members present at the vote. */
  present: number;
  lastPlaceTie: LastPlaceTie;
  /** Rounds of voting allowed per award at one conference (1 or more). */
  maxRounds: number;
  tieBreak: TieBreakRule[];
  /** Deviation warning threshold, a share of the leaf maximum: 20% → 2000. */
  deviationThreshold: Percent;
  /** Scores must be multiples of this; 0 = any. */
  scoreStep: Points;
  placeName: string;
  nextHeadRule: NextHeadRule;
  nextHead: string;
  nextDeputies: string[];
  /** Member codes in rotation order. */
  rotation: string[];
}

/**
 * The settings as the workbook writes them: only those with a row in `Cấu hình` whose value could
 * be read (a value that could not is reported, and counts as not written).
 */
export type WrittenSettings = Partial<SettingValues>;

/** Where each written setting is: its `Giá trị` cell and the value as typed there (shortened when long). */
export type SettingCells = Partial<Record<SettingId, { cell: string; text: string }>>;

/**
 * The effective settings the rules work with: as written, else the default
 * (src/core/settings/defaults.ts). Next year's head and deputies stay null when not written (the
 * rules then suggest them, src/core/rules/nextLeaders.ts).
 */
export interface Settings extends Omit<SettingValues, 'nextHead' | 'nextDeputies'> {
  nextHead: string | null;
  nextDeputies: string[] | null;
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
  max: Points;
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
  from: Points;
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
  values: (Points | null)[][];
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
  /** How many names the cell writes (a member named twice counts twice). */
  named: number;
  abstained: boolean;
  /**
   * The paper as the first version judged it for this award: over the quota (as written in
   * `Cấu hình`, else the first version's default), a name twice, a non-member; null = valid. The
   * data fingerprint counts it (src/core/fingerprint). The rules judge each round themselves
   * (src/core/rules/ballotValidity.ts): a round's places and candidates decide.
   */
  invalid: BallotChoiceInvalid | null;
}

export interface Ballot {
  /** `Phiếu số` as written. */
  number: string;
  /** 0-based sheet row. */
  row: number;
  /** `Vòng`: the round the paper belongs to (1 when the column is absent or the cell blank). */
  round: number;
  flag: BallotChoice;
  certificate: BallotChoice;
}

/** A `Nội dung` of `Hội nghị` as written (spaces tidied), and the A1 cell it is in. */
export interface MeetingText {
  text: string;
  cell: string;
}

/**
 * A person as `Hội nghị` writes one: "Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An". `name` is
 * the text before the first long dash (— or –), or else before the first hyphen with a space on
 * each side; `title` is the rest. Without such a dash the whole text is the name and the title is
 * '' (src/core/read/personText.ts; docs/huong-dan-so-lieu.md, `Hội nghị`).
 */
export interface MeetingPerson extends MeetingText {
  name: string;
  title: string;
}

/** A member's delegate (`Đại biểu <MÃ>`). */
export interface MeetingDelegate extends MeetingPerson {
  /** Member code. */
  member: string;
}

/** One member of the counting panel: "Nguyễn Văn E (Trưởng ban)" → name, role "Trưởng ban" ('' when none). */
export interface PanelMember {
  name: string;
  role: string;
}

/**
 * The conference as `Hội nghị` describes it (optional sheet, docs/huong-dan-so-lieu.md). Every item
 * is null (or an empty list) when the sheet has no row for it, or only dots for hand filling: the
 * documents then print dots.
 */
export interface MeetingInfo {
  /** `Số biên bản`, e.g. "05/BB-CTĐBTB". */
  number: MeetingText | null;
  /** `Thời gian bắt đầu` / `Thời gian kết thúc`, as written (a date typed as a date reads "14 giờ 00, ngày 10/01/2023"). */
  start: MeetingText | null;
  end: MeetingText | null;
  place: MeetingText | null;
  chair: MeetingPerson | null;
  secretary: MeetingPerson | null;
  /** `Đại biểu Trung ương`, in sheet order. */
  centralDelegates: MeetingPerson[];
  /** `Đại biểu <MÃ>` rows, in sheet order (a member may send more than one). */
  delegates: MeetingDelegate[];
  /** `Ban kiểm phiếu`: the text, and its members split at ";" (the first is usually the head). */
  countingPanel: (MeetingText & { members: PanelMember[] }) | null;
  /** `Người ký tờ trình`. */
  submissionSigner: MeetingPerson | null;
  /** `Số tờ trình`, e.g. "12/TTr-UBND". */
  submissionNumber: MeetingText | null;
  /** `Nơi nhận`, in sheet order. */
  recipients: MeetingText[];
  /** Codes of the members with a delegate, in `Thành viên` order; empty when the sheet lists none. */
  present: string[];
}

export interface ParsedWorkbook {
  /** The effective settings. */
  settings: Settings;
  /** The settings as written in `Cấu hình` (what the data fingerprint counts). */
  writtenSettings: WrittenSettings;
  settingCells: SettingCells;
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
  baseMax: Points;
  self: ScoreSheet | null;
  appraisal: ScoreSheet | null;
  cross: ScoreSheet[];
  /** null when there is no `Phiếu bầu` sheet (the nomination is then a proposal). */
  ballots: Ballot[] | null;
  /** The conference (`Hội nghị`); null when the workbook has no such sheet. */
  meeting: MeetingInfo | null;
  /** Actual name of each input sheet found, by role, for messages and links. */
  sheetNames: {
    settings: string;
    members: string;
    criteria: string;
    bands: string | null;
    self: string | null;
    appraisal: string | null;
    ballots: string | null;
    meeting: string | null;
  };
}

export interface ReadResult {
  /** null when the workbook cannot be used at all (required sheets or columns missing). */
  workbook: ParsedWorkbook | null;
  problems: Problem[];
  /** True when none of the required sheets exists: this is not a scoring workbook. */
  notScoringWorkbook: boolean;
}
