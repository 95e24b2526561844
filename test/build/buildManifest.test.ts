/**
 * scripts/build-manifest.js: the deployed manifest takes its base URL from ADDIN_PUBLIC_URL.
 * webpack.config.js calls the same functions, so these tests cover what the build ships.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildManifest, DEV_BASE_URL, resolvePublicUrl, substituteBaseUrl } from '../../scripts/build-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('ADDIN_PUBLIC_URL: an https base URL, normalized to end with a slash', () => {
  it('unset or blank keeps the development base', () => {
    expect(DEV_BASE_URL).toBe('https://localhost:3000/');
    expect(resolvePublicUrl({})).toBe(DEV_BASE_URL);
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: '' })).toBe(DEV_BASE_URL);
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: '   ' })).toBe(DEV_BASE_URL);
  });

  it('adds the trailing slash and lower-cases the host', () => {
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: 'https://thidua.quangbinh.gov.vn/addin' })).toBe('https://thidua.quangbinh.gov.vn/addin/');
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: ' https://ThiDua.QuangTri.gov.vn ' })).toBe('https://thidua.quangtri.gov.vn/');
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: 'https://thidua.thanhhoa.gov.vn:8443/a/b/' })).toBe('https://thidua.thanhhoa.gov.vn:8443/a/b/');
  });

  it.each([
    ['http (Office loads add-ins over https only)', 'http://thidua.hue.gov.vn/', /https/],
    ['not a URL', 'thidua.hue.gov.vn', /không phải là một địa chỉ URL hợp lệ/],
    ['a query string', 'https://thidua.hue.gov.vn/?v=2', /truy vấn/],
    ['a fragment', 'https://thidua.hue.gov.vn/#a', /phân đoạn/],
    ['credentials', 'https://user:secret@thidua.hue.gov.vn/', /đăng nhập/],
  ])('refuses %s, in Vietnamese and English', (_what, value, message) => {
    expect(() => resolvePublicUrl({ ADDIN_PUBLIC_URL: value })).toThrow(message);
    expect(() => resolvePublicUrl({ ADDIN_PUBLIC_URL: value })).toThrow(/ADDIN_PUBLIC_URL (is|must)/);
  });
});

describe('Substitution: every URL of the manifest moves to the public base, nothing else changes', () => {
  const PUBLIC = 'https://thidua.nghean.gov.vn/cum-bac-trung-bo/';
  const built = buildManifest(source, { ADDIN_PUBLIC_URL: PUBLIC });

  it('all 10 URLs (counted by hand in manifest.xml) are replaced, none left on localhost', () => {
    expect(source.split(DEV_BASE_URL).length - 1).toBe(10);
    expect(built.split(PUBLIC).length - 1).toBe(10);
    expect(built).not.toMatch(/:\/\/localhost/);
  });

  it('every URL-valued attribute of the built manifest starts with the public base', () => {
    const values = [...built.matchAll(/\s(?!xmlns)[\w:]+="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(values).toHaveLength(10);
    for (const value of values) expect(value.startsWith(PUBLIC)).toBe(true);
  });

  it('the rest of the manifest is unchanged (replacing back gives the source)', () => {
    expect(built.split(PUBLIC).join(DEV_BASE_URL)).toBe(source);
  });

  it('without ADDIN_PUBLIC_URL the manifest is left as it is', () => {
    expect(buildManifest(source, {})).toBe(source);
    expect(buildManifest(Buffer.from(source, 'utf8'), {})).toBe(source);
  });

  it('escapes XML special characters of the public URL', () => {
    const xml = '<a DefaultValue="https://localhost:3000/taskpane.html"/>';
    expect(substituteBaseUrl(xml, 'https://thidua.hatinh.gov.vn/a&b/')).toBe('<a DefaultValue="https://thidua.hatinh.gov.vn/a&amp;b/taskpane.html"/>');
  });

  it('refuses a manifest that keeps a localhost URL written another way', () => {
    const xml = '<a DefaultValue="https://localhost:3000/taskpane.html"/><b DefaultValue="https://localhost:4000/x.png"/>';
    expect(() => substituteBaseUrl(xml, PUBLIC)).toThrow(/localhost:4000\/x\.png/);
  });
});

describe('Command line: node scripts/build-manifest.js prints or writes the deployed manifest', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-manifest.js')], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('prints the manifest with ADDIN_PUBLIC_URL', () => {
    const result = run({ ADDIN_PUBLIC_URL: 'https://thidua.quangtri.gov.vn/addin/' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(buildManifest(source, { ADDIN_PUBLIC_URL: 'https://thidua.quangtri.gov.vn/addin/' }));
  });

  it('fails with exit code 1 and a readable message for an http URL', () => {
    const result = run({ ADDIN_PUBLIC_URL: 'http://thidua.quangtri.gov.vn/' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ADDIN_PUBLIC_URL phải bắt đầu bằng https://');
  });
});
