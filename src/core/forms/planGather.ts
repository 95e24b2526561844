/**
 * The gathering plan (docs/phieu-cham.md, "Thu phiếu chấm"): from the scoring workbook's grids
 * and the returned forms' grids, which workbook cells each form fills, which hold a different
 * value already (conflicts), and why a form is refused. Pure: the shells only apply the plan
 * (the file engine, the Office shell) and never decide anything themselves.
 *
 * This is the one place where the program writes into input sheets, so the rules are strict:
 * - nothing is written into a workbook that is locked ("Chốt số liệu"), or whose `Nhật ký`
 *   belongs to a person (every gathered form leaves a row there);
 * - every form is checked first — cluster, year, member, the criteria fingerprint, the locked
 *   cells, every value — and when one form is refused, nothing is written at all;
 * - a blank form cell never clears a workbook cell; a workbook cell that holds a different value
 *   is a conflict, kept as it is unless the user asked to replace conflicts.
 */
import { a1, cellAt, isBlank, type CellValue, type WorkbookInput } from '../grid';
import { toHundredths, type Points } from '../hundredths';
import type { LockStatus } from '../lock/lockStatus';
import { unmarkedLogSheet } from '../log/readLog';
import type { Criterion, Member, ParsedWorkbook, ScoreSheet } from '../model';
import { readNumber, showValue } from '../read/cellValue';
import { matchKey } from '../text';
import { crossSheetName, SHEET_NAMES } from '../words/format';
import { criteriaFingerprint } from './criteriaFingerprint';
import { gatherProblem, type GatherProblem } from './gatherProblems';
import { readForm, type FormCell, type FormRead } from './readForm';

/** The scoring workbook as read and checked (checkWorkbook's report). */
export interface GatherBook {
  input: WorkbookInput;
  report: { workbook: ParsedWorkbook | null; notScoringWorkbook: boolean; lock?: LockStatus };
}

/** One returned form's grids (read with every sheet, hidden ones and marked ones included). */
export interface FormFile {
  file: string;
  input: WorkbookInput;
}

/** One workbook cell a form has a value for. */
export interface CellChange {
  /** The workbook's sheet and cell. */
  sheet: string;
  cell: string;
  /** 0-based place in the workbook's sheet. */
  row: number;
  col: number;
  /** What the workbook cell holds now (null when blank). */
  old: CellValue;
  /** The form's value. */
  value: Points;
  /** Where the value is in the form. */
  formSheet: string;
  formCell: string;
  criterion: string;
  member: string;
}

export interface FormOutcome {
  file: string;
  /** The member the form is for (its code), null when the file is not a form. */
  member: string | null;
  memberName: string;
  /** Who filled the form, as its cover says ('' when blank). */
  signer: string;
  accepted: boolean;
  /** Workbook cells that are blank and get the form's value. */
  fills: CellChange[];
  /** Workbook cells that hold another value: kept, or replaced when the plan says so. */
  conflicts: CellChange[];
  /** Form values the workbook holds already. */
  same: number;
  /** Errors (the form is refused) and warnings, in form order. */
  problems: GatherProblem[];
}

export type GatherRefusal =
  /** None of the input sheets: not a scoring workbook. */
  | 'notScoring'
  /** Settings, members or criteria cannot be read: there is nothing to check the forms against. */
  | 'unreadable'
  /** The data is locked ("Chốt số liệu"): unlock first. */
  | 'locked'
  /** A sheet named `Nhật ký` belongs to a person: the gathering could not be logged. */
  | 'logNotOurs'
  | 'noForms'
  /** At least one form is refused: nothing is written. */
  | 'formsRefused';

/** A value to write: a number into one cell of an input sheet. */
export interface CellWrite {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  /** In points (9.5), as the cell will hold it. */
  value: number;
}

export interface GatherPlan {
  refusal: GatherRefusal | null;
  replace: boolean;
  forms: FormOutcome[];
  /** Empty when refused; else every fill, and every conflict when `replace`. */
  writes: CellWrite[];
}

export interface GatherOptions {
  /** Replace the workbook's values where a form disagrees (else they are kept and reported). */
  replace: boolean;
}

type ValueRead = { kind: 'blank' } | { kind: 'ok'; h: Points } | { kind: 'bad' };

/** Checks one form value against its leaf; the problems go to `out`. */
function checkValue(cell: FormCell, leaf: Criterion, memberName: string, step: Points, at: { file: string; place: 'form'; sheet: string; cell: string }, out: GatherProblem[]): ValueRead {
  const n = readNumber(cell.value);
  const value = showValue(cell.value);
  const about = { value, criterion: leaf.code, member: memberName };
  if (n.kind === 'blank') return { kind: 'blank' };
  if (n.kind !== 'number') {
    out.push(gatherProblem('error', 'FORM_VALUE_INVALID', at, about));
    return { kind: 'bad' };
  }
  const h = toHundredths(n.value);
  if (h === null) {
    out.push(gatherProblem('error', 'FORM_VALUE_TOO_PRECISE', at, about));
    return { kind: 'bad' };
  }
  if (h < 0) {
    out.push(gatherProblem('error', 'FORM_VALUE_NEGATIVE', at, about));
    return { kind: 'bad' };
  }
  if (h > leaf.max) {
    out.push(gatherProblem('error', 'FORM_VALUE_ABOVE_MAX', at, { ...about, max: leaf.max }));
    return { kind: 'bad' };
  }
  if (n.fromText) out.push(gatherProblem('warning', 'FORM_VALUE_AS_TEXT', at, { value, number: h }));
  if (step > 0 && h % step !== 0) out.push(gatherProblem('warning', 'FORM_VALUE_STEP', at, { ...about, step }));
  return { kind: 'ok', h };
}

/** The identity checks: cluster, year, member, criteria. Errors located on the form's cover where it shows them. */
function checkIdentity(read: FormRead, wb: ParsedWorkbook, fingerprint: string, out: GatherProblem[]): Member | null {
  const id = read.identity!;
  const place = (field: keyof FormRead['places']) => ({ file: read.file, place: 'form' as const, ...read.places[field] });
  if (matchKey(id.cluster) !== matchKey(wb.settings.clusterName))
    out.push(gatherProblem('error', 'FORM_CLUSTER', place('cluster'), { form: id.cluster, book: wb.settings.clusterName }));
  if (id.year !== wb.settings.year)
    out.push(gatherProblem('error', 'FORM_YEAR', place('year'), { form: id.year === null ? '' : String(id.year), book: String(wb.settings.year) }));
  const member = wb.members.find((m) => matchKey(m.code) === matchKey(id.member)) ?? null;
  if (!member) out.push(gatherProblem('error', 'FORM_MEMBER_UNKNOWN', place('member'), { member: id.member, name: id.memberName }));
  if (id.criteria.toUpperCase() !== fingerprint.toUpperCase())
    out.push(gatherProblem('error', 'FORM_CRITERIA', place('criteria'), { form: id.criteria, book: fingerprint }));
  return member;
}

interface Target {
  sheet: ScoreSheet | null;
  /** The name the workbook's sheet has, or would have. */
  name: string;
}

function planForm(read: FormRead, book: GatherBook, wb: ParsedWorkbook, fingerprint: string, taken: Map<string, string>): FormOutcome {
  const problems: GatherProblem[] = [...read.problems];
  const outcome: FormOutcome = { file: read.file, member: null, memberName: '', signer: read.signer, accepted: false, fills: [], conflicts: [], same: 0, problems };
  if (!read.identity) return outcome;
  outcome.member = read.identity.member;
  outcome.memberName = read.identity.memberName;
  const member = checkIdentity(read, wb, fingerprint, problems);
  if (member) {
    outcome.member = member.code;
    outcome.memberName = member.name;
    const first = taken.get(member.code);
    if (first !== undefined) problems.push(gatherProblem('error', 'FORM_DUPLICATE', { file: read.file, place: 'form', ...read.places.member }, { member: member.name, first }));
    else taken.set(member.code, read.file);
  }
  // A form from elsewhere or of other criteria is not looked at further: its cells mean nothing here.
  if (!member || problems.some((p) => p.severity === 'error' && p.code !== 'FORM_LOCKED_CHANGED')) return outcome;

  const leafByCode = new Map(wb.leaves.map((l) => [l.code, l]));
  const memberIndex = new Map(wb.members.map((m, i) => [matchKey(m.code), i]));
  const targets: Record<'self' | 'cross', Target> = {
    self: { sheet: wb.self, name: wb.sheetNames.self ?? SHEET_NAMES.self },
    cross: (() => {
      const sheet = wb.cross.find((s) => s.scorer === member.code) ?? null;
      return { sheet, name: sheet?.sheet ?? crossSheetName(member.code) };
    })(),
  };
  const missingSheet = new Set<string>();
  const grids = new Map(book.input.sheets.map((g) => [g.name, g]));
  for (const cell of read.cells) {
    const at = { file: read.file, place: 'form' as const, sheet: cell.sheet, cell: a1(cell.row, cell.col) };
    const leaf = leafByCode.get(cell.leaf);
    // The criteria fingerprint matched, so every leaf is known; a code that is not is a damaged identity.
    if (!leaf) {
      problems.push(gatherProblem('error', 'FORM_DAMAGED', { file: read.file, place: 'form' }, {}));
      break;
    }
    const m = memberIndex.get(matchKey(cell.member));
    if (m === undefined) {
      if (!isBlank(cell.value)) problems.push(gatherProblem('error', 'FORM_TARGET_UNKNOWN', at, { member: cell.member }));
      continue;
    }
    const v = checkValue(cell, leaf, wb.members[m].name, wb.settings.scoreStep, at, problems);
    if (v.kind !== 'ok') continue;
    const target = targets[cell.kind];
    if (!target.sheet) {
      if (!missingSheet.has(target.name)) problems.push(gatherProblem('error', 'BOOK_SHEET_MISSING', { file: read.file, place: 'book', sheet: target.name }, { sheet: target.name }));
      missingSheet.add(target.name);
      continue;
    }
    const row = target.sheet.leafRows[leaf.leafIndex];
    const col = target.sheet.memberCols[m];
    const bookAt = { file: read.file, place: 'book' as const, sheet: target.sheet.sheet };
    if (row < 0) {
      problems.push(gatherProblem('error', 'BOOK_ROW_MISSING', bookAt, { criterion: leaf.code }));
      continue;
    }
    if (col < 0) {
      problems.push(gatherProblem('error', 'BOOK_COLUMN_MISSING', bookAt, { member: wb.members[m].name }));
      continue;
    }
    const grid = grids.get(target.sheet.sheet);
    const old = grid ? cellAt(grid, row, col) : null;
    const parsed = target.sheet.values[m][leaf.leafIndex];
    const change: CellChange = {
      sheet: target.sheet.sheet,
      cell: a1(row, col),
      row,
      col,
      old: isBlank(old) ? null : (old as CellValue),
      value: v.h,
      formSheet: cell.sheet,
      formCell: at.cell,
      criterion: leaf.code,
      member: wb.members[m].code,
    };
    if (parsed === v.h) outcome.same++;
    else if (parsed === null && isBlank(old)) outcome.fills.push(change);
    else outcome.conflicts.push(change);
  }
  outcome.accepted = !problems.some((p) => p.severity === 'error');
  return outcome;
}

const toWrite = (c: CellChange): CellWrite => ({ sheet: c.sheet, cell: c.cell, row: c.row, col: c.col, value: c.value / 100 });

export function planGather(book: GatherBook, forms: readonly FormFile[], options: GatherOptions): GatherPlan {
  const plan: GatherPlan = { refusal: null, replace: options.replace, forms: [], writes: [] };
  const { report } = book;
  if (report.notScoringWorkbook) return { ...plan, refusal: 'notScoring' };
  const wb = report.workbook;
  if (!wb) return { ...plan, refusal: 'unreadable' };
  if (report.lock?.locked) return { ...plan, refusal: 'locked' };
  if (unmarkedLogSheet(book.input) !== null) return { ...plan, refusal: 'logNotOurs' };
  if (forms.length === 0) return { ...plan, refusal: 'noForms' };
  const fingerprint = criteriaFingerprint(wb);
  const taken = new Map<string, string>();
  plan.forms = forms.map((f) => planForm(readForm(f.input, f.file), book, wb, fingerprint, taken));
  if (plan.forms.some((f) => !f.accepted)) return { ...plan, refusal: 'formsRefused' };
  plan.writes = plan.forms.flatMap((f) => [...f.fills, ...(options.replace ? f.conflicts : [])].map(toWrite));
  return plan;
}

/**
 * The workbook's grids with the plan's values in place: what the workbook will read once they are
 * written, to count its problems and compute its fingerprint for the log before anything is written.
 */
export function applyWrites(input: WorkbookInput, writes: readonly CellWrite[]): WorkbookInput {
  if (writes.length === 0) return input;
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet);
    if (list) list.push(w);
    else bySheet.set(w.sheet, [w]);
  }
  const sheets = input.sheets.map((grid) => {
    const list = bySheet.get(grid.name);
    if (!list) return grid;
    const top = grid.top ?? 0;
    const left = grid.left ?? 0;
    const values = grid.values.map((line) => line.slice());
    for (const w of list) {
      const r = w.row - top;
      const c = w.col - left;
      if (r < 0 || c < 0) throw new Error(`cell ${w.cell} above or left of the grid of ${grid.name}`);
      while (values.length <= r) values.push([]);
      const line = values[r];
      while (line.length <= c) line.push(null);
      line[c] = w.value;
    }
    const width = values.reduce((n, line) => Math.max(n, line.length), 0);
    for (const line of values) while (line.length < width) line.push(null);
    return { ...grid, values };
  });
  return { ...input, sheets };
}
