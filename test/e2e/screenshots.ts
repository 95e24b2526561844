/**
 * Pictures of the pane: each view at 320 px (the narrowest task pane Excel shows) and 1280 px
 * wide, whole page, into test-output/screenshots/. When CTD_DOC_IMAGES=1 (scripts/screenshots.js)
 * the 320 px pictures named for the README are copied to docs/images/pane-<name>.png as well.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { DOC_IMAGES, SCREENSHOTS } from './paths';

export const WIDTHS = [320, 1280] as const;
const HEIGHT: Record<(typeof WIDTHS)[number], number> = { 320: 640, 1280: 800 };

/** Waits until the browser has laid out and painted the current state. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * Saves `<name>-320.png` and `<name>-1280.png`, then puts the page back at 320 px. `docName`:
 * the README picture this view is (docs/images/pane-<docName>.png).
 */
export async function shootView(page: Page, name: string, docName?: string): Promise<string[]> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const files: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT[width] });
    await settled(page);
    const file = path.join(SCREENSHOTS, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
    files.push(file);
    if (width === 320 && docName && process.env.CTD_DOC_IMAGES === '1') {
      fs.mkdirSync(DOC_IMAGES, { recursive: true });
      fs.copyFileSync(file, path.join(DOC_IMAGES, `pane-${docName}.png`));
    }
  }
  await page.setViewportSize({ width: 320, height: HEIGHT[320] });
  await settled(page);
  return files;
}

/** Width of the page's content beyond the viewport (0 when nothing sticks out sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
