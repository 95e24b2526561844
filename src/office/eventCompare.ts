/**
 * Did the values of these changed ranges really change (inputEvents.ts)? Loads them in one request
 * and compares them with the last read's grids; a sheet the last read did not see is looked up by
 * id, and counts unless it is one of the shell's own. Loaded on the first such event (a chunk of
 * its own).
 */
import { cellAt, type CellValue } from '../core/index';
import { cellsOf, parseAreas, rectAddress } from './cellAreas';
import type { ReadCache } from './readCache';
import { runBatch } from './runBatch';
import { isShellSheet } from './stagingNames';
import { timedSync } from './timedSync';

/** Above this many cells a changed range is taken as changed without loading it. */
const COMPARE_MAX_CELLS = 20_000;

export async function changedListeners(
  batch: readonly { event: Excel.WorksheetChangedEventArgs; listener: () => void }[],
  cache: ReadCache | null | undefined,
  names: ReadonlyMap<string, string>,
  ours: (sheetId: string) => void,
  timeoutMs: number,
): Promise<Set<() => void>> {
  const due = new Set<() => void>();
  // A sheet the last read did not see (new since): its name tells whether it is one of ours.
  const unknown = batch.filter(({ event }) => !cache?.grids.has(event.worksheetId) && !names.has(event.worksheetId));
  const wanted = batch.flatMap(({ event, listener }) => {
    const grid = cache?.grids.get(event.worksheetId);
    const areas = parseAreas(event.address ?? '');
    if (!grid || areas.length === 0 || areas.reduce((n, a) => n + cellsOf(a), 0) > COMPARE_MAX_CELLS) {
      if (!unknown.some((u) => u.event === event)) due.add(listener);
      return [];
    }
    return areas.map((rect) => ({ id: event.worksheetId, rect, grid, listener }));
  });
  if (wanted.length === 0 && unknown.length === 0) return due;
  await runBatch(async (context) => {
    const ranges = wanted.map((w) => {
      const r = context.workbook.worksheets.getItem(w.id).getRange(rectAddress(w.rect));
      r.load('values');
      return r;
    });
    const sheets = unknown.map((u) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(u.event.worksheetId);
      ws.load('name');
      return ws;
    });
    await timedSync(context, timeoutMs);
    unknown.forEach((u, i) => {
      const ws = sheets[i];
      if (!ws.isNullObject && isShellSheet(ws.name)) ours(u.event.worksheetId);
      else if (!ws.isNullObject) due.add(u.listener);
    });
    wanted.forEach((w, i) => {
      const now = ranges[i].values as CellValue[][];
      const same = now.every((line, r) => line.every((v, c) => blankEqual(v, cellAt(w.grid, w.rect.r0 + r, w.rect.c0 + c))));
      if (!same) due.add(w.listener);
    });
  }, timeoutMs);
  return due;
}

/** Equal as Excel shows them: blank is blank whether '' or null. */
function blankEqual(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue): boolean => v === null || v === undefined || v === '';
  return blank(a) ? blank(b) : a === b;
}
