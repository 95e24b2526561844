/**
 * Accessibility helpers of the browser tests: axe-core (pinned in package.json) run on the page as
 * it is, and what has the keyboard focus. axe's script is evaluated through the browser's
 * debugging protocol, so the page's Content-Security-Policy (no inline scripts) does not stop it.
 */
import * as fs from 'fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every violation axe finds on the page (WCAG 2.x A and AA rules and axe's best practices). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Only the serious and critical ones (the bar: none of them on any view). */
export const serious = (found: AxeFinding[]): AxeFinding[] => found.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export interface Focused {
  tag: string;
  /** Its accessible name as far as the page can tell (aria-label, else its text), cut to 60 characters. */
  name: string;
  /** Something shows where the focus is: an outline, or the field's own focus underline. */
  visible: boolean;
}

/** What has the keyboard focus now. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', name: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // Fluent's fields mark the focus on their wrapper (a bottom line), not on the input itself.
    const field = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
    // The name from the content, as a screen reader reads it: without what is hidden from it.
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
    const name = (el.getAttribute('aria-label') ?? copy.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return { tag: el.tagName, name, visible: outline || field || el.tabIndex === -1 };
  });
}
