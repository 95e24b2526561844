/**
 * The effective settings as people read them (the pane's Cài đặt tab): each setting by its
 * workbook label, its value in words, whether the default applies, and its cell. Next year's head
 * and deputies come from the same rule the documents use (src/core/rules/nextLeaders.ts), so the
 * tab never proposes other leaders than the printed sheet.
 */
import { formatPercent, formatPoints } from '../hundredths';
import type { Lang } from '../lang';
import { memberNames } from '../memberNames';
import type { ParsedWorkbook } from '../model';
import { nextLeaders } from '../rules/nextLeaders';
import { wordsFor } from '../words';
import {
  AGGREGATION_WORDS,
  LAST_PLACE_TIE_WORDS,
  NEXT_HEAD_RULE_WORDS,
  SCORE_SOURCE_WORDS,
  SETTING_LABELS,
  tieBreakWord,
  VOTE_BASE_WORDS,
  yesNoWord,
} from '../words/format';
import { SETTING_IDS, type SettingId } from './settingIds';

export interface SettingLine {
  id: SettingId;
  /**
   * How the setting is named: the `Tham số` label as the workbook writes it, except the award
   * settings, whose labels shorten the award's name: those name it in full, in the reader's
   * language (words.settings.quota, minBand).
   */
  name: string;
  /** The effective value in words. */
  value: string;
  /** True when the workbook does not write it (or writes something unusable) and the default applies. */
  isDefault: boolean;
  /** A1 cell of the value in `Cấu hình`, when the sheet has a row for it. */
  cell: string | null;
}

/** The year as the workbook writes it: "2022"; a value that is not a valid year as typed; '' when absent. */
export function yearText(wb: Pick<ParsedWorkbook, 'writtenSettings' | 'settingCells'>): string {
  const year = wb.writtenSettings.year;
  return year !== undefined ? String(year) : (wb.settingCells.year?.text ?? '');
}

export function settingLines(wb: ParsedWorkbook, lang: Lang): SettingLine[] {
  const w = wordsFor(lang);
  const s = wb.settings;
  const names = memberNames(wb);
  const list = (codes: readonly string[]): string => names.names(codes).join(w.listSeparator);
  const next = nextLeaders(s);
  const suggestedName = (code: string | null): string => (code === null ? '' : `${names.name(code)} (${w.next.suggested})`);
  const value: Record<SettingId, string> = {
    clusterName: s.clusterName,
    year: yearText(wb),
    head: s.head === '' ? '' : names.name(s.head),
    deputies: list(s.deputies),
    scoreSource: SCORE_SOURCE_WORDS[s.scoreSource],
    aggregation: AGGREGATION_WORDS[s.aggregation],
    countSelfInCross: yesNoWord(s.countSelfInCross),
    flagQuota: String(s.flagQuota),
    certificateQuota: String(s.certificateQuota),
    flagMinBand: s.flagMinBand,
    certificateMinBand: s.certificateMinBand,
    voteThreshold: formatPercent(s.voteThreshold, lang),
    voteBase: VOTE_BASE_WORDS[s.voteBase],
    present: String(s.present),
    lastPlaceTie: LAST_PLACE_TIE_WORDS[s.lastPlaceTie],
    maxRounds: String(s.maxRounds),
    tieBreak: s.tieBreak.map(tieBreakWord).join('; '),
    deviationThreshold: formatPercent(s.deviationThreshold, lang),
    scoreStep: s.scoreStep === 0 ? w.settings.anyStep : formatPoints(s.scoreStep, lang),
    placeName: s.placeName,
    nextHeadRule: NEXT_HEAD_RULE_WORDS[s.nextHeadRule],
    nextHead: s.nextHead !== null ? names.name(s.nextHead) : suggestedName(next.head),
    nextDeputies: s.nextDeputies !== null ? list(s.nextDeputies) : next.deputies.map(suggestedName).join(w.listSeparator),
    rotation: list(s.rotation),
  };
  const label: Partial<Record<SettingId, string>> = {
    flagQuota: w.settings.quota('flag'),
    certificateQuota: w.settings.quota('certificate'),
    flagMinBand: w.settings.minBand('flag'),
    certificateMinBand: w.settings.minBand('certificate'),
  };
  return SETTING_IDS.map((id) => ({
    id,
    name: label[id] ?? SETTING_LABELS[id],
    value: value[id],
    isDefault: wb.writtenSettings[id] === undefined,
    cell: wb.settingCells[id]?.cell ?? null,
  }));
}
