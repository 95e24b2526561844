/**
 * The manifest validates against Microsoft's XML Schemas for add-in manifests (schemas/README.md),
 * offline, with xmllint — both manifest.xml and the manifest the build deploys with a production
 * ADDIN_PUBLIC_URL. A few deliberately broken copies must be rejected, so that a silently
 * disabled validation cannot pass for a valid manifest.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildManifest } from '../../scripts/build-manifest';
import { ensureDebianPackages } from '../setup/ensure-system-packages';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMAS = path.join(__dirname, 'schemas');
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let workDir = '';

beforeAll(() => {
  const ready = ensureDebianPackages([{ command: 'xmllint', package: 'libxml2-utils' }]);
  if (ready.missing.length > 0) throw new Error(ready.message);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-xsd-'));
}, 600_000);

afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** Runs xmllint on `xml`; returns whether it validates and what xmllint said. */
function validate(xml: string, name: string): { valid: boolean; output: string } {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', 'OfficeAppManifestV1_1.xsd', file], {
    cwd: SCHEMAS,
    encoding: 'utf8',
  });
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

describe('Schema: the manifest is valid against the Office add-in manifest XSD (OfficeApp 1.1)', () => {
  it('manifest.xml validates', () => {
    const result = validate(source, 'manifest.xml');
    expect(result.output).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });

  it('the built manifest (ADDIN_PUBLIC_URL=https://thidua.example.gov.vn/addin/) validates', () => {
    const built = buildManifest(source, { ADDIN_PUBLIC_URL: 'https://thidua.example.gov.vn/addin/' });
    expect(built).not.toContain('://localhost');
    const result = validate(built, 'built.xml');
    expect(result.output).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });
});

describe('Schema: broken copies of the manifest are rejected (the validation is really on)', () => {
  const broken: Array<[what: string, edit: (xml: string) => string]> = [
    ['an unknown Permissions value', (xml) => xml.replace('<Permissions>ReadWriteDocument<', '<Permissions>WriteEverything<')],
    ['a resource id of 33 characters', (xml) => xml.split('CTD.Taskpane.Url').join('CTD.Taskpane.Url.ABCDEFGHIJKLMNOPQ')],
    ['Requirements after DefaultSettings (wrong order)', (xml) => {
      const requirements = xml.match(/\s*<Requirements>[\s\S]*?<\/Requirements>/)?.[0] ?? '';
      return xml.replace(requirements, '').replace('</DefaultSettings>', `</DefaultSettings>${requirements}`);
    }],
    ['a DisplayName of 126 characters', (xml) => xml.replace('DefaultValue="Cụm thi đua – chấm điểm, xếp hạng"', `DefaultValue="${'đ'.repeat(126)}"`)],
    ['a missing Description', (xml) => xml.replace(/\s*<Description DefaultValue="Kiểm tra[\s\S]*?<\/Description>/, '')],
  ];

  it.each(broken)('%s', (_what, edit) => {
    const xml = edit(source);
    expect(xml).not.toBe(source); // the edit really changed something
    const result = validate(xml, 'broken.xml');
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/fails to validate/);
  });
});
