/**
 * What every command of the Office.js shell shares: the options it was created with, what the
 * host supports, the event gate that tells our own changes from the user's, and what the last read
 * learnt about the workbook (readCache.ts), so that a command can read and write in one round
 * trip each.
 */
import { excelApi } from './host';
import type { InputEventGate } from './inputEvents';
import type { PortNotice } from './notices';
import type { ReadCache } from './readCache';
import type { SheetFeatures } from './sheetFormat';

export interface ShellEnv {
  /** Longest wait for one `context.sync()`. */
  timeoutMs: number;
  /** Largest estimated request, in bytes. */
  budgetBytes: number;
  notify(notice: PortNotice): void;
  gate: InputEventGate;
  /** What the last read learnt (null before the first read of this pane). */
  cache?: ReadCache | null;
}

export interface HostFeatures extends SheetFeatures {
  /** ExcelApi 1.9: application.suspendScreenUpdatingUntilNextSync. */
  screenUpdating: boolean;
  /** ExcelApi 1.6: application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: boolean;
  /** ExcelApi 1.9: range.format.fill.pattern (tells "no fill" from a white fill). */
  fillPattern: boolean;
  /** ExcelApi 1.9: Range.copyFrom, worksheet.getRanges (RangeAreas), Range.getCellProperties. */
  copyAndAreas: boolean;
}

/** Asked each time: the answer cannot change while the add-in runs, and asking is cheap. */
export function hostFeatures(): HostFeatures {
  return {
    pageLayout: excelApi('1.9'),
    notes: excelApi('1.18'),
    validation: excelApi('1.8'),
    gridlines: excelApi('1.8'),
    screenUpdating: excelApi('1.9'),
    suspendCalculation: excelApi('1.6'),
    fillPattern: excelApi('1.9'),
    copyAndAreas: excelApi('1.9'),
  };
}
