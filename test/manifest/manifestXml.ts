/**
 * A small reader for the add-in manifest, enough for the structural tests: the XML is ours and
 * regular (no CDATA, attributes in double quotes), so a careful regex over tags is sufficient and
 * keeps the tests free of an XML library. The XSD test (xmllint) guards the well-formedness.
 */

export interface Tag {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  attributes: Record<string, string>;
  /** Text between the start and the end tag (empty for a self-closing tag). */
  inner: string;
  /** Offset of the tag in the comment-free XML. */
  index: number;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

export function withoutComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, '');
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    attributes[match[1]] = decodeEntities(match[2]);
  }
  return attributes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every element with this qualified name, in document order. Same-name nesting is not supported (the manifest has none we query). */
export function tags(xml: string, name: string): Tag[] {
  const source = withoutComments(xml);
  const n = escapeRegExp(name);
  const pattern = new RegExp(`<${n}(\\s[^>]*?)?(/?)>`, 'g');
  const found: Tag[] = [];
  for (const match of source.matchAll(pattern)) {
    const index = match.index ?? 0;
    const selfClosing = match[2] === '/';
    let inner = '';
    if (!selfClosing) {
      const start = index + match[0].length;
      const end = source.indexOf(`</${name}>`, start);
      inner = end < 0 ? '' : source.slice(start, end);
    }
    found.push({ name, attributes: parseAttributes(match[1] ?? ''), inner, index });
  }
  return found;
}

/** The single element with this name; throws when there is not exactly one. */
export function only(xml: string, name: string): Tag {
  const found = tags(xml, name);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0];
}

/** Trimmed, entity-decoded text content of the single element with this name. */
export function textOf(xml: string, name: string): string {
  return decodeEntities(only(xml, name).inner.trim());
}

/** Every `resid="…"` reference with the element that carries it. */
export function residReferences(xml: string): Array<{ element: string; resid: string }> {
  const source = withoutComments(xml);
  return [...source.matchAll(/<([\w:.-]+)\s[^>]*?\bresid="([^"]*)"/g)].map((m) => ({ element: m[1], resid: decodeEntities(m[2]) }));
}

export type ResourceKind = 'image' | 'url' | 'short' | 'long';

/** The resources defined in <Resources>, by id, with their kind, default value and overrides. */
export function resources(xml: string): Map<string, { kind: ResourceKind; value: string; overrides: Record<string, string> }> {
  const result = new Map<string, { kind: ResourceKind; value: string; overrides: Record<string, string> }>();
  const sections: Array<[string, string, ResourceKind]> = [
    ['bt:Images', 'bt:Image', 'image'],
    ['bt:Urls', 'bt:Url', 'url'],
    ['bt:ShortStrings', 'bt:String', 'short'],
    ['bt:LongStrings', 'bt:String', 'long'],
  ];
  for (const [section, item, kind] of sections) {
    for (const block of tags(xml, section)) {
      for (const tag of tags(block.inner, item)) {
        const id = tag.attributes.id;
        if (id === undefined) continue;
        if (result.has(id)) throw new Error(`resource id defined twice: ${id}`);
        const overrides: Record<string, string> = {};
        for (const o of tags(tag.inner, 'bt:Override')) overrides[o.attributes.Locale] = o.attributes.Value;
        result.set(id, { kind, value: tag.attributes.DefaultValue, overrides });
      }
    }
  }
  return result;
}

/** A localizable top-level setting (DisplayName, Description, IconUrl, …): default value and overrides by locale. */
export function localized(xml: string, name: string): { value: string; overrides: Record<string, string> } {
  // Inside VersionOverrides the same names (Description, Title…) point at resources with resid.
  const found = tags(xml, name).filter((t) => t.attributes.DefaultValue !== undefined);
  if (found.length !== 1) throw new Error(`expected exactly one <${name} DefaultValue=…>, found ${found.length}`);
  const tag = found[0];
  const overrides: Record<string, string> = {};
  for (const o of tags(tag.inner, 'Override')) overrides[o.attributes.Locale] = o.attributes.Value;
  return { value: tag.attributes.DefaultValue, overrides };
}

/** Every attribute value in the manifest, with element and attribute names (namespace declarations excluded). */
export function attributeValues(xml: string): Array<{ element: string; attribute: string; value: string }> {
  const source = withoutComments(xml);
  const out: Array<{ element: string; attribute: string; value: string }> = [];
  for (const tag of source.matchAll(/<([\w:.-]+)(\s[^>]*?)\/?>/g)) {
    for (const [attribute, value] of Object.entries(parseAttributes(tag[2]))) {
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
      out.push({ element: tag[1], attribute, value });
    }
  }
  return out;
}
