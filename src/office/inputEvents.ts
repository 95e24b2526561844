/**
 * "A value in the workbook changed" for the task pane, without the noise of our own writes and of
 * format changes.
 *
 * The events come from `worksheets.onChanged` (ExcelApi 1.9; below it, each existing sheet's own
 * onChanged, ExcelApi 1.7, so sheets added later are not watched there). Excel raises onChanged
 * for format changes too (colouring a cell, ours or a user's), so an event counts only when:
 * - it is not on one of our sheets (output, staging and state sheets, remembered by id — ids are
 *   never reused) and Excel does not say this add-in made it (triggerSource, ExcelApi 1.14);
 * - it is not covered by cells we were formatting ourselves at the time (highlights.ts);
 * - a value really changed: for one cell the event says so itself (details.valueBefore /
 *   valueAfter, ExcelApi 1.9); rows or columns inserted or deleted always count; for a larger
 *   range the values there are loaded (one small request for all such events of a moment) and
 *   compared with what the last read saw. Without a last read of that sheet, it counts.
 * Events arriving during a write are held and judged when it ends.
 */
import { contains, parseAreas, type Rect } from './cellAreas';
import { excelApi } from './host';
import type { ReadCache } from './readCache';
import { runBatch } from './runBatch';
import { excelNameKey, markedSheetNames } from './sheetMarks';
import { isShellSheet } from './stagingNames';
import { timedSync } from './timedSync';
import { queueShape, type WorkbookShape } from './workbookShape';

type Verdict = 'counts' | 'ignore' | 'compare';

export class InputEventGate {
  private readonly ours = new Set<string>();
  private readonly names = new Map<string, string>();
  private writes = 0;
  private held: { event: Excel.WorksheetChangedEventArgs; listener: () => void }[] = [];
  private readonly listeners = new Set<() => void>();
  /** Cells we format during the current write, by sheet key. */
  private formatted = new Map<string, Rect[]>();
  private toCompare: { event: Excel.WorksheetChangedEventArgs; listener: () => void }[] = [];
  private comparing: Promise<void> | null = null;
  /** The last read's grids (set by the port). */
  cache: () => ReadCache | null | undefined = () => null;
  timeoutMs = 30_000;

  /** Remembers the output and shell sheets of this shape as ours, and every sheet's name. */
  learn(shape: WorkbookShape): void {
    const marked = new Set(markedSheetNames(shape.names, shape.sheets.map((s) => s.name)));
    for (const s of shape.sheets) {
      this.names.set(s.id, s.name);
      if (marked.has(s.name) || isShellSheet(s.name)) this.ours.add(s.id);
    }
  }

  addOurs(ids: readonly (string | undefined)[]): void {
    for (const id of ids) if (id) this.ours.add(id);
  }

  isOurs(sheetId: string): boolean {
    return this.ours.has(sheetId);
  }

  /** Cells this write formats (their change events are ours). */
  formatting(sheet: string, rects: readonly Rect[]): void {
    const key = excelNameKey(sheet);
    this.formatted.set(key, [...(this.formatted.get(key) ?? []), ...rects]);
  }

  /** Holds events until the matching `endWrite`. */
  beginWrite(): void {
    this.writes++;
  }

  endWrite(): void {
    this.writes = Math.max(0, this.writes - 1);
    if (this.writes > 0) return;
    const held = this.held;
    this.held = [];
    for (const h of held) this.judge(h.event, h.listener);
    this.formatted = new Map();
  }

  private verdict(e: Excel.WorksheetChangedEventArgs): Verdict {
    if (this.ours.has(e.worksheetId)) return 'ignore';
    if ((e as { triggerSource?: string }).triggerSource === 'ThisLocalAddin') return 'ignore';
    const areas = parseAreas(e.address ?? '');
    const name = this.names.get(e.worksheetId);
    const mine = name ? this.formatted.get(excelNameKey(name)) ?? [] : [];
    if (areas.length > 0 && areas.every((a) => mine.some((m) => contains(m, a)))) return 'ignore';
    const type = (e as { changeType?: string }).changeType;
    if (type !== undefined && type !== 'RangeEdited' && type !== 'Unknown') return 'counts';
    let details: { valueBefore?: unknown; valueAfter?: unknown; valueTypeBefore?: unknown; valueTypeAfter?: unknown } | undefined;
    try {
      details = (e as { details?: typeof details }).details;
    } catch {
      details = undefined; // "cannot be retrieved" for several cells
    }
    if (details && 'valueAfter' in details) {
      return details.valueBefore === details.valueAfter && details.valueTypeBefore === details.valueTypeAfter ? 'ignore' : 'counts';
    }
    return 'compare';
  }

  private judge(event: Excel.WorksheetChangedEventArgs, listener: () => void): void {
    const v = this.verdict(event);
    if (v === 'counts') this.notify(listener);
    else if (v === 'compare') {
      this.toCompare.push({ event, listener });
      this.comparing ??= Promise.resolve().then(() => this.compare());
    }
  }

  /** Loads the values of the changed ranges at once and calls back when any differs from the last read (eventCompare.ts). */
  private async compare(): Promise<void> {
    const batch = this.toCompare;
    this.toCompare = [];
    let due: Set<() => void>;
    try {
      const { changedListeners } = await import(/* webpackChunkName: "office-extras" */ './eventCompare');
      due = await changedListeners(batch, this.cache(), this.names, (id) => this.ours.add(id), this.timeoutMs);
    } catch {
      due = new Set(batch.map((b) => b.listener));
    } finally {
      this.comparing = null;
      if (this.toCompare.length > 0) this.comparing = Promise.resolve().then(() => this.compare());
    }
    for (const listener of due) this.notify(listener);
  }

  /** What the Excel handler registered for `listener` calls. */
  handle(event: Excel.WorksheetChangedEventArgs, listener: () => void): void {
    if (this.writes > 0) this.held.push({ event, listener });
    else this.judge(event, listener);
  }

  private notify(listener: () => void): void {
    if (!this.listeners.has(listener)) return;
    try {
      listener();
    } catch {
      // A listener's failure is the task pane's business, not a reason to stop listening.
    }
  }

  /** Registers the Excel handlers (one round trip) and resolves to an unsubscribe. */
  async subscribe(callback: () => void, timeoutMs: number): Promise<() => void> {
    // A wrapper per subscription, so that subscribing the same function twice works as twice.
    const listener = (): void => callback();
    this.listeners.add(listener);
    const handler = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => this.handle(e, listener);
    let registrations: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
    try {
      registrations = await runBatch(async (context) => {
        const shape = queueShape(context);
        const regs: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
        if (excelApi('1.9')) {
          regs.push(context.workbook.worksheets.onChanged.add(handler));
          await timedSync(context, timeoutMs);
          this.learn(shape());
        } else {
          await timedSync(context, timeoutMs);
          const now = shape();
          this.learn(now);
          for (const s of now.sheets) regs.push(context.workbook.worksheets.getItem(s.id).onChanged.add(handler));
          await timedSync(context, timeoutMs);
        }
        return regs;
      }, timeoutMs);
    } catch (error) {
      this.listeners.delete(listener);
      throw error;
    }
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.listeners.delete(listener);
      const first = registrations[0];
      if (!first) return;
      Excel.run(first.context, async (context) => {
        for (const r of registrations) r.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }
}
