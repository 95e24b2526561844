/** Replacing byte ranges of a part and keeping every other byte as it was. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

const encoder = new TextEncoder();

/** Applies non-overlapping edits (in any order) to the bytes. */
export function spliceBytes(bytes: Uint8Array, edits: readonly Splice[]): Uint8Array {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping edits');
    pieces.push(bytes.subarray(at, e.start), encoder.encode(e.text));
    at = e.end;
  }
  pieces.push(bytes.subarray(at));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of pieces) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

const decoder = new TextDecoder();

/** The text of a byte range (a start tag, an element) as the part spells it. */
export const rawText = (bytes: Uint8Array, start: number, end: number): string => decoder.decode(bytes.subarray(start, end));

/** A start tag with one attribute set (added or replaced), the rest as written. */
export function setAttribute(startTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(startTag)) return startTag.replace(re, `$1"${value}"`);
  return startTag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** A start tag without one attribute. */
export function removeAttribute(startTag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  return startTag.replace(re, '');
}
