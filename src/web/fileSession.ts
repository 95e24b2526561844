/**
 * The workbook the file mode works on, held where the file engine runs (in the page's worker,
 * fileWorker.ts, or in the page itself where a browser has no workers): open a file, create a new
 * one, read the core's input, write output sheets, keep the log, lock and unlock, give the bytes to
 * download. The core's check of what was read runs here too, so that the page only shows results.
 */
import { checkWorkbook, rankReportOf, type CheckReport, type InputFill, type LogAppend, type OutputSheetKey, type SheetDescription, type WorkbookInput } from '../core/index';
import type { Workbook } from '../file/book/workbook';
import { sameName } from '../file/definedNames';
import { appendLogRow } from '../file/logSheet';
import { loadWorkbook, workbookInput } from '../file/readXlsx';
import { protectSheets, unprotectSheets, type PasswordHasher } from '../file/sheetProtection';
import { applySheetDescriptions, newWorkbook, workbookBytes } from '../file/writeXlsx';
import { applyGather } from '../file/forms/applyGather';
import { SheetsExistError, type OpenOutcome, type ProgressStage } from './fileProtocol';
import { webPasswordHasher } from './webPasswordHasher';

export type Progress = (stage: ProgressStage, fraction: number) => void;

export class FileSession {
  private workbook: Workbook | null = null;
  private name = 'workbook.xlsx';
  /** The last input read and its check, until the workbook changes. */
  private last: { input: WorkbookInput; report: CheckReport } | null = null;
  /** Counts the changes of the workbook: the page need not take in an input it already has. */
  version = 0;

  constructor(private readonly hasher: PasswordHasher = webPasswordHasher) {}

  private book(): Workbook {
    if (!this.workbook) throw new Error('no workbook is open');
    return this.workbook;
  }

  private changed(): void {
    this.last = null;
    this.version++;
  }

  /** Opens a file's bytes; says whether it is a scoring workbook. Throws WorkbookFileError. */
  open(bytes: Uint8Array, name: string, progress?: Progress): OpenOutcome {
    const { workbook } = loadWorkbook(bytes, name);
    this.workbook = workbook;
    this.name = name;
    this.changed();
    const { report } = this.read(progress, bytes.length);
    if (report.notScoringWorkbook) {
      this.workbook = null;
      this.changed();
      return { ok: false, notScoring: report.problems.find((p) => p.code === 'NOT_A_SCORING_WORKBOOK') ?? report.problems[0] ?? null };
    }
    return { ok: true };
  }

  newWorkbook(created: Date): void {
    this.workbook = newWorkbook(created);
    this.name = 'workbook.xlsx';
    this.changed();
  }

  /** The core's input as it is now, and the core's check of it. */
  read(progress?: Progress, fileBytes = 0): { input: WorkbookInput; report: CheckReport } {
    if (this.last) return this.last;
    const wb = this.book();
    progress?.('reading', 0);
    // Progress by bytes inflated against ~10 times the file's size, the usual ratio of a workbook.
    const expected = Math.max(1, fileBytes * 10);
    const input = workbookInput(wb, wb.marks(), { onProgress: (n) => progress?.('reading', Math.min(0.99, n / expected)) }, this.name);
    progress?.('checking', 0);
    const report = checkWorkbook(input);
    this.last = { input, report };
    return this.last;
  }

  writeSheets(sheets: SheetDescription[], remove: readonly string[] = []): void {
    applySheetDescriptions(this.book(), sheets, remove);
    this.changed();
  }

  /** Describes these output sheets from the check of the workbook as it is (the core's rankReportOf) and writes them. */
  writeDescribed(keys: readonly OutputSheetKey[], computedAt: string, remove: readonly string[] = []): void {
    const { report } = this.read();
    this.writeSheets(rankReportOf(report, { computedAt }).sheets.filter((s) => (keys as readonly string[]).includes(s.key)), remove);
  }

  createInputSheets(sheets: SheetDescription[]): void {
    const wb = this.book();
    const existing = wb.sheets.map((s) => s.name).filter((name) => sheets.some((d) => sameName(d.name, name)));
    if (existing.length > 0) throw new SheetsExistError(existing);
    applySheetDescriptions(wb, sheets);
    this.changed();
  }

  appendLog(entry: LogAppend): void {
    appendLogRow(this.book(), entry);
    this.changed();
  }

  /** Gathering member forms: values into input sheets and the log rows, all or nothing (src/file/forms). */
  fillInputCells(fill: InputFill): void {
    applyGather(this.book(), fill.cells, fill.log);
    this.changed();
  }

  async protect(sheets: string[], password?: string): Promise<string[]> {
    const done = await protectSheets(this.book(), sheets, password, this.hasher);
    this.changed();
    return done;
  }

  async unprotect(sheets: string[], password?: string): Promise<string[]> {
    const done = await unprotectSheets(this.book(), sheets, password, this.hasher);
    this.changed();
    return done;
  }

  async bytes(progress?: Progress): Promise<Uint8Array> {
    return workbookBytes(this.book(), progress && ((fraction) => progress('packing', fraction)));
  }
}
