/**
 * Every command of the pane leaves one row in the run log `Nhật ký` (issue 6), after its sheets
 * are written; a log that cannot be written never undoes or hides the results.
 */
import { runCheck, runNominate, runRank } from '../../src/app/commands';
import type { CommandDeps } from '../../src/app/deps';
import { LOG_HEADERS } from '../../src/core/log/describeLog';
import { PortError } from '../../src/core/port';
import { fakeCore, type FakeCore } from './fakes/fakeCore';
import { fakePort } from './fakes/fakePort';
import { ERROR_PROBLEMS, FINGERPRINT, WARNING_PROBLEMS } from './fixtures/bacTrungBo';

function deps(core: FakeCore): CommandDeps {
  return { ...core, now: () => new Date(2023, 0, 9, 8, 5, 30) };
}

const LOGGED = () => fakePort({ with: ['appendLog'] });

describe('one row per run, after the sheets', () => {
  test('Rank: time to the second, command, fingerprint, counts, the top three (a shared third place kept whole), the nominees', async () => {
    const port = LOGGED();
    const r = await runRank(port, deps(fakeCore(WARNING_PROBLEMS)));
    expect(r.log).toEqual({ kind: 'written' });
    expect(port.calls.map((c) => c.method)).toEqual(['readInput', 'writeSheets', 'appendLog', 'saveSetting']);
    expect(port.logRows).toHaveLength(1);
    // WARNING_PROBLEMS: one warning (SCORE_DEVIATION) and one information (SETTING_DEFAULT_USED).
    // The ranking: NA 1, TH 2, HT and QB share 3 (bacTrungBo.ts); the vote: NA for the Flag, TH for the Certificate.
    expect(port.logRows[0]).toEqual([
      '09/01/2023 08:05:30',
      'Xếp hạng',
      FINGERPRINT,
      0,
      1,
      '1. Tỉnh Nghệ An; 2. Tỉnh Thanh Hóa; 3. Tỉnh Hà Tĩnh; 3. Tỉnh Quảng Bình',
      'Tỉnh Nghệ An',
      'Tỉnh Thanh Hóa',
      null,
      'Đề nghị theo kết quả bỏ phiếu',
    ]);
    // The first time, the port is told there is no log yet and how to create it.
    const call = port.calls.find((c) => c.method === 'appendLog');
    expect(call).toMatchObject({ entry: { sheet: null, create: { name: 'Nhật ký', mark: 'CumThiDua_NhatKy', key: 'log' } } });
    if (call?.method === 'appendLog') expect(call.entry.create.values).toEqual([LOG_HEADERS, port.logRows[0]]);
  });

  test('Check and Nominate name themselves; a blocked run is logged with its errors', async () => {
    const port = LOGGED();
    // ERROR_PROBLEMS: two errors, two warnings and one information (bacTrungBo.ts).
    await runCheck(port, deps(fakeCore(ERROR_PROBLEMS)));
    await runNominate(port, deps(fakeCore(WARNING_PROBLEMS)));
    expect(port.logRows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ['Kiểm tra', 2, 2],
      ['Đề nghị khen thưởng', 0, 1],
    ]);
    expect(port.logRows[0][5]).toBeNull();
    expect(port.logRows[0][9]).toBe('Có lỗi nên chưa xếp hạng');
  });

  test('the log the workbook already has is named to the port (found by its mark)', async () => {
    const port = LOGGED();
    port.input = {
      sheets: [...port.input.sheets, { name: 'Nhật ký', values: [LOG_HEADERS.slice(), ['08/01/2023 10:00:00', 'Kiểm tra']] }],
      markedSheets: ['Nhật ký'],
      marks: [{ mark: 'CumThiDua_NhatKy', sheet: 'Nhật ký' }],
    };
    await runCheck(port, deps(fakeCore(WARNING_PROBLEMS)));
    expect(port.calls.find((c) => c.method === 'appendLog')).toMatchObject({ entry: { sheet: 'Nhật ký' } });
  });

  test('not a scoring workbook: nothing written, nothing logged', async () => {
    const port = LOGGED();
    const core = fakeCore();
    core.state.notScoring = true;
    const r = await runRank(port, deps(core));
    expect(r.log).toBeUndefined();
    expect(port.count('appendLog')).toBe(0);
  });
});

describe('when the log cannot be written, the results stand', () => {
  test('a failing append: the sheets are written, the outcome is done, the failure is reported', async () => {
    const port = LOGGED();
    const error = new PortError('timeout', 'Excel không trả lời sau 30 giây.', 'Excel did not answer within 30 seconds.');
    port.failNext('appendLog', error);
    const r = await runRank(port, deps(fakeCore(WARNING_PROBLEMS)));
    expect(r.outcome).toBe('done');
    expect(port.written()).toEqual([['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng']]);
    expect(r.log).toEqual({ kind: 'failed', error });
  });

  test('a sheet named Nhật ký that is not ours: not touched, reported', async () => {
    const port = LOGGED();
    port.input = { sheets: [...port.input.sheets, { name: 'Nhật ký', values: [['Ghi chép của thư ký']] }], markedSheets: [], marks: [] };
    const r = await runRank(port, deps(fakeCore(WARNING_PROBLEMS)));
    expect(r.log).toEqual({ kind: 'notOurs', sheet: 'Nhật ký' });
    expect(port.count('appendLog')).toBe(0);
  });

  test('a host without a log: unsupported, as before', async () => {
    const port = fakePort();
    const r = await runRank(port, deps(fakeCore(WARNING_PROBLEMS)));
    expect(r.log).toEqual({ kind: 'unsupported' });
  });
});
