/**
 * The settings as version 1 of the fingerprint counts them — frozen. Version 1 hashed the
 * effective value of each of these 21 settings, in this order, with the defaults of its time. To
 * keep every fingerprint that was ever printed or recorded by a sign-off lock, this file rebuilds
 * exactly that text from the settings *as written*, with its own copy of those defaults: a later
 * change of a default (src/core/settings/defaults.ts) never reaches it.
 *
 * Never edit this file. A setting added later is counted by ./canonicalText.ts, and only when a
 * workbook writes it.
 */
import { divideRoundHalfUp } from '../hundredths';
import type { Band, Member, ParsedWorkbook, TieBreakRule, WrittenSettings } from '../model';
import type { SettingId } from '../settings/settingIds';
import { cleanText, matchKey } from '../text';

/** The settings version 1 counts, in the order of its text. */
export const V1_SETTINGS: readonly SettingId[] = [
  'clusterName',
  'year',
  'head',
  'deputies',
  'scoreSource',
  'aggregation',
  'countSelfInCross',
  'flagQuota',
  'certificateQuota',
  'flagMinBand',
  'certificateMinBand',
  'voteThreshold',
  'voteBase',
  'present',
  'tieBreak',
  'deviationThreshold',
  'scoreStep',
  'placeName',
  'nextHead',
  'nextDeputies',
  'rotation',
];

/** The defaults of version 1 that do not depend on the rest of the workbook. */
const V1_CONSTANTS = {
  clusterName: '',
  year: 0,
  head: '',
  deputies: [] as string[],
  aggregation: 'mean',
  countSelfInCross: false,
  flagQuota: 1,
  certificateQuota: 2,
  voteThreshold: 5000,
  voteBase: 'members',
  tieBreak: [{ kind: 'lessDeduction' }] as TieBreakRule[],
  deviationThreshold: 2000,
  scoreStep: 0,
  nextHead: null,
  nextDeputies: null,
} as const;

/** Version 1's default `Xếp loại` table, as shares of the base maximum. */
const V1_DEFAULT_BANDS = [
  ['Xuất sắc', 90],
  ['Tốt', 80],
  ['Khá', 70],
  ['Trung bình', 0],
] as const;

/** The bands version 1 counts: the sheet's, or its default table when the sheet is absent. */
export function v1Bands(wb: Pick<ParsedWorkbook, 'bands' | 'defaultBands' | 'baseMax'>): Band[] {
  if (!wb.defaultBands) return wb.bands;
  return V1_DEFAULT_BANDS.map(([name, percent]) => ({ name, from: divideRoundHalfUp(wb.baseMax * percent, 100) }));
}

/** Version 1's default `Địa danh`: the head's name without its leading "Tỉnh"/"Thành phố". */
function v1PlaceName(memberName: string): string {
  const words = cleanText(memberName).split(' ');
  if (words.length > 1 && matchKey(words[0]) === 'tỉnh') return words.slice(1).join(' ');
  if (words.length > 2 && matchKey(words[0] + ' ' + words[1]) === matchKey('Thành phố')) return words.slice(2).join(' ');
  return words.join(' ');
}

interface V1Context {
  written: WrittenSettings;
  members: readonly Pick<Member, 'code' | 'name'>[];
  bands: readonly Band[];
  /**
   * `Nguồn điểm` when not written follows from the score sheets present, which are counted
   * inputs themselves: version 1 hashed the source the reader chose, so this is that choice.
   */
  effectiveScoreSource: string;
}

/** The JSON text of version 1's settings object. */
export function v1SettingsText(c: V1Context): string {
  const w = c.written;
  const nameOf = (code: string): string => c.members.find((m) => m.code === code)?.name ?? code;
  const k = V1_CONSTANTS;
  // Key order is the text's order: never change it.
  const settings = {
    clusterName: w.clusterName ?? k.clusterName,
    year: w.year ?? k.year,
    head: w.head ?? k.head,
    deputies: w.deputies ?? k.deputies,
    scoreSource: w.scoreSource ?? c.effectiveScoreSource,
    aggregation: w.aggregation ?? k.aggregation,
    countSelfInCross: w.countSelfInCross ?? k.countSelfInCross,
    flagQuota: w.flagQuota ?? k.flagQuota,
    certificateQuota: w.certificateQuota ?? k.certificateQuota,
    flagMinBand: w.flagMinBand ?? c.bands[0]?.name ?? '',
    certificateMinBand: w.certificateMinBand ?? (c.bands[1] ?? c.bands[0])?.name ?? '',
    voteThreshold: w.voteThreshold ?? k.voteThreshold,
    voteBase: w.voteBase ?? k.voteBase,
    present: w.present ?? c.members.length,
    tieBreak: w.tieBreak ?? k.tieBreak,
    deviationThreshold: w.deviationThreshold ?? k.deviationThreshold,
    scoreStep: w.scoreStep ?? k.scoreStep,
    placeName: w.placeName ?? v1PlaceName(w.head === undefined ? '' : nameOf(w.head)),
    nextHead: w.nextHead ?? k.nextHead,
    nextDeputies: w.nextDeputies ?? k.nextDeputies,
    rotation: w.rotation ?? c.members.map((m) => m.code),
  };
  return JSON.stringify(settings);
}

export function v1SettingsOf(wb: ParsedWorkbook): string {
  return v1SettingsText({
    written: wb.writtenSettings,
    members: wb.members,
    bands: v1Bands(wb),
    effectiveScoreSource: wb.settings.scoreSource,
  });
}
