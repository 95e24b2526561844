/**
 * Round trips to Excel per command, measured with the in-memory fake of the Excel API (the same
 * fake the Office shell's tests use): the count must not grow with the workbook.
 */
import { installFakeOffice } from '../test/fakes/fakeExcel';
import { createExcelPort } from '../src/office/excelPort';
import { runCheck, runNominate, runRank } from '../src/app/commands';
import { defaultCore } from '../src/app/defaultCore';
import type { WorkbookInput } from '../src/core/index';

export interface SyncFigures {
  command: string;
  syncs: number;
  largestRequestKb: number;
}

export async function measureSyncs(input: WorkbookInput): Promise<SyncFigures[]> {
  const sheets: Record<string, (string | number | boolean)[][]> = {};
  for (const s of input.sheets) sheets[s.name] = s.values.map((r) => r.map((v) => (v === undefined || v === null ? '' : v)));
  const fake = installFakeOffice({ sheets, supported: { ExcelApi: '1.9' } });
  const out: SyncFigures[] = [];
  try {
    const port = createExcelPort();
    const deps = { ...defaultCore, now: () => new Date(Date.UTC(2026, 0, 1)) };
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
