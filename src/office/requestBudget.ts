/**
 * Keeping each request under Excel on the web's 5 MB cap (Microsoft's resource limits for
 * Office add-ins): the queued actions of one `context.sync()` are estimated by the JSON size of
 * what they carry plus a fixed allowance for the action envelope, and packed into as few
 * requests as fit a budget (4 MB by default, leaving room for what the estimate misses). Values
 * blocks too large for one request are split by rows. Pure: the steps only hold callbacks.
 */

/** Default budget per request: under the 5 MB cap with 1 MB of slack. */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4_000_000;

/** Allowance per queued action for its object path, ids and envelope (generous). */
export const ACTION_OVERHEAD_BYTES = 200;

/** UTF-8 size of a string (what goes over the wire), without TextEncoder. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of one action carrying `payload`. */
export function actionBytes(payload: unknown = null): number {
  return ACTION_OVERHEAD_BYTES + (payload === null || payload === undefined ? 0 : utf8Length(JSON.stringify(payload)));
}

/** One queued action (or a few that belong together) with its estimated size. */
export interface Step {
  bytes: number;
  queue(): void;
}

/** Rows of a values block, written as consecutive slices. */
export interface RowsStep {
  /** Estimated bytes of each row's JSON. */
  rowBytes: readonly number[];
  /** Queues rows [first, first + count) as one action. */
  queueRows(first: number, count: number): void;
}

/**
 * Packs steps into requests. Every request starts with `prelude` (steps repeated in each,
 * e.g. suspending calculation until the next sync).
 */
export class RequestPlanner {
  private readonly requests: Step[][] = [];
  private current: Step[] = [];
  private used = 0;

  constructor(
    private readonly budget: number,
    private readonly prelude: readonly Step[] = [],
  ) {
    this.open();
  }

  private preludeBytes(): number {
    return this.prelude.reduce((s, p) => s + p.bytes, 0);
  }

  private open(): void {
    this.current = [...this.prelude];
    this.used = this.preludeBytes();
    this.requests.push(this.current);
  }

  private hasWork(): boolean {
    return this.current.length > this.prelude.length;
  }

  /** Adds a step, opening a new request when it would not fit in the current one. */
  add(step: Step): void {
    if (this.hasWork() && this.used + step.bytes > this.budget) this.open();
    this.current.push(step);
    this.used += step.bytes;
  }

  /** Adds a values block, split by rows across requests as needed. */
  addRows(rows: RowsStep): void {
    const n = rows.rowBytes.length;
    let first = 0;
    while (first < n) {
      let bytes = ACTION_OVERHEAD_BYTES;
      let count = 0;
      while (first + count < n) {
        const next = rows.rowBytes[first + count] + 1;
        if (count > 0 && this.used + bytes + next > this.budget) break;
        // A request that already holds work gets a fresh one when not even one row fits.
        if (count === 0 && this.hasWork() && this.used + bytes + next > this.budget) break;
        bytes += next;
        count++;
      }
      if (count === 0) {
        this.open();
        continue;
      }
      const start = first;
      const size = count;
      this.current.push({ bytes, queue: () => rows.queueRows(start, size) });
      this.used += bytes;
      first += count;
    }
  }

  /** The requests in order; each is a list of steps to queue before one sync. */
  plan(): Step[][] {
    return this.requests.filter((r, i) => i === 0 || r.length > this.prelude.length);
  }
}

/** Estimated bytes of each row of a values block. */
export function rowSizes(values: readonly (readonly unknown[])[]): number[] {
  return values.map((row) => utf8Length(JSON.stringify(row)));
}
