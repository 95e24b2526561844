/**
 * `Cấu hình` (workbook-format.md): two columns, `Tham số` | `Giá trị`, one row per setting.
 * Every setting is validated and defaulted here, so the rules receive a complete Settings.
 * Members may be named by code, name or alias; the code is stored. Settings.view records the
 * effective value of every setting, in Vietnamese, for the pane and the documents.
 */
import type { CellValue } from '../grid';
import { roundToHundredths, toHundredths } from '../hundredths';
import type { Aggregation, Band, ScoreSource, SettingView, Settings, TieBreakRule, VoteBase } from '../model';
import type { ProblemCode, ProblemParams, Severity } from '../problems';
import { cleanText, matchKey, splitList } from '../text';
import { cellText, errorText, isBlankValue, readNumber, showPercent, showPoints, showValue } from './cellValue';
import { criterionCodeText } from './criterionCode';
import type { CriteriaRead } from './readCriteria';
import { findHeader, rowIsEmpty, rowKeyText, warnUnknownColumns, type HeaderSpec } from './headerRow';
import type { MemberLookup } from './memberLookup';
import { SETTINGS_HEADERS as H } from './names';
import type { ProblemSink } from './problemSink';
import {
  AGGREGATION_LABEL,
  SCORE_SOURCE_LABEL,
  SETTING_ALIASES,
  SETTING_IDS,
  SETTING_LABELS,
  TIE_BREAK_GROUP_WORD,
  TIE_BREAK_LABEL,
  VOTE_BASE_LABEL,
  tieBreakText,
  type SettingId,
} from './settingLabels';
import type { SheetView } from './sheetView';
import { readYesNo, yesNoText } from './yesNo';

const SPEC: HeaderSpec = { required: [H.key, H.value], optional: [] };

const ID_BY_KEY = new Map<string, SettingId>();
for (const id of SETTING_IDS) {
  ID_BY_KEY.set(matchKey(SETTING_LABELS[id]), id);
  for (const alias of SETTING_ALIASES[id] ?? []) ID_BY_KEY.set(matchKey(alias), id);
}

export const SETTING_DEFAULTS = {
  flagQuota: 1,
  certificateQuota: 2,
  voteThreshold: 5000,
  deviationThreshold: 2000,
  scoreStep: 0,
} as const;

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const MEMBER_LIST = /[;,]/;

export interface SettingsContext {
  lookup: MemberLookup | null;
  criteria: CriteriaRead | null;
  bands: readonly Band[];
  hasCross: boolean;
  hasAppraisal: boolean;
}

export interface SettingsRead {
  settings: Settings;
  /** False when the sheet or its header is missing: the settings are then only defaults. */
  usable: boolean;
  /** Grid-relative cell of each setting's value, for the settings the sheet has a row for. */
  cells: Partial<Record<SettingId, { r: number; c: number }>>;
}

interface RawSetting {
  value: CellValue;
  r: number;
  c: number;
}

export function readSettings(view: SheetView | null, ctx: SettingsContext, sink: ProblemSink): SettingsRead {
  const raw = new Map<SettingId, RawSetting>();
  const usable = view !== null && collectRows(view, raw, sink);
  const members = ctx.lookup ? ctx.lookup.members : [];
  const nameOf = (code: string): string => ctx.lookup?.find(code)?.name ?? code;

  // ---- reporting helpers -------------------------------------------------------------------
  const label = (id: SettingId): string => SETTING_LABELS[id];
  const report = (id: SettingId, severity: Severity, code: ProblemCode, params: ProblemParams, about = {}): void => {
    const at = raw.get(id);
    if (view && at) sink.cell(view, at.r, at.c, severity, code, params, about);
    else if (view) sink.sheet(view, severity, code, params, about);
    else sink.workbook(severity, code, params, about);
  };
  const shown = (id: SettingId): string => showValue(raw.get(id)?.value);
  const invalid = (id: SettingId, reason: string, extra: ProblemParams = {}): void =>
    report(id, 'error', 'SETTING_INVALID', { key: label(id), value: shown(id), reason, ...extra });
  const required = (id: SettingId): void => {
    // Only a blank or absent value is "missing"; a wrong value was already reported as such.
    if (usable && isBlankValue(raw.get(id)?.value)) report(id, 'error', 'SETTING_REQUIRED', { key: label(id) });
  };

  // ---- value readers: undefined = not set or unusable (the default applies) ------------------
  function valueOf(id: SettingId): CellValue | undefined {
    const v = raw.get(id)?.value;
    if (v === undefined || isBlankValue(v)) return undefined;
    const err = errorText(v);
    if (err !== null) {
      report(id, 'error', 'VALUE_ERROR', { value: err });
      return undefined;
    }
    return v;
  }
  function textOf(id: SettingId): string | undefined {
    const v = valueOf(id);
    if (v === undefined) return undefined;
    const t = cleanText(cellText(v));
    return t === '' ? undefined : t;
  }
  function numberOf(id: SettingId, percent = false): number | undefined {
    let v = valueOf(id);
    if (v === undefined) return undefined;
    if (percent && typeof v === 'string') v = v.trim().replace(/\s*%$/, '');
    const n = readNumber(v);
    if (n.kind === 'number') return n.value;
    invalid(id, 'number');
    return undefined;
  }
  function countOf(id: SettingId): number | undefined {
    const n = numberOf(id);
    if (n === undefined) return undefined;
    if (Number.isInteger(n) && n >= 0) return n;
    invalid(id, 'count');
    return undefined;
  }
  function memberOf(id: SettingId): string | undefined {
    const t = textOf(id);
    if (t === undefined || !ctx.lookup) return undefined;
    const m = ctx.lookup.find(t);
    if (m) return m.code;
    report(id, 'error', 'SETTING_MEMBER_UNKNOWN', { key: label(id), value: t });
    return undefined;
  }
  /** Member codes of a `;`-separated list; undefined when blank or when an item is unknown. */
  function membersOf(id: SettingId): string[] | undefined {
    const t = textOf(id);
    if (t === undefined || !ctx.lookup) return undefined;
    const codes: string[] = [];
    let ok = true;
    for (const item of splitList(t, MEMBER_LIST)) {
      const m = ctx.lookup.find(item);
      if (!m) {
        report(id, 'error', 'SETTING_MEMBER_UNKNOWN', { key: label(id), value: item });
        ok = false;
      } else if (codes.includes(m.code)) {
        invalid(id, 'memberRepeated', { member: m.name });
        ok = false;
      } else codes.push(m.code);
    }
    return ok ? codes : undefined;
  }
  function choiceOf<T>(id: SettingId, options: Readonly<Record<string, string>>): T | undefined {
    const t = textOf(id);
    if (t === undefined) return undefined;
    const key = matchKey(t);
    for (const [value, text] of Object.entries(options)) if (matchKey(text) === key) return value as T;
    invalid(id, 'choice', { options: Object.values(options).join(' / ') });
    return undefined;
  }

  // ---- the settings, in the spec's order -----------------------------------------------------
  const clusterName = textOf('clusterName');
  if (clusterName === undefined) required('clusterName');

  let year = countOf('year');
  if (year !== undefined && (year < YEAR_MIN || year > YEAR_MAX)) {
    invalid('year', 'year', { min: YEAR_MIN, max: YEAR_MAX });
    year = undefined;
  }
  if (year === undefined) required('year');

  const head = memberOf('head');
  if (head === undefined) required('head');

  let deputies = membersOf('deputies');
  if (deputies !== undefined) {
    if (deputies.length < 1 || deputies.length > 2) {
      invalid('deputies', 'deputyCount');
      deputies = undefined;
    } else if (head !== undefined && deputies.includes(head)) {
      invalid('deputies', 'deputyIsHead', { member: nameOf(head) });
      deputies = undefined;
    }
  }
  if (deputies === undefined) required('deputies');

  let scoreSource = choiceOf<ScoreSource>('scoreSource', SCORE_SOURCE_LABEL);
  const sourceIsDefault = scoreSource === undefined;
  if (scoreSource === undefined) {
    // workbook-format.md: cross-scoring if any cross sheet exists, else appraisal if its sheet
    // exists, else self-scoring — and say which was chosen.
    scoreSource = ctx.hasCross ? 'cross' : ctx.hasAppraisal ? 'appraisal' : 'self';
    report('scoreSource', 'info', 'SETTING_DEFAULT_USED', { key: label('scoreSource'), value: SCORE_SOURCE_LABEL[scoreSource] });
  }

  const aggregation = choiceOf<Aggregation>('aggregation', AGGREGATION_LABEL);

  let countSelfInCross: boolean | undefined;
  {
    const v = raw.get('countSelfInCross')?.value;
    const yes = readYesNo(v);
    if (yes === 'error') report('countSelfInCross', 'error', 'VALUE_ERROR', { value: showValue(v) });
    else if (yes === 'invalid') invalid('countSelfInCross', 'yesNo');
    else if (yes !== null) countSelfInCross = yes;
  }

  const flagQuota = countOf('flagQuota');
  const certificateQuota = countOf('certificateQuota');

  const bandNamed = (id: SettingId): string | undefined => {
    const t = textOf(id);
    if (t === undefined) return undefined;
    const band = ctx.bands.find((b) => matchKey(b.name) === matchKey(t));
    if (band) return band.name;
    report(id, 'error', 'BAND_UNKNOWN', { key: label(id), value: t, bands: ctx.bands.map((b) => b.name).join(', ') });
    return undefined;
  };
  const flagMinBand = bandNamed('flagMinBand');
  const certificateMinBand = bandNamed('certificateMinBand');

  const percentOf = (id: SettingId, upTo100: boolean): number | undefined => {
    const n = numberOf(id, true);
    if (n === undefined) return undefined;
    if (n < 0 || (upTo100 && n > 100)) {
      invalid(id, upTo100 ? 'percent' : 'nonNegative');
      return undefined;
    }
    return roundToHundredths(n);
  };
  const voteThreshold = percentOf('voteThreshold', true);
  const voteBase = choiceOf<VoteBase>('voteBase', VOTE_BASE_LABEL);

  const present = countOf('present');
  if (present !== undefined && ctx.lookup && present > members.length)
    report('present', 'error', 'PRESENT_EXCEEDS_MEMBERS', { present, members: members.length });

  const tieBreak = readTieBreak();

  const deviationThreshold = percentOf('deviationThreshold', false);

  let scoreStep: number | undefined;
  {
    const n = numberOf('scoreStep');
    if (n !== undefined) {
      const h = toHundredths(n);
      if (n < 0) invalid('scoreStep', 'nonNegative');
      else if (h === null) invalid('scoreStep', 'precision');
      else scoreStep = h;
    }
  }

  const placeName = textOf('placeName');

  const nextHead = memberOf('nextHead');
  let nextDeputies = membersOf('nextDeputies');
  if (nextDeputies !== undefined) {
    if (nextDeputies.length < 1 || nextDeputies.length > 2) {
      invalid('nextDeputies', 'deputyCount');
      nextDeputies = undefined;
    } else if (nextHead !== undefined && nextDeputies.includes(nextHead)) {
      invalid('nextDeputies', 'deputyIsHead', { member: nameOf(nextHead) });
      nextDeputies = undefined;
    }
  }

  let rotation = membersOf('rotation');
  if (rotation !== undefined && ctx.lookup) {
    const missing = members.filter((m) => !(rotation as string[]).includes(m.code));
    if (missing.length > 0) {
      invalid('rotation', 'rotation', { missing: missing.map((m) => m.name).join(', ') });
      rotation = undefined;
    }
  }

  function readTieBreak(): TieBreakRule[] | undefined {
    const t = textOf('tieBreak');
    if (t === undefined) return undefined;
    const rules: TieBreakRule[] = [];
    const seen = new Set<string>();
    const groupWord = matchKey(TIE_BREAK_GROUP_WORD) + ' ';
    let ok = true;
    for (const item of splitList(t, /[;,]/)) {
      const key = matchKey(item);
      let rule: TieBreakRule | null = null;
      for (const kind of Object.keys(TIE_BREAK_LABEL) as (keyof typeof TIE_BREAK_LABEL)[])
        if (matchKey(TIE_BREAK_LABEL[kind]) === key) rule = { kind };
      if (!rule && key.startsWith(groupWord)) {
        const code = criterionCodeText(item.slice(item.indexOf(' ') + 1));
        const criteria = ctx.criteria;
        const group = criteria ? criteria.byKey.get(matchKey(code)) : undefined;
        if (!criteria) rule = { kind: 'group', group: code };
        else if (group && group.parent === null) rule = { kind: 'group', group: group.code };
        else {
          invalid('tieBreak', 'tieBreakGroup', { group: code });
          ok = false;
          continue;
        }
      }
      if (!rule) {
        invalid('tieBreak', 'tieBreakItem', { item });
        ok = false;
        continue;
      }
      const ruleKey = rule.kind === 'group' ? 'group ' + matchKey(rule.group) : rule.kind;
      if (!seen.has(ruleKey)) rules.push(rule);
      seen.add(ruleKey);
    }
    return ok && rules.length > 0 ? rules : undefined;
  }

  // ---- defaults and the effective settings ---------------------------------------------------
  const bands = ctx.bands;
  const headCode = head ?? '';
  const rotationCodes = rotation ?? members.map((m) => m.code);
  const settings: Settings = {
    clusterName: clusterName ?? '',
    year: year ?? 0,
    head: headCode,
    deputies: deputies ?? [],
    scoreSource,
    aggregation: aggregation ?? 'mean',
    countSelfInCross: countSelfInCross ?? false,
    flagQuota: flagQuota ?? SETTING_DEFAULTS.flagQuota,
    certificateQuota: certificateQuota ?? SETTING_DEFAULTS.certificateQuota,
    flagMinBand: flagMinBand ?? bands[0]?.name ?? '',
    certificateMinBand: certificateMinBand ?? (bands[1] ?? bands[0])?.name ?? '',
    voteThreshold: voteThreshold ?? SETTING_DEFAULTS.voteThreshold,
    voteBase: voteBase ?? 'members',
    present: present ?? members.length,
    tieBreak: tieBreak ?? [{ kind: 'lessDeduction' }],
    deviationThreshold: deviationThreshold ?? SETTING_DEFAULTS.deviationThreshold,
    scoreStep: scoreStep ?? SETTING_DEFAULTS.scoreStep,
    placeName: placeName ?? placeNameOf(head === undefined ? '' : nameOf(head)),
    nextHead: nextHead ?? null,
    nextDeputies: nextDeputies ?? null,
    rotation: rotationCodes,
    view: [],
  };

  // ---- Settings.view -------------------------------------------------------------------------
  const names = (codes: readonly string[]): string => codes.map(nameOf).join(', ');
  const suggestion = suggestNext(headCode, rotationCodes);
  const shownValue: Record<SettingId, string> = {
    clusterName: settings.clusterName,
    year: settings.year === 0 ? '' : String(settings.year),
    head: head === undefined ? '' : nameOf(head),
    deputies: names(settings.deputies),
    scoreSource: SCORE_SOURCE_LABEL[settings.scoreSource],
    aggregation: AGGREGATION_LABEL[settings.aggregation],
    countSelfInCross: yesNoText(settings.countSelfInCross),
    flagQuota: String(settings.flagQuota),
    certificateQuota: String(settings.certificateQuota),
    flagMinBand: settings.flagMinBand,
    certificateMinBand: settings.certificateMinBand,
    voteThreshold: showPercent(settings.voteThreshold) + '%',
    voteBase: VOTE_BASE_LABEL[settings.voteBase],
    present: String(settings.present),
    tieBreak: settings.tieBreak.map(tieBreakText).join('; '),
    deviationThreshold: showPercent(settings.deviationThreshold) + '%',
    scoreStep: settings.scoreStep === 0 ? '0 (không quy định)' : showPoints(settings.scoreStep),
    placeName: settings.placeName,
    nextHead: nextHead !== undefined ? nameOf(nextHead) : suggestion ? `${nameOf(suggestion.head)} (đề xuất theo thứ tự luân phiên)` : '',
    nextDeputies:
      nextDeputies !== undefined
        ? names(nextDeputies)
        : suggestion && suggestion.deputy !== null
          ? `${nameOf(suggestion.deputy)} (đề xuất theo thứ tự luân phiên)`
          : '',
    rotation: names(settings.rotation),
  };
  const isSet: Record<SettingId, boolean> = {
    clusterName: clusterName !== undefined,
    year: year !== undefined,
    head: head !== undefined,
    deputies: deputies !== undefined,
    scoreSource: !sourceIsDefault,
    aggregation: aggregation !== undefined,
    countSelfInCross: countSelfInCross !== undefined,
    flagQuota: flagQuota !== undefined,
    certificateQuota: certificateQuota !== undefined,
    flagMinBand: flagMinBand !== undefined,
    certificateMinBand: certificateMinBand !== undefined,
    voteThreshold: voteThreshold !== undefined,
    voteBase: voteBase !== undefined,
    present: present !== undefined,
    tieBreak: tieBreak !== undefined,
    deviationThreshold: deviationThreshold !== undefined,
    scoreStep: scoreStep !== undefined,
    placeName: placeName !== undefined,
    nextHead: nextHead !== undefined,
    nextDeputies: nextDeputies !== undefined,
    rotation: rotation !== undefined,
  };
  const cells: Partial<Record<SettingId, { r: number; c: number }>> = {};
  settings.view = SETTING_IDS.map((id): SettingView => {
    const entry: SettingView = { key: label(id), value: shownValue[id], isDefault: !isSet[id] };
    const at = raw.get(id);
    if (view && at) {
      entry.cell = view.address(at.r, at.c);
      cells[id] = { r: at.r, c: at.c };
    }
    return entry;
  });

  return { settings, usable, cells };
}

/** Reads the rows into `raw`; false when there is no header row. */
function collectRows(view: SheetView, raw: Map<SettingId, RawSetting>, sink: ProblemSink): boolean {
  const header = findHeader(view, SPEC, sink);
  if (!header) return false;
  warnUnknownColumns(view, header, sink);
  const cKey = header.cols.get(H.key) as number;
  const cValue = header.cols.get(H.value) as number;
  for (let r = header.row + 1; r < view.rowCount; r++) {
    if (rowIsEmpty(view, r, [cKey, cValue])) continue;
    const text = rowKeyText(view, sink, r, cKey, { severity: 'warning', column: H.key, kind: 'settings' });
    if (text === null) continue;
    const id = ID_BY_KEY.get(matchKey(text));
    if (id === undefined) {
      sink.cell(view, r, cKey, 'warning', 'SETTING_UNKNOWN', { key: text });
      continue;
    }
    if (raw.has(id)) {
      sink.cell(view, r, cKey, 'error', 'SETTING_DUPLICATE', { key: SETTING_LABELS[id] });
      continue;
    }
    raw.set(id, { value: view.get(r, cValue), r, c: cValue });
  }
  return true;
}

/** The head's name without its leading "Tỉnh"/"Thành phố": "Tỉnh Nghệ An" → "Nghệ An". */
export function placeNameOf(memberName: string): string {
  const words = cleanText(memberName).split(' ');
  if (words.length > 1 && matchKey(words[0]) === 'tỉnh') return words.slice(1).join(' ');
  if (words.length > 2 && matchKey(words[0] + ' ' + words[1]) === matchKey('Thành phố')) return words.slice(2).join(' ');
  return words.join(' ');
}

/** rules.md §9: after this year's head comes next year's head, then the deputy (wrapping). */
function suggestNext(head: string, rotation: readonly string[]): { head: string; deputy: string | null } | null {
  const i = rotation.indexOf(head);
  if (i < 0 || rotation.length < 2) return null;
  const n = rotation.length;
  const deputy = rotation[(i + 2) % n];
  return { head: rotation[(i + 1) % n], deputy: deputy === head ? null : deputy };
}
