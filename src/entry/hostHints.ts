/**
 * Does Office itself say that it opened this page, before Office.js has answered? Office opens an
 * add-in's page with the host in the address (`?_host_Info=Excel$Win32$16.01$vi-VN$…`, or in the
 * fragment on some hosts), and Office.js keeps it in the page's session storage (`hostInfoValue`)
 * when the page navigates. Neither is an API: they only decide what to show while Office.js starts
 * — a spinner instead of the file mode. The add-in still starts only when Office.onReady names a
 * host (officeProbe.ts).
 */

export interface PageLike {
  location?: { search?: string; hash?: string };
  sessionStorage?: { getItem(key: string): string | null };
}

const HOST_INFO = /(?:^|[?&#])_host_Info=([^&#]*)/i;

/** The host Office named ("Excel"), or null when the page shows no sign of being opened by Office. */
export function officeHostHint(page: PageLike | undefined): string | null {
  if (!page) return null;
  for (const part of [page.location?.search ?? '', page.location?.hash ?? '']) {
    const m = HOST_INFO.exec(part);
    if (m) return hostOf(decodeURIComponent(m[1]));
  }
  try {
    const stored = page.sessionStorage?.getItem('hostInfoValue');
    if (stored) return hostOf(stored);
  } catch {
    // Storage refused (privacy settings): no hint.
  }
  return null;
}

/** "Excel$Win32$16.01$vi-VN$$$$0" → "Excel"; anything else non-empty → that text. */
function hostOf(info: string): string | null {
  const host = info.split(/[$|]/)[0].trim();
  return host === '' ? null : host;
}
