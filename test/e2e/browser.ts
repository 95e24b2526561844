/**
 * Debian's Chromium driven by playwright-core, as the browser tests use it: installed by the
 * test set-up when missing, launched with the flags below and a fresh profile each time, every
 * request of the page recorded, and any request that would leave 127.0.0.1 stopped.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { OFFICE_JS_URL } from './paths';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDebianPackages } = require('../setup/ensure-system-packages') as typeof import('../setup/ensure-system-packages');

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless, no sandbox (tests may run as root in a container), no GPU, and none of Chromium's
 * own traffic (updates, sync, first-run pages), so that every request seen is the page's.
 */
export const LAUNCH_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Installs Debian's chromium package when the program is missing (as root on Debian). */
export function ensureChromium(): void {
  const result = ensureDebianPackages([{ command: 'chromium', package: 'chromium' }]);
  if (result.missing.length > 0 || !fs.existsSync(CHROMIUM)) throw new Error(result.message || `${CHROMIUM} not found`);
}

/**
 * What happened to the page's requests: every URL asked for, and those for another host than
 * the test server. Requests stay in the page's memory for blob: and data: URLs, so those are
 * not requests to anyone and are left out.
 */
export interface NetworkLog {
  all: string[];
  nonLocal: string[];
}

/** 'stall': the request is never answered (a restricted network that swallows it). */
export type OfficeJsAnswer = 'abort' | 'empty' | 'stall' | { body: string };

export interface Browser {
  context: BrowserContext;
  page: Page;
  network: NetworkLog;
  /** Uncaught errors of the page's scripts. */
  pageErrors: string[];
  /** How the next Office.js request is answered (see LaunchOptions.officeJs); may be changed between pages. */
  officeJs: OfficeJsAnswer;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The test server's origin, "http://127.0.0.1:<port>": the only place requests may go. */
  origin: string;
  /** Browser language; the pane picks Vietnamese or English from it in the file mode. */
  locale?: string;
  viewport?: { width: number; height: number };
  /**
   * What to do with the Office.js request: 'abort' (the CDN is unreachable: the file mode) or
   * 'empty' (answer with an empty script, so that a fake host injected earlier stays in place).
   * Either way the request never leaves the machine.
   */
  officeJs: OfficeJsAnswer;
}

export async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  ensureChromium();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_FLAGS,
    locale: options.locale ?? 'vi-VN',
    viewport: options.viewport ?? { width: 320, height: 640 },
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const network: NetworkLog = { all: [], nonLocal: [] };
  const pageErrors: string[] = [];
  const isLocal = (url: string) => url === options.origin || url.startsWith(options.origin + '/');
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    network.all.push(url);
    if (!isLocal(url)) network.nonLocal.push(url);
  });
  // `browser` is assigned below, before the page can make its first request.
  // eslint-disable-next-line prefer-const
  let browser: Browser;
  await context.route('**/*', (route: Route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    const answer = browser.officeJs;
    if (url === OFFICE_JS_URL && answer === 'stall') return new Promise<void>(() => undefined);
    if (url === OFFICE_JS_URL && answer !== 'abort') {
      const body = answer === 'empty' ? '' : typeof answer === 'object' ? answer.body : '';
      return route.fulfill({ status: 200, contentType: 'text/javascript', body });
    }
    return route.abort('internetdisconnected');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  browser = {
    context,
    page,
    network,
    pageErrors,
    officeJs: options.officeJs,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
