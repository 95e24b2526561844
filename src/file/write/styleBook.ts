/**
 * Our cell formats appended to the workbook's `styles.xml`: each distinct look of our cells
 * becomes one font, fill, border, number format and cell format record, added after the
 * workbook's own records, whose indexes (used by every input sheet) never change. A record that
 * is already there, byte for byte (written by an earlier run), is used again instead of being
 * added twice, so running the program again and again does not make the file grow.
 */
import type { CellStyle } from '../../core/index';
import { childNamed, parseXmlTree, type XmlElement } from '../xml/xmlTree';
import { escapeAttr } from '../xml/xmlText';
import { rawText, setAttribute, spliceBytes, type Splice } from '../xml/splice';

export interface SheetFont {
  name: string;
  size: number;
}

/** The sections we add to, in the order the schema puts them (CT_Stylesheet). */
const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const;
type SectionName = (typeof SECTIONS)[number];
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Excel's built-in number formats we may need: their ids (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

interface Section {
  el: XmlElement | null;
  /** Existing records as written, for reuse. */
  existing: string[];
  added: string[];
}

const argb = (hex: string): string => 'FF' + hex.replace(/^#/, '').toUpperCase();

export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

export class StyleBook {
  private readonly bytes: Uint8Array;
  private readonly root: XmlElement;
  private readonly sections = new Map<SectionName, Section>();
  private nextFormatId = 164;
  private readonly formats = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  constructor(styles: Uint8Array | null) {
    this.bytes = styles ?? new TextEncoder().encode(DEFAULT_STYLES);
    this.root = parseXmlTree(this.bytes);
    for (const name of SECTIONS) {
      const el = childNamed(this.root, name) ?? null;
      const existing = el ? el.children.map((c) => rawText(this.bytes, c.start, c.end)) : [];
      this.sections.set(name, { el, existing, added: [] });
    }
    for (const f of childNamed(this.root, 'numFmts')?.children ?? []) {
      const id = Number(f.attrs.get('numFmtId'));
      if (Number.isInteger(id) && id >= this.nextFormatId) this.nextFormatId = id + 1;
      const code = f.attrs.get('formatCode');
      if (code !== undefined && Number.isInteger(id)) this.formats.set(code, id);
    }
  }

  /** Whether the book has a cell style record to point our formats at (xfId). */
  private get hasStyleXfs(): boolean {
    return (this.sections.get('cellStyleXfs')?.existing.length ?? 0) > 0;
  }

  /** Index of a record in a section, adding it when it is not there yet. */
  private record(name: SectionName, xml: string): number {
    const s = this.sections.get(name)!;
    const old = s.existing.indexOf(xml);
    if (old >= 0) return old;
    const added = s.added.indexOf(xml);
    if (added >= 0) return s.existing.length + added;
    s.added.push(xml);
    return s.existing.length + s.added.length - 1;
  }

  private numberFormat(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.record('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  /** The cell format index (the `s` of a cell) for this style in this sheet font. */
  xf(style: CellStyle, font: SheetFont): number {
    const e = style.edges ?? {};
    const key = JSON.stringify([font.name, font.size, style.bold, style.italic, style.underline, style.fontSize, style.color, style.fill, style.hAlign, style.vAlign, style.wrap, style.border, style.numberFormat, e.top, e.bottom, e.left, e.right, style.unlocked]);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;

    const fontXml =
      '<font>' +
      (style.bold ? '<b/>' : '') +
      (style.italic ? '<i/>' : '') +
      (style.underline ? '<u/>' : '') +
      `<sz val="${style.fontSize ?? font.size}"/><color rgb="${argb(style.color ?? '000000')}"/><name val="${escapeAttr(font.name)}"/>` +
      '</font>';
    const fontId = this.record('fonts', fontXml);
    const fillId = style.fill ? this.record('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const edge = (side: 'left' | 'right' | 'top' | 'bottom'): string => {
      const line = e[side] ?? (style.border ? 'thin' : undefined);
      return line ? `<${side} style="${line}"><color rgb="FF000000"/></${side}>` : `<${side}/>`;
    };
    const borderId = this.record('borders', `<border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<diagonal/></border>`);
    const numFmtId = this.numberFormat(style.numberFormat);

    const align: string[] = [];
    if (style.hAlign) align.push(`horizontal="${style.hAlign}"`);
    if (style.vAlign) align.push(`vertical="${style.vAlign === 'middle' ? 'center' : style.vAlign}"`);
    if (style.wrap) align.push('wrapText="1"');
    const xfAttrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"` +
      (this.hasStyleXfs ? ' xfId="0"' : '') +
      ` applyNumberFormat="${numFmtId === 0 ? 0 : 1}" applyFont="1" applyFill="${fillId === 0 ? 0 : 1}" applyBorder="1" applyAlignment="${align.length > 0 ? 1 : 0}"` +
      (style.unlocked ? ' applyProtection="1"' : '');
    // CT_Xf: alignment, then protection (a cell that stays editable on a protected sheet).
    const inner = (align.length > 0 ? `<alignment ${align.join(' ')}/>` : '') + (style.unlocked ? '<protection locked="0"/>' : '');
    const xfXml = inner !== '' ? `<xf ${xfAttrs}>${inner}</xf>` : `<xf ${xfAttrs}/>`;
    const id = this.record('cellXfs', xfXml);
    this.cache.set(key, id);
    return id;
  }

  /** True when records were added (styles.xml must be written). */
  get changed(): boolean {
    return [...this.sections.values()].some((s) => s.added.length > 0);
  }

  /** styles.xml with the added records; the workbook's own bytes everywhere else. */
  toBytes(): Uint8Array {
    const edits: Splice[] = [];
    for (const name of SECTIONS) {
      const s = this.sections.get(name)!;
      if (s.added.length === 0) continue;
      const count = String(s.existing.length + s.added.length);
      const prefixOf = (qname: string): string => (qname.includes(':') ? qname.slice(0, qname.indexOf(':') + 1) : '');
      const withPrefix = (records: string[], prefix: string): string[] => (prefix ? records.map((r) => r.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`)) : records);
      if (s.el) {
        s.added = withPrefix(s.added, prefixOf(s.el.name));
        const el = s.el;
        if (el.openEnd === el.end) {
          // <fonts count="0"/>: opened and closed in one tag.
          const tag = rawText(this.bytes, el.start, el.end).replace(/\s*\/>$/, '>');
          edits.push({ start: el.start, end: el.end, text: setAttribute(tag, 'count', count) + s.added.join('') + `</${el.name}>` });
        } else {
          edits.push({ start: el.start, end: el.openEnd, text: setAttribute(rawText(this.bytes, el.start, el.openEnd), 'count', count) });
          edits.push({ start: el.closeStart, end: el.closeStart, text: s.added.join('') });
        }
      } else {
        // The section is missing: it goes before the first section that follows it in the schema.
        const after = ORDER.slice(ORDER.indexOf(name) + 1);
        const next = this.root.children.find((c) => after.includes(c.local));
        const at = next ? next.start : this.root.closeStart;
        const prefix = prefixOf(this.root.name);
        const records = withPrefix(s.added, prefix);
        edits.push({ start: at, end: at, text: `<${prefix}${name} count="${count}">${records.join('')}</${prefix}${name}>` });
      }
    }
    return spliceBytes(this.bytes, edits);
  }
}
