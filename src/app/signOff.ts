/**
 * The sign-off lock from the task pane ("Chốt số liệu" / "Mở khóa", src/core/lock), free of
 * React and Office.js like the other commands (commands.ts).
 *
 * Lock: read, check; refuse unless the check is clean (and the workbook not locked already);
 * protect the input sheets; record the lock in `Nhật ký`. Unlock: unprotect, record the unlock.
 * Each is all or none: the port protects or unprotects all sheets or none, and when the log
 * row cannot be written the protection is put back as it was (only the sheets this command
 * changed), so a lock never exists without its record, nor a record without its lock.
 */
import {
  formatLogTime,
  lockNote,
  lockRefusal,
  lockTargets,
  logAppend,
  logEntry,
  PortError,
  signerName,
  unlockNote,
  unlockRefusal,
  type CheckReport,
  type LockRefusal,
  type LockStatus,
  type UnlockRefusal,
  type WorkbookInput,
  type WorkbookPort,
} from '../core/index';
import { readAndCheck, yieldToHost } from './commands';
import type { CommandDeps } from './deps';

export interface LockForm {
  /** The chair's name as typed. */
  by: string;
  /** Optional; '' = none. Never stored by the program. */
  password: string;
}

export type SignOffResult =
  | { ok: true; report: CheckReport; lock: LockStatus; sheets: string[] }
  | { ok: false; report: CheckReport | null; refusal: LockRefusal | UnlockRefusal | 'unsupported' };

type Deps = Pick<CommandDeps, 'checkWorkbook' | 'onProgress' | 'now'>;

function supports(port: WorkbookPort): boolean {
  return typeof port.protectSheets === 'function' && typeof port.unprotectSheets === 'function' && typeof port.appendLog === 'function';
}

const passwordOf = (form: { password: string }): string | undefined => (form.password === '' ? undefined : form.password);

/**
 * Undoes a protection change after the log row failed; when even that fails, says plainly what
 * is left to do by hand (the only case where the pane cannot say that nothing changed).
 */
async function putBack(undo: () => Promise<unknown>, logError: unknown, lockedNow: boolean): Promise<never> {
  try {
    await undo();
  } catch {
    throw new PortError(
      'host',
      lockedNow
        ? 'Đã khóa các trang nhập liệu nhưng không ghi được nhật ký, và không gỡ khóa lại được. Hãy bỏ bảo vệ các trang đó (Xem lại › Bỏ bảo vệ trang tính) rồi chốt lại.'
        : 'Đã mở khóa các trang nhập liệu nhưng không ghi được nhật ký, và không khóa lại được. Hãy chốt lại số liệu.',
      lockedNow
        ? 'The input sheets were protected but the run log could not be written, and the protection could not be removed again. Unprotect those sheets (Review › Unprotect Sheet) and lock again.'
        : 'The input sheets were unprotected but the run log could not be written, and they could not be protected again. Lock the data again.',
    );
  }
  throw logError;
}

export async function runLock(port: WorkbookPort, deps: Deps, form: LockForm): Promise<SignOffResult> {
  if (!supports(port)) return { ok: false, report: null, refusal: 'unsupported' };
  const by = signerName(form.by);
  if (by === '') return { ok: false, report: null, refusal: 'nameMissing' };
  const { input, report } = await readAndCheck(port, deps);
  const refusal = lockRefusal(report, input, by);
  if (refusal !== null) return { ok: false, report, refusal };

  const sheets = lockTargets(input, report.workbook);
  const password = passwordOf(form);
  const at = formatLogTime((deps.now ?? (() => new Date()))());
  deps.onProgress?.('lock');
  await yieldToHost();
  const changed = await port.protectSheets!(sheets, password);
  try {
    await port.appendLog!(logAppend(input, logEntry(report, 'lock', at, { by, note: lockNote(sheets.length, password !== undefined) })));
  } catch (error) {
    await putBack(() => port.unprotectSheets!(changed, password), error, true);
  }
  const lock: LockStatus = { locked: true, at, by, fingerprint: report.fingerprint, matches: true };
  return { ok: true, report: { ...report, lock }, lock, sheets };
}

export async function runUnlock(port: WorkbookPort, deps: Deps, form: LockForm): Promise<SignOffResult> {
  if (!supports(port)) return { ok: false, report: null, refusal: 'unsupported' };
  const { input, report } = await readAndCheck(port, deps);
  const refusal = unlockRefusal(report, input);
  if (refusal !== null) return { ok: false, report, refusal };

  const sheets = lockTargets(input, report.workbook);
  const password = passwordOf(form);
  const by = signerName(form.by);
  const at = formatLogTime((deps.now ?? (() => new Date()))());
  deps.onProgress?.('unlock');
  await yieldToHost();
  const changed = await port.unprotectSheets!(sheets, password);
  try {
    await port.appendLog!(logAppend(input, logEntry(report, 'unlock', at, { by: by === '' ? undefined : by, note: unlockNote(changed.length) })));
  } catch (error) {
    await putBack(() => port.protectSheets!(changed, password), error, false);
  }
  const lock: LockStatus = { locked: false, at, by: by === '' ? null : by, fingerprint: report.fingerprint, matches: false };
  return { ok: true, report: { ...report, lock }, lock, sheets: changed };
}
