/**
 * Writing back what the program changes in the workbook part: the list of sheets and the defined
 * names, spliced into `xl/workbook.xml` so that every other byte of it (calculation settings,
 * workbook views, protection, extensions) stays as it was; and the workbook's relationships.
 */
import { relsPartOf } from '../package/partNames';
import { serializeRelationships, type Relationship } from '../package/relationships';
import { childNamed } from '../xml/xmlTree';
import { escapeAttr, escapeText } from '../xml/xmlText';
import { rawText, setAttribute, spliceBytes, type Splice } from '../xml/splice';
import type { Workbook } from './workbook';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One `<sheet>` of the new list: an existing one (its element as written) or a new one. */
export interface SheetSlot {
  name: string;
  sheetId: number;
  rid: string;
  /** The element as the file wrote it, for an existing sheet. */
  raw?: string;
}

/** One `<definedName>`: an existing one as written, or a new one. */
export type NameSlot = { raw: string } | { name: string; text: string; localSheetId?: number };

export interface WorkbookEdit {
  sheets?: SheetSlot[];
  names?: NameSlot[];
  rels?: Relationship[];
}

function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i + 1);
}

export function applyWorkbookEdit(wb: Workbook, edit: WorkbookEdit): void {
  const { tree, bytes, part } = wb.info;
  const p = prefixOf(tree.name);
  let relPrefix: string | null = null;
  for (const [k, v] of tree.attrs) if (v === REL_NS && k.startsWith('xmlns:')) relPrefix = k.slice(6);
  const ridAttr = relPrefix ?? 'r';
  const ridDecl = relPrefix === null ? ` xmlns:r="${REL_NS}"` : '';
  const edits: Splice[] = [];

  const sheetsEl = childNamed(tree, 'sheets');
  if (edit.sheets) {
    const items = edit.sheets.map((s) =>
      s.raw !== undefined
        ? withAttribute(s.raw, `${ridAttr}:id`, s.rid)
        : `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${ridDecl} ${ridAttr}:id="${escapeAttr(s.rid)}"/>`,
    );
    const xml = `<${p}sheets>${items.join('')}</${p}sheets>`;
    if (sheetsEl) edits.push({ start: sheetsEl.start, end: sheetsEl.end, text: xml });
    else {
      const after = tree.children.find((c) => ['functionGroups', 'externalReferences', 'definedNames', 'calcPr'].includes(c.local));
      const at = after ? after.start : tree.closeStart;
      edits.push({ start: at, end: at, text: xml });
    }
    // A workbook view pointing past the last sheet would make Excel repair the file.
    const count = edit.sheets.length;
    for (const view of childNamed(tree, 'bookViews')?.children ?? []) {
      let tag = rawText(bytes, view.start, view.openEnd);
      const original = tag;
      for (const a of ['activeTab', 'firstSheet']) {
        const v = Number(view.attrs.get(a));
        if (Number.isInteger(v) && v >= count) tag = setAttribute(tag, a, String(Math.max(0, count - 1)));
      }
      if (tag !== original) edits.push({ start: view.start, end: view.openEnd, text: tag });
    }
  }

  if (edit.names) {
    const namesEl = childNamed(tree, 'definedNames');
    const items = edit.names.map((n) =>
      'raw' in n
        ? n.raw
        : `<${p}definedName name="${escapeAttr(n.name)}"${n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`}>${escapeText(n.text)}</${p}definedName>`,
    );
    const xml = items.length === 0 ? '' : `<${p}definedNames>${items.join('')}</${p}definedNames>`;
    if (namesEl) edits.push({ start: namesEl.start, end: namesEl.end, text: xml });
    else if (xml !== '') {
      // After sheets, functionGroups and externalReferences; before calcPr and the rest (CT_Workbook).
      const before = ['sheets', 'functionGroups', 'externalReferences'];
      let at = sheetsEl ? sheetsEl.end : tree.closeStart;
      for (const c of tree.children) if (before.includes(c.local)) at = Math.max(at, c.end);
      edits.push({ start: at, end: at, text: xml });
    }
  }

  if (edits.length > 0) wb.pkg.set(part, spliceBytes(bytes, edits));
  if (edit.rels) wb.pkg.set(relsPartOf(part), serializeRelationships(edit.rels));
  wb.refresh();
}

/** An element as written, with one attribute of its start tag set. */
export function withAttribute(raw: string, name: string, value: string): string {
  const end = raw.indexOf('>');
  return setAttribute(raw.slice(0, end + 1), name, value) + raw.slice(end + 1);
}
