/**
 * What a shell offers the application: read the workbook's input as grids, apply output sheet
 * descriptions, and show a cell. The Office.js shell implements it over Excel.run; the web mode
 * over a file in memory. The task pane receives one as a prop and never sees Excel itself.
 */
import type { WorkbookInput } from './grid';
import type { SheetDescription } from './sheet';
import type { Severity } from './problems';
import type { LogAppend } from './log/logAppend';
import type { CellWrite } from './forms/planGather';

export interface HighlightCell {
  sheet: string;
  cell: string;
  severity: Severity;
}

/** What a command writes at once (WorkbookPort.writeOutputs). */
export interface OutputWrite {
  /** Output sheets to create or rewrite (as writeSheets). */
  sheets: SheetDescription[];
  /** Marks of our sheets to remove (as writeSheets' `remove`). */
  remove?: string[];
  /** The run's row for the log `Nhật ký` (as appendLog); null for none. */
  log: LogAppend | null;
  /** Small values kept with the workbook and shared by its users (as saveSetting), written last, best effort. */
  settings?: Record<string, string>;
}

export interface OutputWriteResult {
  /** The log row. 'failed' means the sheets were written and the row was not: the results stand. */
  log: { kind: 'written' } | { kind: 'failed'; error: unknown } | { kind: 'none' };
}

/**
 * The one write into input sheets (gathering member forms, docs/phieu-cham.md): numbers into
 * cells, and the gathering's rows for the run log.
 */
export interface InputFill {
  cells: CellWrite[];
  /** The rows for `Nhật ký` (src/core/forms/gatherLog.ts: one append that creates the log, or one per row). */
  log: LogAppend[];
}

export interface WorkbookPort {
  /** Reads every sheet's used range values and the names of the sheets carrying our mark. */
  readInput(): Promise<WorkbookInput>;
  /**
   * Writes (creates or replaces) these output sheets. Replaces only sheets carrying our mark; a
   * sheet with the same name but without the mark is refused with a clear message. Input
   * sheets are never touched. A failed write leaves the previous output sheets as they were.
   * `remove`: marks of our output sheets this run does not produce (src/core/outputSheets.ts,
   * staleMarks) — the sheet carrying each mark is deleted with it; a sheet without our mark never is.
   */
  writeSheets(sheets: SheetDescription[], remove?: string[]): Promise<void>;
  /**
   * writeSheets, appendLog and saveSetting of one command in as few round trips as the host allows
   * (the Office shell: one request for the sheets and the row, one for the layout and settings).
   * Same guarantees: a failure leaves the previous output sheets as they were (it rejects) or the
   * new ones complete (it resolves, saying whether the log row was written). Absent where the host
   * has no such thing; the commands then make the separate calls.
   */
  writeOutputs?(write: OutputWrite): Promise<OutputWriteResult>;
  /** Creates the template's input sheets; refuses when any of them already exists. */
  createInputSheets(sheets: SheetDescription[]): Promise<void>;
  /** Selects a cell so that the user sees it (no-op where there is nothing to show). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Colours problem cells on input sheets (explicit, reversible option; off by default). */
  highlightCells?(cells: HighlightCell[]): Promise<void>;
  /** Removes exactly the colouring that highlightCells added. */
  clearHighlights?(): Promise<void>;
  /**
   * Calls back (debounced by the caller) when a value in the workbook changes, co-authors'
   * edits included. Resolves to an unsubscribe function. Absent where the host cannot tell.
   */
  onInputChanged?(callback: () => void): Promise<() => void>;
  /** Small values kept with the workbook and shared by everyone who opens it (e.g. the fingerprint of the last ranking). */
  loadSetting?(key: string): Promise<string | null>;
  saveSetting?(key: string, value: string): Promise<void>;
  /**
   * Appends one row to the run log `Nhật ký` (src/core/log), creating the log (marked, with its
   * header) the first time. Never rewrites or moves earlier rows. Refuses (PortError 'notOurs')
   * when a sheet named `Nhật ký` exists without our mark. A failed append adds no row and
   * leaves no half-created sheet. Absent where the host cannot keep a log.
   */
  appendLog?(entry: LogAppend): Promise<void>;
  /**
   * Protects these sheets (the sign-off lock, src/core/lock), with the password when given.
   * Sheets already protected are left as they are. All or none: a failure leaves every sheet
   * as it was. Resolves to the names of the sheets it protected.
   */
  protectSheets?(sheets: string[], password?: string): Promise<string[]>;
  /**
   * Removes the protection of these sheets. All or none: a wrong password (PortError
   * 'password') or any other failure leaves every sheet protected as before. Resolves to the
   * names of the sheets it unprotected.
   */
  unprotectSheets?(sheets: string[], password?: string): Promise<string[]>;
  /**
   * Gathering member forms, after the user saw the plan and confirmed it: writes these numbers
   * into cells of input sheets — values only, every cell keeps its format — and appends the log
   * rows. Refuses (PortError 'protected') before writing anything when a sheet to write is
   * protected. The only method that writes into input sheets. Absent where the host cannot.
   */
  fillInputCells?(fill: InputFill): Promise<void>;
}

/** A failure the user must read: the shell turned a host error into a sentence in both languages. */
export class PortError extends Error {
  constructor(
    readonly kind: 'notOurs' | 'protected' | 'editing' | 'tooLarge' | 'timeout' | 'exists' | 'host' | 'password',
    readonly vi: string,
    readonly en: string,
    /** The host's error code when there is one ("InvalidArgument"), for a shell to tell causes apart. */
    readonly code?: string,
  ) {
    super(en);
    this.name = 'PortError';
  }
}

/**
 * True for a PortError — the one check every shell uses. By shape, not only instanceof: when two
 * bundles each carry a copy of the class (the pane and the web mode's chunk), instanceof fails.
 */
export function isPortError(e: unknown): e is PortError {
  if (e instanceof PortError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { name?: unknown; vi?: unknown; en?: unknown };
  return o.name === 'PortError' && typeof o.vi === 'string' && typeof o.en === 'string';
}
