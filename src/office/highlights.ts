/**
 * Colouring problem cells on the input sheets (WorkbookPort.highlightCells / clearHighlights),
 * an explicit option the task pane offers, off by default. It changes fills only, never values.
 *
 * To take exactly our colouring away again, each coloured cell is recorded with the fill it had
 * before (colour and, from ExcelApi 1.9, pattern — "no fill" and a white fill read the same
 * colour) and the fill we gave it. The record lives in the document settings, so it survives
 * closing the task pane and is shared with co-authors, who see the same fills. A cell is given
 * back its old fill only if it still has ours: a cell the user re-coloured meanwhile is left alone.
 *
 * Round trips: highlight 3 (sheets; current fills; apply), clear 3 (sheets; current fills;
 * restore) — the sheets must be known first, since asking for a cell of a missing sheet fails
 * the whole request.
 */
import type { HighlightCell } from '../core/port';
import { hasDocumentSettings, loadSetting, saveSetting } from './documentSettings';
import { protectedCellsSkipped } from './notices';
import { excelNameKey, markedSheetNames } from './sheetMarks';
import { hostFeatures, type ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { queueShape, type WorkbookShape } from './workbookShape';

export const HIGHLIGHT_SETTING = 'CumThiDua.highlights';

/** Fills we use: Excel's light red for errors, light amber for warnings. Info is not coloured. */
export const HIGHLIGHT_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

export interface HighlightRecord {
  sheet: string;
  cell: string;
  /** The fill we applied. */
  applied: string;
  /** The fill before: colour, and pattern when the host tells it (null otherwise). */
  color: string;
  pattern: string | null;
}

/** Where the records are kept: the document settings, or memory when there is no document. */
export class HighlightStore {
  private memory: HighlightRecord[] = [];

  load(): HighlightRecord[] {
    if (!hasDocumentSettings()) return [...this.memory];
    const text = loadSetting(HIGHLIGHT_SETTING);
    if (text === null) return [];
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? (parsed as HighlightRecord[]) : [];
    } catch {
      return [];
    }
  }

  async save(records: HighlightRecord[]): Promise<void> {
    this.memory = [...records];
    await saveSetting(HIGHLIGHT_SETTING, records.length > 0 ? JSON.stringify(records) : null);
  }
}

function cellKey(sheet: string, cell: string): string {
  return excelNameKey(sheet) + '!' + cell.replace(/\$/g, '').toUpperCase();
}

function sameColour(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Sheets, by Excel key, that exist, are not ours and are not protected; plus the protected ones. */
function writableSheets(shape: WorkbookShape, protectedNames: Set<string>): { ok: Map<string, string>; locked: Map<string, string> } {
  const ours = new Set(markedSheetNames(shape.names, shape.sheets.map((s) => s.name)).map(excelNameKey));
  const ok = new Map<string, string>();
  const locked = new Map<string, string>();
  for (const s of shape.sheets) {
    const key = excelNameKey(s.name);
    if (ours.has(key)) continue;
    if (protectedNames.has(key)) locked.set(key, s.name);
    else ok.set(key, s.name);
  }
  return { ok, locked };
}

function restore(fill: Excel.RangeFill, r: HighlightRecord): void {
  if (r.pattern === 'None' || (r.pattern === null && sameColour(r.color, '#FFFFFF'))) fill.clear();
  else {
    fill.color = r.color;
    if (r.pattern !== null && r.pattern !== 'Solid') fill.pattern = r.pattern as Excel.FillPattern;
  }
}

async function surveyWithProtection(context: Excel.RequestContext, env: ShellEnv): Promise<{ shape: WorkbookShape; protectedNames: Set<string> }> {
  const shape = queueShape(context, ['protection/protected']);
  const sheets = context.workbook.worksheets;
  await timedSync(context, env.timeoutMs);
  const protectedNames = new Set(sheets.items.filter((s) => s.protection.protected).map((s) => excelNameKey(s.name)));
  return { shape: shape(), protectedNames };
}

export async function highlightProblemCells(cells: readonly HighlightCell[], store: HighlightStore, env: ShellEnv): Promise<void> {
  const features = hostFeatures();
  const previous = store.load();
  const prevByKey = new Map(previous.map((r) => [cellKey(r.sheet, r.cell), r] as const));

  const wanted = new Map<string, { sheet: string; cell: string; fill: string }>();
  for (const c of cells) {
    if (c.severity === 'info') continue;
    const key = cellKey(c.sheet, c.cell);
    const fill = HIGHLIGHT_FILL[c.severity];
    const had = wanted.get(key);
    if (had && had.fill === HIGHLIGHT_FILL.error) continue;
    wanted.set(key, { sheet: c.sheet, cell: c.cell.replace(/\$/g, '').toUpperCase(), fill });
  }

  await Excel.run(async (context) => {
    // 1. which sheets may be coloured
    const { shape, protectedNames } = await surveyWithProtection(context, env);
    const { ok, locked } = writableSheets(shape, protectedNames);
    // Cells of sheets protected since they were coloured stay on record until they can be restored.
    const kept = previous.filter((r) => !wanted.has(cellKey(r.sheet, r.cell)) && locked.has(excelNameKey(r.sheet)));
    const skipped = new Set<string>();
    const targets = [...wanted.entries()].filter(([, w]) => {
      const key = excelNameKey(w.sheet);
      if (locked.has(key)) skipped.add(locked.get(key) as string);
      return ok.has(key);
    });
    if (skipped.size > 0) env.notify(protectedCellsSkipped([...skipped]));
    const sheetOf = (name: string): Excel.Worksheet => context.workbook.worksheets.getItem(ok.get(excelNameKey(name)) as string);

    // 2. the fills they have now
    const fresh = targets
      .filter(([key]) => !prevByKey.has(key))
      .map(([key, w]) => {
        const fill = sheetOf(w.sheet).getRange(w.cell).format.fill;
        fill.load(features.fillPattern ? 'color,pattern' : 'color');
        return { key, w, fill };
      });
    const leaving = previous
      .filter((r) => !wanted.has(cellKey(r.sheet, r.cell)) && ok.has(excelNameKey(r.sheet)))
      .map((r) => {
        const fill = sheetOf(r.sheet).getRange(r.cell).format.fill;
        fill.load('color');
        return { r, fill };
      });
    await timedSync(context, env.timeoutMs);

    const records: HighlightRecord[] = targets.map(([key, w]) => {
      const before = prevByKey.get(key);
      if (before) return { ...before, applied: w.fill };
      const f = fresh.find((x) => x.key === key)!;
      return { sheet: w.sheet, cell: w.cell, applied: w.fill, color: f.fill.color, pattern: features.fillPattern ? f.fill.pattern : null };
    });
    // Saved before colouring, together with the cells about to be given back: whatever fails
    // next, clearHighlights still knows every cell that may carry our fill.
    await store.save([...records, ...kept, ...leaving.map((x) => x.r)]);

    // 3. colour and give back
    for (const { r, fill } of leaving) {
      if (sameColour(fill.color, r.applied)) restore(sheetOf(r.sheet).getRange(r.cell).format.fill, r);
    }
    for (const [, w] of targets) sheetOf(w.sheet).getRange(w.cell).format.fill.color = w.fill;
    await timedSync(context, env.timeoutMs);
    await store.save([...records, ...kept]);
  });
}

export async function clearProblemHighlights(store: HighlightStore, env: ShellEnv): Promise<void> {
  const records = store.load();
  if (records.length === 0) return;
  const kept: HighlightRecord[] = [];
  await Excel.run(async (context) => {
    const { shape, protectedNames } = await surveyWithProtection(context, env);
    const { ok, locked } = writableSheets(shape, protectedNames);
    kept.push(...records.filter((r) => locked.has(excelNameKey(r.sheet))));
    const present = records
      .filter((r) => ok.has(excelNameKey(r.sheet)))
      .map((r) => {
        const sheet = context.workbook.worksheets.getItem(ok.get(excelNameKey(r.sheet)) as string);
        const fill = sheet.getRange(r.cell).format.fill;
        fill.load('color');
        return { r, sheet, fill };
      });
    await timedSync(context, env.timeoutMs);
    const due = present.filter((x) => sameColour(x.fill.color, x.r.applied));
    for (const x of due) restore(x.sheet.getRange(x.r.cell).format.fill, x.r);
    if (due.length > 0) await timedSync(context, env.timeoutMs);
  });
  // Records of vanished sheets are dropped; those of protected sheets wait until they can be restored.
  await store.save(kept);
}
