/**
 * Validates the XML parts of an .xlsx package against the ECMA-376 schemas in test/ooxml/schemas
 * with xmllint, after Markup Compatibility processing (ECMA-376 Part 3) as Excel does it:
 * attributes and elements of the namespaces an `mc:Ignorable` names are dropped (x14ac:dyDescent,
 * x14ac:knownFonts…), an `mc:AlternateContent` is replaced by its `mc:Fallback`, and `xml:space`
 * is dropped (Excel writes it on <t>; the schema does not declare it). The package is opened with
 * JSZip and the XML parsed with jsdom's DOMParser: nothing of the program under test is used.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';

const SCHEMAS = path.join(__dirname, 'schemas');
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The schema for each root namespace. */
const SCHEMA_BY_NAMESPACE: Record<string, string> = {
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'sml.xsd',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'opc-xsd/opc-contentTypes.xsd',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'opc-xsd/opc-relationships.xsd',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'shared-documentPropertiesExtended.xsd',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'shared-documentPropertiesCustom.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing': 'dml-spreadsheetDrawing.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'dml-chart.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'dml-main.xsd',
};

export interface PartProblem {
  part: string;
  schema: string | null;
  messages: string[];
}

export interface Validation {
  /** Parts validated against a schema. */
  checked: string[];
  /** Parts with no schema here (core properties, VML, binaries). */
  skipped: string[];
  problems: PartProblem[];
}

const { window } = new JSDOM('');

/** Markup Compatibility processing, in place. */
function processCompatibility(el: Element, inherited: Set<string>): void {
  const ignorable = new Set(inherited);
  const declared = el.getAttributeNS(MC, 'Ignorable');
  if (declared) {
    for (const prefix of declared.split(/\s+/).filter(Boolean)) {
      const uri = el.lookupNamespaceURI(prefix);
      if (uri) ignorable.add(uri);
    }
  }
  for (const attr of Array.from(el.attributes)) {
    const ns = attr.namespaceURI;
    if (ns === MC || ns === XML_NS || (ns !== null && ignorable.has(ns))) el.removeAttributeNode(attr);
  }
  for (const child of Array.from(el.children)) {
    if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
      const fallback = Array.from(child.children).find((c) => c.namespaceURI === MC && c.localName === 'Fallback');
      for (const kept of fallback ? Array.from(fallback.children) : []) el.insertBefore(kept, child);
      child.remove();
      continue;
    }
    if (child.namespaceURI !== null && ignorable.has(child.namespaceURI)) {
      child.remove();
      continue;
    }
    processCompatibility(child, ignorable);
  }
}

/** Runs xmllint on files against one schema; returns the messages per file that fails. */
function xmllint(schema: string, files: string[]): Map<string, string[]> {
  const r = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, schema), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = new Map<string, string[]>();
  for (const line of r.stderr.split('\n')) {
    const file = files.find((f) => line.startsWith(f));
    if (!file || line.endsWith(' validates')) continue;
    const list = out.get(file) ?? [];
    if (!line.endsWith('fails to validate')) list.push(line.slice(file.length + 1).trim());
    else if (list.length === 0) list.push('fails to validate');
    out.set(file, list);
  }
  if (r.status !== 0 && out.size === 0) out.set(files[0], [`xmllint exit ${r.status}: ${r.stderr.slice(0, 500)}`]);
  return out;
}

export async function validatePackage(bytes: Uint8Array): Promise<Validation> {
  const zip = await JSZip.loadAsync(bytes);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-ooxml-'));
  const result: Validation = { checked: [], skipped: [], problems: [] };
  const bySchema = new Map<string, { file: string; part: string }[]>();
  try {
    let n = 0;
    for (const part of Object.keys(zip.files).sort()) {
      const entry = zip.files[part];
      if (entry.dir) continue;
      if (!/\.(xml|rels)$/i.test(part)) {
        result.skipped.push(part);
        continue;
      }
      const text = await entry.async('string');
      const doc = new window.DOMParser().parseFromString(text, 'application/xml');
      const root = doc.documentElement;
      if (doc.getElementsByTagName('parsererror').length > 0 || !root) {
        result.problems.push({ part, schema: null, messages: ['not well-formed XML'] });
        continue;
      }
      const schema = root.namespaceURI ? SCHEMA_BY_NAMESPACE[root.namespaceURI] : undefined;
      if (!schema) {
        result.skipped.push(part);
        continue;
      }
      processCompatibility(root, new Set());
      const file = path.join(tmp, `part${n++}.xml`);
      fs.writeFileSync(file, '<?xml version="1.0" encoding="UTF-8"?>\n' + new window.XMLSerializer().serializeToString(root));
      const list = bySchema.get(schema) ?? [];
      list.push({ file, part });
      bySchema.set(schema, list);
      result.checked.push(part);
    }
    for (const [schema, parts] of bySchema) {
      const failures = xmllint(
        schema,
        parts.map((p) => p.file),
      );
      for (const p of parts) {
        const messages = failures.get(p.file);
        if (messages) result.problems.push({ part: p.part, schema, messages: messages.slice(0, 5) });
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

/** The problems as lines, for a test's failure message. */
export const problemLines = (v: Validation): string[] => v.problems.map((p) => `${p.part} (${p.schema ?? 'XML'}): ${p.messages.join(' | ')}`);
