/**
 * The Office.js shell: WorkbookPort over `Excel.run`. This folder is the only code of the project
 * that talks to Excel (host.ts holds the `Office` global; each command has its own file); the task
 * pane gets the port as a prop and never sees Excel.
 *
 * Round trips per command (each `context.sync()` guarded by a timeout, default 30 s; every
 * Excel.run waits while the user edits a cell, runBatch.ts):
 *   readInput          1 once the pane has read the workbook before, 2 the first time
 *                      (+1 for a sheet larger than 2 000 rows × 100 columns; readInput.ts)
 *   writeOutputs       1 data + 1 layout and settings (+1 per extra chunk of 4 MB; +2 for
 *                      recovery after a failure; writeOutputs.ts) — so Check, Rank and Nominate
 *                      cost 3 each: read, data, layout
 *   writeSheets, appendLog   as writeOutputs (appendLog: 1, no layout)
 *   createInputSheets  2 + 1 per extra chunk (+2 to remove half-created sheets after a failure)
 *   selectCell         1
 *   highlightCells / clearHighlights  2 (+1 when a co-author changed the record meanwhile)
 *   onInputChanged     1 (2 below ExcelApi 1.9); a change of several cells costs 1 small read
 *   loadSetting 1, saveSetting 2 (the shared state sheet, workbookState.ts)
 *   protectSheets      2 (+2 to undo after a failure)   unprotectSheets  2 (+2 to undo)
 *   fillInputCells     2: look, write values and log rows (+2 the first time, to create the log;
 *                      gathering member forms, fillInputCells.ts)
 * Host errors come out as PortError with a Vietnamese and an English sentence.
 */
import type { HighlightCell, InputFill, LogAppend, OutputWrite, OutputWriteResult, SheetDescription, WorkbookInput, WorkbookPort } from '../core/index';
import { loadSetting, saveSetting } from './settingsStore';
import { requireExcelApi } from './host';
import { InputEventGate } from './inputEvents';
import type { PortNotice } from './notices';
import { toPortError } from './officeErrors';
import { readWorkbookInput } from './readInput';
import { DEFAULT_REQUEST_BUDGET_BYTES } from './requestBudget';
import { showCell } from './selectCell';
import type { ShellEnv } from './shellEnv';
import { DEFAULT_SYNC_TIMEOUT_MS } from './timedSync';
import type { OutputRequest, OutputResult } from './writeOutputs';

/**
 * What a pane needs only once the user acts — writing, colouring problem cells, creating the
 * template, the sign-off lock — is a chunk of its own (webpack: "office-extras"), fetched the first
 * time it is used, so that the pane opens (and reads the workbook quietly) with less JavaScript
 * (scripts/check-bundle.js).
 */
const extras = (): Promise<typeof import('./officeExtras')> => import(/* webpackChunkName: "office-extras" */ './officeExtras');
const writeOutputs = async (req: OutputRequest, env: ShellEnv): Promise<OutputResult> => (await extras()).writeOutputs(req, env);

export interface ExcelPortOptions {
  /** Longest wait for one round trip, in ms (default 30 000). */
  syncTimeoutMs?: number;
  /** Largest estimated request, in bytes (default 4 000 000, under the web's 5 MB cap). */
  requestBudgetBytes?: number;
  /** Told what a command left out because the host cannot do it (e.g. page setup below ExcelApi 1.9). */
  onNotice?: (notice: PortNotice) => void;
}

/** Runs a command: checks the host, turns anything thrown into a PortError. */
async function command<T>(run: () => Promise<T>): Promise<T> {
  try {
    requireExcelApi();
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
    cache: null,
  };
  env.gate.cache = () => env.cache;
  env.gate.timeoutMs = env.timeoutMs;

  const outputs = (write: OutputWrite): Promise<OutputWriteResult> =>
    command(async () => {
      const r = await writeOutputs({ sheets: write.sheets, log: write.log, settings: write.settings ?? null, remove: write.remove ?? [] }, env);
      return { log: r.log === 'written' ? { kind: 'written' } : r.log === 'failed' ? { kind: 'failed', error: r.logError } : { kind: 'none' } };
    });

  return {
    readInput: (): Promise<WorkbookInput> => command(() => readWorkbookInput(env)),
    writeOutputs: outputs,
    writeSheets: (sheets: SheetDescription[], remove?: string[]): Promise<void> =>
      command(async () => void (await writeOutputs({ sheets, log: null, settings: null, remove: remove ?? [] }, env))),
    createInputSheets: (sheets: SheetDescription[]): Promise<void> => command(async () => (await extras()).createTemplateSheets(sheets, env)),
    selectCell: (sheet: string, cell: string): Promise<void> => command(() => showCell(sheet, cell, env)),
    highlightCells: (cells: HighlightCell[]): Promise<void> => command(async () => (await extras()).highlightProblemCells(cells, env)),
    clearHighlights: (): Promise<void> => command(async () => (await extras()).clearProblemHighlights(env)),
    onInputChanged: (callback: () => void): Promise<() => void> => command(() => env.gate.subscribe(callback, env.timeoutMs)),
    loadSetting: (key: string): Promise<string | null> => command(() => loadSetting(key, env)),
    saveSetting: (key: string, value: string): Promise<void> => command(() => saveSetting(key, value, env)),
    appendLog: (entry: LogAppend): Promise<void> =>
      command(async () => {
        const r = await writeOutputs({ sheets: [], log: entry, settings: null }, env);
        if (r.log === 'failed') throw r.logError;
      }),
    protectSheets: (sheets: string[], password?: string): Promise<string[]> => command(async () => (await extras()).protectSheets(sheets, password, env)),
    unprotectSheets: (sheets: string[], password?: string): Promise<string[]> => command(async () => (await extras()).unprotectSheets(sheets, password, env)),
    fillInputCells: (fill: InputFill): Promise<void> => command(async () => (await extras()).fillInputCells(fill, env)),
  };
}
