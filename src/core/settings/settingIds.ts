/**
 * Every setting of `Cấu hình` by its identity (docs/quy-tac-tinh-diem.md, "Cấu hình"), in the
 * order the docs list them, which is also the order of the template's rows and of the pane's
 * Cài đặt tab. The workbook's label of each is in src/core/words/format.ts (SETTING_LABELS), its
 * default in ./defaults.ts, its words for people in the vocabulary (src/core/words).
 *
 * Adding a setting: its id here, its label in SETTING_LABELS, its parsed type in
 * SettingValues (src/core/model.ts), its default in ./defaults.ts, its reading in
 * src/core/read/readSettings.ts, its value's words in the vocabulary (settingValue). The data
 * fingerprint counts it only when a workbook writes it (src/core/fingerprint).
 */
export const SETTING_IDS = [
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
  'lastPlaceTie',
  'maxRounds',
  'tieBreak',
  'deviationThreshold',
  'scoreStep',
  'placeName',
  'nextHeadRule',
  'nextHead',
  'nextDeputies',
  'rotation',
] as const;

export type SettingId = (typeof SETTING_IDS)[number];
