/**
 * A gathering plan (src/core/forms/planGather.ts) applied to a workbook held by the file engine:
 * the values into the input sheets, cell values only (fillCells.ts), and the log rows into
 * `Nhật ký` (src/file/logSheet.ts) — all or nothing. No Node APIs here (the web mode's worker
 * gathers too).
 */
import type { LogAppend, WorkbookInput } from '../../core/index';
import type { CellWrite } from '../../core/forms/index';
import type { Workbook } from '../book/workbook';
import { appendLogRow } from '../logSheet';
import { readXlsxBytes } from '../readXlsx';
import { fillCells } from './fillCells';

export function applyGather(wb: Workbook, writes: readonly CellWrite[], log: readonly LogAppend[]): void {
  wb.transaction(() => {
    fillCells(wb, writes);
    for (const entry of log) appendLogRow(wb, entry);
  });
}

/** A returned form's grids: every sheet, the hidden identity sheet and marked sheets included. Throws WorkbookFileError. */
export async function readFormInput(bytes: Uint8Array, file: string): Promise<WorkbookInput> {
  return (await readXlsxBytes(bytes, file, { outputSheets: true })).input;
}
