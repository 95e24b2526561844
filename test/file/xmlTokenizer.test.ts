/**
 * The streaming XML tokenizer of the file shell (src/file/xml/xmlTokenizer.ts): the same events
 * however the bytes are cut into chunks; entities, character references, CDATA and the `_xHHHH_`
 * escapes of spreadsheet text; and the refusals (DTD, undefined entity, mismatched tags, nesting).
 */
import fc from 'fast-check';
import { XmlProblem } from '../../src/file/xml/xmlProblem';
import { decodeOoxmlEscapes, escapeText } from '../../src/file/xml/xmlText';
import { XmlTokenizer } from '../../src/file/xml/xmlTokenizer';

/** Events as text: open with attributes, close, and the text of every element. */
function events(chunks: Uint8Array[]): string[] {
  const out: string[] = [];
  const t = new XmlTokenizer({
    open(tag, tok) {
      const attrs: string[] = [];
      tag.eachAttr((n, v) => attrs.push(`${n}=${v()}`));
      out.push(`<${tag.name} ${attrs.join(' ')}>`);
      tok.startText();
    },
    close(name, tok) {
      out.push(`text:${tok.takeText()}`, `</${name}>`);
    },
  });
  for (const c of chunks) t.write(c);
  t.end();
  return out;
}

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

const DOC =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- ghi chú -->' +
  '<sst xmlns="urn:x" count="2"><si><t xml:space="preserve"> Tỉnh Nghệ An &amp; Hà Tĩnh &lt;1&gt; &#x1F600; &#233;</t></si>' +
  '<si><r><t>a&quot;b</t></r><x:y a=\'1 > 0\' b="&apos;"/><t><![CDATA[<giữ nguyên> & ]]>và</t></si></sst>';

describe('chunks do not matter', () => {
  test('every way of cutting the document gives the same events', () => {
    const whole = events([bytes(DOC)]);
    expect(whole).toContain('text: Tỉnh Nghệ An & Hà Tĩnh <1> 😀 é');
    expect(whole).toContain('text:<giữ nguyên> & và');
    expect(whole).toContain("<x:y a=1 > 0 b='>");
    const all = bytes(DOC);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: all.length - 1 }), { maxLength: 40 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), all.length];
        const chunks = at.slice(1).map((end, i) => all.slice(at[i], end));
        expect(events(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('refusals', () => {
  test.each([
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', 'dtd'],
    ['an undefined entity', '<x>&nbsp;</x>', 'malformed'],
    ['a bare ampersand', '<x>a & b</x>', 'malformed'],
    ['a reference to a character XML cannot hold', '<x>&#0;</x>', 'malformed'],
    ['tags that do not match', '<x><y></x></y>', 'malformed'],
    ['a document cut short', '<x><y>', 'malformed'],
    ['two root elements', '<x/><y/>', 'malformed'],
    ['nesting deeper than 256', '<a>'.repeat(300) + '</a>'.repeat(300), 'tooDeep'],
  ])('%s', (_label, doc, kind) => {
    let error: unknown;
    try {
      events([bytes(doc)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlProblem);
    expect((error as XmlProblem).kind).toBe(kind);
  });
});

describe('spreadsheet text escapes (ST_Xstring)', () => {
  test('_x000D_ is a carriage return, _x005F_ an underscore; writing escapes what reading decodes', () => {
    expect(decodeOoxmlEscapes('dòng 1_x000D_\ndòng 2')).toBe('dòng 1\r\ndòng 2');
    expect(decodeOoxmlEscapes('_x005F_x0041_')).toBe('_x0041_');
    for (const text of ['a_x0041_b', 'chuông\u0007', 'tab\tvà\ndòng', '<b>&amp;</b>']) {
      const written = escapeText(text);
      expect(written).not.toMatch(/[\u0000-\u0008]/);
      const read = events([bytes(`<t>${written}</t>`)]).find((e) => e.startsWith('text:'))!.slice(5);
      expect(decodeOoxmlEscapes(read)).toBe(text);
    }
  });
});

describe('numbers read straight from the bytes', () => {
  /** The value the tokenizer reads for <v>text</v>, or the text when it does not read it as a number. */
  function decimal(text: string): number | string {
    let out: number | string = '';
    const t = new XmlTokenizer({
      open(_tag, tok) {
        tok.startText();
      },
      close(_name, tok) {
        const n = tok.takeDecimal();
        out = Number.isNaN(n) ? (tok.takeText() ?? '') : n;
      },
    });
    t.write(bytes(`<v>${text}</v>`));
    t.end();
    return out;
  }

  test('the same double as Number() for every plain decimal; anything else is left as text', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.stringMatching(/^[0-9]{1,15}$/), fc.option(fc.stringMatching(/^[0-9]{1,10}$/)), (negative, whole, fraction) => {
        const digits = whole.length + (fraction?.length ?? 0);
        fc.pre(digits <= 15);
        const text = `${negative ? '-' : ''}${whole}${fraction === null ? '' : '.' + fraction}`;
        expect(decimal(text)).toBe(Number(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of ['1e5', '1.5E-3', '12345678901234567', ' 5', '5.', '-', '', '1.2.3', '0x10', '9,5']) expect(decimal(text)).toBe(text);
    expect(decimal('0.1')).toBe(0.1);
    expect(decimal('.5')).toBe(Number('.5'));
    expect(decimal('5.75')).toBe(5.75);
    expect(Object.is(decimal('-0'), -0)).toBe(true);
  });
});
