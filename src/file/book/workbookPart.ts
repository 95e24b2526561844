/**
 * What the program needs of `xl/workbook.xml` and its relationships: the sheets in tab order
 * (name, id, visibility, the part holding each), the defined names as the file spells them (with
 * their scope), the 1904 date system flag, and where the shared strings and styles are.
 */
import { isRelType, parseRelationships, type Relationship } from '../package/relationships';
import { relsPartOf, resolveTarget } from '../package/partNames';
import type { XlsxPackage } from '../package/xlsxPackage';
import { attrLocal, childNamed, childrenNamed, parseXmlTree, type XmlElement } from '../xml/xmlTree';

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id in workbook.xml.rels. */
  rid: string;
  /** 'visible' | 'hidden' | 'veryHidden'. */
  state: string;
  /** The part, or null when the relationship is missing. */
  part: string | null;
  /** 'worksheet', 'chartsheet', 'dialogsheet', 'macrosheet' (from the relationship type). */
  kind: string;
}

export interface RawDefinedName {
  name: string;
  /** Ranges as the file writes them, e.g. "'Xếp hạng'!$A$1". */
  ranges: string[];
  /** 0-based sheet index for a sheet-scoped name; undefined for a workbook-scoped one. */
  localSheetId?: number;
}

export interface DefinedNameEntry extends RawDefinedName {
  /** The formula text as written. */
  text: string;
  /** The element exactly as the file has it, kept when the name is written back unchanged. */
  raw: string;
}

export interface WorkbookInfo {
  /** The workbook part ("xl/workbook.xml"). */
  part: string;
  rels: Relationship[];
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
  /** The parsed workbook part, for writers that splice it. */
  tree: XmlElement;
  bytes: Uint8Array;
}

export class NotAWorkbook extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'NotAWorkbook';
  }
}

const decoder = new TextDecoder();

/** Splits "Sheet1!$A$1,Sheet2!$B$2" at commas outside quotes and brackets. */
export function splitRanges(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = false;
  let paren = 0;
  for (const ch of text) {
    if (ch === "'") quote = !quote;
    else if (!quote && ch === '(') paren++;
    else if (!quote && ch === ')') paren--;
    if (ch === ',' && !quote && paren === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** The main part the package's relationships name as its office document. */
export function workbookPartName(pkg: XlsxPackage): string | null {
  const root = pkg.read('_rels/.rels');
  if (root) {
    const main = parseRelationships(root).find((r) => isRelType(r.type, 'officeDocument') && !r.external);
    const part = main ? resolveTarget('', main.target) : null;
    if (part && pkg.has(part)) return pkg.actualName(part) ?? part;
  }
  return pkg.has('xl/workbook.xml') ? (pkg.actualName('xl/workbook.xml') ?? null) : null;
}

export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo {
  const part = workbookPartName(pkg);
  if (part === null) throw new NotAWorkbook('no workbook part');
  const bytes = pkg.read(part)!;
  const tree = parseXmlTree(bytes);
  if (tree.local !== 'workbook') throw new NotAWorkbook('the main part is not a workbook');
  const relsBytes = pkg.read(relsPartOf(part));
  const rels = relsBytes ? parseRelationships(relsBytes) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));
  const target = (r: Relationship | undefined): string | null => {
    if (!r || r.external) return null;
    const t = resolveTarget(part, r.target);
    return t === null ? null : (pkg.actualName(t) ?? t);
  };

  const sheetsEl = childNamed(tree, 'sheets');
  const sheets: SheetEntry[] = (sheetsEl ? childrenNamed(sheetsEl, 'sheet') : []).map((s) => {
    const rid = attrLocal(s, 'id') ?? '';
    const rel = byId.get(rid);
    const kind = rel ? (rel.type.split('/').pop() ?? '') : '';
    return {
      name: s.attrs.get('name') ?? '',
      sheetId: Number(s.attrs.get('sheetId') ?? 0),
      rid,
      state: s.attrs.get('state') ?? 'visible',
      part: target(rel),
      kind,
    };
  });

  const namesEl = childNamed(tree, 'definedNames');
  const definedNames: DefinedNameEntry[] = (namesEl ? childrenNamed(namesEl, 'definedName') : []).map((n) => {
    const local = n.attrs.get('localSheetId');
    const id = local === undefined ? undefined : Number(local);
    return {
      name: n.attrs.get('name') ?? '',
      text: n.text,
      ranges: splitRanges(n.text),
      localSheetId: id !== undefined && Number.isInteger(id) && id >= 0 ? id : undefined,
      raw: decoder.decode(bytes.subarray(n.start, n.end)),
    };
  });

  const pr = childNamed(tree, 'workbookPr');
  const d1904 = pr?.attrs.get('date1904');
  const relOf = (name: string): string | null => target(rels.find((r) => isRelType(r.type, name)));
  return {
    part,
    rels,
    sheets,
    definedNames,
    date1904: d1904 === '1' || d1904 === 'true',
    sharedStrings: relOf('sharedStrings'),
    styles: relOf('styles'),
    tree,
    bytes,
  };
}
