/**
 * WorkbookPort (src/core/port.ts) over the file mode's worker (fileClient.ts): what the task
 * pane's views get in the file mode instead of Excel. Reads give the workbook as it is now; writes
 * apply the output sheet descriptions with the file engine, exactly as the command line does
 * before it saves; the user then downloads the result.
 *
 * Nothing to highlight (the user sees no cells here) and no change events (nobody else edits
 * this copy), so those optional parts of the port are left out and the pane hides them.
 *
 * The run log `Nhật ký` and the sign-off lock (src/core/log, src/core/lock) are kept as the
 * command line keeps them, so the pane's commands leave their row and "Chốt số liệu" works; both
 * end up in the downloaded file. The password hash runs in the worker over Web Crypto.
 */
import { PortError, type InputFill, type LogAppend, type OutputSheetKey, type SheetDescription, type WorkbookInput, type WorkbookPort } from '../core/index';
import { formWordsFor } from '../core/forms/index';
import { isDeferred, type DeferredSheet } from './deferredSheets';
import type { FileClient } from './fileClient';
import { webEn, webVi } from './strings';

export interface FilePortOptions {
  /** Told after every change to the workbook (the download then has something new). */
  onWrite?(): void;
  /** Told when the user asks to see a cell: there is no grid here, so the mode says where it is. */
  onSelectCell?(sheet: string, cell: string): void;
}

const named = (e: unknown, name: string): boolean => e instanceof Error && e.name === name;

/** The engine's refusal to replace a sheet that is not ours, as the pane shows errors. */
function asPortError(e: unknown): unknown {
  if (named(e, 'OutputSheetNotOursError')) {
    const s = (e as Error & { sentences: { vi: string; en: string } }).sentences;
    return new PortError('notOurs', s.vi, s.en);
  }
  if (named(e, 'SheetsExistError')) {
    const sheets = (e as Error & { sheets: string[] }).sheets;
    return new PortError('exists', webVi.sheetExists(sheets), webEn.sheetExists(sheets));
  }
  return e;
}

/** A gathering refused by the engine (a cell to write holds a formula), in the pane's words. */
function asFillError(e: unknown): unknown {
  if (named(e, 'FormulaCellError')) {
    const cells = (e as Error & { cells: { sheet: string; cell: string }[] }).cells.map((c) => `${c.sheet}!${c.cell}`);
    return new PortError('host', formWordsFor('vi').formulaCells(cells), formWordsFor('en').formulaCells(cells));
  }
  return asPortError(e);
}

/** The lock's refusals in the pane's words (the file shell's own sentences speak of --password). */
function asLockError(e: unknown, password: string | undefined): unknown {
  if (named(e, 'WrongPasswordError')) {
    const sheets = (e as Error & { sheets: string[] }).sheets;
    return password !== undefined && password !== ''
      ? new PortError('password', webVi.wrongPassword(sheets), webEn.wrongPassword(sheets))
      : new PortError('password', webVi.passwordNeeded(sheets), webEn.passwordNeeded(sheets));
  }
  if (named(e, 'NoWebCryptoError')) return new PortError('host', webVi.noWebCrypto, webEn.noWebCrypto);
  return asPortError(e);
}

export function createFilePort(client: FileClient, options: FilePortOptions = {}): WorkbookPort {
  const written = <T,>(work: Promise<T>, asError: (e: unknown) => unknown = asPortError): Promise<T> =>
    work.then(
      (v) => {
        options.onWrite?.();
        return v;
      },
      (e: unknown) => {
        throw asError(e);
      },
    );

  return {
    readInput(): Promise<WorkbookInput> {
      return client.readInput();
    },

    writeSheets(sheets: SheetDescription[], remove?: string[]): Promise<void> {
      // Placeholders of the file mode's ranking: the worker describes them (deferredSheets.ts).
      if (sheets.length > 0 && sheets.every(isDeferred)) {
        const computedAt = (sheets[0] as DeferredSheet).deferred.computedAt;
        return written(client.writeDescribed(sheets.map((s) => s.key as OutputSheetKey), computedAt, remove));
      }
      return written(client.writeSheets(sheets, remove));
    },

    createInputSheets(sheets: SheetDescription[]): Promise<void> {
      return written(client.createInputSheets(sheets));
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      options.onSelectCell?.(sheet, cell);
    },

    appendLog(entry: LogAppend): Promise<void> {
      return written(client.appendLog(entry));
    },

    fillInputCells(fill: InputFill): Promise<void> {
      return written(client.fillInputCells(fill), asFillError);
    },

    async protectSheets(sheets: string[], password?: string): Promise<string[]> {
      const done = await client.protectSheets(sheets, password).catch((e: unknown) => {
        throw asLockError(e, password);
      });
      if (done.length > 0) options.onWrite?.();
      return done;
    },

    async unprotectSheets(sheets: string[], password?: string): Promise<string[]> {
      const done = await client.unprotectSheets(sheets, password).catch((e: unknown) => {
        throw asLockError(e, password);
      });
      if (done.length > 0) options.onWrite?.();
      return done;
    },
  };
}
