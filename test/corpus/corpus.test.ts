/**
 * The bad-input corpus (issue 6, part 1) through both shells. For every case of cases.ts:
 * - the .xlsx is written with exceljs and checked by the command line (`check --json`): the exit
 *   code is the stated one and the errors and warnings are exactly the stated ones;
 * - the grids the file shell read are loaded into the fake Excel API and read by the Office
 *   shell: checkWorkbook gives the same problems (code, severity, sheet, cell), in the same order,
 *   in 3 round trips (2 when the workbook is refused as too large, with no values loaded);
 * - every problem names a sheet of the workbook ('' only for a whole-workbook problem) and a
 *   valid A1 cell or '';
 * - where the case states a ranking and nominees, `rank --json` and the Office shell both give them.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseA1 } from '../../src/core/grid';
import { checkWorkbook, type CheckReport } from '../../src/core/index';
import type { JsonIssue } from '../../src/cli/jsonReport';
import { CASES, caseFileName, type CorpusCase, type ExpectedProblem } from './cases';
import type { CorpusBook } from './book';
import { checkCli, fileShellRead, officeRead, rankCli, type FarCell } from './shells';
import { toXlsxBytes } from './toXlsx';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cum-thi-dua-corpus-'));
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Problems about the workbook as a whole: the only ones that may name no sheet. */
const WHOLE_WORKBOOK = new Set([
  'NOT_A_SCORING_WORKBOOK',
  'WORKBOOK_TOO_LARGE',
  'SHEET_MISSING',
  'SCORE_SHEET_MISSING',
  'CROSS_SHEET_ABSENT',
  'CROSS_SCORE_NONE',
  'SETTING_DEFAULT_USED',
  'TOTAL_WITHOUT_BAND',
]);

/** A problem as both shells report it (the JSON report writes the code as a plain string). */
type Seen = Pick<ExpectedProblem, 'severity' | 'sheet' | 'cell'> & { code: string };
const key = (p: Seen): string => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`;
const sorted = (ps: readonly Seen[]): string[] => ps.map(key).sort();
const bySeverity = (ps: readonly Seen[], s: string): Seen[] => ps.filter((p) => p.severity === s);

/** Excel's last row and column: a cell beyond them is not a place anyone can find. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function expectFindable(p: Seen, book: CorpusBook): void {
  const sheets = book.sheets.map((s) => s.name);
  if (p.sheet === '') {
    expect({ code: p.code, whole: WHOLE_WORKBOOK.has(p.code) }).toEqual({ code: p.code, whole: true });
    expect(p.cell).toBe('');
  } else {
    expect(sheets).toContain(p.sheet);
  }
  if (p.cell !== '') {
    expect(p.cell).toMatch(/^[A-Z]{1,3}[1-9]\d{0,6}$/);
    const at = parseA1(p.cell) as { row: number; col: number };
    expect(at.row).toBeLessThan(MAX_ROW);
    expect(at.col).toBeLessThan(MAX_COL);
  }
}

/** The problems a case expects, against the problems a shell reported. */
function expectStated(c: CorpusCase, seen: readonly Seen[]): void {
  expect(sorted(bySeverity(seen, 'error'))).toEqual(sorted(bySeverity(c.problems, 'error')));
  const warnings = sorted(bySeverity(seen, 'warning'));
  if (c.otherWarnings) expect(warnings).toEqual(expect.arrayContaining(sorted(bySeverity(c.problems, 'warning'))));
  else expect(warnings).toEqual(sorted(bySeverity(c.problems, 'warning')));
  for (const info of bySeverity(c.problems, 'info')) expect(seen.map(key)).toContain(key(info));
}

const plain = (ps: readonly Seen[]): Seen[] => ps.map((p) => ({ severity: p.severity, code: p.code, sheet: p.sheet, cell: p.cell }));

/**
 * The used range of a sheet as Excel reports it (first to last cell holding a value), from the
 * corpus description: what the Office shell reads with rowCount and columnCount.
 */
function usedRangeOf(book: CorpusBook, name: string): { rows: number; columns: number } {
  const s = book.sheets.find((x) => x.name === name) as CorpusBook['sheets'][number];
  const cells: { row: number; col: number }[] = [];
  s.rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== undefined && cells.push({ row: i, col: j })));
  for (const f of s.far ?? []) cells.push(parseA1(f.cell) as { row: number; col: number });
  const rows = cells.map((x) => x.row);
  const cols = cells.map((x) => x.col);
  return { rows: Math.max(...rows) - Math.min(...rows) + 1, columns: Math.max(...cols) - Math.min(...cols) + 1 };
}

/** The book's far cells, as the fake Excel holds them (plain values only: the corpus uses no other). */
function farCells(book: CorpusBook): FarCell[] {
  const out: FarCell[] = [];
  for (const s of book.sheets)
    for (const f of s.far ?? []) {
      const v = f.value;
      if (v !== null && typeof v === 'object') throw new Error(`corpus: far cell ${s.name}!${f.cell} must be a plain value`);
      out.push({ sheet: s.name, cell: f.cell, value: v ?? '' });
    }
  return out;
}

function rankingOf(report: CheckReport): string[] {
  return (report.results?.ranking ?? []).map((e) => e.member);
}

describe('the corpus', () => {
  test('has at least 40 named cases with distinct file-safe names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const names = CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('states an exit code that agrees with its expected problems', () => {
    for (const c of CASES) {
      const errors = c.problems.filter((p) => p.severity === 'error');
      const notScoring = errors.some((p) => p.code === 'NOT_A_SCORING_WORKBOOK');
      expect({ name: c.name, exit: c.exit }).toEqual({ name: c.name, exit: notScoring ? 2 : errors.length > 0 ? 1 : 0 });
      if (c.exit !== 0) expect({ name: c.name, ranking: c.ranking }).toEqual({ name: c.name, ranking: undefined });
    }
  });
});

describe.each(CASES.map((c, i) => [caseFileName(i), c] as const))('%s', (fileName, c) => {
  let book: CorpusBook;
  let file: string;
  let cliIssues: JsonIssue[];

  beforeAll(async () => {
    book = c.build();
    file = path.join(dir, fileName + '.xlsx');
    await fs.writeFile(file, await toXlsxBytes(book));
  });

  test(`check: exit ${c.exit} with the stated problems — ${c.title}`, async () => {
    const run = await checkCli(file, dir);
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(run.code).toBe(c.exit);
    expect(run.json).not.toBeNull();
    cliIssues = run.json?.issues ?? [];
    expectStated(c, cliIssues);
    for (const p of cliIssues) expectFindable(p, book);
    for (const p of cliIssues) expect(p.message.length).toBeGreaterThan(20);
  });

  test('the Office shell (fake Excel) reports the same problems', async () => {
    // A sheet with a far cell (a stray value in A1048576) cannot come from the file shell's grids,
    // which are then sizes only: the fake gets the grids of the workbook without the far cells,
    // and the far cells one by one.
    const far = farCells(book);
    const bytes = far.length > 0 ? await toXlsxBytes({ ...book, sheets: book.sheets.map((s) => ({ ...s, far: [] })) }) : await fs.readFile(file);
    const { input, marks } = await fileShellRead(bytes);
    const office = await officeRead(input, marks, far);
    const report = checkWorkbook(office.input);
    expect(plain(report.problems)).toEqual(plain(cliIssues));
    if (c.ranking) expect(rankingOf(report)).toEqual(c.ranking);
    if (c.nominees)
      expect({ flag: report.results?.nomination.flag.nominees, certificate: report.results?.nomination.certificate.nominees }).toEqual(c.nominees);
    const refused = report.problems.some((p) => p.code === 'SHEET_TOO_LARGE' || p.code === 'WORKBOOK_TOO_LARGE');
    // Names; then sizes with the values within a box (issue 12: a first read, 2 round trips),
    // whether the workbook is refused as too large or not.
    expect(office.syncs.length).toBe(2);
    if (refused) {
      // Refused with no more than the box of each sheet across the wire, the far sheets with their used range.
      for (const s of office.syncs) expect(s.responseBytes).toBeLessThan(100_000);
      expect(office.input.sheets.every((g) => g.values.length === 0)).toBe(true);
      for (const name of new Set(far.map((f) => f.sheet))) expect(office.input.sheets.find((g) => g.name === name)?.usedRange).toEqual(usedRangeOf(book, name));
    }
  });

  if (c.problems.some((p) => p.code === 'SHEET_TOO_LARGE' || p.code === 'WORKBOOK_TOO_LARGE')) {
    test('the file shell hands the core each sheet’s size instead of a million rows', async () => {
      const { input } = await fileShellRead(await fs.readFile(file));
      expect(input.sheets.every((g) => g.values.length === 0 && g.usedRange !== undefined)).toBe(true);
      for (const s of book.sheets.filter((x) => (x.far ?? []).length > 0))
        expect(input.sheets.find((g) => g.name === s.name)?.usedRange).toEqual(usedRangeOf(book, s.name));
    });
  }

  if (c.ranking || c.nominees) {
    test('rank --json gives the stated ranking and nominees', async () => {
      const run = await rankCli(file, path.join(dir, fileName + '.ket-qua.xlsx'), dir);
      expect(run.code).toBe(0);
      if (c.ranking) expect(run.json?.ranking.map((e) => e.member)).toEqual(c.ranking);
      if (c.nominees) expect({ flag: run.json?.nomination?.flag.nominees, certificate: run.json?.nomination?.certificate.nominees }).toEqual(c.nominees);
    });
  }
});
