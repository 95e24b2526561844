/**
 * The one table of defaults (docs/quy-tac-tinh-diem.md, "Cấu hình"): what each setting is when
 * `Cấu hình` does not write it, and the default classification bands when there is no `Xếp loại`
 * sheet. The reader applies it (effectiveSettings), the template writes it into a new workbook,
 * the Cài đặt tab marks a setting that has it.
 *
 * These are the cluster's rules of thumb, not law: a cluster changes them in `Cấu hình`. Changing
 * a default here changes results of workbooks that leave the setting out, but never their data
 * fingerprint (src/core/fingerprint keeps its own frozen copy of the defaults of version 1).
 */
import { asPercent, divideRoundHalfUp, type Points } from '../hundredths';
import type { Band, Member, ScoreSource, Settings, WrittenSettings } from '../model';
import { cleanText, matchKey } from '../text';

/** Settings with no default: a workbook without them has an error (and a neutral stand-in value). */
export const REQUIRED_SETTINGS = ['clusterName', 'year', 'head', 'deputies'] as const;

/** The defaults that do not depend on the rest of the workbook. */
export const CONSTANT_DEFAULTS = {
  aggregation: 'mean',
  countSelfInCross: false,
  flagQuota: 1,
  certificateQuota: 1,
  voteThreshold: asPercent(5000),
  voteBase: 'members',
  lastPlaceTie: 'rank',
  maxRounds: 2,
  nextHeadRule: 'rotation',
  tieBreak: [{ kind: 'lessDeduction' }],
  deviationThreshold: asPercent(2000),
  scoreStep: 0,
} as const satisfies Partial<Settings>;

/** The year a workbook may have (`Năm`). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** The default `Xếp loại` table, as shares of the base maximum: 90/80/70/0 points of 100. */
export const DEFAULT_BAND_SHARES: readonly { name: string; percent: number }[] = [
  { name: 'Xuất sắc', percent: 90 },
  { name: 'Tốt', percent: 80 },
  { name: 'Khá', percent: 70 },
  { name: 'Trung bình', percent: 0 },
];

export function defaultBands(baseMax: Points): Band[] {
  return DEFAULT_BAND_SHARES.map((b) => ({ name: b.name, from: divideRoundHalfUp(baseMax * b.percent, 100) }));
}

/** What the defaults that follow from the rest of the workbook are computed from. */
export interface DefaultContext {
  members: readonly Pick<Member, 'code' | 'name'>[];
  /** Bands from the highest. */
  bands: readonly Band[];
  /** Which score sheets exist. */
  hasCross: boolean;
  hasAppraisal: boolean;
  /**
   * The members with a delegate row in `Hội nghị` (src/core/read/readMeeting.ts): when there are
   * any, `Số thành viên dự họp` defaults to their number. Absent or empty: every member.
   */
  delegatesPresent?: number;
}

/**
 * `Nguồn điểm` when not written: cross-scoring if any `Chấm chéo - …` sheet exists, else
 * appraisal if `Thẩm định` exists, else self-scoring (the reader says which was chosen).
 */
export function defaultScoreSource(ctx: Pick<DefaultContext, 'hasCross' | 'hasAppraisal'>): ScoreSource {
  return ctx.hasCross ? 'cross' : ctx.hasAppraisal ? 'appraisal' : 'self';
}

/** The head's name without its leading "Tỉnh"/"Thành phố": "Tỉnh Nghệ An" → "Nghệ An" (`Địa danh`). */
export function placeNameOf(memberName: string): string {
  const words = cleanText(memberName).split(' ');
  if (words.length > 1 && matchKey(words[0]) === 'tỉnh') return words.slice(1).join(' ');
  if (words.length > 2 && matchKey(words[0] + ' ' + words[1]) === matchKey('Thành phố')) return words.slice(2).join(' ');
  return words.join(' ');
}

/** The effective settings: each as written, else its default. */
export function effectiveSettings(w: WrittenSettings, ctx: DefaultContext): Settings {
  const nameOf = (code: string): string => ctx.members.find((m) => m.code === code)?.name ?? code;
  const d = CONSTANT_DEFAULTS;
  return {
    // Required: a neutral stand-in, so that the rules still run and report what they can.
    clusterName: w.clusterName ?? '',
    year: w.year ?? 0,
    head: w.head ?? '',
    deputies: w.deputies ?? [],
    scoreSource: w.scoreSource ?? defaultScoreSource(ctx),
    aggregation: w.aggregation ?? d.aggregation,
    countSelfInCross: w.countSelfInCross ?? d.countSelfInCross,
    flagQuota: w.flagQuota ?? d.flagQuota,
    certificateQuota: w.certificateQuota ?? d.certificateQuota,
    flagMinBand: w.flagMinBand ?? ctx.bands[0]?.name ?? '',
    certificateMinBand: w.certificateMinBand ?? (ctx.bands[1] ?? ctx.bands[0])?.name ?? '',
    voteThreshold: w.voteThreshold ?? d.voteThreshold,
    voteBase: w.voteBase ?? d.voteBase,
    present: w.present ?? (ctx.delegatesPresent || ctx.members.length),
    lastPlaceTie: w.lastPlaceTie ?? d.lastPlaceTie,
    maxRounds: w.maxRounds ?? d.maxRounds,
    tieBreak: w.tieBreak ?? d.tieBreak.map((r) => ({ ...r })),
    deviationThreshold: w.deviationThreshold ?? d.deviationThreshold,
    scoreStep: w.scoreStep ?? d.scoreStep,
    placeName: w.placeName ?? (w.head === undefined ? '' : placeNameOf(nameOf(w.head))),
    nextHeadRule: w.nextHeadRule ?? d.nextHeadRule,
    nextHead: w.nextHead ?? null,
    nextDeputies: w.nextDeputies ?? null,
    rotation: w.rotation ?? ctx.members.map((m) => m.code),
  };
}
