/**
 * `Tiêu chí` (docs/huong-dan-so-lieu.md): the criteria tree. A code's parent is the code without its
 * last `.`-segment and must be written above it; a group's descendants share its type; a `Điểm`
 * group's maximum equals the sum of its children's maxima, while a `Thưởng`/`Trừ` group's
 * maximum is a cap. The base maximum is the sum of the top-level `Điểm` maxima.
 */
import { toHundredths } from '../hundredths';
import type { Criterion, CriterionType } from '../model';
import { cleanText, matchKey } from '../text';
import { cellText, errorText, isBlankValue, readNumber, showValue } from './cellValue';
import { criterionCodeText } from './criterionCode';
import { criterionTypeOf } from './criterionTypes';
import { findHeader, rowIsEmpty, rowKeyText, warnUnknownColumns, type HeaderSpec } from './headerRow';
import { CRITERIA_HEADERS as H } from '../words/format';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';

const SPEC: HeaderSpec = { required: [H.code, H.text, H.max], optional: [H.type, H.guidance] };

const SEGMENT = /^[\p{L}\p{N}_-]+$/u;

export interface CriteriaRead {
  criteria: Criterion[];
  leaves: Criterion[];
  /** matchKey(code) → criterion. */
  byKey: Map<string, Criterion>;
  /**
   * Keys of rows that were refused (bad code, parent missing). Score sheets skip rows with these
   * codes silently: the problem was reported once here, not again in every score sheet.
   */
  refused: Set<string>;
  /** By criterion index: false when its maximum could not be read (no above-max checks then). */
  maxKnown: boolean[];
  baseMax: number;
}

export function readCriteria(view: SheetView, sink: ProblemSink): CriteriaRead | null {
  const header = findHeader(view, SPEC, sink);
  if (!header) return null;
  warnUnknownColumns(view, header, sink);
  const cCode = header.cols.get(H.code) as number;
  const cText = header.cols.get(H.text) as number;
  const cMax = header.cols.get(H.max) as number;
  const cType = header.cols.get(H.type) ?? -1;
  const cGuidance = header.cols.get(H.guidance) ?? -1;
  const used = [...header.cols.values()];

  const criteria: Criterion[] = [];
  const byKey = new Map<string, Criterion>();
  const refused = new Set<string>();
  const maxKnown: boolean[] = [];
  const rowOf: number[] = [];

  for (let r = header.row + 1; r < view.rowCount; r++) {
    if (rowIsEmpty(view, r, used)) continue;
    const keyText = rowKeyText(view, sink, r, cCode, { severity: 'error', column: H.code, kind: 'criteria' });
    if (keyText === null) continue;
    const code = criterionCodeText(keyText);
    const key = matchKey(code);
    const segments = code.split('.');
    if (!segments.every((s) => SEGMENT.test(s))) {
      sink.cell(view, r, cCode, 'error', 'CRITERION_CODE_INVALID', { code }, { criterion: code });
      refused.add(key);
      continue;
    }
    if (byKey.has(key)) {
      sink.cell(view, r, cCode, 'error', 'CRITERION_CODE_DUPLICATE', { code }, { criterion: code });
      continue;
    }
    let parent: Criterion | null = null;
    if (segments.length > 1) {
      const parentCode = segments.slice(0, -1).join('.');
      const parentKey = matchKey(parentCode);
      parent = byKey.get(parentKey) ?? null;
      if (!parent) {
        // Reported once for the topmost orphan; its own children follow it out quietly.
        if (!refused.has(parentKey))
          sink.cell(view, r, cCode, 'error', 'CRITERION_PARENT_MISSING', { code, parent: parentCode }, { criterion: code });
        refused.add(key);
        continue;
      }
    }

    const about = { criterion: code };
    let text = '';
    const rawText = view.get(r, cText);
    const textError = errorText(rawText);
    if (textError !== null) sink.cell(view, r, cText, 'error', 'VALUE_ERROR', { value: textError }, about);
    else {
      text = cleanText(cellText(rawText));
      if (text === '') sink.cell(view, r, cText, 'error', 'CRITERION_TEXT_MISSING', { code }, about);
    }

    let max = 0;
    let known = false;
    const rawMax = view.get(r, cMax);
    const n = readNumber(rawMax);
    if (n.kind === 'error') sink.cell(view, r, cMax, 'error', 'VALUE_ERROR', { value: n.text }, about);
    else {
      const h = n.kind === 'number' ? toHundredths(n.value) : null;
      if (n.kind === 'invalid' && n.tooLarge) sink.cell(view, r, cMax, 'error', 'NUMBER_INVALID', { value: showValue(rawMax), tooLarge: true }, about);
      else if (h === null || h <= 0) sink.cell(view, r, cMax, 'error', 'CRITERION_MAX_INVALID', { code, value: showValue(rawMax) }, about);
      else {
        max = h;
        known = true;
        if (n.kind === 'number' && n.fromText)
          sink.cell(view, r, cMax, 'warning', 'NUMBER_AS_TEXT', { value: showValue(rawMax), number: h }, about);
      }
    }

    // A blank `Loại` inherits the group's type; only a different type written out is a mismatch.
    let type: CriterionType = parent ? parent.type : 'score';
    if (cType >= 0) {
      const rawType = view.get(r, cType);
      const typeError = errorText(rawType);
      if (typeError !== null) sink.cell(view, r, cType, 'error', 'VALUE_ERROR', { value: typeError }, about);
      else if (!isBlankValue(rawType)) {
        const written = criterionTypeOf(cellText(rawType));
        if (written === null) sink.cell(view, r, cType, 'error', 'CRITERION_TYPE_INVALID', { code, value: showValue(rawType) }, about);
        else if (parent && written !== parent.type)
          sink.cell(view, r, cType, 'error', 'CRITERION_TYPE_MISMATCH', {
            code,
            type: written,
            parent: parent.code,
            parentType: parent.type,
          }, about);
        else type = written;
      }
    }

    let guidance = '';
    if (cGuidance >= 0) {
      const raw = view.get(r, cGuidance);
      if (errorText(raw) === null) guidance = cleanText(cellText(raw));
    }

    const criterion: Criterion = {
      code,
      text,
      max,
      type,
      guidance,
      parent: parent ? parent.code : null,
      children: [],
      depth: parent ? parent.depth + 1 : 0,
      index: criteria.length,
      leafIndex: -1,
      cell: view.address(r, cCode),
    };
    if (parent) parent.children.push(code);
    criteria.push(criterion);
    byKey.set(key, criterion);
    maxKnown.push(known);
    rowOf.push(r);
  }

  if (criteria.length === 0) sink.sheet(view, 'error', 'CRITERIA_EMPTY', {});

  const leaves: Criterion[] = [];
  for (const c of criteria) {
    if (c.children.length === 0) {
      c.leafIndex = leaves.length;
      leaves.push(c);
    }
  }

  // A `Điểm` group's maximum must add up; `Thưởng`/`Trừ` maxima are caps (docs/huong-dan-so-lieu.md).
  for (const g of criteria) {
    if (g.children.length === 0 || g.type !== 'score' || !maxKnown[g.index]) continue;
    let sum = 0;
    let complete = true;
    for (const childCode of g.children) {
      const child = byKey.get(matchKey(childCode)) as Criterion;
      if (!maxKnown[child.index]) complete = false;
      sum += child.max;
    }
    if (complete && sum !== g.max)
      sink.cell(view, rowOf[g.index], cMax, 'error', 'CRITERION_GROUP_SUM', { code: g.code, max: g.max, sum }, { criterion: g.code });
  }

  let baseMax = 0;
  for (const c of criteria) if (c.parent === null && c.type === 'score') baseMax += c.max;

  return { criteria, leaves, byKey, refused, maxKnown, baseMax };
}
