/** Relationship parts (`*.rels`): read into a list, written back from it. */
import { escapeAttr } from '../xml/xmlText';
import { childrenNamed, parseXmlTree } from '../xml/xmlTree';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

/** Does this relationship type end with this name? (Transitional and Strict spell the prefix differently.) */
export const isRelType = (type: string, name: string): boolean => type.endsWith('/' + name);

export function parseRelationships(bytes: Uint8Array): Relationship[] {
  const root = parseXmlTree(bytes);
  return childrenNamed(root, 'Relationship').map((r) => ({
    id: r.attrs.get('Id') ?? '',
    type: r.attrs.get('Type') ?? '',
    target: r.attrs.get('Target') ?? '',
    external: (r.attrs.get('TargetMode') ?? '').toLowerCase() === 'external',
  }));
}

export function serializeRelationships(rels: readonly Relationship[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** An id not used yet in this list: rId1, rId2, … */
export function freeRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let i = rels.length + 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
}
