/**
 * One score sheet — `Tự chấm`, `Thẩm định` or `Chấm chéo - <MÃ>` (docs/huong-dan-so-lieu.md, Score
 * sheets): criteria down by code, members across by code, name or alias. Rows may come in any
 * order; group rows are only compared with the sheet's own subtotal. Every usable cell becomes
 * hundredths in ScoreSheet.values; an unusable one becomes null with its problem.
 */
import type { ScoreSheet, ScoreSource } from '../model';
import { cellText, errorText, MAX_NUMBER, readNumber, showValue } from './cellValue';
import type { ProblemParamsByCode } from '../problems';
import { criterionCodeText } from './criterionCode';
import { findHeader, type HeaderSpec } from './headerRow';
import { SCORE_HEADERS as H } from '../words/format';
import type { ProblemSink } from './problemSink';
import type { ScoreContext } from './scoreContext';
import type { SheetView } from './sheetView';

const SPEC: HeaderSpec = { required: [H.code], optional: [H.text, H.max] };

/**
 * What a blank `Điểm` cell means in this sheet: nothing ('ignore'), a missing score
 * ('required': `Tự chấm`, and the source sheet), or a scorer's gap ('crossWarn': cross sheets
 * when cross-scoring is the source — the scorer's own column may always be blank).
 */
export type BlankPolicy = 'ignore' | 'required' | 'crossWarn';

export interface ScoreSheetRequest {
  view: SheetView;
  kind: ScoreSource;
  /** Member index of the scorer of a cross sheet, else -1. */
  scorer: number;
  blanks: BlankPolicy;
}

// The hot loop reads these through module constants rather than the globals: inside a vm
// context (jest, some hosts) every global lookup goes through an interceptor and costs ~10×.
const round = Math.round;
const abs = Math.abs;
const larger = Math.max;
const isFiniteNumber = Number.isFinite;

/**
 * More blank cells (or numbers typed as text) than this in one column are reported once, with
 * their count: a member that has not filled its column yet needs one message, not three hundred.
 */
export const BLANKS_LISTED_PER_COLUMN = 5;

export function readScoreSheet(req: ScoreSheetRequest, ctx: ScoreContext, sink: ProblemSink): ScoreSheet | null {
  const { view, scorer } = req;
  const header = findHeader(view, SPEC, sink);
  if (!header) return null;
  const members = ctx.lookup.members;
  const { criteria, leaves, maxKnown, refused } = ctx.criteria;
  const M = members.length;
  const L = leaves.length;
  const cCode = header.cols.get(H.code) as number;
  const cMax = header.cols.get(H.max) ?? -1;

  // ---- member columns ----------------------------------------------------------------------
  const cols = new Array<number>(M).fill(-1);
  for (const x of header.extras) {
    const i = ctx.lookup.indexOfKey(x.key);
    if (i < 0) sink.cell(view, header.row, x.col, 'warning', 'COLUMN_UNKNOWN', { header: x.text, kind: 'member' });
    else if (cols[i] >= 0)
      sink.cell(view, header.row, x.col, 'error', 'COLUMN_DUPLICATE', { header: x.text, member: members[i].name }, { member: members[i].code });
    else cols[i] = x.col;
  }
  for (let i = 0; i < M; i++) {
    // A scorer does not score itself unless the cluster says so; its own column may be left out.
    if (cols[i] < 0 && i !== scorer)
      sink.cell(view, header.row, cCode, 'error', 'MEMBER_COLUMN_MISSING', { member: members[i].name, code: members[i].code }, { member: members[i].code });
  }
  const usedCols = cols.filter((c) => c >= 0);

  // ---- rows --------------------------------------------------------------------------------
  const rowOf = new Array<number>(criteria.length).fill(-1);
  const groupRows: number[] = [];
  for (let r = header.row + 1; r < view.rowCount; r++) {
    const line = view.line(r);
    if (!line) continue;
    const text = cellText(line[cCode]);
    if (text.trim() === '') {
      if (anyValue(line, usedCols)) sink.cell(view, r, cCode, 'warning', 'ROW_WITHOUT_CODE', { column: H.code, kind: 'score' });
      continue;
    }
    const err = errorText(text);
    if (err !== null) {
      sink.cell(view, r, cCode, 'error', 'VALUE_ERROR', { value: err });
      continue;
    }
    const { criterion, key } = ctx.criterionOf(text);
    if (!criterion) {
      if (!refused.has(key)) sink.cell(view, r, cCode, 'error', 'SCORE_ROW_UNKNOWN', { criterion: criterionCodeText(text) }, { criterion: criterionCodeText(text) });
      continue;
    }
    if (rowOf[criterion.index] >= 0) {
      sink.cell(view, r, cCode, 'error', 'SCORE_ROW_DUPLICATE', { criterion: criterion.code }, { criterion: criterion.code });
      continue;
    }
    rowOf[criterion.index] = r;
    if (cMax >= 0 && maxKnown[criterion.index]) {
      const shownMax = line[cMax];
      const n = readNumber(shownMax);
      if (n.kind !== 'blank' && (n.kind !== 'number' || Math.round(n.value * 100) !== criterion.max))
        sink.cell(view, r, cMax, 'warning', 'SCORE_MAX_MISMATCH', { criterion: criterion.code, value: showValue(shownMax), max: criterion.max }, { criterion: criterion.code });
    }
    if (criterion.children.length > 0) groupRows.push(criterion.index);
  }

  // ---- leaf cells (the hot loop: ~350 000 cells in a large cluster) -------------------------
  const values: (number | null)[][] = [];
  for (let m = 0; m < M; m++) values.push(new Array<number | null>(L).fill(null));
  const unusable = new Uint8Array(M * L);
  const blanks: number[][] = [];
  for (let m = 0; m < M; m++) blanks.push([]);
  // Numbers typed as text, per member column: a column pasted from a document is one warning.
  const asText: { r: number; leaf: number; value: string; h: number }[][] = [];
  for (let m = 0; m < M; m++) asText.push([]);
  const asTextCount = new Array<number>(M).fill(0);
  const step = ctx.scoreStep;

  for (let leaf = 0; leaf < L; leaf++) {
    const criterion = leaves[leaf];
    const r = rowOf[criterion.index];
    if (r < 0) {
      // A bonus or deduction leaf with no row simply counts 0 (docs/huong-dan-so-lieu.md).
      if (criterion.type === 'score')
        sink.sheet(view, 'error', 'SCORE_ROW_MISSING', { criterion: criterion.code }, { criterion: criterion.code });
      continue;
    }
    const line = view.line(r) as readonly unknown[];
    const max = criterion.max;
    const checkMax = maxKnown[criterion.index];
    const noteBlanks = criterion.type === 'score' && req.blanks !== 'ignore';
    for (let m = 0; m < M; m++) {
      const c = cols[m];
      if (c < 0) continue;
      const v = line[c];
      let h: number;
      let fromText = false;
      if (typeof v === 'number' && isFiniteNumber(v) && abs(v) <= MAX_NUMBER) {
        const scaled = v * 100;
        h = round(scaled);
        if (abs(scaled - h) > 1e-6 * larger(1, abs(scaled))) {
          bad(m, leaf, r, c, 'SCORE_TOO_PRECISE', { value: showValue(v) });
          continue;
        }
      } else if (v == null || v === '') {
        if (noteBlanks) blanks[m].push(leaf);
        continue;
      } else {
        const n = readNumber(v);
        if (n.kind === 'blank') {
          if (noteBlanks) blanks[m].push(leaf);
          continue;
        }
        if (n.kind === 'error') {
          bad(m, leaf, r, c, 'VALUE_ERROR', { value: n.text });
          continue;
        }
        if (n.kind === 'invalid') {
          bad(m, leaf, r, c, 'NUMBER_INVALID', n.tooLarge ? { value: showValue(v), tooLarge: true } : { value: showValue(v) });
          continue;
        }
        // Text numbers have at most two decimals by construction.
        h = round(n.value * 100);
        fromText = true;
      }
      if (h === 0) h = 0; // no -0
      if (fromText) {
        const list = asText[m];
        if (list.length <= BLANKS_LISTED_PER_COLUMN) list.push({ r, leaf, value: showValue(v), h });
        asTextCount[m]++;
      }
      if (h < 0) {
        if (criterion.type === 'deduction') {
          // A deduction typed as "-2" means 2 points off: use its absolute value, and say so.
          h = -h;
          sink.cell(view, r, c, 'warning', 'DEDUCTION_NEGATIVE', { value: showValue(v), used: h, criterion: criterion.code, member: members[m].name }, { member: members[m].code, criterion: criterion.code });
        } else {
          bad(m, leaf, r, c, 'SCORE_NEGATIVE', { value: showValue(v), criterion: criterion.code, member: members[m].name });
          continue;
        }
      }
      if (checkMax && h > max) {
        bad(m, leaf, r, c, 'SCORE_ABOVE_MAX', { value: showValue(v), max, criterion: criterion.code, member: members[m].name });
        continue;
      }
      if (step > 0 && h % step !== 0)
        sink.cell(view, r, c, 'warning', 'SCORE_STEP', { value: showValue(v), step, criterion: criterion.code, member: members[m].name }, { member: members[m].code, criterion: criterion.code });
      values[m][leaf] = h;
    }
  }

  type Unusable = 'SCORE_TOO_PRECISE' | 'VALUE_ERROR' | 'NUMBER_INVALID' | 'SCORE_NEGATIVE' | 'SCORE_ABOVE_MAX';
  function bad<C extends Unusable>(m: number, leaf: number, r: number, c: number, code: C, params: ProblemParamsByCode[C]): void {
    unusable[m * L + leaf] = 1;
    sink.cell(view, r, c, 'error', code, params, { member: members[m].code, criterion: leaves[leaf].code });
  }

  for (let m = 0; m < M; m++) {
    const list = asText[m];
    if (list.length === 0) continue;
    const member = members[m];
    if (asTextCount[m] > BLANKS_LISTED_PER_COLUMN) {
      const first = list[0];
      sink.cell(view, first.r, cols[m], 'warning', 'NUMBER_AS_TEXT', { value: first.value, number: first.h, count: asTextCount[m], member: member.name }, { member: member.code });
    } else
      for (const x of list)
        sink.cell(view, x.r, cols[m], 'warning', 'NUMBER_AS_TEXT', { value: x.value, number: x.h }, { member: member.code, criterion: leaves[x.leaf].code });
  }

  // ---- blank `Điểm` cells ------------------------------------------------------------------
  if (req.blanks !== 'ignore') {
    for (let m = 0; m < M; m++) {
      if (req.blanks === 'crossWarn' && m === scorer) continue;
      const list = blanks[m];
      if (list.length === 0) continue;
      const member = members[m];
      const report = (leaf: number, count: number | null, about: { member: string; criterion?: string }): void => {
        const criterion = leaves[leaf];
        const at: [number, number] = [rowOf[criterion.index], cols[m]];
        const counted = count === null ? {} : { count };
        if (req.blanks === 'required')
          sink.cell(view, ...at, 'error', 'SCORE_MISSING', { member: member.name, criterion: criterion.code, ...counted }, about);
        else
          sink.cell(view, ...at, 'warning', 'CROSS_SCORE_MISSING', { member: member.name, scorer: members[scorer]?.name ?? '', criterion: criterion.code, ...counted }, about);
      };
      if (list.length > BLANKS_LISTED_PER_COLUMN) report(list[0], list.length, { member: member.code });
      else for (const leaf of list) report(leaf, null, { member: member.code, criterion: leaves[leaf].code });
    }
  }

  // ---- group rows: compared with this sheet's own subtotals (docs/quy-tac-tinh-diem.md §4, §11) --------------
  if (groupRows.length > 0) checkGroupRows();

  function checkGroupRows(): void {
    const subtotal = new Float64Array(criteria.length);
    for (let m = 0; m < M; m++) {
      const c = cols[m];
      if (c < 0) continue;
      let computed = false;
      for (const g of groupRows) {
        const r = rowOf[g];
        const v = (view.line(r) as readonly unknown[])[c];
        const n = readNumber(v);
        if (n.kind !== 'number') continue; // blank, text or an error: the row is ignored
        if (!computed) {
          computeSubtotals(m, subtotal);
          computed = true;
        }
        const group = criteria[g];
        const expected = subtotal[g];
        if (Number.isNaN(expected)) continue; // a cell below is missing or unusable
        let written = Math.round(n.value * 100);
        if (group.type === 'deduction') written = Math.abs(written);
        if (written !== expected)
          sink.cell(view, r, c, 'warning', 'GROUP_ROW_MISMATCH', { criterion: group.code, member: members[m].name, value: showValue(v), computed: expected }, { member: members[m].code, criterion: group.code });
      }
    }
  }

  function computeSubtotals(m: number, subtotal: Float64Array): void {
    // Children come after their parent in `Tiêu chí`, so one backward pass fills leaves first.
    for (let i = criteria.length - 1; i >= 0; i--) {
      const criterion = criteria[i];
      if (criterion.leafIndex >= 0) {
        const v = values[m][criterion.leafIndex];
        if (v !== null) subtotal[i] = v;
        else if (unusable[m * L + criterion.leafIndex] === 1 || criterion.type === 'score') subtotal[i] = NaN;
        else subtotal[i] = 0; // blank bonus or deduction
        continue;
      }
      let sum = 0;
      for (const child of ctx.childIndexes[i]) sum += subtotal[child];
      // `Thưởng` and `Trừ` groups count at most their maximum, at every level (docs/quy-tac-tinh-diem.md §4).
      if (criterion.type !== 'score' && maxKnown[i] && sum > criterion.max) sum = criterion.max;
      subtotal[i] = sum;
    }
  }

  return {
    kind: req.kind,
    sheet: view.name,
    scorer: scorer >= 0 ? members[scorer].code : null,
    values,
    leafRows: leaves.map((leaf) => (rowOf[leaf.index] < 0 ? -1 : view.sheetRow(rowOf[leaf.index]))),
    memberCols: cols.map((c) => (c < 0 ? -1 : view.sheetCol(c))),
  };
}

function anyValue(line: readonly unknown[], cols: readonly number[]): boolean {
  for (const c of cols) {
    const v = line[c];
    if (typeof v === 'number' || typeof v === 'boolean') return true;
    if (typeof v === 'string' && v.trim() !== '') return true;
  }
  return false;
}
