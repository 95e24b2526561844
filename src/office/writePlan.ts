/**
 * How a write of output sheets will swap them in, decided before anything is written (pure).
 *
 * Each new sheet is first written under a temporary, hidden name. Only when all of them are
 * written does one last request put them in place: the old sheet steps aside under another
 * temporary name, the new one takes the final name and the old one's tab position, the mark
 * moves to it, and only then is the old sheet deleted. So a write that fails before that last
 * request leaves the previous output sheets exactly as they were, and one that fails inside it
 * can be rolled back (or, once an old sheet is gone, finished) by recovery.ts.
 *
 * Which sheet is replaced: the one carrying the description's mark, whatever it is called now
 * (Excel moves a name with its sheet when the sheet is renamed). A sheet that has the final
 * name but is not being replaced in this write is never touched: the write is refused with a
 * message asking the user to rename it (docs/huong-dan-so-lieu.md, General rules).
 */
import { PortError } from '../core/port';
import type { SheetDescription } from '../core/sheet';
import { excelNameKey, isMarkName, marksIn } from './sheetMarks';
import type { SheetShape, WorkbookShape } from './workbookShape';

/** Names the shell gives its temporary sheets; any sheet so named and unmarked is a leftover. */
export const TEMP_SHEET_PATTERN = /^~ctd-(tmp|old)-\d+$/;

export interface SheetSwap {
  desc: SheetDescription;
  mark: string;
  /** Hidden name the new sheet is written under. */
  tempName: string;
  /** Name the old sheet takes while the new one takes its name. */
  awayName: string;
  /** The sheet carrying the mark now, if any. */
  old: SheetShape | null;
  /** The mark as the workbook spells it, when it exists (possibly pointing nowhere). */
  existingMark: string | null;
}

export interface WritePlan {
  swaps: SheetSwap[];
  /** Temporary sheets left by an earlier write that could not clean up; deleted first. */
  leftovers: SheetShape[];
  /** Tab moves of new sheets, to be made in this order, so each ends up where its old one was. */
  moves: { swap: number; position: number }[];
  /** Index into swaps of the sheet to activate at the end (the old one was active), or null. */
  activate: number | null;
}

function notOurs(name: string): PortError {
  return new PortError(
    'notOurs',
    'Sổ làm việc đã có trang tính “' + name + '” nhưng trang này không do phần bổ trợ tạo ra, nên không thể ghi đè. Hãy đổi tên (hoặc xóa) trang tính đó rồi chạy lại.',
    'The workbook already has a sheet named “' + name + '” that the add-in did not create, so it will not be overwritten. Rename (or delete) that sheet and run again.',
  );
}

function freshName(prefix: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = prefix + String(i);
    if (!taken.has(excelNameKey(name))) {
      taken.add(excelNameKey(name));
      return name;
    }
  }
}

/** Checks the descriptions the core handed over: each must be an output sheet with a mark. */
export function checkDescriptions(descs: readonly SheetDescription[]): void {
  const seen = new Set<string>();
  for (const d of descs) {
    if (d.mark === null || !isMarkName(d.mark)) throw new Error('output sheet "' + d.name + '" has no mark');
    const key = excelNameKey(d.name);
    if (seen.has(key)) throw new Error('output sheet "' + d.name + '" given twice');
    seen.add(key);
  }
}

export function planWrite(shape: WorkbookShape, descs: readonly SheetDescription[], activeId: string | null): WritePlan {
  checkDescriptions(descs);
  const marks = marksIn(shape.names);
  const byName = new Map(shape.sheets.map((s) => [excelNameKey(s.name), s] as const));

  const olds = descs.map((d) => {
    const m = marks.get(excelNameKey(d.mark as string));
    const sheet = m && m.sheet !== null ? byName.get(excelNameKey(m.sheet)) ?? null : null;
    return { existingMark: m ? m.name : null, old: sheet };
  });
  const replaced = new Set(olds.filter((o) => o.old).map((o) => (o.old as SheetShape).id));

  for (const d of descs) {
    const holder = byName.get(excelNameKey(d.name));
    if (holder && !replaced.has(holder.id)) throw notOurs(holder.name);
  }

  const markedIds = new Set<string>();
  for (const m of marks.values()) {
    const s = m.sheet !== null ? byName.get(excelNameKey(m.sheet)) : undefined;
    if (s) markedIds.add(s.id);
  }
  const leftovers = shape.sheets.filter((s) => TEMP_SHEET_PATTERN.test(s.name) && !markedIds.has(s.id));

  const taken = new Set(shape.sheets.map((s) => excelNameKey(s.name)));
  const swaps: SheetSwap[] = descs.map((d, k) => ({
    desc: d,
    mark: d.mark as string,
    tempName: freshName('~ctd-tmp-', taken),
    awayName: freshName('~ctd-old-', taken),
    old: olds[k].old,
    existingMark: olds[k].existingMark,
  }));

  // Tab order when the swap runs: leftovers gone, the new sheets appended in order. Each new
  // sheet moves to just after its old one; deleting the old ones then leaves it in their place.
  const leftoverIds = new Set(leftovers.map((s) => s.id));
  const order: string[] = shape.sheets.filter((s) => !leftoverIds.has(s.id)).map((s) => s.id);
  swaps.forEach((_, k) => order.push('new:' + String(k)));
  const withOld = swaps.map((s, k) => ({ s, k })).filter((x) => x.s.old !== null);
  withOld.sort((a, b) => order.indexOf((a.s.old as SheetShape).id) - order.indexOf((b.s.old as SheetShape).id));
  // Setting a sheet's position moves it to that index, shifting the others (as Excel does).
  const moves: WritePlan['moves'] = [];
  for (const { s, k } of withOld) {
    const me = 'new:' + String(k);
    order.splice(order.indexOf(me), 1);
    const position = order.indexOf((s.old as SheetShape).id) + 1;
    order.splice(position, 0, me);
    moves.push({ swap: k, position });
  }

  const activeSwap = activeId === null ? -1 : swaps.findIndex((s) => s.old?.id === activeId);
  return { swaps, leftovers, moves, activate: activeSwap >= 0 ? activeSwap : null };
}
