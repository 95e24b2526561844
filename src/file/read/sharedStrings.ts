/**
 * The shared string table (`xl/sharedStrings.xml`) as plain strings: the text of each `<si>`,
 * rich-text runs joined, phonetic guides (`<rPh>`) left out. A string longer than Excel's limit
 * for a cell (which only a hand-made file can hold) is cut to that limit (capText).
 */
import { MAX_CELL_TEXT } from '../limits';
import type { XlsxPackage } from '../package/xlsxPackage';
import { decodeOoxmlEscapes } from '../xml/xmlText';
import { XmlTokenizer, type Tag } from '../xml/xmlTokenizer';

export type SharedString = string;

/** Excel's limit for one cell: longer text is cut there (never in the middle of a surrogate pair). */
export function capText(s: string): string {
  if (s.length <= MAX_CELL_TEXT) return s;
  const cut = s.charCodeAt(MAX_CELL_TEXT - 1) >= 0xd800 && s.charCodeAt(MAX_CELL_TEXT - 1) <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return s.slice(0, cut);
}

export function readSharedStrings(pkg: XlsxPackage, part: string | null): SharedString[] {
  const out: SharedString[] = [];
  if (part === null) return out;
  let inSi = false;
  let phonetic = 0;
  let text = '';
  const tok = new XmlTokenizer({
    open(tag: Tag, t) {
      switch (tag.local) {
        case 'si':
          inSi = true;
          text = '';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inSi && phonetic === 0) t.startText();
          break;
      }
    },
    close(_name, t, _start, _end, local) {
      if (local === 't' && inSi && phonetic === 0) {
        // Beyond twice the limit nothing more can remain after the cut: not kept.
        if (text.length <= MAX_CELL_TEXT * 2) text += t.takeText();
        else t.takeText();
      } else if (local === 'rPh') phonetic--;
      else if (local === 'si') {
        inSi = false;
        out.push(capText(decodeOoxmlEscapes(text)));
        text = '';
      }
    },
  });
  if (!pkg.stream(part, (c) => tok.write(c))) return out;
  tok.end();
  return out;
}
