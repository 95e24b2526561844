/**
 * The names of the shell's own hidden sheets. Every one starts with "~ctd-", which no input sheet
 * of the format does, so a read leaves them all out:
 *   ~ctd-state                   what the panes share (workbookState.ts);
 *   ~ctd-<run>-<k>[-ok|-done]    the staging copy of output sheet k of one write (writeOutputs.ts),
 *                                "-ok" once complete, "-done" once copied over; <run> is unique per write and starts with
 *                                the time it began, so a copy left by a pane that closed mid-write
 *                                can be told from one still being written by a co-author;
 *   ~ctd-tmp-N, ~ctd-old-N       left by the shell before issue 12.
 */
export const SHELL_SHEET_PATTERN = /^~ctd-/;

const STAGING = /^~ctd-([0-9a-z]{8,12})([0-9a-z]{4})-(\d+)(-ok|-done)?$/;
const OLD_TEMP = /^~ctd-(tmp|old)-\d+$/;

/** A staging copy left by another write is abandoned after this long (no write takes minutes). */
export const STALE_STAGING_MS = 30 * 60_000;

export function isShellSheet(name: string): boolean {
  return SHELL_SHEET_PATTERN.test(name);
}

/** A new run id: the time in base 36 and four random characters. */
export function newRunId(now: number = Date.now()): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return now.toString(36) + random;
}

export function stagingName(run: string, k: number, state: '' | 'ok' | 'done' = ''): string {
  return '~ctd-' + run + '-' + String(k) + (state === '' ? '' : '-' + state);
}

export interface StagingInfo {
  run: string;
  k: number;
  /** Complete ("-ok") or already copied over ("-done"). */
  ok: boolean;
  done: boolean;
  /** When the run began (ms), from its id. */
  started: number;
}

export function stagingInfo(name: string): StagingInfo | null {
  const m = STAGING.exec(name);
  if (!m) return null;
  return { run: m[1] + m[2], k: Number(m[3]), ok: m[4] !== undefined, done: m[4] === '-done', started: parseInt(m[1], 36) };
}

/** Sheets another write left behind long ago (or the shell before issue 12 did): safe to delete. */
export function isAbandoned(name: string, now: number = Date.now()): boolean {
  if (OLD_TEMP.test(name)) return true;
  const info = stagingInfo(name);
  return info !== null && now - info.started > STALE_STAGING_MS;
}
