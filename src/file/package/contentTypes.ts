/** `[Content_Types].xml`: the content type of every part, by extension or by name. */
import { escapeAttr } from '../xml/xmlText';
import { childrenNamed, parseXmlTree } from '../xml/xmlTree';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

export class ContentTypes {
  constructor(
    /** Extension (lower case) → type. */
    readonly defaults: Map<string, string>,
    /** Part name as written ("/xl/workbook.xml") → type; compared without regard to case. */
    readonly overrides: Map<string, string>,
  ) {}

  static parse(bytes: Uint8Array): ContentTypes {
    const root = parseXmlTree(bytes);
    const defaults = new Map<string, string>();
    for (const d of childrenNamed(root, 'Default')) defaults.set((d.attrs.get('Extension') ?? '').toLowerCase(), d.attrs.get('ContentType') ?? '');
    const overrides = new Map<string, string>();
    for (const o of childrenNamed(root, 'Override')) overrides.set(o.attrs.get('PartName') ?? '', o.attrs.get('ContentType') ?? '');
    return new ContentTypes(defaults, overrides);
  }

  static empty(): ContentTypes {
    return new ContentTypes(
      new Map([
        ['rels', CT.rels],
        ['xml', CT.xml],
      ]),
      new Map(),
    );
  }

  private overrideKey(part: string): string | undefined {
    const want = '/' + part.toLowerCase();
    for (const k of this.overrides.keys()) if (k.toLowerCase() === want) return k;
    return undefined;
  }

  typeOf(part: string): string | undefined {
    const k = this.overrideKey(part);
    if (k !== undefined) return this.overrides.get(k);
    const dot = part.lastIndexOf('.');
    return dot < 0 ? undefined : this.defaults.get(part.slice(dot + 1).toLowerCase());
  }

  /** Gives the part this type, by an override unless its extension's default already says so. */
  set(part: string, type: string): void {
    const k = this.overrideKey(part);
    if (k !== undefined) this.overrides.delete(k);
    const dot = part.lastIndexOf('.');
    const ext = dot < 0 ? '' : part.slice(dot + 1).toLowerCase();
    if (this.defaults.get(ext) === type) return;
    this.overrides.set('/' + part, type);
  }

  /** Sets an extension's default type when it has none. */
  ensureDefault(ext: string, type: string): void {
    if (!this.defaults.has(ext.toLowerCase())) this.defaults.set(ext.toLowerCase(), type);
  }

  remove(part: string): void {
    const k = this.overrideKey(part);
    if (k !== undefined) this.overrides.delete(k);
  }

  serialize(): string {
    const d = [...this.defaults].map(([e, t]) => `<Default Extension="${escapeAttr(e)}" ContentType="${escapeAttr(t)}"/>`);
    const o = [...this.overrides].map(([p, t]) => `<Override PartName="${escapeAttr(p)}" ContentType="${escapeAttr(t)}"/>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${d.join('')}${o.join('')}</Types>`;
  }
}
