/**
 * The shape of the vocabulary: every domain word and sentence the program shows people, one
 * object per language (./vi, ./en) with exactly these keys — the compiler refuses a language that
 * misses one. The command line, the task pane, the web mode and the printed documents render the
 * facts of the core (awards, reasons, outcomes, notes, settings, the lock, problems) through it;
 * a shell keeps only its own screen text (buttons, help, progress).
 *
 * The workbook's own words (sheet names, headers, setting labels and the values a cell takes) are
 * not translated: they are in ./format.ts, and the vocabulary quotes them.
 */
import type { Percent } from '../hundredths';
import type { Lang } from '../lang';
import type { Award, CriterionType, TieBreakRule } from '../model';
import type { ProblemCode, ProblemParamsByCode, Severity } from '../problems';
import type { BallotFigures, Candidate, IneligibleReason, NominationResult, RunoffReason } from '../results';

/** A count as a number, or already shown as text (a message shows "…" for a missing one). */
export type Count = number | string;

/** One message per problem code, made from that code's facts. */
export type ProblemTexts = { readonly [C in ProblemCode]: (p: ProblemParamsByCode[C]) => string };

export interface Words {
  readonly lang: Lang;
  /** Between names in a list: "Tỉnh Nghệ An, Tỉnh Hà Tĩnh". */
  readonly listSeparator: string;
  /**
   * A member's name inside a sentence: Vietnamese lower-cases its leading administrative noun
   * ("Tỉnh Nghệ An" → "tỉnh Nghệ An", "Thành phố Huế" → "thành phố Huế"); a table cell keeps
   * the name as `Thành viên` writes it. Other languages keep the name as written.
   */
  memberInSentence(name: string): string;
  /** Several names inside a sentence, the last two joined by "và"/"and": "tỉnh Nghệ An và tỉnh Thừa Thiên Huế". */
  membersInSentence(names: readonly string[]): string;
  /** The same at the start of a sentence (first letter upper-case): "Tỉnh Thanh Hóa và tỉnh Hà Tĩnh". */
  membersStartingSentence(names: readonly string[]): string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly award: {
    /** In full: "Cờ thi đua của Chính phủ". */
    readonly name: Readonly<Record<Award, string>>;
    /** Short, in notes and headings: "Cờ thi đua". */
    readonly short: Readonly<Record<Award, string>>;
    /** Both awards, short: "Cờ thi đua và Bằng khen". */
    readonly both: string;
  };
  readonly criterionType: Readonly<Record<CriterionType, string>>;
  /** Why a member cannot be nominated: "không ký giao ước thi đua". */
  reason(r: IneligibleReason): string;
  /** What decided a tie on totals: "ít điểm trừ hơn". */
  tieBreak(rule: TieBreakRule): string;
  readonly note: {
    shared(names: string): string;
    tieBreak(below: string, rule: string): string;
    /** `awards` is the short name of one award, or `award.both`. */
    ineligible(awards: string, reasons: string): string;
  };
  readonly outcome: {
    /** The result of a candidate in a table or a badge: "Được suy tôn", "Ngoài chỉ tiêu". '' when there is nothing to say. */
    label(c: Candidate, mode: NominationResult['mode']): string;
    /** Why a candidate is not nominated, as a sentence; null when it is. */
    reason(c: Candidate, quota: number, threshold: Percent): string | null;
  };
  /** "4/6 phiếu (66,67%)". */
  votes(votes: number, base: number, percent: Percent): string;
  /** The ballot figures of an award, as a clause: "số phiếu phát ra 6; số phiếu thu về 6; hợp lệ 6; …". */
  ballots(f: BallotFigures): string;
  /** "Vòng 2" / "Round 2". */
  round(round: number): string;
  /** The outcome of one round, as clauses (src/core/words/resultTexts.ts, roundLines). */
  readonly roundResult: {
    /** Nobody got a vote in the round. */
    readonly noVotes: string;
    /** "được suy tôn: tỉnh Nghệ An" (`names` worded for a sentence). */
    taken(names: string): string;
    /** "bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế". */
    next(round: number, names: string): string;
    /** The place(s) stay empty (no round left, or nobody to vote for). */
    readonly empty: string;
  };
  readonly mode: Readonly<Record<NominationResult['mode'], string>>;
  readonly next: {
    /** "Cụm trưởng năm 2023" (0: the year is not known, "Cụm trưởng năm sau"). */
    head(year: number): string;
    deputies(year: number, count: number): string;
    /** Said of next year's leaders when the rotation suggests them. */
    readonly suggested: string;
    readonly notSet: string;
  };
  /** The points a meeting must settle (src/core/rules/meetingPoints.ts), one sentence each. */
  readonly meeting: {
    /**
     * A new round is needed (`names` already worded for a sentence: membersInSentence); `round` the
     * round, `reason` why (null when not known: the v1 wording of a re-vote).
     */
    runoff(award: Award, names: string, round?: Count | null, reason?: RunoffReason | null): string;
    /** After `rounds` rounds (the maximum), `open` places stay empty. */
    exhausted(award: Award, open: Count, rounds: Count): string;
    /** `open` places nobody passed stay empty; with `nextRound`, the conference may vote once more among `suggested` (worded). */
    openPlaces(award: Award, open: Count, nextRound: Count | null, suggested: string): string;
    /**
     * Tied on votes for the last place, the better rank took it: `names` worded for a sentence, and
     * those it took with their ranks (names as written; the language words them: "tỉnh Thanh Hóa (hạng 3)").
     */
    decidedByRank(award: Award, names: string, votes: Count, base: Count, taken: readonly { name: string; rank: Count }[]): string;
    /** `names` worded for a sentence (membersInSentence). */
    tiedAtCutoff(award: Award, names: string, rank: Count | null): string;
    notFirst(name: string, rank: Count, vote: boolean): string;
    fewerThanQuota(award: Award, count: Count, quota: Count, vote: boolean): string;
    quorumNotMet(present: Count, members: Count, required: Count): string;
    /** "Dự họp 6/6 thành viên (cần ít nhất 4)." */
    quorum(present: Count, members: Count, required: Count): string;
    /** The heading over those points (the printed sheet's section 5 says the same). */
    readonly title: string;
    /** "Có 2 vấn đề Hội nghị cần xử lý": how many there are, in one line. */
    pending(count: Count): string;
  };
  readonly lock: {
    signedOff(at: string, fingerprint: string, by: string | null): string;
    changed(at: string, then: string, now: string): string;
    /** The page footer's short form of `changed` (its full sentence is in the sheet's body). */
    readonly changedShort: string;
    readonly unknownTime: string;
    readonly noFingerprint: string;
    readonly unreadable: string;
  };
  readonly settings: {
    /** `Bước điểm` 0. */
    readonly anyStep: string;
    /**
     * How the Cài đặt tab names the award settings: the award in full ("Số Cờ thi đua của Chính
     * phủ"), where the workbook's own labels shorten it (`Số Cờ thi đua Chính phủ`).
     */
    quota(award: Award): string;
    minBand(award: Award): string;
  };
  readonly problems: ProblemTexts;
}
