/**
 * A streaming XML tokenizer over UTF-8 bytes, written for the parts of a spreadsheet package:
 * fed chunk by chunk as a part inflates, it reports elements as they open and close, with their
 * byte offsets (so that a writer can splice one element of a part and leave every other byte as
 * it was), and collects character data only where its handler asks for it.
 *
 * Deliberately small and strict where safety needs it: a document type declaration (and so any
 * entity definition) is refused, as are entity references other than XML's five and character
 * references; nesting is limited (MAX_XML_DEPTH), as is the size of one tag, comment or CDATA
 * section (MAX_TOKEN_BYTES). Tags must nest and match. Namespaces are not resolved: handlers match
 * local names (`c`, `v`, `sheet`), which is how every writer of these parts uses them.
 */
import { MAX_TOKEN_BYTES, MAX_XML_DEPTH } from '../limits';
import { XmlProblem } from './xmlProblem';
import { decodeXmlEntities } from './xmlText';

export { XmlProblem, type XmlProblemKind } from './xmlProblem';

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

/** 10^0 … 10^22, all exact doubles. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

const isSpace = (b: number): boolean => b === 32 || b === 10 || b === 13 || b === 9;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new XmlProblem('malformed', 'text is not valid UTF-8');
  }
}

/** ASCII bytes as a string without a decoder (names are short and nearly always ASCII). */
function asciiName(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c >= 128) return decodeUtf8(b.subarray(from, to));
    s += String.fromCharCode(c);
  }
  return s;
}

/**
 * Names seen in a part are few (c, v, row, t…) and seen again and again: each is made into a
 * string once and looked up by a hash of its bytes afterwards, sparing the garbage collector.
 */
class NameCache {
  private readonly table = new Map<number, string[]>();

  get(b: Uint8Array, from: number, to: number): string {
    let h = to - from;
    for (let i = from; i < to; i++) h = (h * 31 + b[i]) | 0;
    let bucket = this.table.get(h);
    if (bucket !== undefined) {
      for (const s of bucket) if (sameAscii(s, b, from, to)) return s;
    } else {
      bucket = [];
      if (this.table.size < 4096) this.table.set(h, bucket);
    }
    const s = asciiName(b, from, to);
    bucket.push(s);
    return s;
  }
}

function sameAscii(s: string, b: Uint8Array, from: number, to: number): boolean {
  if (s.length !== to - from) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== b[from + i]) return false;
  return true;
}

/** One start tag, valid only during the handler's call. */
export class Tag {
  /** Qualified name as written (`x:c` or `c`). */
  name = '';
  /** Name without its prefix. */
  local = '';
  /** `<x/>`: a close event follows at once. */
  selfClosing = false;
  /** Absolute byte offset of `<` and just after `>`. */
  start = 0;
  end = 0;
  /** @internal the tag's bytes and where its attributes start and end. */
  buf: Uint8Array = new Uint8Array(0);
  from = 0;
  to = 0;
  /** Where the value found by `find` is, in `buf`. */
  valueFrom = 0;
  valueTo = 0;
  /** The attribute `next` has just read. */
  private nameFrom = 0;
  private nameTo = 0;

  /**
   * Reads the attribute starting at or after `i` (skipping spaces) into nameFrom…valueTo;
   * returns where the next one may start, or -1 when there is none.
   */
  private next(i: number): number {
    const b = this.buf;
    const end = this.to;
    while (i < end && isSpace(b[i])) i++;
    if (i >= end) return -1;
    this.nameFrom = i;
    while (i < end && b[i] !== 61 && !isSpace(b[i])) i++;
    this.nameTo = i;
    while (i < end && isSpace(b[i])) i++;
    if (b[i] !== 61 || this.nameTo === this.nameFrom) throw new XmlProblem('malformed', 'attribute without a value');
    i++;
    while (i < end && isSpace(b[i])) i++;
    const q = b[i];
    if (q !== QUOTE && q !== APOS) throw new XmlProblem('malformed', 'attribute value not quoted');
    this.valueFrom = ++i;
    while (i < end && b[i] !== q) i++;
    if (i >= end) throw new XmlProblem('malformed', 'attribute value not closed');
    this.valueTo = i;
    return i + 1;
  }

  /**
   * Finds an attribute by qualified name without making strings; its raw value is then
   * buf[valueFrom, valueTo). False when absent.
   */
  find(name: string): boolean {
    const b = this.buf;
    const n = name.length;
    for (let i = this.next(this.from); i >= 0; i = this.next(i)) {
      if (this.nameTo - this.nameFrom !== n) continue;
      let k = 0;
      while (k < n && b[this.nameFrom + k] === name.charCodeAt(k)) k++;
      if (k === n) return true;
    }
    return false;
  }

  /** The value of an attribute by qualified name (`r`, `r:id`), entities decoded; null when absent. */
  attr(name: string): string | null {
    return this.find(name) ? attributeValue(this.buf, this.valueFrom, this.valueTo) : null;
  }

  /** Every attribute in order: its qualified name and a function that decodes its value. */
  eachAttr(f: (name: string, value: () => string) => void): void {
    const b = this.buf;
    for (let i = this.next(this.from); i >= 0; i = this.next(i)) {
      const from = this.valueFrom;
      const to = this.valueTo;
      f(asciiName(b, this.nameFrom, this.nameTo), () => attributeValue(b, from, to));
    }
  }
}

function attributeValue(b: Uint8Array, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c >= 128 || c === 38 || c === 9 || c === 10 || c === 13 || c === LT) {
      plain = false;
      break;
    }
  }
  if (plain) return asciiName(b, from, to);
  const raw = decodeUtf8(b.subarray(from, to));
  if (raw.includes('<')) throw new XmlProblem('malformed', '< in an attribute value');
  // Attribute value normalisation: literal tabs and line ends become spaces (XML 1.0 §3.3.3).
  return decodeXmlEntities(raw.replace(/[\t\n\r]/g, ' '));
}

export interface XmlHandler {
  open(tag: Tag, tokenizer: XmlTokenizer): void;
  /** `local` is the name without its prefix. */
  close(name: string, tokenizer: XmlTokenizer, start: number, end: number, local: string): void;
}

const EMPTY = new Uint8Array(0);

export class XmlTokenizer {
  private pending: Uint8Array = EMPTY;
  /** Absolute offset of pending[0]. */
  private base = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private first = true;
  private readonly tag = new Tag();
  private readonly names = new NameCache();
  /** Local names by qualified name, computed once each. */
  private readonly locals = new Map<string, string>();
  /** Character data being collected (startText … takeText): pieces, or one range of a buffer. */
  private textParts: Uint8Array[] | null = null;
  /** The array textParts uses, kept between texts (one less allocation per cell). */
  private readonly spareParts: Uint8Array[] = [];
  private textBuf: Uint8Array | null = null;
  private textFrom = 0;
  private textTo = 0;
  private textBytes = 0;
  private textOverflow = false;
  /** Bytes of character data collected at most before the text counts as too long. */
  textLimit = 1024 * 1024;

  constructor(private readonly handler: XmlHandler) {}

  get depth(): number {
    return this.stack.length;
  }

  private localOf(name: string): string {
    let local = this.locals.get(name);
    if (local === undefined) {
      const colon = name.indexOf(':');
      local = colon < 0 ? name : name.slice(colon + 1);
      this.locals.set(name, local);
    }
    return local;
  }

  /** Starts collecting character data (text and CDATA) until takeText. */
  startText(): void {
    if (this.textParts === null) this.textParts = this.spareParts;
    this.textParts.length = 0;
    this.textBuf = null;
    this.textBytes = 0;
    this.textOverflow = false;
  }

  /**
   * The character data since startText as a plain decimal number ("12", "-3", "5.75"), read from
   * the bytes without making a string; NaN (and the text left to takeText) when it is anything
   * else — an exponent, more than 15 digits, an entity, text in pieces. The value is the same
   * double Number() gives: a whole number below 2^53 divided by an exact power of ten is
   * correctly rounded once.
   */
  takeDecimal(): number {
    const b = this.textBuf;
    if (this.textParts === null || b === null || this.textParts.length !== 0 || this.textOverflow) return NaN;
    let i = this.textFrom;
    const to = this.textTo;
    let negative = false;
    if (b[i] === 45) {
      negative = true;
      i++;
    }
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (; i < to; i++) {
      const c = b[i];
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (c === 46 && decimals < 0) decimals = 0;
      else return NaN;
    }
    if (digits === 0 || digits > 15 || decimals === 0) return NaN;
    const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
    this.textParts = null;
    this.textBuf = null;
    return negative ? -value : value;
  }

  /** True when the last text taken was longer than textLimit bytes: takeText gave its beginning. */
  textCut = false;

  /** The character data since startText, entities decoded (only its beginning when it passed textLimit). */
  takeText(): string {
    const parts = this.textParts;
    this.textParts = null;
    this.textCut = this.textOverflow;
    if (parts === null) return '';
    const single = this.textBuf;
    this.textBuf = null;
    if (single !== null && parts.length === 0) {
      // One run of text in one buffer (a number, an index, most cells): read in place.
      const from = this.textFrom;
      const to = this.textTo;
      if (to - from <= 32) {
        let s = '';
        let i = from;
        for (; i < to; i++) {
          const c = single[i];
          if (c >= 128 || c === 38 || c === 0) break;
          s += String.fromCharCode(c);
        }
        if (i === to) return s;
      }
      parts.push(single.subarray(from, to));
    }
    if (parts.length === 0) return '';
    let bytes: Uint8Array;
    if (parts.length === 1) bytes = parts[0];
    else {
      bytes = new Uint8Array(this.textBytes);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
    }
    // Short plain ASCII (numbers, shared string indexes): no decoder needed.
    if (bytes.length <= 32) {
      let s = '';
      let plain = true;
      for (let i = 0; i < bytes.length; i++) {
        const c = bytes[i];
        if (c >= 128 || c === 38 || c === 0) {
          plain = false;
          break;
        }
        s += String.fromCharCode(c);
      }
      if (plain) return s;
    }
    // CDATA sections were collected with a marker byte 0 in front: kept verbatim.
    if (bytes.indexOf(0) >= 0) return this.mixedText(bytes);
    return decodeXmlEntities(decodeUtf8(bytes));
  }

  private mixedText(bytes: Uint8Array): string {
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      const mark = bytes.indexOf(0, i);
      if (mark < 0) {
        out += decodeXmlEntities(decodeUtf8(bytes.subarray(i)));
        break;
      }
      out += decodeXmlEntities(decodeUtf8(bytes.subarray(i, mark)));
      const end = bytes.indexOf(0, mark + 1);
      out += decodeUtf8(bytes.subarray(mark + 1, end));
      i = end + 1;
    }
    return out;
  }

  private collect(bytes: Uint8Array): void {
    if (this.textParts === null || this.textOverflow || bytes.length === 0) return;
    this.flushRange();
    const room = this.textLimit - this.textBytes;
    if (bytes.length > room) {
      // Past the limit: the beginning is kept (takeText returns it), the rest is skipped unread.
      this.textOverflow = true;
      if (room > 0) this.textParts.push(safePrefix(bytes.subarray(0, room)));
      this.textBytes = this.textLimit;
      return;
    }
    this.textBytes += bytes.length;
    this.textParts.push(bytes);
  }

  /** Character data b[from, to): kept as a range while it is the only piece. */
  private collectRange(b: Uint8Array, from: number, to: number): void {
    if (this.textParts === null || this.textOverflow || to <= from) return;
    if (this.textBuf === null && this.textParts.length === 0) {
      if (to - from > this.textLimit) {
        this.collect(b.subarray(from, to));
        return;
      }
      this.textBytes = to - from;
      this.textBuf = b;
      this.textFrom = from;
      this.textTo = to;
      return;
    }
    this.collect(b.subarray(from, to));
  }

  /** A range kept in place becomes a piece once a second piece comes. */
  private flushRange(): void {
    if (this.textBuf !== null && this.textParts !== null) {
      this.textParts.push(this.textBuf.subarray(this.textFrom, this.textTo));
      this.textBuf = null;
    }
  }

  /** Feeds the next bytes of the document. */
  write(chunk: Uint8Array): void {
    let b: Uint8Array;
    if (this.pending.length === 0) {
      b = chunk;
    } else {
      b = new Uint8Array(this.pending.length + chunk.length);
      b.set(this.pending, 0);
      b.set(chunk, this.pending.length);
    }
    let i = 0;
    if (this.first) {
      if (b.length < 3) {
        this.pending = b;
        return;
      }
      this.first = false;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
      else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) throw new XmlProblem('malformed', 'UTF-16 parts are not supported');
    }
    const n = b.length;
    while (i < n) {
      const lt = b.indexOf(LT, i);
      if (lt < 0) {
        this.chars(b, i, n);
        i = n;
        break;
      }
      if (lt > i) this.chars(b, i, lt);
      const next = this.token(b, lt);
      if (next < 0) {
        i = lt;
        break;
      }
      i = next;
    }
    this.base += i;
    this.pending = i < n ? b.subarray(i) : EMPTY;
    if (this.pending.length > MAX_TOKEN_BYTES) throw new XmlProblem('tooLong', 'a tag, comment or CDATA section is too long');
  }

  /** The document is complete: anything left open means it was cut short. */
  end(): void {
    for (let i = 0; i < this.pending.length; i++) {
      if (!isSpace(this.pending[i])) throw new XmlProblem('malformed', 'the document ends inside a tag');
    }
    if (this.stack.length > 0) throw new XmlProblem('malformed', `the document ends inside <${this.stack[this.stack.length - 1]}>`);
    if (!this.rootSeen) throw new XmlProblem('malformed', 'the document has no element');
  }

  private chars(b: Uint8Array, from: number, to: number): void {
    if (this.stack.length === 0) {
      for (let k = from; k < to; k++) if (!isSpace(b[k])) throw new XmlProblem('malformed', 'text outside the root element');
      return;
    }
    if (this.textParts !== null) this.collectRange(b, from, to);
  }

  /** Where the next " and ' are in the current buffer (searched once, then reused). */
  private quoteAt = -1;
  private aposAt = -1;
  private searchBuf: Uint8Array | null = null;

  private nextQuote(b: Uint8Array, from: number, ch: number): number {
    if (this.searchBuf !== b) {
      this.searchBuf = b;
      this.quoteAt = -1;
      this.aposAt = -1;
    }
    if (ch === QUOTE) {
      if (this.quoteAt !== Infinity && this.quoteAt < from) {
        const i = b.indexOf(QUOTE, from);
        this.quoteAt = i < 0 ? Infinity : i;
      }
      return this.quoteAt;
    }
    if (this.aposAt !== Infinity && this.aposAt < from) {
      const i = b.indexOf(APOS, from);
      this.aposAt = i < 0 ? Infinity : i;
    }
    return this.aposAt;
  }

  /** The > that ends the start tag at `lt`, skipping quoted values; -1 when not in this buffer yet. */
  private tagEnd(b: Uint8Array, lt: number): number {
    let from = lt + 1;
    for (;;) {
      const gt = b.indexOf(GT, from);
      if (gt < 0) return -1;
      const q = Math.min(this.nextQuote(b, from, QUOTE), this.nextQuote(b, from, APOS));
      if (q > gt) {
        const inner = b.indexOf(LT, lt + 1);
        if (inner >= 0 && inner < gt) throw new XmlProblem('malformed', '< inside a tag');
        return gt;
      }
      // A quoted value starts before this >: the tag goes on after its closing quote.
      const close = b.indexOf(b[q], q + 1);
      if (close < 0) return -1;
      from = close + 1;
    }
  }

  /** Handles the token at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private token(b: Uint8Array, lt: number): number {
    const n = b.length;
    if (lt + 1 >= n) return -1;
    const c = b[lt + 1];
    if (c === QUESTION) {
      const end = findSeq(b, lt + 2, 63, 62); // ?>
      return end < 0 ? -1 : end + 2;
    }
    if (c === BANG) return this.bang(b, lt);
    if (c === SLASH) {
      const gt = b.indexOf(GT, lt + 2);
      if (gt < 0) return -1;
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1])) nameEnd--;
      const name = this.names.get(b, lt + 2, nameEnd);
      const open = this.stack.pop();
      if (open !== name) throw new XmlProblem('malformed', `</${name}> closes <${open ?? ''}>`);
      this.handler.close(name, this, this.base + lt, this.base + gt + 1, this.localOf(name));
      return gt + 1;
    }
    // A start tag: its end is the first > outside quoted attribute values. Found with the
    // engine's own search (indexOf) rather than byte by byte, which matters on a cold start.
    const gt = this.tagEnd(b, lt);
    if (gt < 0) return -1;
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isSpace(b[nameEnd]) && b[nameEnd] !== SLASH) nameEnd++;
    if (nameEnd === lt + 1) throw new XmlProblem('malformed', 'a tag without a name');
    const selfClosing = b[gt - 1] === SLASH;
    const tag = this.tag;
    tag.name = this.names.get(b, lt + 1, nameEnd);
    tag.local = this.localOf(tag.name);
    tag.selfClosing = selfClosing;
    tag.start = this.base + lt;
    tag.end = this.base + gt + 1;
    tag.buf = b;
    tag.from = nameEnd;
    tag.to = selfClosing ? gt - 1 : gt;
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlProblem('malformed', 'a second root element');
      this.rootSeen = true;
    }
    if (this.stack.length >= MAX_XML_DEPTH) throw new XmlProblem('tooDeep', `elements nested more than ${MAX_XML_DEPTH} deep`);
    this.stack.push(tag.name);
    this.handler.open(tag, this);
    if (selfClosing) {
      this.stack.pop();
      this.handler.close(tag.name, this, this.base + gt + 1, this.base + gt + 1, tag.local);
    }
    return gt + 1;
  }

  private bang(b: Uint8Array, lt: number): number {
    const n = b.length;
    if (lt + 3 >= n) return -1;
    if (b[lt + 2] === 45 && b[lt + 3] === 45) {
      // <!-- … -->
      const end = findSeq3(b, lt + 4, 45, 45, 62);
      return end < 0 ? -1 : end + 3;
    }
    if (b[lt + 2] === 91) {
      // <![CDATA[ … ]]>
      if (lt + 9 > n) return -1;
      if (asciiName(b, lt + 2, lt + 9) !== '[CDATA[') throw new XmlProblem('malformed', 'unknown <![ section');
      if (this.stack.length === 0) throw new XmlProblem('malformed', 'CDATA outside the root element');
      const end = findSeq3(b, lt + 9, 93, 93, 62);
      if (end < 0) return -1;
      if (this.textParts !== null) {
        // Marked with a 0 byte on each side (0 cannot occur in XML), so takeText keeps it verbatim.
        const part = new Uint8Array(end - (lt + 9) + 2);
        part.set(b.subarray(lt + 9, end), 1);
        this.collect(part);
      }
      return end + 3;
    }
    // <!DOCTYPE, <!ENTITY, <!ELEMENT …: never in a spreadsheet part, and the door to entity bombs.
    throw new XmlProblem('dtd', 'a document type declaration');
  }
}

/**
 * The longest beginning of a cut text that still decodes: no UTF-8 sequence cut in two, no
 * entity reference cut before its `;`.
 */
function safePrefix(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  // Back to the start of the last character when it is a multi-byte one that may be incomplete.
  let back = end - 1;
  while (back >= 0 && back > end - 4 && (bytes[back] & 0xc0) === 0x80) back--;
  if (back >= 0 && bytes[back] >= 0xc0) end = back;
  const amp = bytes.lastIndexOf(38, end - 1);
  if (amp >= 0 && bytes.indexOf(59, amp) < 0) end = amp;
  return bytes.subarray(0, end);
}

function findSeq(b: Uint8Array, from: number, x: number, y: number): number {
  for (let i = b.indexOf(x, from); i >= 0 && i + 1 < b.length; i = b.indexOf(x, i + 1)) if (b[i + 1] === y) return i;
  return -1;
}

function findSeq3(b: Uint8Array, from: number, x: number, y: number, z: number): number {
  for (let i = b.indexOf(x, from); i >= 0 && i + 2 < b.length; i = b.indexOf(x, i + 1)) if (b[i + 1] === y && b[i + 2] === z) return i;
  return -1;
}

/** Tokenizes a whole document held in memory. */
export function tokenize(bytes: Uint8Array, handler: XmlHandler): void {
  const t = new XmlTokenizer(handler);
  t.write(bytes);
  t.end();
}
