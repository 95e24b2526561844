/**
 * The sample workbook's grids straight from its source (no file involved), a copy with every
 * member's entries erased, and a form as the grids a file shell would read back from it.
 */
import * as path from 'path';
import { checkWorkbook, type SheetGrid, type WorkbookInput } from '../../../src/core/index';
import type { FormBook, GatherBook } from '../../../src/core/forms/index';
import { readSampleSource, sampleSheets, type SampleSource } from '../../../scripts/make-sample';

export const SOURCE_FILE = path.join(__dirname, '..', '..', '..', 'samples', 'source', 'bac-trung-bo-2022.json');
export const source: SampleSource = readSampleSource(SOURCE_FILE);

/** The sample's sheets as grids (every value as written, A1 at the top left). */
export function sampleInput(): WorkbookInput {
  return { sheets: sampleSheets(source).map((d) => ({ name: d.name, values: d.values.map((r) => r.slice()) })), markedSheets: [], marks: [] };
}

export const clone = (input: WorkbookInput): WorkbookInput => ({ ...input, sheets: input.sheets.map((g) => ({ ...g, values: g.values.map((r) => r.slice()) })) });

/**
 * The sample with every score cell blank: the member columns of `Tự chấm` and of each cross sheet,
 * below the header (found by its "Mã" cell), on the rows of leaf criteria (codes with a dot).
 * Checked against the source in forms.test.ts: every score of the source is a fill afterwards.
 */
export function erasedInput(): WorkbookInput {
  const input = sampleInput();
  for (const g of input.sheets) {
    if (g.name !== 'Tự chấm' && !g.name.startsWith('Chấm chéo')) continue;
    const header = g.values.findIndex((r) => r[0] === 'Mã');
    // Member columns: everything right of `Mã`, `Nội dung`, `Điểm tối đa` (codes, or aliases on TTH's sheet).
    const cols = g.values[header].map((v, c) => (c >= 3 && v !== null ? c : -1)).filter((c) => c >= 0);
    for (let r = header + 1; r < g.values.length; r++) if (String(g.values[r][0]).includes('.')) for (const c of cols) g.values[r][c] = null;
  }
  return input;
}

export function bookOf(input: WorkbookInput): GatherBook {
  return { input, report: checkWorkbook(input) };
}

/** A form as a file shell reads it back: every sheet (the identity one too, with its mark). */
export function formInput(form: FormBook): WorkbookInput {
  const sheets: SheetGrid[] = [...form.sheets.map((s) => s.description), form.identity].map((d) => ({ name: d.name, values: d.values.map((r) => r.slice()) }));
  return { sheets, markedSheets: [form.identity.name], marks: [{ mark: form.identity.mark!, sheet: form.identity.name }] };
}

/** Sets one cell of a grid (growing it when needed). */
export function setCell(input: WorkbookInput, sheet: string, row: number, col: number, value: string | number | null): void {
  const g = input.sheets.find((s) => s.name === sheet);
  if (!g) throw new Error(`no sheet ${sheet}`);
  while (g.values.length <= row) g.values.push([]);
  while (g.values[row].length <= col) g.values[row].push(null);
  g.values[row][col] = value;
}

export function cellOf(input: WorkbookInput, sheet: string, row: number, col: number): unknown {
  return input.sheets.find((s) => s.name === sheet)?.values[row]?.[col];
}
