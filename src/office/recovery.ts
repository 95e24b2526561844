/**
 * Putting the workbook back in order after a write of output sheets failed (writePlan.ts).
 *
 * Excel applies the actions of a failed request up to the one that failed, and a request that
 * timed out may still be applied later, so recovery first looks at the workbook as it now is
 * (one request, queued after anything still pending) and then fixes it (a second request):
 *
 * - as long as every old output sheet still exists, it rolls back: the new sheets (under their
 *   temporary or final names) are deleted, each old sheet gets its name back and its mark;
 * - once an old sheet has been deleted (the very end of the swap), going back is impossible,
 *   so it goes forward: the remaining old sheets are deleted and the new ones get their names,
 *   visibility and marks. Either way the workbook holds one complete set of output sheets.
 *
 * Temporary sheets left by earlier failures are deleted too. Recovery never throws: if it fails
 * as well, the next write finds the leftovers and deletes them first.
 */
import { excelNameKey, marksIn } from './sheetMarks';
import { timedSync } from './timedSync';
import type { SheetShape, WorkbookShape } from './workbookShape';
import { queueShape } from './workbookShape';
import { TEMP_SHEET_PATTERN, type WritePlan } from './writePlan';

export type FixAction =
  | { kind: 'deleteName'; name: string }
  | { kind: 'deleteSheet'; id: string }
  | { kind: 'rename'; id: string; name: string }
  | { kind: 'show'; id: string }
  | { kind: 'addMark'; mark: string; sheetId: string };

/** The order in which the fixes must run: names freed before sheets take them. */
const ORDER: FixAction['kind'][] = ['deleteName', 'deleteSheet', 'rename', 'show', 'addMark'];

/**
 * @param newIds ids of the new sheets when known (loaded by the first data request), by swap.
 */
export function planRecovery(plan: WritePlan, newIds: readonly (string | undefined)[], now: WorkbookShape): FixAction[] {
  const byId = new Map(now.sheets.map((s) => [s.id, s] as const));
  const byName = new Map(now.sheets.map((s) => [excelNameKey(s.name), s] as const));
  const marks = marksIn(now.names);
  const actions: FixAction[] = [];
  const keep = new Set<string>();

  const forward = plan.swaps.some((s) => s.old !== null && !byId.has(s.old.id));

  const ensureMark = (mark: string, sheet: SheetShape): void => {
    const m = marks.get(excelNameKey(mark));
    if (m && m.sheet !== null && excelNameKey(m.sheet) === excelNameKey(sheet.name)) return;
    if (m) actions.push({ kind: 'deleteName', name: m.name });
    actions.push({ kind: 'addMark', mark, sheetId: sheet.id });
  };

  plan.swaps.forEach((swap, k) => {
    const id = newIds[k];
    const fresh = (id !== undefined ? byId.get(id) : undefined) ?? byName.get(excelNameKey(swap.tempName)) ?? null;
    const old = swap.old ? byId.get(swap.old.id) ?? null : null;
    if (forward) {
      if (old) actions.push({ kind: 'deleteSheet', id: old.id });
      if (!fresh) return;
      keep.add(fresh.id);
      if (fresh.name !== swap.desc.name) actions.push({ kind: 'rename', id: fresh.id, name: swap.desc.name });
      if (!fresh.visible) actions.push({ kind: 'show', id: fresh.id });
      ensureMark(swap.mark, fresh);
    } else {
      if (fresh) actions.push({ kind: 'deleteSheet', id: fresh.id });
      if (old) {
        keep.add(old.id);
        if (old.name !== swap.old!.name) actions.push({ kind: 'rename', id: old.id, name: swap.old!.name });
        ensureMark(swap.mark, old);
      } else {
        const m = marks.get(excelNameKey(swap.mark));
        if (m && m.sheet === null) actions.push({ kind: 'deleteName', name: m.name });
        else if (m && fresh && m.sheet !== null && excelNameKey(m.sheet) === excelNameKey(fresh.name)) actions.push({ kind: 'deleteName', name: m.name });
      }
    }
  });

  const deleted = new Set(actions.flatMap((a) => (a.kind === 'deleteSheet' ? [a.id] : [])));
  for (const s of now.sheets) {
    if (TEMP_SHEET_PATTERN.test(s.name) && !keep.has(s.id) && !deleted.has(s.id)) actions.push({ kind: 'deleteSheet', id: s.id });
  }
  return actions.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

function queueFix(context: Excel.RequestContext, actions: readonly FixAction[]): void {
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  for (const a of actions) {
    switch (a.kind) {
      case 'deleteName':
        names.getItem(a.name).delete();
        break;
      case 'deleteSheet':
        sheets.getItem(a.id).delete();
        break;
      case 'rename':
        sheets.getItem(a.id).name = a.name;
        break;
      case 'show':
        sheets.getItem(a.id).visibility = 'Visible';
        break;
      case 'addMark':
        names.add(a.mark, sheets.getItem(a.sheetId).getRange('A1'));
        break;
    }
  }
}

/**
 * Looks and fixes in a fresh Excel.run (the failed one's context may hold a request that never
 * came back). Two round trips, one when there is nothing to fix. Resolves to the ids of the
 * sheets that were found temporary (for the event filter) and never rejects.
 */
export async function recoverWrite(plan: WritePlan, newIds: readonly (string | undefined)[], timeoutMs: number): Promise<string[]> {
  try {
    return await Excel.run(async (context) => {
      const shape = queueShape(context);
      await timedSync(context, timeoutMs);
      const now = shape();
      const actions = planRecovery(plan, newIds, now);
      if (actions.length > 0) {
        queueFix(context, actions);
        await timedSync(context, timeoutMs);
      }
      return now.sheets.filter((s) => TEMP_SHEET_PATTERN.test(s.name)).map((s) => s.id);
    });
  } catch {
    return [];
  }
}
