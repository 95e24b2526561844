/**
 * The values of one worksheet, streamed: the cells of `<sheetData>` as they inflate, each as the
 * plain value the core reads (src/core/grid.ts) — the cached result of a formula, an error value
 * as its text ("#REF!"), booleans, numbers, and text (shared, inline or a formula's string result).
 * Nothing else of the sheet is looked at: no styles, so a date arrives as its serial number, as
 * Office.js gives it.
 *
 * Bounded: each cell's text is cut at Excel's 32 767 characters (only a hand-made file holds more;
 * the rest is skipped unread), and once the values read from the workbook pass the core's cell limit the
 * sheet is only measured from there on (its used range, for the core's refusal), never stored.
 */
import { columnLetters, type CellValue } from '../../core/index';
import { MAX_CELL_TEXT } from '../limits';
import type { XlsxPackage } from '../package/xlsxPackage';
import { decodeOoxmlEscapes } from '../xml/xmlText';
import { XmlProblem } from '../xml/xmlProblem';
import { XmlTokenizer, type Tag } from '../xml/xmlTokenizer';
import { capText, type SharedString } from './sharedStrings';

/** The values of a sheet as read: only rows and cells holding a value are stored. */
export interface SparseSheet {
  name: string;
  /** rows[r] exists only for rows holding a value. */
  rows: CellValue[][];
  /** 1 + the last row holding a value (0 for none). */
  height: number;
  /** 1 + the last column holding a value (0 for none). */
  width: number;
  /** Values stored. */
  count: number;
  /** True when the values were not kept (the workbook is over the cell limit): only height and width count. */
  measuredOnly: boolean;
}

/** How many values the reader may still store (shared by the sheets of one read). */
export interface ValueBudget {
  left: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

const TYPES = ['s', 'n', 'b', 'e', 'str', 'inlineStr', 'd'];

/** The cell type attribute as one of the known strings (no new string per cell). */
function typeName(b: Uint8Array, from: number, to: number): string {
  for (const t of TYPES) {
    if (t.length !== to - from) continue;
    let k = 0;
    while (k < t.length && t.charCodeAt(k) === b[from + k]) k++;
    if (k === t.length) return t;
  }
  return new TextDecoder().decode(b.subarray(from, to));
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** An ISO date cell (`t="d"`) as the serial number Excel shows for it. */
function isoToSerial(text: string, date1904: boolean): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : text + 'Z');
  if (Number.isNaN(ms)) return null;
  const serial = (ms - EPOCH_1900) / DAY_MS;
  return date1904 ? serial - 1462 : serial;
}

export interface SheetReadOptions {
  sharedStrings: readonly SharedString[];
  date1904: boolean;
  budget: ValueBudget;
}

/** Reads the values of the worksheet `part` of the sheet `name`. */
export function readSheetValues(pkg: XlsxPackage, part: string, name: string, o: SheetReadOptions): SparseSheet {
  const sheet: SparseSheet = { name, rows: [], height: 0, width: 0, count: 0, measuredOnly: false };
  let inData = false;
  let rowIndex = -1;
  let colIndex = -1;
  // The cell being read.
  let inCell = false;
  let type = 'n';
  let cellRow = 0;
  let cellCol = 0;
  let value: string | null = null;
  /** The value read straight as a number (numbers, shared string indexes); NaN when it was not. */
  let number = NaN;
  let inline = '';
  let inInline = false;
  let phonetic = 0;

  const cellName = (): string => columnLetters(cellCol) + String(cellRow + 1);

  const finish = (): void => {
    let v: CellValue = null;
    switch (type) {
      case 's': {
        if (Number.isNaN(number) && (value === null || value === '')) break;
        const idx = Number.isNaN(number) ? Number(value) : number;
        const s = Number.isInteger(idx) ? o.sharedStrings[idx] : undefined;
        if (s === undefined) throw new XmlProblem('malformed', `${name}!${cellName()} refers to shared string ${value}, which does not exist`);
        v = s;
        break;
      }
      case 'inlineStr':
        v = decodeOoxmlEscapes(inline);
        break;
      case 'str':
        v = value === null ? null : decodeOoxmlEscapes(value);
        break;
      case 'b':
        v = value === null || value === '' ? null : value === '1' || value === 'true';
        break;
      case 'e':
        v = value;
        break;
      case 'd':
        v = value === null || value === '' ? null : (isoToSerial(value, o.date1904) ?? value);
        break;
      default: {
        if (!Number.isNaN(number)) {
          v = number;
          break;
        }
        if (value === null) break;
        const trimmed = value.trim();
        if (trimmed === '') break;
        const n = Number(trimmed);
        // Not a number after all (a hand-made file): the text as written, for the core to report.
        v = Number.isNaN(n) ? trimmed : n;
      }
    }
    if (typeof v === 'string') {
      v = capText(v);
      if (v === '') v = null;
    }
    if (v === null) return;
    if (cellRow + 1 > sheet.height) sheet.height = cellRow + 1;
    if (cellCol + 1 > sheet.width) sheet.width = cellCol + 1;
    if (!sheet.measuredOnly && o.budget.left <= 0) {
      sheet.measuredOnly = true;
      sheet.rows = [];
    }
    if (sheet.measuredOnly) return;
    o.budget.left--;
    sheet.count++;
    let line = sheet.rows[cellRow];
    if (line === undefined) line = sheet.rows[cellRow] = [];
    line[cellCol] = v;
  };

  const tok = new XmlTokenizer({
    open(tag: Tag, t) {
      const local = tag.local;
      if (!inData) {
        if (local === 'sheetData') inData = true;
        return;
      }
      if (inCell) {
        if (local === 'v') t.startText();
        else if (local === 'is') {
          inInline = true;
          inline = '';
        } else if (local === 'rPh') phonetic++;
        else if (local === 't' && inInline && phonetic === 0) t.startText();
        return;
      }
      if (local === 'c') {
        if (tag.find('r')) {
          // The reference straight from the bytes: letters, then digits.
          const b = tag.buf;
          let col = 0;
          let row = 0;
          let i = tag.valueFrom;
          const end = tag.valueTo;
          for (; i < end; i++) {
            const ch = b[i];
            if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
            else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
            else break;
          }
          const digits = i;
          for (; i < end; i++) {
            const ch = b[i];
            if (ch < 48 || ch > 57) break;
            row = row * 10 + (ch - 48);
          }
          if (i !== end || digits === tag.valueFrom || digits === end || col > MAX_COLS || row < 1 || row > MAX_ROWS) {
            throw new XmlProblem('malformed', `${name}: "${tag.attr('r')}" is not a cell reference`);
          }
          cellRow = row - 1;
          cellCol = col - 1;
        } else {
          cellRow = rowIndex < 0 ? 0 : rowIndex;
          cellCol = colIndex + 1;
          if (cellCol >= MAX_COLS) throw new XmlProblem('malformed', `${name}: a row with more than ${MAX_COLS} cells`);
        }
        colIndex = cellCol;
        type = tag.find('t') ? typeName(tag.buf, tag.valueFrom, tag.valueTo) : 'n';
        value = null;
        number = NaN;
        inline = '';
        inInline = false;
        inCell = true;
      } else if (local === 'row') {
        const r = tag.attr('r');
        const n = r === null ? rowIndex + 2 : Number(r);
        if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) throw new XmlProblem('malformed', `${name}: row number "${r}"`);
        rowIndex = n - 1;
        colIndex = -1;
      }
    },
    close(_qname, t, _start, _end, local) {
      if (!inData) return;
      if (inCell) {
        if (local === 'c') {
          inCell = false;
          finish();
        } else if (local === 'v') {
          if (type === 'n' || type === 's') {
            number = t.takeDecimal();
            if (!Number.isNaN(number)) return;
          }
          value = t.takeText();
        } else if (local === 't' && inInline && phonetic === 0) {
          const piece = t.takeText();
          if (inline.length <= MAX_CELL_TEXT * 2) inline += piece;
        } else if (local === 'rPh') phonetic--;
        else if (local === 'is') inInline = false;
        return;
      }
      if (local === 'sheetData') inData = false;
    },
  });
  pkg.stream(part, (c) => tok.write(c));
  tok.end();
  return sheet;
}
