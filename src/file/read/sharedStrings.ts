/**
 * The shared string table (`xl/sharedStrings.xml`) as plain strings: the text of each `<si>`,
 * rich-text runs joined, phonetic guides (`<rPh>`) left out. A string longer than Excel's limit
 * for a cell is kept only as a marker: it is refused where a cell uses it, naming that cell.
 */
import { MAX_CELL_TEXT } from '../limits';
import type { XlsxPackage } from '../package/xlsxPackage';
import { decodeOoxmlEscapes } from '../xml/xmlText';
import { XmlTokenizer, type Tag } from '../xml/xmlTokenizer';

/** A shared string too long for a cell; its length. */
export class TooLongText {
  constructor(readonly length: number) {}
}

export type SharedString = string | TooLongText;

export function readSharedStrings(pkg: XlsxPackage, part: string | null): SharedString[] {
  const out: SharedString[] = [];
  if (part === null) return out;
  let inSi = false;
  let phonetic = 0;
  let text = '';
  let tooLong = false;
  const tok = new XmlTokenizer({
    open(tag: Tag, t) {
      switch (tag.local) {
        case 'si':
          inSi = true;
          text = '';
          tooLong = false;
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
        const piece = t.takeText();
        if (piece === null) tooLong = true;
        else if (!tooLong) text += piece;
        if (text.length > MAX_CELL_TEXT * 2) tooLong = true;
      } else if (local === 'rPh') phonetic--;
      else if (local === 'si') {
        inSi = false;
        const s = decodeOoxmlEscapes(text);
        out.push(tooLong || s.length > MAX_CELL_TEXT ? new TooLongText(tooLong ? Infinity : s.length) : s);
        text = '';
      }
    },
  });
  if (!pkg.stream(part, (c) => tok.write(c))) return out;
  tok.end();
  return out;
}
