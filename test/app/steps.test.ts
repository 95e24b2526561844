/**
 * The step strip's states (src/app/steps.ts): each command's last run known by the fingerprint it
 * ran on — from this session or from the run log — against the data now; the sign-off locks the
 * first two steps and turns the lock red when the data changed after it.
 */
import { describeLogSheet } from '../../src/core/log/describeLog';
import { LOG_SHEET } from '../../src/core/outputSheets';
import type { LockStatus } from '../../src/core/lock/lockStatus';
import { deliverableSheets, lastRunsOf, mergeRuns, NO_RUNS, stepStates, type StepFacts } from '../../src/app/steps';

const NOW = '3F2A-91C0-7D4E-0B18';
const THEN = '9C1D-0A77-52E3-B640';
const facts = (f: Partial<StepFacts>): StepFacts => ({ fingerprint: NOW, errors: 0, runs: NO_RUNS, lock: null, ...f });

describe('states', () => {
  test('nothing run: every step not done', () => {
    expect(stepStates(facts({}))).toEqual({ check: 'notDone', lock: 'notDone', rank: 'notDone', nominate: 'notDone', deliver: 'notDone' });
  });

  test('runs on the data as it is: done; on other data: stale (case of the fingerprint ignored)', () => {
    const s = stepStates(facts({ runs: { check: NOW.toLowerCase(), rank: NOW, nominate: THEN } }));
    expect(s).toMatchObject({ check: 'done', rank: 'done', nominate: 'stale', deliver: 'stale' });
    expect(stepStates(facts({ runs: { check: NOW, rank: NOW, nominate: NOW } })).deliver).toBe('done');
  });

  test('a check that found errors is not done, even on the data as it is', () => {
    expect(stepStates(facts({ errors: 2, runs: { ...NO_RUNS, check: NOW } })).check).toBe('notDone');
  });

  test('the sign-off locks Kiểm tra and Chốt số liệu; a change after it makes the lock stale', () => {
    const lock: LockStatus = { locked: true, at: '08/01/2023 16:00:00', by: 'A', fingerprint: NOW, matches: true };
    expect(stepStates(facts({ lock }))).toMatchObject({ check: 'locked', lock: 'locked' });
    expect(stepStates(facts({ lock: { ...lock, matches: false }, runs: { ...NO_RUNS, check: THEN } }))).toMatchObject({ check: 'stale', lock: 'stale' });
  });

  test('the shell may know the last step better (the file mode: downloaded or not)', () => {
    expect(stepStates(facts({ deliver: 'done' })).deliver).toBe('done');
  });

  test('a run of this session wins over the log read at start', () => {
    expect(mergeRuns({ check: THEN, rank: THEN, nominate: null }, { rank: NOW })).toEqual({ check: THEN, rank: NOW, nominate: null });
  });
});

describe('the runs the log records', () => {
  const row = (command: string, fingerprint: string, errors: number) => ['09/01/2023 08:05:00', command, fingerprint, errors, 0, '', '', '', '', ''];
  const input = (rows: unknown[][]) => ({
    sheets: [{ name: LOG_SHEET.name, values: describeLogSheet(rows as never).values as never }],
    markedSheets: [LOG_SHEET.name],
  });

  test('each command’s last run; a rank or nominate that errors stopped counts as a check only', () => {
    const runs = lastRunsOf(
      input([row('Kiểm tra', THEN, 0), row('Xếp hạng', THEN, 0), row('Đề nghị khen thưởng', NOW, 3), row('Chốt số liệu', NOW, 0)]),
    );
    expect(runs).toEqual({ check: NOW, rank: THEN, nominate: null });
  });

  test('no log: no runs', () => {
    expect(lastRunsOf({ sheets: [] })).toEqual(NO_RUNS);
  });
});

describe('deliverableSheets: the In & Tải về list keeps one order whatever arrives first', () => {
  test('the order of the output sheets, then other sheets, each once', () => {
    const afterRun = deliverableSheets([], ['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp']);
    // A later read of the workbook lists the sheets in tab order, with the log among them.
    const afterRead = deliverableSheets(['Biên bản họp', 'Kết quả kiểm tra', 'Nhật ký', 'Xếp hạng', 'Tổng hợp điểm'], ['Xếp hạng']);
    expect(afterRun).toEqual(['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp']);
    expect(afterRead).toEqual(['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Nhật ký']);
  });
});
