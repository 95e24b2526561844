/**
 * "A value in the workbook changed" for the task pane, without the noise of our own writes.
 *
 * The events come from `worksheets.onChanged` (ExcelApi 1.9; below it, each existing sheet's
 * own onChanged, ExcelApi 1.7, so sheets added later are not watched there). A change counts
 * unless it happened on one of our sheets — output sheets and the temporary sheets of a write,
 * remembered by id (ids are never reused) — or Excel says this add-in made it (triggerSource,
 * ExcelApi 1.14). While a write runs, the ids of its new sheets are not known yet, so events
 * are held and judged when the write ends. Format-only changes (highlighting) raise no
 * onChanged event at all.
 */
import { excelApi } from './host';
import { markedSheetNames } from './sheetMarks';
import { timedSync } from './timedSync';
import { queueShape, type WorkbookShape } from './workbookShape';
import { TEMP_SHEET_PATTERN } from './writePlan';

export class InputEventGate {
  private readonly ours = new Set<string>();
  private writes = 0;
  private held: { event: Excel.WorksheetChangedEventArgs; listener: () => void }[] = [];
  private readonly listeners = new Set<() => void>();

  /** Remembers the output and temporary sheets of this shape as ours. */
  learn(shape: WorkbookShape): void {
    const marked = new Set(markedSheetNames(shape.names, shape.sheets.map((s) => s.name)));
    for (const s of shape.sheets) if (marked.has(s.name) || TEMP_SHEET_PATTERN.test(s.name)) this.ours.add(s.id);
  }

  addOurs(ids: readonly (string | undefined)[]): void {
    for (const id of ids) if (id) this.ours.add(id);
  }

  isOurs(sheetId: string): boolean {
    return this.ours.has(sheetId);
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
    const due = new Set(held.filter((h) => this.counts(h.event)).map((h) => h.listener));
    for (const listener of due) this.notify(listener);
  }

  private counts(e: Excel.WorksheetChangedEventArgs): boolean {
    if (this.ours.has(e.worksheetId)) return false;
    return (e as { triggerSource?: string }).triggerSource !== 'ThisLocalAddin';
  }

  /** What the Excel handler registered for `listener` calls. */
  handle(event: Excel.WorksheetChangedEventArgs, listener: () => void): void {
    if (this.writes > 0) this.held.push({ event, listener });
    else if (this.counts(event)) this.notify(listener);
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
      registrations = await Excel.run(async (context) => {
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
      });
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
