/**
 * The application commands against a fake port and a fake core: each reads the workbook once,
 * writes only the sheets its view owns, and lets errors block the ranking sheets.
 */
import {
  createNewWorkbook,
  currentFingerprint,
  LAST_RANK_FINGERPRINT,
  lastRankFingerprint,
  readStatus,
  runCheck,
  runNominate,
  runRank,
} from '../../src/app/commands';
import type { CommandDeps, Stage } from '../../src/app/deps';
import { PortError } from '../../src/core/port';
import { fakeCore, type FakeCore } from './fakes/fakeCore';
import { fakePort } from './fakes/fakePort';
import { ERROR_PROBLEMS, FINGERPRINT, WARNING_PROBLEMS, workbook } from './fixtures/bacTrungBo';

function deps(core: FakeCore, stages: Stage[] = []): CommandDeps {
  return { ...core, onProgress: (s) => stages.push(s), now: () => new Date(2023, 0, 9, 8, 5) };
}

describe('Check writes only `Kết quả kiểm tra`', () => {
  test('a clean workbook: one read, one write of the check sheet', async () => {
    const port = fakePort();
    const core = fakeCore(WARNING_PROBLEMS);
    const stages: Stage[] = [];
    const r = await runCheck(port, deps(core, stages));
    expect(port.count('readInput')).toBe(1);
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    expect(r.outcome).toBe('done');
    expect(r.written).toEqual(['Kết quả kiểm tra']);
    expect(stages).toEqual(['read', 'check', 'write']);
    // the core saw exactly what the port read
    expect(core.rankCalls[0].input).toBe(port.input);
  });

  test('with errors the check sheet is still written and the outcome says blocked', async () => {
    const port = fakePort();
    const r = await runCheck(port, deps(fakeCore(ERROR_PROBLEMS)));
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    expect(r.outcome).toBe('blocked');
    expect(r.report.problems).toHaveLength(5);
  });

  test('a workbook that is not a scoring workbook gets no sheet', async () => {
    const port = fakePort();
    const core = fakeCore();
    core.state.notScoring = true;
    const r = await runCheck(port, deps(core));
    expect(r.outcome).toBe('notScoring');
    expect(port.count('writeSheets')).toBe(0);
    expect(r.written).toEqual([]);
  });

  test('computedAt is printed as dd/mm/yyyy HH:MM', async () => {
    const core = fakeCore();
    const r = await runCheck(fakePort(), deps(core));
    expect(r.computedAt).toBe('09/01/2023 08:05');
    expect(core.rankCalls[0].options).toEqual({ computedAt: '09/01/2023 08:05' });
  });
});

describe('Rank writes `Kết quả kiểm tra`, `Tổng hợp điểm` and `Xếp hạng`', () => {
  test('writes exactly the ranking sheets in one call, never the nomination sheet', async () => {
    const port = fakePort();
    const stages: Stage[] = [];
    const r = await runRank(port, deps(fakeCore(WARNING_PROBLEMS), stages));
    expect(port.count('readInput')).toBe(1);
    expect(port.written()).toEqual([['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng']]);
    expect(r.outcome).toBe('done');
    expect(stages).toEqual(['read', 'rank', 'write', 'save']);
  });

  test('saves the fingerprint of the ranking it wrote', async () => {
    const port = fakePort();
    await runRank(port, deps(fakeCore()));
    expect(port.settings.get(LAST_RANK_FINGERPRINT)).toBe(FINGERPRINT);
    expect(await lastRankFingerprint(port)).toBe(FINGERPRINT);
  });

  test('errors block the ranking: only `Kết quả kiểm tra` is written and no fingerprint is saved', async () => {
    const port = fakePort();
    const r = await runRank(port, deps(fakeCore(ERROR_PROBLEMS)));
    expect(r.outcome).toBe('blocked');
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    expect(port.count('saveSetting')).toBe(0);
  });

  test('a host that keeps no settings still ranks', async () => {
    const port = fakePort({ without: ['saveSetting', 'loadSetting'] });
    const r = await runRank(port, deps(fakeCore()));
    expect(r.outcome).toBe('done');
    expect(await lastRankFingerprint(port)).toBeNull();
  });

  test('a refused write (PortError) reaches the caller and nothing is saved', async () => {
    const port = fakePort();
    port.failNext('writeSheets', new PortError('notOurs', 'Trang “Xếp hạng” không do chương trình tạo.', 'The sheet “Xếp hạng” was not created by the program.'));
    await expect(runRank(port, deps(fakeCore()))).rejects.toMatchObject({ name: 'PortError', kind: 'notOurs' });
    expect(port.count('saveSetting')).toBe(0);
  });
});

describe('Nominate writes `Biên bản họp`', () => {
  test('recomputes the ranking from one read and writes only the nomination sheet', async () => {
    const port = fakePort();
    const core = fakeCore(WARNING_PROBLEMS);
    const r = await runNominate(port, deps(core));
    expect(port.count('readInput')).toBe(1);
    expect(core.rankCalls).toHaveLength(1);
    expect(port.written()).toEqual([['Biên bản họp']]);
    expect(r.report.results?.nomination.flag.nominees).toEqual(['NA']);
    // the stale-banner fingerprint belongs to the ranking sheet, which this did not write
    expect(port.count('saveSetting')).toBe(0);
  });

  test('with errors only the check sheet is written, to say why', async () => {
    const port = fakePort();
    const r = await runNominate(port, deps(fakeCore(ERROR_PROBLEMS)));
    expect(r.outcome).toBe('blocked');
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
  });
});

describe('New workbook creates the template input sheets', () => {
  test('valid form: describeTemplate gets the parsed members, the port creates the sheets', async () => {
    const port = fakePort();
    const core = fakeCore();
    const r = await createNewWorkbook(port, core, {
      clusterName: ' Cụm thi đua các tỉnh Bắc Trung Bộ ',
      year: '2022',
      members: 'TH=Tỉnh Thanh Hóa; NA=Tỉnh Nghệ An;HT = Tỉnh Hà Tĩnh',
    });
    expect(r).toEqual({ ok: true, created: ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm'], members: 3 });
    expect(core.templateCalls).toEqual([
      {
        clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ',
        year: 2022,
        members: [
          { code: 'TH', name: 'Tỉnh Thanh Hóa' },
          { code: 'NA', name: 'Tỉnh Nghệ An' },
          { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
        ],
      },
    ]);
    expect(port.calls).toEqual([{ method: 'createInputSheets', names: ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm'] }]);
  });

  test('an invalid form creates nothing', async () => {
    const port = fakePort();
    const core = fakeCore();
    const r = await createNewWorkbook(port, core, { clusterName: '', year: '22', members: 'TH=Tỉnh Thanh Hóa' });
    expect(r.ok).toBe(false);
    expect(core.templateCalls).toHaveLength(0);
    expect(port.calls).toHaveLength(0);
  });

  test('sheets that already exist: the PortError reaches the caller', async () => {
    const port = fakePort();
    port.failNext('createInputSheets', new PortError('exists', 'Sổ đã có trang “Cấu hình”.', 'The workbook already has a “Cấu hình” sheet.'));
    await expect(
      createNewWorkbook(port, fakeCore(), { clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ', year: '2022', members: 'TH=Tỉnh Thanh Hóa; NA=Tỉnh Nghệ An' }),
    ).rejects.toMatchObject({ kind: 'exists' });
  });
});

describe('The fingerprint and settings are read quietly', () => {
  test('readStatus reads once and writes nothing', async () => {
    const port = fakePort();
    const s = await readStatus(port, fakeCore());
    // With the errors (for the step strip), the runs the log records and the output sheets present (none here).
    expect(s).toEqual({ fingerprint: FINGERPRINT, workbook: workbook(), notScoringWorkbook: false, errors: 0, runs: { check: null, rank: null, nominate: null }, outputs: [] });
    expect(port.count('readInput')).toBe(1);
    expect(port.count('writeSheets')).toBe(0);
  });

  test('currentFingerprint follows the data', async () => {
    const port = fakePort();
    const core = fakeCore();
    expect(await currentFingerprint(port, core)).toBe(FINGERPRINT);
    core.state.fingerprint = '0000-1111-2222-3333';
    expect(await currentFingerprint(port, core)).toBe('0000-1111-2222-3333');
  });
});
