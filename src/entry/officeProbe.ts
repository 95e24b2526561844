/**
 * Is the page running inside an Office host? Office.js answers through Office.onReady, but
 * outside Office it may be missing (the CDN is blocked or the machine is offline: the script
 * fails to load) or slow to answer. The page must not wait forever for it, so the question has a
 * deadline; if Office answers "Excel" after the deadline, `onLateHost` lets the page switch to
 * the add-in after all.
 */

export type HostProbe =
  | { kind: 'office' }
  | { kind: 'browser'; why: 'noOfficeJs' | 'noHost' | 'timeout' };

/**
 * Inside Excel, onReady answers well under a second once office.js is loaded; three seconds
 * leave room for a slow machine without keeping a browser user waiting long.
 */
export const OFFICE_READY_TIMEOUT_MS = 3000;

/** The part of the `Office` global used here. */
export interface OfficeLike {
  onReady?: (callback?: (info: { host: unknown }) => void) => Promise<{ host: unknown }> | void;
}

export function probeOffice(
  office: OfficeLike | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
  onLateHost?: () => void,
): Promise<HostProbe> {
  if (!office || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'browser', why: 'noOfficeJs' });
  let answered: Promise<{ host: unknown }>;
  try {
    // The promise form: Office.js returns one, and so does the fake host of the tests.
    const r = office.onReady();
    answered = r && typeof (r as Promise<unknown>).then === 'function' ? (r as Promise<{ host: unknown }>) : new Promise(() => undefined);
  } catch {
    return Promise.resolve({ kind: 'browser', why: 'noOfficeJs' });
  }
  return new Promise<HostProbe>((resolve) => {
    let decided = false;
    const timer = setTimeout(() => {
      decided = true;
      resolve({ kind: 'browser', why: 'timeout' });
    }, timeoutMs);
    answered.then(
      (info) => {
        const inOffice = Boolean(info && info.host);
        if (!decided) {
          decided = true;
          clearTimeout(timer);
          resolve(inOffice ? { kind: 'office' } : { kind: 'browser', why: 'noHost' });
        } else if (inOffice) {
          onLateHost?.();
        }
      },
      () => {
        if (decided) return;
        decided = true;
        clearTimeout(timer);
        resolve({ kind: 'browser', why: 'noOfficeJs' });
      },
    );
  });
}
