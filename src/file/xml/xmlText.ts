/**
 * Text in and out of XML: XML's five entities and character references, and the `_xHHHH_`
 * escapes spreadsheet parts use for characters XML cannot hold (ECMA-376 Part 1, §22.9.2.19
 * ST_Xstring): Excel writes a carriage return in a cell as `_x000D_`, and a literal "_x0041_"
 * typed by a user as `_x005F_x0041_`.
 */
import { XmlProblem } from './xmlProblem';

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Is this code point allowed in an XML 1.0 document? */
const xmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

/** Replaces entity and character references; anything else after `&` is not XML. */
export function decodeXmlEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]{0,12});?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlProblem('malformed', 'a bare & in text');
    if (body.charCodeAt(0) === 35) {
      const hex = body[1] === 'x';
      const digits = hex ? body.slice(2) : body.slice(1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw new XmlProblem('malformed', `bad character reference &${body};`);
      const cp = parseInt(digits, hex ? 16 : 10);
      if (!xmlChar(cp)) throw new XmlProblem('malformed', `character reference &${body}; is not an XML character`);
      return String.fromCodePoint(cp);
    }
    const named = NAMED[body];
    if (named === undefined) throw new XmlProblem('malformed', `undefined entity &${body};`);
    return named;
  });
}

/** `_x000D_` → carriage return, `_x005F_` → `_` (ST_Xstring). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Text for an element's content: `&`, `<`, `>` escaped; characters XML cannot hold, and an
 * underscore that would otherwise read as an escape, written as `_xHHHH_`.
 */
export function escapeText(s: string): string {
  let out = s.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    '_x' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '_',
  );
  return escapeMarkup(out);
}

/** `&`, `<`, `>` only (for text that holds no control characters, such as formulas). */
export function escapeMarkup(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value in double quotes; line ends kept as character references. */
export function escapeAttr(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return clean.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
    }
  });
}
