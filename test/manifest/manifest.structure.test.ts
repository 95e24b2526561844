/**
 * Structural rules of the add-in manifest that the XSD does not check (or checks only in part):
 * the host, permission and API requirement the add-in is built for, resource ids and references,
 * text lengths in every language, https URLs, and icons whose files exist with the right size.
 * Each rule runs on manifest.xml and on the manifest the build deploys (scripts/build-manifest.js
 * with a production ADDIN_PUBLIC_URL), since both are installed by someone.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildManifest, DEV_BASE_URL } from '../../scripts/build-manifest';
import { attributeValues, localized, only, residReferences, resources, tags, textOf, type ResourceKind } from './manifestXml';
import { pngSize } from './pngSize';
import { REQUIRED_EXCEL_API } from '../../src/office/host';

const ROOT = path.resolve(__dirname, '..', '..');
/** English display languages that get the English texts (issue 12: not only en-US). */
const ENGLISH = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'en-ZA'];
const PRODUCTION_URL = 'https://thidua.example.gov.vn/cum-bac-trung-bo/';
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const built = buildManifest(source, { ADDIN_PUBLIC_URL: PRODUCTION_URL });

const manifests: Array<[label: string, xml: string, base: string]> = [
  ['manifest.xml', source, DEV_BASE_URL],
  ['built manifest (ADDIN_PUBLIC_URL)', built, PRODUCTION_URL],
];

/** Length in characters as Office counts them (code points of the NFC text). */
const length = (text: string): number => [...text].length;

/** The project file an add-in URL points at, e.g. base + "assets/icon-32.png" → assets/icon-32.png. */
function fileFor(url: string, base: string): string {
  expect(url.startsWith(base)).toBe(true);
  return path.join(ROOT, url.slice(base.length));
}

describe('Identity: a stable Id, a version in step with package.json, Vietnamese by default', () => {
  it.each(manifests)('%s', (_label, xml) => {
    // Changing the Id makes Office treat the add-in as a new one: installed copies would be orphaned.
    expect(textOf(xml, 'Id')).toBe('fcc240a7-6d03-4585-914e-2e8fbe9a5d7f');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(textOf(xml, 'Version')).toBe(`${pkg.version}.0`);
    expect(textOf(xml, 'DefaultLocale')).toBe('vi-VN');
    const provider = textOf(xml, 'ProviderName');
    expect(length(provider)).toBeGreaterThan(0);
    expect(length(provider)).toBeLessThanOrEqual(125);
  });
});

describe('Host, permission and API requirement: Excel workbooks, read and write, ExcelApi 1.7 (what the core commands need)', () => {
  it.each(manifests)('%s', (_label, xml) => {
    expect(only(xml, 'OfficeApp').attributes['xsi:type']).toBe('TaskPaneApp');
    // Top-level <Hosts> uses Name=…; the one inside VersionOverrides uses xsi:type=….
    const hosts = tags(xml, 'Host');
    expect(hosts.filter((h) => h.attributes.Name !== undefined).map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(hosts.filter((h) => h.attributes['xsi:type'] !== undefined).map((h) => h.attributes['xsi:type'])).toEqual(['Workbook']);
    expect(textOf(xml, 'Permissions')).toBe('ReadWriteDocument');
    expect(only(xml, 'Sets').attributes.DefaultMinVersion).toBe('1.1');
    expect(tags(xml, 'Set').map((s) => s.attributes)).toEqual([{ Name: 'ExcelApi', MinVersion: REQUIRED_EXCEL_API }]);
    expect(only(xml, 'VersionOverrides').attributes['xsi:type']).toBe('VersionOverridesV1_0');
  });
});

describe('Names and descriptions: Vietnamese by default, English override, within Office limits', () => {
  it.each(manifests)('%s: DisplayName ≤ 125 and Description ≤ 250 characters in every language', (_label, xml) => {
    const name = localized(xml, 'DisplayName');
    const description = localized(xml, 'Description');
    expect(name.value).toBe('Cụm thi đua – chấm điểm, xếp hạng');
    expect(Object.keys(name.overrides)).toEqual(ENGLISH);
    expect(Object.keys(description.overrides)).toEqual(ENGLISH);
    // One English text for every English locale.
    expect(new Set(Object.values(name.overrides)).size).toBe(1);
    for (const text of [name.value, ...Object.values(name.overrides)]) {
      expect(length(text)).toBeGreaterThan(0);
      expect(length(text)).toBeLessThanOrEqual(125);
    }
    for (const text of [description.value, ...Object.values(description.overrides)]) {
      expect(length(text)).toBeGreaterThan(0);
      expect(length(text)).toBeLessThanOrEqual(250);
    }
  });

  it.each(manifests)('%s: ribbon strings have the same English override for every English locale and fit (short ≤ 125, long ≤ 250)', (_label, xml) => {
    const strings = [...resources(xml).entries()].filter(([, r]) => r.kind === 'short' || r.kind === 'long');
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const [id, r] of strings) {
      const limit = r.kind === 'short' ? 125 : 250;
      expect({ id, locales: Object.keys(r.overrides) }).toEqual({ id, locales: ENGLISH });
      expect({ id, texts: new Set(Object.values(r.overrides)).size }).toEqual({ id, texts: 1 });
      for (const text of [r.value, ...Object.values(r.overrides)]) {
        expect(length(text)).toBeGreaterThan(0);
        expect({ id, fits: length(text) <= limit }).toEqual({ id, fits: true });
      }
    }
  });

  it('Vietnamese text is in precomposed form (NFC), as Office and search expect', () => {
    const texts = attributeValues(source).map((a) => a.value);
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
  });
});

describe('Resource ids: at most 32 characters, every reference defined with the right kind, none unused', () => {
  /** Which kind of resource each referencing element must point at. */
  const expectedKind: Record<string, ResourceKind> = {
    'bt:Image': 'image',
    SourceLocation: 'url',
    FunctionFile: 'url',
    LearnMoreUrl: 'url',
    Label: 'short',
    Title: 'short',
    Description: 'long',
  };

  it.each(manifests)('%s', (_label, xml) => {
    const defined = resources(xml);
    const references = residReferences(xml);
    expect(references.length).toBeGreaterThanOrEqual(10);
    for (const id of defined.keys()) expect({ id, ok: length(id) <= 32 }).toEqual({ id, ok: true });
    for (const { element, resid } of references) {
      expect({ resid, ok: length(resid) <= 32 }).toEqual({ resid, ok: true });
      expect({ resid, kind: defined.get(resid)?.kind }).toEqual({ resid, kind: expectedKind[element] });
    }
    const used = new Set(references.map((r) => r.resid));
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('URLs: every address is https and on the add-in’s own base', () => {
  it.each(manifests)('%s', (_label, xml, base) => {
    const urls = attributeValues(xml).filter((a) => /^[a-z][a-z0-9+.-]*:/i.test(a.value));
    // 4 top-level settings (IconUrl, HighResolutionIconUrl, SupportUrl, SourceLocation) + 3 images + 3 URLs.
    expect(urls).toHaveLength(10);
    for (const url of urls) {
      expect(url.value.startsWith('https://')).toBe(true);
      expect(url.value.startsWith(base)).toBe(true);
    }
  });

  it.each(manifests)('%s: the pane, the function file and the support page', (_label, xml, base) => {
    const defined = resources(xml);
    const pane = tags(xml, 'SourceLocation');
    const topLevel = pane.find((t) => t.attributes.DefaultValue !== undefined);
    const button = pane.find((t) => t.attributes.resid !== undefined);
    expect(topLevel?.attributes.DefaultValue).toBe(`${base}taskpane.html`);
    expect(defined.get(button?.attributes.resid ?? '')?.value).toBe(`${base}taskpane.html`);
    expect(defined.get(only(xml, 'FunctionFile').attributes.resid)?.value).toBe(`${base}commands.html`);
    const support = localized(xml, 'SupportUrl').value;
    expect(support).toBe(`${base}assets/support.html`);
    expect(fs.existsSync(fileFor(support, base))).toBe(true);
    expect(defined.get(only(xml, 'LearnMoreUrl').attributes.resid)?.value).toBe(support);
  });
});

describe('Icons: every icon the manifest names exists in assets/ with the pixel size Office expects', () => {
  it.each(manifests)('%s', (_label, xml, base) => {
    const expectations: Array<[url: string, size: number]> = [
      [localized(xml, 'IconUrl').value, 32],
      [localized(xml, 'HighResolutionIconUrl').value, 64],
    ];
    const images = resources(xml);
    for (const ref of tags(xml, 'bt:Image').filter((t) => t.attributes.resid !== undefined)) {
      expectations.push([images.get(ref.attributes.resid)?.value ?? '(undefined resid)', Number(ref.attributes.size)]);
    }
    expect(expectations).toHaveLength(2 + 6); // group and button, each 16, 32 and 80 px
    for (const [url, size] of expectations) {
      const file = fileFor(url, base);
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(fs.readFileSync(file)) }).toEqual({ url, width: size, height: size });
    }
  });

  it('the ribbon group and its button each offer the three mandatory sizes 16, 32 and 80', () => {
    for (const name of ['Group', 'Control']) {
      const icon = only(only(source, name).inner.replace(/<Control[\s\S]*<\/Control>/, ''), 'Icon');
      expect(tags(icon.inner, 'bt:Image').map((t) => t.attributes.size)).toEqual(['16', '32', '80']);
    }
  });

  it('assets/ holds every rendered size, from the committed SVG source', () => {
    expect(fs.existsSync(path.join(ROOT, 'assets', 'icon.svg'))).toBe(true);
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});

describe('Ribbon: a "Thi đua cụm" group on the Home tab whose button opens the task pane', () => {
  it.each(manifests)('%s', (_label, xml) => {
    const strings = resources(xml);
    expect(only(xml, 'OfficeTab').attributes.id).toBe('TabHome');
    expect(only(xml, 'ExtensionPoint').attributes['xsi:type']).toBe('PrimaryCommandSurface');
    const group = only(xml, 'Group');
    const groupLabel = group.inner.match(/^\s*<Label resid="([^"]+)"/);
    expect(strings.get(groupLabel?.[1] ?? '')?.value).toBe('Thi đua cụm');
    const button = only(xml, 'Control');
    expect(button.attributes['xsi:type']).toBe('Button');
    const buttonLabel = button.inner.match(/^\s*<Label resid="([^"]+)"/);
    expect(strings.get(buttonLabel?.[1] ?? '')?.value).toBe('Mở bảng điều khiển');
    expect(strings.get(buttonLabel?.[1] ?? '')?.overrides['en-US']).toBe('Open control panel');
    expect(only(xml, 'Action').attributes['xsi:type']).toBe('ShowTaskpane');
    expect(textOf(xml, 'TaskpaneId')).not.toBe('');
  });
});
