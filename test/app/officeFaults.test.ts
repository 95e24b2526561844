/**
 * Fault tolerance of whole commands in the Office.js shell (issue 6), with the real core and the
 * fake Excel API: every round trip of Rank, of "Chốt số liệu" and of "Mở khóa" is made to fail
 * in turn. Afterwards the previous output sheets are intact (or, when only the log row failed,
 * complete and new), no temporary sheet is left, no sheet is left half-locked, the log has no
 * half row, and running the command again succeeds.
 */
import * as path from 'path';
import { runRank } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import { runLock, runUnlock } from '../../src/app/signOff';
import type { CommandDeps } from '../../src/app/deps';
import { PortError } from '../../src/core/port';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { createExcelPort } from '../../src/office/excelPort';
import { installFakeOffice, type FakeScalar, type InstalledFakeOffice } from '../fakes/fakeExcel';

let fake: InstalledFakeOffice | undefined;
afterEach(() => fake?.uninstall());

let sample: Record<string, FakeScalar[][]>;
beforeAll(async () => {
  const { input } = await readXlsxFile(path.join(__dirname, '../../samples/bac-trung-bo-2022.xlsx'));
  sample = {};
  for (const s of input.sheets) sample[s.name] = s.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));
});

const deps = (hour: number): CommandDeps => ({ ...defaultCore, now: () => new Date(2023, 0, 9, hour, 0, 0) });
const INPUTS = () => Object.keys(sample);
const OUTPUTS = ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng'];

/** The sample in Excel, ranked once at 08:00 (so there are output sheets and a log), locked when asked. */
async function prepared(locked: boolean): Promise<InstalledFakeOffice> {
  const f = installFakeOffice({ sheets: sample });
  fake = f;
  await runRank(createExcelPort(), deps(8));
  if (locked) expect((await runLock(createExcelPort(), deps(9), { by: 'Nguyễn Văn A', password: 'Cum-2022' })).ok).toBe(true);
  return f;
}

interface State {
  outputs: string[];
  log: unknown[][];
  locked: string[];
  names: string[];
}
function state(f: InstalledFakeOffice): State {
  return {
    outputs: OUTPUTS.map((n) => f.snapshot(n)),
    log: f.values('Nhật ký'),
    locked: INPUTS().filter((n) => f.protectionOf(n).protected),
    names: f.sheetNames(),
  };
}

/** Syncs one successful run of `command` takes (counted on a fresh copy). */
async function syncsOf(locked: boolean, command: () => Promise<unknown>): Promise<number> {
  const f = await prepared(locked);
  const before = f.syncCount;
  await command();
  const n = f.syncCount - before;
  f.uninstall();
  fake = undefined;
  return n;
}

const rank = () => runRank(createExcelPort(), deps(10));
const lock = () => runLock(createExcelPort(), deps(10), { by: 'Nguyễn Văn A', password: 'Cum-2022' });
const unlock = () => runUnlock(createExcelPort(), deps(10), { by: 'Nguyễn Văn A', password: 'Cum-2022' });

describe('Rank: a failure at each round trip', () => {
  test('4 round trips for a pane that has not read the workbook yet: read 2, data and log row 1, layout 1 — each failing in turn', async () => {
    const total = await syncsOf(false, rank);
    expect(total).toBe(4);
    for (let step = 1; step <= total; step++) {
      const f = await prepared(false);
      const before = state(f);
      f.failSync(f.syncCount + step, { code: 'GeneralException' });
      const outcome = await rank().catch((e: unknown) => e);
      expect(f.sheetNames().filter((n) => n.startsWith('~') && n !== '~ctd-state')).toEqual([]);
      if (step <= 3) {
        // Read or write failed: the command fails; the previous output sheets and the log as they were.
        expect(outcome).toBeInstanceOf(PortError);
        expect(state(f)).toEqual(before);
      } else {
        // Only the layout failed: the new results and the log row are written, the layout is told.
        expect(outcome).toMatchObject({ outcome: 'done', log: { kind: 'written' } });
        expect(f.values('Nhật ký')).toHaveLength(before.log.length + 1);
        expect(f.values('Xếp hạng')).not.toEqual([]);
        f.uninstall();
        fake = undefined;
        continue;
      }
      f.clearFaults();
      expect(await rank()).toMatchObject({ outcome: 'done', log: { kind: 'written' } });
      expect(f.values('Nhật ký')).toHaveLength(before.log.length + 1);
      f.uninstall();
      fake = undefined;
    }
  });
});

describe('Chốt số liệu and Mở khóa: a failure at each round trip leaves every sheet as it was', () => {
  test.each([
    ['lock', false, lock],
    ['unlock', true, unlock],
  ] as const)('%s: read 2, protection 2, log 1 — each failing in turn; then it succeeds', async (_name, locked, command) => {
    const total = await syncsOf(locked, command);
    expect(total).toBe(5);
    for (let step = 1; step <= total; step++) {
      const f = await prepared(locked);
      const before = state(f);
      f.failSync(f.syncCount + step, { code: 'GeneralException' });
      await expect(command()).rejects.toBeInstanceOf(PortError);
      expect(state(f)).toEqual(before);
      for (const n of before.locked) expect(f.protectionOf(n).password).toBe('Cum-2022');
      f.clearFaults();
      expect(await command()).toMatchObject({ ok: true });
      expect(f.values('Nhật ký')).toHaveLength(before.log.length + 1);
      expect(INPUTS().filter((n) => f.protectionOf(n).protected).length > 0).toBe(!locked);
      f.uninstall();
      fake = undefined;
    }
  });
});
