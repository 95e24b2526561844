/**
 * The Office.js shell: WorkbookPort over `Excel.run`. This folder is the only code of the
 * project that talks to Excel (host.ts and documentSettings.ts hold the `Office` global; each
 * command has its own file); the task pane gets the port as a prop and never sees Excel.
 *
 * Round trips per command (each `context.sync()` guarded by a timeout, default 30 s):
 *   readInput          3: names; used-range sizes; values (2 when the core's size limit refuses
 *                      the workbook, whose values are then never loaded, or no sheet holds a
 *                      value; +1 per non-empty sheet when Excel on the web refuses the values'
 *                      answer as over 5 MB)
 *   writeSheets        3 + 1 per extra chunk of 4 MB (+2 for recovery after a failure)
 *   createInputSheets  2 + 1 per extra chunk (+2 to remove half-created sheets after a failure)
 *   selectCell         1
 *   highlightCells     3     clearHighlights  3 (2 when nothing is left to restore)
 *   onInputChanged     1 (2 below ExcelApi 1.9)
 *   appendLog          2 (3 when the log was renamed since the read; creating it: 3, +2 for recovery)
 *   protectSheets      2 (+2 to undo after a failure)   unprotectSheets  2 (+2 to undo)
 * Host errors come out as PortError with a Vietnamese and an English sentence.
 */
import type { WorkbookInput } from '../core/grid';
import type { HighlightCell, WorkbookPort } from '../core/port';
import type { SheetDescription } from '../core/sheet';
import type { LogAppend } from '../core/log/logAppend';
import { appendToLog } from './appendLog';
import { protectSheets, unprotectSheets } from './sheetProtection';
import { createTemplateSheets } from './createInputSheets';
import { loadSetting, saveSetting } from './documentSettings';
import { clearProblemHighlights, highlightProblemCells, HighlightStore } from './highlights';
import { requireExcelApi } from './host';
import { InputEventGate } from './inputEvents';
import type { PortNotice } from './notices';
import { toPortError } from './officeErrors';
import { readWorkbookInput } from './readInput';
import { DEFAULT_REQUEST_BUDGET_BYTES } from './requestBudget';
import { showCell } from './selectCell';
import type { ShellEnv } from './shellEnv';
import { DEFAULT_SYNC_TIMEOUT_MS } from './timedSync';
import { writeOutputSheets } from './writeSheets';

export interface ExcelPortOptions {
  /** Longest wait for one round trip, in ms (default 30 000). */
  syncTimeoutMs?: number;
  /** Largest estimated request, in bytes (default 4 000 000, under the web's 5 MB cap). */
  requestBudgetBytes?: number;
  /** Told what a command left out because the host cannot do it (e.g. page setup below ExcelApi 1.9). */
  onNotice?: (notice: PortNotice) => void;
}

/** Runs a command: checks the host (unless it needs no Excel API), turns anything thrown into a PortError. */
async function command<T>(run: () => Promise<T>, needsExcel = true): Promise<T> {
  try {
    if (needsExcel) requireExcelApi();
    return await run();
  } catch (error) {
    throw toPortError(error);
  }
}

export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const env: ShellEnv = {
    timeoutMs: options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS,
    budgetBytes: options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES,
    notify: (notice) => options.onNotice?.(notice),
    gate: new InputEventGate(),
  };
  const highlights = new HighlightStore();

  return {
    readInput: (): Promise<WorkbookInput> => command(() => readWorkbookInput(env)),
    writeSheets: (sheets: SheetDescription[]): Promise<void> => command(() => writeOutputSheets(sheets, env)),
    createInputSheets: (sheets: SheetDescription[]): Promise<void> => command(() => createTemplateSheets(sheets, env)),
    selectCell: (sheet: string, cell: string): Promise<void> => command(() => showCell(sheet, cell, env)),
    highlightCells: (cells: HighlightCell[]): Promise<void> => command(() => highlightProblemCells(cells, highlights, env)),
    clearHighlights: (): Promise<void> => command(() => clearProblemHighlights(highlights, env)),
    onInputChanged: (callback: () => void): Promise<() => void> => command(() => env.gate.subscribe(callback, env.timeoutMs)),
    loadSetting: (key: string): Promise<string | null> => command(async () => loadSetting(key), false),
    saveSetting: (key: string, value: string): Promise<void> => command(() => saveSetting(key, value), false),
    appendLog: (entry: LogAppend): Promise<void> => command(() => appendToLog(entry, env)),
    protectSheets: (sheets: string[], password?: string): Promise<string[]> => command(() => protectSheets(sheets, password, env)),
    unprotectSheets: (sheets: string[], password?: string): Promise<string[]> => command(() => unprotectSheets(sheets, password, env)),
  };
}
