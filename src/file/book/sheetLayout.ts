/**
 * Where things are in one worksheet part, to splice it: the top-level elements (sheetData,
 * sheetProtection, …) and the rows of sheetData, each with its byte offsets. The cells themselves
 * are not looked at.
 */
import type { XlsxPackage } from '../package/xlsxPackage';
import { XmlTokenizer } from '../xml/xmlTokenizer';

export interface Placed {
  local: string;
  name: string;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  attrs: Map<string, string>;
}

export interface SheetLayout {
  bytes: Uint8Array;
  /** The root element's qualified name (worksheet or x:worksheet). */
  root: string;
  /** Direct children of the root, in order. */
  top: Placed[];
  /** Rows of sheetData, with their number. */
  rows: (Placed & { r: number })[];
}

export function sheetLayout(pkg: XlsxPackage, part: string): SheetLayout {
  const bytes = pkg.read(part);
  if (!bytes) throw new Error(`no part ${part}`);
  const top: Placed[] = [];
  const rows: (Placed & { r: number })[] = [];
  let root = '';
  let open: Placed | null = null;
  let openRow: (Placed & { r: number }) | null = null;
  let inData = false;
  let lastRow = 0;
  const tok = new XmlTokenizer({
    open(tag, t) {
      const depth = t.depth; // after push
      if (depth === 1) root = tag.name;
      else if (depth === 2) {
        const attrs = new Map<string, string>();
        tag.eachAttr((n, v) => attrs.set(n, v()));
        open = { local: tag.local, name: tag.name, start: tag.start, openEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing, attrs };
        top.push(open);
        inData = tag.local === 'sheetData';
      } else if (depth === 3 && inData && tag.local === 'row') {
        const rAttr = tag.attr('r');
        const r = rAttr === null ? lastRow + 1 : Number(rAttr);
        lastRow = r;
        openRow = { local: 'row', name: tag.name, start: tag.start, openEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing, attrs: new Map(), r };
        rows.push(openRow);
      }
    },
    close(_name, t, _start, end) {
      const depth = t.depth; // after pop
      if (depth === 1 && open) {
        open.end = end;
        open = null;
        inData = false;
      } else if (depth === 2 && openRow) {
        openRow.end = end;
        openRow = null;
      }
    },
  });
  tok.write(bytes);
  tok.end();
  return { bytes, root, top, rows };
}

/** The prefix of the root's namespace ("x:" or ''), for elements spliced in. */
export const prefixOf = (qname: string): string => (qname.includes(':') ? qname.slice(0, qname.indexOf(':') + 1) : '');
