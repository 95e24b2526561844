/**
 * Every Excel.run of the shell goes through here, so that a user typing in a cell does not make
 * it fail. From ExcelApi 1.11 the batch asks Excel to wait until the user leaves the cell
 * (`Excel.RunOptions.delayForCellEdit`); below it, a batch refused with
 * InvalidOperationInCellEditMode before any of its requests was applied is tried again after a
 * growing pause, until the sync timeout has passed. A batch that had already applied a request is
 * never repeated: its error goes to the caller.
 */
import { excelApi } from './host';
import { officeErrorCode } from './officeErrors';
import type { PortError } from '../core/index';

const CELL_EDIT = 'InvalidOperationInCellEditMode';

/** Contexts whose batch has had a request applied (set by timedSync). */
const applied = new WeakSet<object>();

export function markApplied(context: object): void {
  applied.add(context);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function isCellEdit(error: unknown): boolean {
  return officeErrorCode(error) === CELL_EDIT || (error as PortError | null)?.code === CELL_EDIT;
}

export async function runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>, timeoutMs: number): Promise<T> {
  const delay = excelApi('1.11');
  const started = Date.now();
  for (let pause = 250; ; pause = Math.min(pause * 2, 4000)) {
    let context: Excel.RequestContext | null = null;
    try {
      const run = async (ctx: Excel.RequestContext): Promise<T> => {
        context = ctx;
        return batch(ctx);
      };
      return delay ? await Excel.run({ delayForCellEdit: true }, run) : await Excel.run(run);
    } catch (error) {
      const untouched = context === null || !applied.has(context);
      if (!isCellEdit(error) || !untouched || Date.now() - started + pause > timeoutMs) throw error;
      await sleep(pause);
    }
  }
}
