/**
 * WorkbookPort over an exceljs workbook held in memory (src/core/port.ts): what the task pane's
 * views get in the file mode instead of Excel. Reads come from the workbook as it is now; writes
 * apply the output sheet descriptions to it with the file shell, exactly as the command line
 * does before it saves; the user then downloads the result.
 *
 * Nothing to highlight (the user sees no cells here) and no change events (nobody else edits
 * this copy), so those optional parts of the port are left out and the pane hides them.
 *
 * The run log `Nhật ký` and the sign-off lock (src/core/log, src/core/lock) are kept as the
 * command line keeps them (src/file/logSheet.ts, src/file/sheetProtection.ts), so the pane's
 * commands leave their row and "Chốt số liệu" works; both end up in the downloaded file. The
 * password hash runs over Web Crypto (webPasswordHasher.ts); all of it comes with the shell,
 * in the lazily loaded chunk.
 */
import type ExcelJS from 'exceljs';
import { PortError, type WorkbookInput, type WorkbookPort, type SheetDescription, type LogAppend } from '../core/index';
import type { PasswordHasher } from '../file/sheetProtection';
import type { FileShell } from './loadFileShell';
import { webEn, webVi } from './strings';

export interface FilePortOptions {
  /** Told after every change to the workbook (the download then has something new). */
  onWrite?(): void;
  /** Told when the user asks to see a cell: there is no grid here, so the mode says where it is. */
  onSelectCell?(sheet: string, cell: string): void;
  /** The sheet password hash; the shell's Web Crypto one unless given (tests pass a quick one). */
  hasher?: PasswordHasher;
}

export function createFilePort(workbook: ExcelJS.Workbook, shell: FileShell, options: FilePortOptions = {}): WorkbookPort {
  /** The shell's refusal to replace a sheet that is not ours, as the pane shows errors. */
  const asPortError = (e: unknown): unknown =>
    e instanceof shell.OutputSheetNotOursError ? new PortError('notOurs', e.sentences.vi, e.sentences.en) : e;
  const hasher = options.hasher ?? shell.webPasswordHasher;
  /** The lock's refusals in the pane's words (the file shell's own sentences speak of --password). */
  const asLockError = (e: unknown, password: string | undefined): unknown => {
    if (e instanceof shell.WrongPasswordError) {
      return password !== undefined && password !== ''
        ? new PortError('password', webVi.wrongPassword(e.sheets), webEn.wrongPassword(e.sheets))
        : new PortError('password', webVi.passwordNeeded(e.sheets), webEn.passwordNeeded(e.sheets));
    }
    if (e instanceof shell.NoWebCryptoError) return new PortError('host', webVi.noWebCrypto, webEn.noWebCrypto);
    return e;
  };

  return {
    async readInput(): Promise<WorkbookInput> {
      return shell.currentInput(workbook);
    },

    async writeSheets(sheets: SheetDescription[]): Promise<void> {
      try {
        shell.applySheetDescriptions(workbook, sheets);
      } catch (e) {
        throw asPortError(e);
      }
      options.onWrite?.();
    },

    async createInputSheets(sheets: SheetDescription[]): Promise<void> {
      const existing = workbook.worksheets.map((w) => w.name).filter((name) => sheets.some((d) => shell.sameName(d.name, name)));
      if (existing.length > 0) throw new PortError('exists', webVi.sheetExists(existing), webEn.sheetExists(existing));
      try {
        shell.applySheetDescriptions(workbook, sheets);
      } catch (e) {
        throw asPortError(e);
      }
      options.onWrite?.();
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      options.onSelectCell?.(sheet, cell);
    },

    async appendLog(entry: LogAppend): Promise<void> {
      try {
        shell.appendLogRow(workbook, entry);
      } catch (e) {
        throw asPortError(e);
      }
      options.onWrite?.();
    },

    async protectSheets(sheets: string[], password?: string): Promise<string[]> {
      let done: string[];
      try {
        done = await shell.protectSheets(workbook, sheets, password, hasher);
      } catch (e) {
        throw asLockError(e, password);
      }
      if (done.length > 0) options.onWrite?.();
      return done;
    },

    async unprotectSheets(sheets: string[], password?: string): Promise<string[]> {
      let done: string[];
      try {
        done = await shell.unprotectSheets(workbook, sheets, password, hasher);
      } catch (e) {
        throw asLockError(e, password);
      }
      if (done.length > 0) options.onWrite?.();
      return done;
    },
  };
}
