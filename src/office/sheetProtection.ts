/**
 * Worksheet protection for the sign-off lock (src/core/lock): WorkbookPort.protectSheets and
 * unprotectSheets over `worksheet.protection` (ExcelApi 1.2; the password 1.7).
 *
 * Round trips, whatever the number of sheets:
 *   1. look — the protection state of every named sheet, in one load;
 *   2. act  — protect (or unprotect) the ones that need it, and read their state back, in one
 *      request. Excel refuses to protect a protected sheet or unprotect an unprotected one
 *      (AccessDenied), so only the ones that need it are touched.
 * All or none: when the second request fails part-way (Excel keeps the actions before the
 * failing one) or a sheet is still protected after it (a wrong password), a third and fourth
 * request (look, undo) in a fresh Excel.run put back the state of step 1 — the sheets this
 * call changed get their previous protection back with the same password.
 *
 * What a lock allows: selecting and formatting cells, columns and rows (the add-in's "colour
 * the problem cells" keeps working) and the auto filter; not editing values, inserting or
 * deleting rows and columns, or sorting (the same as src/file/sheetProtection.ts).
 */
import { PortError } from '../core/index';
import { officeErrorCode, toPortError } from './officeErrors';
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { runBatch } from './runBatch';

export const LOCK_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowInsertColumns: false,
  allowInsertRows: false,
  allowInsertHyperlinks: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowSort: false,
  allowPivotTables: false,
  allowEditObjects: false,
  allowEditScenarios: false,
};

type Direction = 'protect' | 'unprotect';

function queueStates(context: Excel.RequestContext, names: readonly string[]): Excel.WorksheetProtection[] {
  return names.map((n) => {
    const p = context.workbook.worksheets.getItem(n).protection;
    p.load('protected');
    return p;
  });
}

function queueChange(p: Excel.WorksheetProtection, direction: Direction, password: string | undefined): void {
  const pw = password === undefined || password === '' ? undefined : password;
  if (direction === 'protect') {
    if (pw === undefined) p.protect(LOCK_OPTIONS);
    else p.protect(LOCK_OPTIONS, pw);
  } else if (pw === undefined) p.unprotect();
  else p.unprotect(pw);
}

/** Puts the named sheets back to protected = `wanted[i]`: look, then undo what differs. Never throws. */
async function restore(names: readonly string[], wanted: readonly boolean[], password: string | undefined, env: ShellEnv): Promise<void> {
  try {
    await runBatch(async (context) => {
      const states = queueStates(context, names);
      await timedSync(context, env.timeoutMs);
      let changed = false;
      states.forEach((p, i) => {
        if (p.protected === wanted[i]) return;
        queueChange(p, wanted[i] ? 'protect' : 'unprotect', password);
        changed = true;
      });
      if (changed) await timedSync(context, env.timeoutMs);
    }, env.timeoutMs);
  } catch {
    // Nothing more can be done here; the pane says what happened and the user can run again.
  }
}

export function wrongPassword(sheets: readonly string[], given: boolean): PortError {
  const list = sheets.map((s) => '“' + s + '”').join(', ');
  return given
    ? new PortError(
        'password',
        'Mật khẩu không đúng: không mở khóa được trang ' + list + '. Chưa có trang nào được mở khóa.',
        'Wrong password: it does not unlock the sheet(s) ' + list + '. No sheet was unlocked.',
      )
    : new PortError(
        'password',
        'Trang ' + list + ' được khóa bằng mật khẩu. Hãy nhập mật khẩu để mở khóa. Chưa có trang nào được mở khóa.',
        'The sheet(s) ' + list + ' are locked with a password. Enter the password to unlock them. No sheet was unlocked.',
      );
}

/** Error codes with which Excel refuses an unprotect whose password does not match. */
const PASSWORD_REFUSALS = new Set(['InvalidArgument', 'AccessDenied', 'InvalidOperation']);

async function changeProtection(names: readonly string[], direction: Direction, password: string | undefined, env: ShellEnv): Promise<string[]> {
  const unique = names.filter((n, i) => names.indexOf(n) === i);
  if (unique.length === 0) return [];
  let before: boolean[] | null = null;
  let todo: string[] = [];
  try {
    return await runBatch(async (context) => {
      // 1. look
      const states = queueStates(context, unique);
      await timedSync(context, env.timeoutMs);
      before = states.map((p) => p.protected);
      todo = unique.filter((_, i) => before![i] !== (direction === 'protect'));
      if (todo.length === 0) return [];
      // 2. act, and read back
      const targets = todo.map((n) => context.workbook.worksheets.getItem(n).protection);
      for (const p of targets) queueChange(p, direction, password);
      for (const p of targets) p.load('protected');
      await timedSync(context, env.timeoutMs);
      const left = todo.filter((_, i) => targets[i].protected !== (direction === 'protect'));
      if (left.length > 0) throw wrongPassword(left, password !== undefined && password !== '');
      return todo;
    }, env.timeoutMs);
  } catch (error) {
    const looked: boolean[] | null = before;
    if (looked !== null && todo.length > 0) await restore(unique, looked, password, env);
    if (error instanceof PortError && error.kind === 'password') throw error;
    // timedSync hands Excel's errors over as PortErrors that keep the code.
    const code = error instanceof PortError ? (error.code ?? null) : officeErrorCode(error);
    if (direction === 'unprotect' && looked !== null && todo.length > 0 && code !== null && PASSWORD_REFUSALS.has(code)) {
      throw wrongPassword(todo, password !== undefined && password !== '');
    }
    throw toPortError(error);
  }
}

export function protectSheets(names: readonly string[], password: string | undefined, env: ShellEnv): Promise<string[]> {
  return changeProtection(names, 'protect', password, env);
}

export function unprotectSheets(names: readonly string[], password: string | undefined, env: ShellEnv): Promise<string[]> {
  return changeProtection(names, 'unprotect', password, env);
}
