/**
 * The rest of the values of sheets larger than the box the first read loads (readInput.ts, round
 * trip 3), in requests of about CHUNK_CELLS cells; when Excel on the web still refuses an answer
 * as over 5 MB, again in smaller chunks.
 */
import { PortError, type CellValue } from '../core/index';
import { rectAddress, type Rect } from './cellAreas';
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import type { SheetShape } from './workbookShape';

/** Cells per request when a sheet's values must be loaded in chunks (about 2.5 MB of JSON at most). */
const CHUNK_CELLS = 250_000;

export async function loadRest(context: Excel.RequestContext, wanted: { sheet: SheetShape; used: Rect }[], env: ShellEnv): Promise<Map<string, CellValue[][]>> {
  const out = new Map<string, CellValue[][]>();
  let chunk = CHUNK_CELLS;
  for (;;) {
    const pieces: { id: string; range: Excel.Range }[] = [];
    try {
      // Pieces of at most `chunk` cells, queued until a request holds about `chunk` cells.
      let cells = 0;
      for (const w of wanted) {
        const width = w.used.c1 - w.used.c0 + 1;
        const step = Math.max(1, Math.floor(chunk / width));
        for (let r = w.used.r0; r <= w.used.r1; r += step) {
          const last = Math.min(w.used.r1, r + step - 1);
          const range = context.workbook.worksheets.getItem(w.sheet.id).getRange(rectAddress({ r0: r, c0: w.used.c0, r1: last, c1: w.used.c1 }));
          range.load('values');
          pieces.push({ id: w.sheet.id, range });
          cells += (last - r + 1) * width;
          if (cells >= chunk) {
            await timedSync(context, env.timeoutMs);
            cells = 0;
          }
        }
      }
      if (cells > 0) await timedSync(context, env.timeoutMs);
      for (const p of pieces) out.set(p.id, [...(out.get(p.id) ?? []), ...(p.range.values as CellValue[][])]);
      return out;
    } catch (error) {
      if (!(error instanceof PortError && error.kind === 'tooLarge') || chunk <= 1000) throw error;
      chunk = Math.floor(chunk / 4);
      out.clear();
    }
  }
}

