import { createExcelPort } from '../../src/office/excelPort';
import { ACTION_OVERHEAD_BYTES, RequestPlanner, utf8Length, type Step } from '../../src/office/requestBudget';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { describe as describeSheet, memberWorkbook, members } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

describe('request sizes are counted in UTF-8 bytes, as they travel', () => {
  test.each(['Tỉnh Thừa Thiên Huế', 'abc', 'Đề nghị khen thưởng', '𝔘 emoji 🎉', ''])('%s', (text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('the planner packs steps into as few requests as fit the budget', () => {
  const log: string[] = [];
  const step = (name: string, bytes: number): Step => ({ bytes, queue: () => log.push(name) });

  beforeEach(() => (log.length = 0));

  test('steps that fit share one request; the prelude opens every request', () => {
    const p = new RequestPlanner(1000, [step('suspend', 10)]);
    p.add(step('a', 400));
    p.add(step('b', 400));
    p.add(step('c', 400));
    const plan = p.plan();
    expect(plan.map((r) => r.length)).toEqual([3, 2]);
    plan.forEach((r) => r.forEach((s) => s.queue()));
    expect(log).toEqual(['suspend', 'a', 'b', 'suspend', 'c']);
  });

  test('a values block is split by rows, each slice within the budget', () => {
    const slices: [number, number][] = [];
    const p = new RequestPlanner(1000);
    p.addRows({ rowBytes: Array.from({ length: 10 }, () => 299), queueRows: (first, count) => slices.push([first, count]) });
    p.plan().forEach((r) => r.forEach((s) => s.queue()));
    // 200 bytes of overhead + 300 per row (with its comma): 2 rows per request of 1000 bytes.
    expect(slices).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
      [6, 2],
      [8, 2],
    ]);
    for (const r of p.plan()) expect(r.reduce((s, x) => s + x.bytes, 0)).toBeLessThanOrEqual(1000);
  });

  test('a single row larger than the budget still goes, alone in its request', () => {
    const slices: [number, number][] = [];
    const p = new RequestPlanner(1000);
    p.add(step('a', 500));
    p.addRows({ rowBytes: [5000, 10], queueRows: (first, count) => slices.push([first, count]) });
    // [a], [the big row], [the small row that no longer fits after it].
    expect(p.plan().length).toBe(3);
    p.plan().forEach((r) => r.forEach((s) => s.queue()));
    expect(slices).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(ACTION_OVERHEAD_BYTES).toBeGreaterThan(0);
  });
});

describe('a write larger than one request is chunked by rows; only the chunks add syncs', () => {
  const LIMIT = 60_000;
  const BUDGET = 45_000;

  function bigCheckSheet(): (string | number | null)[][] {
    const ms = members(34);
    return Array.from({ length: 1200 }, (_, i) => [
      i % 3 === 0 ? 'Lỗi' : 'Cảnh báo',
      'SCORE_ABOVE_MAX',
      'Chấm chéo - ' + ms[i % 34].code,
      'C' + String(i + 2),
      ms[(i * 7) % 34].name + ': điểm tiêu chí ' + String(i % 30) + ' vượt mức tối đa',
    ]);
  }

  test('every request stays under the limit and the data arrive whole', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(34), requestLimitBytes: LIMIT });
    const values = bigCheckSheet();
    const desc = describeSheet('check', values, { styles: [{ range: 'A1:E1200', style: { border: true } }] });
    await createExcelPort({ requestBudgetBytes: BUDGET }).writeSheets([desc]);

    expect(fake.syncs.every((s) => s.failed === undefined && s.requestBytes <= LIMIT)).toBe(true);
    expect(fake.values('Kết quả kiểm tra')).toEqual(values);

    // The survey is one request (no output sheet yet); the data take as many as their size needs,
    // the last of them naming and marking the sheet. No layout here: no request for it.
    const total = new TextEncoder().encode(JSON.stringify(values)).length;
    const data = fake.syncCount - 1;
    expect(data).toBeGreaterThanOrEqual(Math.ceil(total / BUDGET));
    expect(data).toBeLessThanOrEqual(Math.ceil(total / BUDGET) + 2);
    const withValues = fake.syncs.filter((s) => s.actions.includes('Range.values')).map((s) => s.index);
    expect(withValues).toEqual(Array.from({ length: withValues.length }, (_, i) => i + 2));
    expect(fake.syncs[fake.syncCount - 1].actions).toContain('NamedItemCollection.add');
  });

  test('the same write under the default budget is one data request (after the survey of a pane that has not read)', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(34) });
    await createExcelPort().writeSheets([describeSheet('check', bigCheckSheet())]);
    expect(fake.syncCount).toBe(2);
  });

  test('without chunking the request would have been refused: the limit is real', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), requestLimitBytes: LIMIT });
    const error = await createExcelPort({ requestBudgetBytes: 10 * LIMIT })
      .writeSheets([describeSheet('check', bigCheckSheet())])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'tooLarge' });
    expect(fake.sheetNames().some((n) => n.startsWith('~'))).toBe(false);
  });
});
