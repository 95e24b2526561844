/**
 * A small part as a tree of elements with their byte offsets: relationships, content types,
 * the workbook, styles, document properties. Worksheets are never read this way (they stream,
 * src/file/read/sheetValues.ts). Offsets let a writer replace one element and keep every other
 * byte of the part.
 */
import { tokenize } from './xmlTokenizer';

export interface XmlElement {
  /** Qualified name as written. */
  name: string;
  local: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Text of an element without child elements ('' otherwise). */
  text: string;
  /** Byte offsets: `<` of the start tag, just after its `>`, `<` of the end tag, just after the element. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

export function parseXmlTree(bytes: Uint8Array): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  tokenize(bytes, {
    open(tag, t) {
      const attrs = new Map<string, string>();
      tag.eachAttr((n, v) => attrs.set(n, v()));
      const el: XmlElement = { name: tag.name, local: tag.local, attrs, children: [], text: '', start: tag.start, openEnd: tag.end, closeStart: tag.end, end: tag.end };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
      stack.push(el);
      t.startText();
    },
    close(_name, t, start, end) {
      const el = stack.pop()!;
      const text = t.takeText();
      el.text = el.children.length === 0 ? (text ?? '') : '';
      el.closeStart = start;
      el.end = end;
    },
  });
  return root as unknown as XmlElement;
}

/** Direct children with this local name. */
export const childrenNamed = (el: XmlElement, local: string): XmlElement[] => el.children.filter((c) => c.local === local);

export const childNamed = (el: XmlElement, local: string): XmlElement | undefined => el.children.find((c) => c.local === local);

/** The attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
export function attrLocal(el: XmlElement, local: string): string | undefined {
  for (const [k, v] of el.attrs) if (k === local || k.endsWith(':' + local)) return v;
  return undefined;
}
