/**
 * The HTML templates of the task pane and of the function file: Office.js from Microsoft's CDN
 * (never bundled; a blocking tag only in the function file), a Content-Security-Policy that allows only our origin and that CDN, and
 * a Vietnamese page (lang, title, noscript).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';

const pages: Array<[name: string, file: string]> = [
  ['taskpane.html', path.join(ROOT, 'src', 'taskpane', 'taskpane.html')],
  ['commands.html', path.join(ROOT, 'src', 'commands', 'commands.html')],
];
const read = (file: string): string => fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');

/** The CSP meta's directives: name → sources. */
function csp(html: string): Map<string, string[]> {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  if (!meta) throw new Error('no Content-Security-Policy meta');
  const directives = new Map<string, string[]>();
  for (const part of meta[1].split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    directives.set(name, sources);
  }
  return directives;
}

/** Lower-case Vietnamese letters that English does not have (with diacritics, and đ). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('Office.js: from Microsoft’s CDN, never bundled', () => {
  it('commands.html: in <head>, before any of our scripts', () => {
    const html = read(pages[1][1]);
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    // The template has exactly this script; webpack injects ours after it (defer).
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain(`src="${OFFICE_JS}"`);
    expect(head).toContain(scripts[0]);
  });

  // Issue 13: a blocking tag left the page blank while a CDN that never answers kept it waiting.
  it('taskpane.html: no blocking tag; the start-up script asks for it (src/entry/loadOfficeJs.ts), and the page says "Đang tải…" meanwhile', () => {
    const html = read(pages[0][1]);
    expect([...html.matchAll(/<script\b[^>]*>/g)]).toEqual([]);
    expect(html).toContain('Đang tải…');
    const loader = fs.readFileSync(path.join(ROOT, 'src', 'entry', 'loadOfficeJs.ts'), 'utf8');
    expect(loader).toContain(`'${OFFICE_JS}'`);
  });

  it('package.json has no npm copy of Office.js', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(names.filter((n) => n === 'office-js' || n === '@microsoft/office-js')).toEqual([]);
  });
});

describe('Content-Security-Policy: our origin and the Office.js CDN only, no eval', () => {
  it.each(pages)('%s', (_name, file) => {
    const policy = csp(read(file));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", CDN_ORIGIN]);
    // Griffel (Fluent UI) and Office.js insert <style> elements at run time; a static page cannot give them a nonce.
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const allowed = new Set(["'self'", CDN_ORIGIN, "'none'", "'unsafe-inline'", 'data:']);
    for (const [directive, sources] of policy) {
      for (const source of sources) expect({ directive, source, allowed: allowed.has(source) }).toEqual({ directive, source, allowed: true });
      if (directive !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
    }
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('both pages use the same policy', () => {
    expect([...csp(read(pages[0][1]))]).toEqual([...csp(read(pages[1][1]))]);
  });
});

describe('The task pane page is Vietnamese: lang, title, a root element and a noscript text', () => {
  const html = read(pages[0][1]);

  it('html lang="vi" and a Vietnamese title', () => {
    expect(html).toMatch(/<html lang="vi">/);
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1] ?? '';
    expect(title).toBe('Cụm thi đua – chấm điểm, xếp hạng');
  });

  it('one root element for React (id="container"), saying "Đang tải…" until React replaces it, and a Vietnamese noscript message', () => {
    expect(html.match(/<div id="container">/g)).toHaveLength(1);
    expect(html.match(/<div id="container">([\s\S]*?)<\/div>/)?.[1]).toContain('Đang tải…');
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    expect(noscript).toMatch(VIETNAMESE);
    expect(noscript).toContain('JavaScript');
  });

  it('commands.html is Vietnamese too', () => {
    expect(read(pages[1][1])).toMatch(/<html lang="vi">/);
  });
});
