/**
 * Every round trip to Excel goes through here: one `context.sync()` raced against a timer, so
 * that a lost request (a dropped connection in Excel on the web) ends in a message instead of a
 * task pane that waits forever. Errors come out as PortError.
 */
import { timeoutError, toPortError } from './officeErrors';
import { markApplied } from './runBatch';

export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

export async function timedSync(context: Excel.RequestContext, timeoutMs: number): Promise<void> {
  const pending = context.sync();
  // If the timer wins, the sync may still fail later; nobody listens to it any more.
  pending.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs);
  });
  try {
    await Promise.race([pending, timeout]);
    markApplied(context);
  } catch (error) {
    throw toPortError(error);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
