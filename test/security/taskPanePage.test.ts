/**
 * The task pane page (issue 6, part 6): its Content-Security-Policy lets scripts and connections
 * come only from our own origin and Office.js's CDN, never allows eval, and the only script it
 * loads from elsewhere is Office.js. The built page and its initial bundles are checked too when
 * `npm run build` has made them (dist/ is not in git); otherwise those tests say so and pass.
 */
import { OFFICE_JS_URL } from '../../src/entry/loadOfficeJs';
import * as fs from 'fs';
import * as path from 'path';
import { scanSource } from './scan';

const ROOT = path.resolve(__dirname, '..', '..');
const CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${CDN}/lib/1/hosted/office.js`;

const TEMPLATE = path.join(ROOT, 'src', 'taskpane', 'taskpane.html');
const DIST = path.join(ROOT, 'dist');
const BUILT = path.join(DIST, 'taskpane.html');

/** The policy of the page's CSP meta element: directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const noComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(noComments);
  if (!meta) throw new Error('the page has no Content-Security-Policy');
  const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  const text = content ? (content[1] ?? content[2]) : '';
  const policy = new Map<string, string[]>();
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The src of every <script> element (quoted or not, as a minifier leaves it). */
function scriptSources(html: string): string[] {
  const noComments = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...noComments.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Sources a directive may list: our origin, the Office.js CDN, and nothing that runs text. */
const ALLOWED_SOURCES = new Set(["'self'", CDN, "'none'"]);

function expectTightPolicy(html: string): void {
  const policy = policyOf(html);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'", CDN]);
  expect(policy.get('connect-src')).toEqual(["'self'", CDN]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  for (const [directive, sources] of policy) {
    for (const s of sources) {
      // data: only for images and fonts; inline styles only where Fluent UI needs them.
      const allowed =
        ALLOWED_SOURCES.has(s) ||
        (s === 'data:' && (directive === 'img-src' || directive === 'font-src')) ||
        (s === "'unsafe-inline'" && directive === 'style-src');
      expect({ directive, source: s, allowed }).toEqual({ directive, source: s, allowed: true });
    }
  }
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
}

describe('Content-Security-Policy of the task pane: own origin and the Office.js CDN only', () => {
  it('in the page template (src/taskpane/taskpane.html)', () => {
    expectTightPolicy(fs.readFileSync(TEMPLATE, 'utf8'));
  });

  it('rejects a looser policy (the check can fail)', () => {
    const loose = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${CDN} 'unsafe-eval'; connect-src *">`;
    expect(() => expectTightPolicy(loose)).toThrow();
  });

  it('loads no script tag from elsewhere: Office.js is added by the start-up, from the CDN the policy allows (issue 13)', () => {
    const foreign = scriptSources(fs.readFileSync(TEMPLATE, 'utf8')).filter((s) => /^(https?:)?\/\//i.test(s));
    expect(foreign).toEqual([]);
    expect(OFFICE_JS_URL).toBe(OFFICE_JS);
  });
});

const built = fs.existsSync(BUILT);

describe('the built add-in (dist/, from npm run build)', () => {
  if (!built) {
    it('is not built here: run `npm run build` to check the built page and bundles as well', () => {
      expect(fs.existsSync(BUILT)).toBe(false);
    });
    return;
  }

  const html = fs.readFileSync(BUILT, 'utf8');
  const initial = scriptSources(html).filter((s) => !/^(https?:)?\/\//i.test(s));

  it('keeps the same policy and has no script tag from elsewhere (Office.js comes through the start-up)', () => {
    expectTightPolicy(html);
    expect(scriptSources(html).filter((s) => /^(https?:)?\/\//i.test(s))).toEqual([]);
    expect(initial.length).toBeGreaterThan(0);
  });

  it('has no eval or new Function in the initial scripts (webpack’s unreachable globalThis fallback aside)', () => {
    const findings = initial.flatMap((src) => {
      const file = path.join(DIST, src.split('?')[0]);
      const text = fs.readFileSync(file, 'utf8');
      return scanSource(text, src)
        .filter((f) => f.kind === 'eval')
        .map((f) => ({ ...f, excerpt: text.slice(Math.max(0, f.pos - 60), f.pos + 40) }));
    });
    // webpack's runtime computes the global object as `globalThis` and, only where globalThis does
    // not exist (no browser Office supports lacks it), `new Function("return this")()`, inside a
    // try/catch. Under our CSP that line would throw and be caught; it never runs. Anything else is
    // refused. (webpack's `output.environment.globalThis` removes even this fallback.)
    const webpackGlobal = /typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)\}catch/;
    const unexplained = findings.filter((f) => !(f.what === 'new Function(…)' && webpackGlobal.test(f.excerpt)));
    expect(unexplained.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });
});
