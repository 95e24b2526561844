/**
 * Runs one corpus workbook through each shell: the command line (`check --json`, `rank --json`)
 * in-process, and the Office.js shell over the fake Excel API loaded with the grids the file shell
 * read from the same .xlsx (plus the single far cells, such as a stray value in A1048576, that a
 * grid cannot hold without a million rows).
 */
import type { CliIo } from '../../src/cli/io';
import type { JsonCheckReport, JsonRankReport } from '../../src/cli/jsonReport';
import { main } from '../../src/cli/main';
import type { CellValue, WorkbookInput } from '../../src/core/grid';
import { checkWorkbook, type CheckReport } from '../../src/core/index';
import { loadWorkbook, workbookInput } from '../../src/file/readXlsx';
import { createExcelPort } from '../../src/office/excelPort';
import { installFakeOffice, type FakeScalar, type SyncRecord } from '../fakes/fakeExcel';
import { parseA1 } from '../../src/core/grid';

export interface CliResult<T> {
  code: number;
  json: T | null;
  stdout: string;
  stderr: string;
}

async function cli<T>(argv: string[], cwd: string): Promise<CliResult<T>> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    now: () => new Date(2022, 11, 15, 14, 5),
    env: {},
    cwd,
  };
  const code = await main(argv, io);
  let json: T | null = null;
  try {
    json = JSON.parse(stdout) as T;
  } catch {
    json = null;
  }
  return { code, json, stdout, stderr };
}

export const checkCli = (file: string, cwd: string): Promise<CliResult<JsonCheckReport>> => cli(['check', file, '--json'], cwd);

export const rankCli = (file: string, output: string, cwd: string): Promise<CliResult<JsonRankReport>> =>
  cli(['rank', file, '--json', '-o', output], cwd);

/** What the file shell reads from the bytes: the grids and our marks (defined name → sheet). */
export async function fileShellRead(bytes: Uint8Array): Promise<{ input: WorkbookInput; marks: Map<string, string> }> {
  const { workbook, marks } = await loadWorkbook(bytes, 'corpus.xlsx');
  return { input: workbookInput(workbook, marks), marks };
}

const scalar = (v: CellValue): FakeScalar => (v === null || v === undefined ? '' : v);

/** A single cell put into the fake Excel directly, far from its sheet's grid (CorpusSheet.far). */
export interface FarCell {
  sheet: string;
  cell: string;
  value: FakeScalar;
}

export interface OfficeRead {
  input: WorkbookInput;
  /** The round trips the Office shell made to read it. */
  syncs: SyncRecord[];
}

/**
 * The Office shell's view of the same workbook: the fake Excel holds the grids the file shell
 * read (values only, as a used range loaded with `values` gives them), the far cells and the
 * same marks; the shell reads them back with createExcelPort().readInput().
 */
export async function officeRead(input: WorkbookInput, marks: Map<string, string>, far: readonly FarCell[] = []): Promise<OfficeRead> {
  const sheets: Record<string, FakeScalar[][]> = {};
  for (const g of input.sheets) sheets[g.name] = g.values.map((row) => row.map(scalar));
  const names: Record<string, string> = {};
  for (const [name, sheet] of marks) names[name] = sheet;
  const fake = installFakeOffice({ sheets, names });
  try {
    for (const f of far) {
      const sheet = fake.model.find(f.sheet);
      const at = parseA1(f.cell);
      if (!sheet || !at) throw new Error(`corpus: far cell ${f.sheet}!${f.cell} has no place`);
      sheet.cell(at.row, at.col).value = f.value;
    }
    const read = await createExcelPort().readInput();
    return { input: read, syncs: [...fake.syncs] };
  } finally {
    fake.uninstall();
  }
}

export async function officeCheck(input: WorkbookInput, marks: Map<string, string>, far: readonly FarCell[] = []): Promise<CheckReport> {
  return checkWorkbook((await officeRead(input, marks, far)).input);
}
