/**
 * Round trips to Excel per command, measured with the in-memory fake of the Excel API (the same
 * fake the Office shell's tests use): the count must not grow with the workbook. As in the task
 * pane, the port has read the workbook once when the pane opened (its quiet status read, counted
 * apart); each command then reads, writes and lays out. Request sizes are measured as Office.js
 * serialises them (test/fakes/fakeExcel.ts, serialiseRequest).
 */
import { installFakeOffice } from '../test/fakes/fakeExcel';
import { createExcelPort } from '../src/office/excelPort';
import { readStatus, runCheck, runNominate, runRank } from '../src/app/commands';
import { defaultCore } from '../src/app/defaultCore';
import type { WorkbookInput } from '../src/core/index';

export interface SyncFigures {
  command: string;
  syncs: number;
  largestRequestKb: number;
}

/** The pane's opening read: round trips and largest answer. */
export interface OpeningFigures {
  syncs: number;
  largestResponseKb: number;
}

export async function measureSyncs(input: WorkbookInput, opening?: (o: OpeningFigures) => void): Promise<SyncFigures[]> {
  const sheets: Record<string, (string | number | boolean)[][]> = {};
  for (const s of input.sheets) sheets[s.name] = s.values.map((r) => r.map((v) => (v === undefined || v === null ? '' : v)));
  const fake = installFakeOffice({ sheets, supported: { ExcelApi: '1.9' } });
  const out: SyncFigures[] = [];
  try {
    const port = createExcelPort();
    const deps = { ...defaultCore, now: () => new Date(Date.UTC(2026, 0, 1)) };
    await readStatus(port, defaultCore);
    opening?.({ syncs: fake.syncs.length, largestResponseKb: Math.max(...fake.syncs.map((s) => s.responseBytes)) / 1024 });
    for (const [command, run] of [
      ['check', runCheck],
      ['rank', runRank],
      ['nominate', runNominate],
    ] as const) {
      const before = fake.syncs.length;
      await run(port, deps);
      const syncs = fake.syncs.slice(before);
      out.push({ command, syncs: syncs.length, largestRequestKb: Math.max(...syncs.map((s) => s.requestBytes)) / 1024 });
    }
  } finally {
    fake.uninstall();
  }
  return out;
}

/**
 * Colouring `n` scattered problem cells (a checkerboard over 34 cross-scoring sheets, no two cells
 * side by side: the worst case for grouping) after a read, as the pane does after a Check.
 */
export async function measureHighlight(n: number): Promise<{ cells: number; syncs: number; largestRequestKb: number; recordKb: number }> {
  const sheets: Record<string, (string | number)[][]> = {};
  const codes = Array.from({ length: 34 }, (_, i) => 'M' + String(i + 1).padStart(2, '0'));
  for (const c of codes) sheets['Chấm chéo - ' + c] = [['Mã', 'Nội dung', ...codes], ...Array.from({ length: 60 }, (_, r) => [String(r + 1), 'Tiêu chí', ...codes.map(() => 5)])];
  const fake = installFakeOffice({ sheets, supported: { ExcelApi: '1.9' } });
  try {
    const port = createExcelPort();
    await port.readInput();
    const cells: { sheet: string; cell: string; severity: 'error' }[] = [];
    const letters = (c: number): string => (c < 26 ? '' : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26));
    for (let k = 0; cells.length < n; k++) {
      const i = Math.floor(k / codes.length);
      const row = 2 + Math.floor((2 * i) / 34);
      const col = 2 + ((2 * i) % 34) + (row % 2);
      cells.push({ sheet: 'Chấm chéo - ' + codes[k % codes.length], cell: letters(col) + String(row), severity: 'error' });
    }
    const before = fake.syncs.length;
    await port.highlightCells!(cells);
    const syncs = fake.syncs.slice(before);
    const record = JSON.stringify(fake.values('~ctd-state'));
    return { cells: n, syncs: syncs.length, largestRequestKb: Math.max(...syncs.map((s) => s.requestBytes)) / 1024, recordKb: new TextEncoder().encode(record).length / 1024 };
  } finally {
    fake.uninstall();
  }
}
