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

export interface HostHint {
  /** "Excel". */
  host: string;
  /** Office's display language when the hint carries it ("vi-VN"), else null. */
  locale: string | null;
}

/** What Office said about itself, or null when the page shows no sign of being opened by Office. */
export function officeHostInfo(page: PageLike | undefined): HostHint | null {
  if (!page) return null;
  for (const part of [page.location?.search ?? '', page.location?.hash ?? '']) {
    const m = HOST_INFO.exec(part);
    if (m) return parse(decodeURIComponent(m[1]));
  }
  try {
    const stored = page.sessionStorage?.getItem('hostInfoValue');
    if (stored) return parse(stored);
  } catch {
    // Storage refused (privacy settings): no hint.
  }
  return null;
}

/** The host Office named ("Excel"), or null. */
export function officeHostHint(page: PageLike | undefined): string | null {
  return officeHostInfo(page)?.host ?? null;
}

/** "Excel$Win32$16.01$vi-VN$$$$0" → Excel, vi-VN (fields separated by "$" or "|"). */
function parse(info: string): HostHint | null {
  const fields = info.split(/[$|]/).map((f) => f.trim());
  if (fields[0] === '') return null;
  const locale = fields[3] && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(fields[3]) ? fields[3] : null;
  return { host: fields[0], locale };
}
