/**
 * Office.js from Microsoft's CDN, asked for by the start-up script rather than by a blocking tag
 * of the page (issue 13): the page shows something at once whatever the CDN does. Office.onReady
 * answers whenever it is called, so a late script is no harm. Resolves to the `Office` global once the script
 * has run, or undefined when it cannot be loaded; never rejects. A global already there (a test's
 * fake host) is used as it is, without loading anything.
 */
import type { OfficeLike } from './officeProbe';

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let pending: Promise<OfficeLike | undefined> | null = null;

export function loadOfficeJs(current: () => OfficeLike | undefined, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): Promise<OfficeLike | undefined> {
  const there = current();
  if (there) return Promise.resolve(there);
  if (!doc) return Promise.resolve(undefined);
  pending ??= new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = OFFICE_JS_URL;
    script.async = true;
    script.onload = () => resolve(current());
    script.onerror = () => resolve(undefined);
    doc.head.appendChild(script);
  });
  return pending;
}
