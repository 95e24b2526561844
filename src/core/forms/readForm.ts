/**
 * Reading a returned member form (docs/phieu-cham.md): its identity, whether every locked cell
 * still holds what it was issued with, who filled it, and the value of every score cell with the
 * criterion and member it is for. Whether those values fit the scoring workbook is planGather's
 * business; this file only knows the form.
 */
import { a1, cellAt, isBlank, type CellValue, type SheetGrid, type WorkbookInput } from '../grid';
import { showValue } from '../read/cellValue';
import { cleanText, matchKey } from '../text';
import { SHEET_NAMES } from '../words/format';
import type { FormBlock, FormIdentity } from './formTypes';
import { FORM_TEXT } from './formWording';
import { gatherProblem, type GatherProblem } from './gatherProblems';
import { findIdentityGrid, readIdentity } from './identitySheet';

/** One score cell of a form. */
export interface FormCell {
  /** The form's sheet, as the form names it. */
  sheet: string;
  kind: 'self' | 'cross';
  /** 0-based place in the form's sheet. */
  row: number;
  col: number;
  /** The leaf criterion's code and the member scored. */
  leaf: string;
  member: string;
  value: CellValue;
}

export interface FormRead {
  file: string;
  /** null when the file is not a form, or its identity does not read back. */
  identity: FormIdentity | null;
  /** What the cover's "who filled the form" cell says ('' when blank), kept to 100 characters. */
  signer: string;
  cells: FormCell[];
  /** The form's own faults: not a form, damaged, a sheet missing, locked cells changed. All errors. */
  problems: GatherProblem[];
  /** Where the cover shows each part of the identity, to point at when it does not fit the workbook. */
  places: Partial<Record<CoverField, { sheet: string; cell: string }>>;
}

/** The identity as the cover shows it (its label in column A, the value beside it). */
const COVER_FIELDS = { cluster: FORM_TEXT.cover.cluster, year: FORM_TEXT.cover.year, member: FORM_TEXT.cover.member, criteria: FORM_TEXT.cover.criteria } as const;
export type CoverField = keyof typeof COVER_FIELDS;

function coverPlaces(block: FormBlock): FormRead['places'] {
  const places: FormRead['places'] = {};
  for (const [field, label] of Object.entries(COVER_FIELDS) as [CoverField, string][]) {
    const row = block.copy.findIndex((line) => typeof line[0] === 'string' && matchKey(line[0]) === matchKey(label));
    if (row >= 0) places[field] = { sheet: block.name, cell: a1(row, 1) };
  }
  return places;
}

/** Locked cells changed in one sheet are told one by one up to this many, then once with their count. */
export const CHANGES_LISTED = 5;

const SIGNER_MAX = 100;

/** Whether a locked cell still holds its issued value: the same text, or the same number. */
function sameValue(expected: string | number | null, found: CellValue): boolean {
  if (expected === null) return isBlank(found);
  if (typeof expected === 'number') {
    const n = typeof found === 'number' ? found : typeof found === 'string' && found.trim() !== '' ? Number(found.trim()) : NaN;
    return Number.isFinite(n) && Math.abs(n - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (typeof found === 'string') return cleanText(found) === cleanText(expected);
  if (typeof found === 'number') return cleanText(expected) === String(found);
  return false;
}

const width = (rows: readonly (readonly unknown[])[]): number => rows.reduce((w, r) => Math.max(w, r.length), 0);

/** The locked cells of one sheet that differ from the copy kept in the identity sheet. */
function lockedChanges(file: string, grid: SheetGrid, block: FormBlock): GatherProblem[] {
  const inputs = new Set<number>();
  for (const { row } of block.rows) for (const { col } of block.columns) inputs.add(row * 16384 + col);
  const height = Math.max(block.copy.length, (grid.top ?? 0) + grid.values.length);
  const wide = Math.max(width(block.copy), (grid.left ?? 0) + width(grid.values));
  const changed: { cell: string; expected: string | number | null; found: CellValue }[] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < wide; c++) {
      if (inputs.has(r * 16384 + c)) continue;
      const expected = block.copy[r]?.[c] ?? null;
      const found = cellAt(grid, r, c);
      if (!sameValue(expected, found)) changed.push({ cell: a1(r, c), expected, found });
    }
  }
  const at = (cell: string) => ({ file, place: 'form' as const, sheet: grid.name, cell });
  const facts = (x: (typeof changed)[number]) => ({ expected: x.expected === null ? '' : showValue(x.expected), found: isBlank(x.found) ? '' : showValue(x.found) });
  if (changed.length > CHANGES_LISTED) return [gatherProblem('error', 'FORM_LOCKED_CHANGED', at(changed[0].cell), { ...facts(changed[0]), count: changed.length })];
  return changed.map((x) => gatherProblem('error', 'FORM_LOCKED_CHANGED', at(x.cell), facts(x)));
}

const looksLikeBook = (input: WorkbookInput): boolean =>
  [SHEET_NAMES.settings, SHEET_NAMES.criteria, SHEET_NAMES.members].some((n) => input.sheets.some((s) => matchKey(s.name) === matchKey(n)));

export function readForm(input: WorkbookInput, file: string): FormRead {
  const sheets = Array.isArray(input?.sheets) ? input.sheets : [];
  const out: FormRead = { file, identity: null, signer: '', cells: [], problems: [], places: {} };
  const whole = { file, place: 'form' as const };
  const idGrid = findIdentityGrid(sheets, input.marks);
  if (!idGrid) {
    out.problems.push(gatherProblem('error', 'FORM_NOT_A_FORM', whole, { book: looksLikeBook(input) }));
    return out;
  }
  const read = readIdentity(idGrid);
  if (!read.ok) {
    out.problems.push(
      read.reason === 'newer'
        ? gatherProblem('error', 'FORM_NEWER', { ...whole, sheet: idGrid.name }, { version: read.version ?? 0 })
        : gatherProblem('error', 'FORM_DAMAGED', { ...whole, sheet: idGrid.name }, {}),
    );
    return out;
  }
  out.identity = read.identity;
  for (const block of read.blocks) {
    const grid = sheets.find((s) => s !== idGrid && s.name === block.name) ?? sheets.find((s) => s !== idGrid && matchKey(s.name) === matchKey(block.name));
    if (!grid) {
      out.problems.push(gatherProblem('error', 'FORM_SHEET_MISSING', whole, { sheet: block.name }));
      continue;
    }
    out.problems.push(...lockedChanges(file, grid, block));
    if (block.kind === 'cover') {
      out.places = coverPlaces(block);
      const first = block.rows[0];
      const col = block.columns[0];
      if (first && col) out.signer = cleanText(cellAt(grid, first.row, col.col)).slice(0, SIGNER_MAX);
      continue;
    }
    const kind = block.kind;
    for (const { row, leaf } of block.rows)
      for (const { col, member } of block.columns) out.cells.push({ sheet: grid.name, kind, row, col, leaf, member, value: cellAt(grid, row, col) });
  }
  return out;
}
