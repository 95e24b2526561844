/**
 * What a shell offers the application: read the workbook's input as grids, apply output sheet
 * descriptions, and show a cell. The Office.js shell implements it over Excel.run; the web mode
 * over a file in memory. The task pane receives one as a prop and never sees Excel itself.
 */
import type { WorkbookInput } from './grid';
import type { SheetDescription } from './sheet';
import type { Severity } from './problems';

export interface HighlightCell {
  sheet: string;
  cell: string;
  severity: Severity;
}

export interface WorkbookPort {
  /** Reads every sheet's used range values and the names of the sheets carrying our mark. */
  readInput(): Promise<WorkbookInput>;
  /**
   * Writes (creates or replaces) these output sheets. Replaces only sheets carrying our mark; a
   * sheet with the same name but without the mark is refused with a clear message. Input
   * sheets are never touched. A failed write leaves the previous output sheets as they were.
   */
  writeSheets(sheets: SheetDescription[]): Promise<void>;
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
  /** Small values kept with the workbook (e.g. the fingerprint of the last ranking). */
  loadSetting?(key: string): Promise<string | null>;
  saveSetting?(key: string, value: string): Promise<void>;
}

/** A failure the user must read: the shell turned a host error into a sentence in both languages. */
export class PortError extends Error {
  constructor(
    readonly kind: 'notOurs' | 'protected' | 'editing' | 'tooLarge' | 'timeout' | 'exists' | 'host',
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'PortError';
  }
}
