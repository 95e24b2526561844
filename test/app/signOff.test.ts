/**
 * "Chốt số liệu" and "Mở khóa" from the pane (src/app/signOff.ts; issue 6): only a clean
 * workbook is locked; the input sheets are protected and the lock recorded in `Nhật ký`; all or
 * none — when the record cannot be written, the protection is put back as it was.
 */
import { runLock, runUnlock } from '../../src/app/signOff';
import type { CommandDeps } from '../../src/app/deps';
import type { LockStatus } from '../../src/core/lock/lockStatus';
import { PortError } from '../../src/core/port';
import { fakeCore, type FakeCore } from './fakes/fakeCore';
import { fakePort, type FakePort } from './fakes/fakePort';
import { ERROR_PROBLEMS, FINGERPRINT, WARNING_PROBLEMS } from './fixtures/bacTrungBo';

const INPUTS = ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Thẩm định', 'Phiếu bầu'];

function deps(core: FakeCore): CommandDeps {
  return { ...core, now: () => new Date(2023, 0, 9, 8, 5, 30) };
}

/** A port that keeps a log and protects sheets, over a workbook with the fixture's input sheets (and a user's own). */
function signOffPort(): FakePort {
  const port = fakePort({ with: ['appendLog', 'protection'] });
  port.input = { sheets: [...INPUTS, 'Ghi chú riêng'].map((name) => ({ name, values: [[name]] })), markedSheets: [], marks: [] };
  return port;
}

function lockedCore(problems = WARNING_PROBLEMS, matches = true): FakeCore {
  const core = fakeCore(problems);
  const lock: LockStatus = { locked: true, at: '08/01/2023 16:00:00', by: 'Nguyễn Văn A', fingerprint: FINGERPRINT, matches };
  core.state.adjust = (r) => ({ ...r, lock });
  return core;
}

const FORM = { by: '  Nguyễn Văn   A ', password: 'Cum-2022' };

describe('lock refuses a workbook that is not ready', () => {
  test('errors: nothing protected, nothing recorded', async () => {
    const port = signOffPort();
    const r = await runLock(port, deps(fakeCore(ERROR_PROBLEMS)), FORM);
    expect(r).toMatchObject({ ok: false, refusal: 'errors' });
    expect(port.count('protectSheets') + port.count('appendLog')).toBe(0);
  });

  test('no name: refused before reading anything', async () => {
    const port = signOffPort();
    expect(await runLock(port, deps(fakeCore()), { by: '   ', password: '' })).toMatchObject({ ok: false, refusal: 'nameMissing' });
    expect(port.calls).toEqual([]);
  });

  test('already locked: unlock first', async () => {
    const port = signOffPort();
    expect(await runLock(port, deps(lockedCore()), FORM)).toMatchObject({ ok: false, refusal: 'alreadyLocked' });
    expect(port.count('protectSheets')).toBe(0);
  });

  test('a host that cannot protect sheets or keep a log', async () => {
    expect(await runLock(fakePort({ with: ['appendLog'] }), deps(fakeCore()), FORM)).toMatchObject({ ok: false, refusal: 'unsupported' });
  });
});

describe('lock protects the input sheets, then records the lock', () => {
  test('the input sheets in tab order (not the user’s own), the password, then one log row with the name', async () => {
    const port = signOffPort();
    const r = await runLock(port, deps(fakeCore(WARNING_PROBLEMS)), FORM);
    expect(r).toMatchObject({ ok: true, sheets: INPUTS, lock: { locked: true, at: '09/01/2023 08:05:30', by: 'Nguyễn Văn A', fingerprint: FINGERPRINT, matches: true } });
    expect(port.calls.map((c) => c.method)).toEqual(['readInput', 'protectSheets', 'appendLog']);
    expect(port.calls[1]).toEqual({ method: 'protectSheets', sheets: INPUTS, password: 'Cum-2022' });
    expect(port.logRows[0].slice(0, 3)).toEqual(['09/01/2023 08:05:30', 'Chốt số liệu', FINGERPRINT]);
    expect(port.logRows[0][8]).toBe('Nguyễn Văn A');
    expect(String(port.logRows[0][9])).toMatch(/^Khóa 6 trang nhập liệu, có mật khẩu/);
  });

  test('the log row fails: the sheets this lock protected are unprotected again, the error shown', async () => {
    const port = signOffPort();
    port.protection.set('Tiêu chí', 'cua-van-phong'); // protected by the user beforehand: left alone
    const error = new PortError('host', 'Excel báo lỗi.', 'Excel reported an error.');
    port.failNext('appendLog', error);
    await expect(runLock(port, deps(fakeCore(WARNING_PROBLEMS)), FORM)).rejects.toBe(error);
    expect(port.calls.at(-1)).toEqual({ method: 'unprotectSheets', sheets: INPUTS.filter((s) => s !== 'Tiêu chí'), password: 'Cum-2022' });
    expect([...port.protection]).toEqual([['Tiêu chí', 'cua-van-phong']]);
    expect(port.logRows).toEqual([]);
  });

  test('and if even that fails, the pane says what is left to do by hand', async () => {
    const port = signOffPort();
    port.failNext('appendLog', new PortError('host', 'x', 'x'));
    port.failNext('unprotectSheets', new PortError('host', 'y', 'y'));
    const error = (await runLock(port, deps(fakeCore(WARNING_PROBLEMS)), FORM).catch((e: unknown) => e)) as PortError;
    expect(error).toBeInstanceOf(PortError);
    expect(error.vi).toContain('Bỏ bảo vệ trang tính');
  });
});

describe('unlock', () => {
  test('not locked: nothing to unlock', async () => {
    const port = signOffPort();
    expect(await runUnlock(port, deps(fakeCore()), { by: '', password: '' })).toMatchObject({ ok: false, refusal: 'notLocked' });
    expect(port.count('unprotectSheets')).toBe(0);
  });

  test('the right password: unprotected, then the unlock recorded', async () => {
    const port = signOffPort();
    for (const s of INPUTS) port.protection.set(s, 'Cum-2022');
    const r = await runUnlock(port, deps(lockedCore()), { by: 'Trần Thị B', password: 'Cum-2022' });
    expect(r).toMatchObject({ ok: true, sheets: INPUTS, lock: { locked: false } });
    expect(port.protection.size).toBe(0);
    expect(port.logRows.map((row) => [row[1], row[8], row[9]])).toEqual([['Mở khóa', 'Trần Thị B', 'Mở khóa 6 trang nhập liệu']]);
  });

  test('a wrong password: the port’s PortError, nothing unprotected, nothing recorded', async () => {
    const port = signOffPort();
    for (const s of INPUTS) port.protection.set(s, 'Cum-2022');
    await expect(runUnlock(port, deps(lockedCore()), { by: '', password: 'sai' })).rejects.toMatchObject({ kind: 'password' });
    expect(port.protection.size).toBe(INPUTS.length);
    expect(port.logRows).toEqual([]);
  });

  test('the log row fails: the sheets are protected again with the same password', async () => {
    const port = signOffPort();
    for (const s of INPUTS) port.protection.set(s, 'Cum-2022');
    port.failNext('appendLog', new PortError('timeout', 'Hết giờ.', 'Timed out.'));
    await expect(runUnlock(port, deps(lockedCore()), { by: '', password: 'Cum-2022' })).rejects.toMatchObject({ kind: 'timeout' });
    expect([...port.protection.keys()].sort()).toEqual([...INPUTS].sort());
    expect([...port.protection.values()].every((p) => p === 'Cum-2022')).toBe(true);
  });
});
