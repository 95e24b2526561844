/**
 * What a shell offers the application: read the workbook's input as grids, apply output sheet
 * descriptions, and show a cell. The Office.js shell and the file shell implement it; the task
 * pane receives one as a prop and never sees Excel itself.
 */
import type { WorkbookInput } from './grid';
import type { SheetDescription } from './sheet';

export interface WorkbookPort {
  /** Reads every sheet's used range values and the names of the sheets carrying our mark. */
  readInput(): Promise<WorkbookInput>;
  /**
   * Writes (creates or replaces) these sheets. Replaces only sheets carrying our mark; a sheet
   * with the same name but without the mark is refused (OutputSheetNotOursError). Input sheets
   * are never touched.
   */
  writeSheets(sheets: SheetDescription[]): Promise<void>;
  /** Selects a cell so that the user sees it (no-op where there is nothing to show). */
  selectCell(sheet: string, cell: string): Promise<void>;
}
