/**
 * `Cấu hình` (docs/huong-dan-so-lieu.md): two columns, `Tham số` | `Giá trị`, one row per
 * setting. Each row is found by its label (src/core/words/format.ts), validated and read into its
 * typed value by its identity (src/core/settings/settingIds.ts); what the workbook does not write
 * takes its default (src/core/settings/defaults.ts), so the rules receive complete Settings.
 * Members may be named by code, name or alias; the code is stored.
 *
 * The reader returns the settings three ways: as written (what the data fingerprint counts), the
 * effective values (what the rules use), and where each written one is (for messages and links).
 * No text for people is made here: the vocabulary makes it (src/core/settings/settingLines.ts).
 */
import type { CellValue } from '../grid';
import { asPercent, roundToHundredths, toHundredths } from '../hundredths';
import type { Aggregation, Band, LastPlaceTie, NextHeadRule, ScoreSource, SettingCells, Settings, TieBreakRule, VoteBase, WrittenSettings } from '../model';
import type { About, ProblemCode, ProblemParamsByCode, SettingRefusal, Severity } from '../problems';
import { defaultScoreSource, effectiveSettings, YEAR_RANGE } from '../settings/defaults';
import { SETTING_IDS, type SettingId } from '../settings/settingIds';
import { cleanText, matchKey, splitList } from '../text';
import {
  AGGREGATION_WORDS,
  LAST_PLACE_TIE_WORDS,
  NEXT_HEAD_RULE_WORDS,
  SCORE_SOURCE_WORDS,
  SETTING_ALIASES,
  SETTING_LABELS,
  SETTINGS_HEADERS as H,
  TIE_BREAK_GROUP_WORD,
  TIE_BREAK_WORDS,
  VOTE_BASE_WORDS,
} from '../words/format';
import { cellText, errorText, isBlankValue, readNumber, showValue } from './cellValue';
import { criterionCodeText } from './criterionCode';
import type { CriteriaRead } from './readCriteria';
import { findHeader, rowIsEmpty, rowKeyText, warnUnknownColumns, type HeaderSpec } from './headerRow';
import type { MemberLookup } from './memberLookup';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';
import { readYesNo } from './yesNo';

const SPEC: HeaderSpec = { required: [H.key, H.value], optional: [] };

const ID_BY_KEY = new Map<string, SettingId>();
for (const id of SETTING_IDS) {
  ID_BY_KEY.set(matchKey(SETTING_LABELS[id]), id);
  for (const alias of SETTING_ALIASES[id] ?? []) ID_BY_KEY.set(matchKey(alias), id);
}

const MEMBER_LIST = /[;,]/;

export interface SettingsContext {
  lookup: MemberLookup | null;
  criteria: CriteriaRead | null;
  bands: readonly Band[];
  hasCross: boolean;
  hasAppraisal: boolean;
  /** Members with a delegate row in `Hội nghị` (0 or absent: the sheet lists none). */
  delegatesPresent?: number;
}

export interface SettingsRead {
  /** The effective settings. */
  settings: Settings;
  /** The settings as written (absent: not written, or not readable — then reported). */
  written: WrittenSettings;
  /** A1 cell and typed text of the value of each setting the sheet has a row for. */
  cells: SettingCells;
  /** False when the sheet or its header is missing: the settings are then only defaults. */
  usable: boolean;
  /** Grid-relative cell of each setting's value, for the settings the sheet has a row for. */
  at: Partial<Record<SettingId, { r: number; c: number }>>;
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
  function report<C extends ProblemCode>(id: SettingId, severity: Severity, code: C, params: ProblemParamsByCode[C], about: About = {}): void {
    const at = raw.get(id);
    if (view && at) sink.cell(view, at.r, at.c, severity, code, params, about);
    else if (view) sink.sheet(view, severity, code, params, about);
    else sink.workbook(severity, code, params, about);
  }
  const shown = (id: SettingId): string => showValue(raw.get(id)?.value);
  const invalid = (id: SettingId, reason: SettingRefusal): void =>
    report(id, 'error', 'SETTING_INVALID', { setting: id, value: shown(id), reason });
  const required = (id: SettingId): void => {
    // Only a blank or absent value is "missing"; a wrong value was already reported as such.
    if (usable && isBlankValue(raw.get(id)?.value)) report(id, 'error', 'SETTING_REQUIRED', { setting: id });
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
    invalid(id, { kind: n.kind === 'invalid' && n.tooLarge ? 'tooLarge' : 'number' });
    return undefined;
  }
  function countOf(id: SettingId): number | undefined {
    const n = numberOf(id);
    if (n === undefined) return undefined;
    if (Number.isInteger(n) && n >= 0) return n;
    invalid(id, { kind: 'count' });
    return undefined;
  }
  function memberOf(id: SettingId): string | undefined {
    const t = textOf(id);
    if (t === undefined || !ctx.lookup) return undefined;
    const m = ctx.lookup.find(t);
    if (m) return m.code;
    report(id, 'error', 'SETTING_MEMBER_UNKNOWN', { setting: id, value: t });
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
        report(id, 'error', 'SETTING_MEMBER_UNKNOWN', { setting: id, value: item });
        ok = false;
      } else if (codes.includes(m.code)) {
        invalid(id, { kind: 'memberRepeated', member: m.name });
        ok = false;
      } else codes.push(m.code);
    }
    return ok ? codes : undefined;
  }
  function choiceOf<T extends string>(id: SettingId, words: Readonly<Record<T, string>>): T | undefined {
    const t = textOf(id);
    if (t === undefined) return undefined;
    const key = matchKey(t);
    for (const [value, word] of Object.entries(words) as [T, string][]) if (matchKey(word) === key) return value;
    invalid(id, { kind: 'choice' });
    return undefined;
  }
  /** One or two deputies, none of them the head (`Cụm phó`, `Cụm phó năm sau`). */
  function deputiesOf(id: SettingId, head: string | undefined): string[] | undefined {
    const deputies = membersOf(id);
    if (deputies === undefined) return undefined;
    if (deputies.length < 1 || deputies.length > 2) {
      invalid(id, { kind: 'deputyCount' });
      return undefined;
    }
    if (head !== undefined && deputies.includes(head)) {
      invalid(id, { kind: 'deputyIsHead', member: nameOf(head) });
      return undefined;
    }
    return deputies;
  }

  // ---- the settings, in the docs' order --------------------------------------------------------
  const w: WrittenSettings = {};

  w.clusterName = textOf('clusterName');
  if (w.clusterName === undefined) required('clusterName');

  w.year = countOf('year');
  if (w.year !== undefined && (w.year < YEAR_RANGE.min || w.year > YEAR_RANGE.max)) {
    invalid('year', { kind: 'year', min: YEAR_RANGE.min, max: YEAR_RANGE.max });
    w.year = undefined;
  }
  if (w.year === undefined) required('year');

  w.head = memberOf('head');
  if (w.head === undefined) required('head');

  w.deputies = deputiesOf('deputies', w.head);
  if (w.deputies === undefined) required('deputies');

  w.scoreSource = choiceOf<ScoreSource>('scoreSource', SCORE_SOURCE_WORDS);
  if (w.scoreSource === undefined) report('scoreSource', 'info', 'SETTING_DEFAULT_USED', { setting: 'scoreSource', value: defaultScoreSource(ctx) });

  w.aggregation = choiceOf<Aggregation>('aggregation', AGGREGATION_WORDS);

  {
    const v = raw.get('countSelfInCross')?.value;
    const yes = readYesNo(v);
    if (yes === 'error') report('countSelfInCross', 'error', 'VALUE_ERROR', { value: showValue(v) });
    else if (yes === 'invalid') invalid('countSelfInCross', { kind: 'yesNo' });
    else if (yes !== null) w.countSelfInCross = yes;
  }

  w.flagQuota = countOf('flagQuota');
  w.certificateQuota = countOf('certificateQuota');

  const bandNamed = (id: SettingId): string | undefined => {
    const t = textOf(id);
    if (t === undefined) return undefined;
    const band = ctx.bands.find((b) => matchKey(b.name) === matchKey(t));
    if (band) return band.name;
    report(id, 'error', 'BAND_UNKNOWN', { setting: id, value: t, bands: ctx.bands.map((b) => b.name) });
    return undefined;
  };
  w.flagMinBand = bandNamed('flagMinBand');
  w.certificateMinBand = bandNamed('certificateMinBand');

  const percentOf = (id: SettingId, upTo100: boolean): number | undefined => {
    const n = numberOf(id, true);
    if (n === undefined) return undefined;
    if (n < 0 || (upTo100 && n > 100)) {
      invalid(id, { kind: upTo100 ? 'percent' : 'nonNegative' });
      return undefined;
    }
    return roundToHundredths(n);
  };
  const threshold = percentOf('voteThreshold', true);
  if (threshold !== undefined) w.voteThreshold = asPercent(threshold);
  w.voteBase = choiceOf<VoteBase>('voteBase', VOTE_BASE_WORDS);

  w.present = countOf('present');
  if (w.present !== undefined && ctx.lookup && w.present > members.length)
    report('present', 'error', 'PRESENT_EXCEEDS_MEMBERS', { present: w.present, members: members.length });

  w.lastPlaceTie = choiceOf<LastPlaceTie>('lastPlaceTie', LAST_PLACE_TIE_WORDS);
  w.maxRounds = countOf('maxRounds');
  if (w.maxRounds !== undefined && w.maxRounds < 1) {
    invalid('maxRounds', { kind: 'atLeastOne' });
    w.maxRounds = undefined;
  }

  w.tieBreak = readTieBreak();

  const deviation = percentOf('deviationThreshold', false);
  if (deviation !== undefined) w.deviationThreshold = asPercent(deviation);

  {
    const n = numberOf('scoreStep');
    if (n !== undefined) {
      const h = toHundredths(n);
      if (n < 0) invalid('scoreStep', { kind: 'nonNegative' });
      else if (h === null) invalid('scoreStep', { kind: 'precision' });
      else w.scoreStep = h;
    }
  }

  w.placeName = textOf('placeName');
  w.nextHeadRule = choiceOf<NextHeadRule>('nextHeadRule', NEXT_HEAD_RULE_WORDS);

  w.nextHead = memberOf('nextHead');
  w.nextDeputies = deputiesOf('nextDeputies', w.nextHead);

  w.rotation = membersOf('rotation');
  if (w.rotation !== undefined && ctx.lookup) {
    const listed = w.rotation;
    const missing = members.filter((m) => !listed.includes(m.code));
    if (missing.length > 0) {
      invalid('rotation', { kind: 'rotation', missing: missing.map((m) => m.name) });
      w.rotation = undefined;
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
      for (const kind of Object.keys(TIE_BREAK_WORDS) as (keyof typeof TIE_BREAK_WORDS)[])
        if (matchKey(TIE_BREAK_WORDS[kind]) === key) rule = { kind };
      if (!rule && key.startsWith(groupWord)) {
        const code = criterionCodeText(item.slice(item.indexOf(' ') + 1));
        const criteria = ctx.criteria;
        const group = criteria ? criteria.byKey.get(matchKey(code)) : undefined;
        if (!criteria) rule = { kind: 'group', group: code };
        else if (group && group.parent === null) rule = { kind: 'group', group: group.code };
        else {
          invalid('tieBreak', { kind: 'tieBreakGroup', group: code });
          ok = false;
          continue;
        }
      }
      if (!rule) {
        invalid('tieBreak', { kind: 'tieBreakItem', item });
        ok = false;
        continue;
      }
      const ruleKey = rule.kind === 'group' ? 'group ' + matchKey(rule.group) : rule.kind;
      if (!seen.has(ruleKey)) rules.push(rule);
      seen.add(ruleKey);
    }
    return ok && rules.length > 0 ? rules : undefined;
  }

  // ---- what was written, where, and the effective settings -----------------------------------
  const written: WrittenSettings = {};
  for (const id of SETTING_IDS) if (w[id] !== undefined) (written as Record<string, unknown>)[id] = w[id];
  const cells: SettingCells = {};
  const at: SettingsRead['at'] = {};
  if (view)
    for (const [id, r] of raw) {
      cells[id] = { cell: view.address(r.r, r.c), text: showValue(r.value) };
      at[id] = { r: r.r, c: r.c };
    }
  const settings = effectiveSettings(written, {
    members,
    bands: ctx.bands,
    hasCross: ctx.hasCross,
    hasAppraisal: ctx.hasAppraisal,
    delegatesPresent: ctx.delegatesPresent,
  });
  return { settings, written, cells, usable, at };
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
      sink.cell(view, r, cKey, 'error', 'SETTING_DUPLICATE', { setting: id });
      continue;
    }
    raw.set(id, { value: view.get(r, cValue), r, c: cValue });
  }
  return true;
}
