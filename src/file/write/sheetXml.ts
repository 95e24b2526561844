/**
 * One output sheet description (src/core/sheet.ts) as worksheet XML: values as one block from A1
 * (numbers as numbers, every text as an inline string, so a text starting with "=" stays text),
 * styles per cell (overlapping ranges merged, later ones winning), merges, column widths, row
 * heights, in-workbook links as HYPERLINK formulas with their shown value cached, drop-down lists,
 * frozen header rows, gridlines, and the page setup of docs/tai-lieu-in.md. Notes go to a comments part
 * with the VML drawing Excel needs to show them (commentsXml / vmlXml). Elements follow the order
 * of the schema's CT_Worksheet.
 */
import { a1, parseA1, type CellStyle, type SheetDescription } from '../../core/index';
import { escapeAttr, escapeMarkup, escapeText } from '../xml/xmlText';
import { cmToInches, PAPER_A4 } from './pageSetup';
import type { StyleBook } from './styleBook';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Excel keeps an in-cell list to 255 characters. */
const LIST_LIMIT = 255;

/** Later keys override earlier ones; undefined keys leave the earlier value; edges merge side by side. */
export function mergeStyles(base: CellStyle, over: CellStyle): CellStyle {
  const out: CellStyle = { ...base };
  for (const [k, v] of Object.entries(over) as [keyof CellStyle, CellStyle[keyof CellStyle]][]) {
    if (v === undefined) continue;
    if (k === 'edges') out.edges = { ...(out.edges ?? {}), ...(v as CellStyle['edges']) };
    else (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/**
 * The style a range gives one of its cells: `edges` are the range's outer edges, so a cell gets
 * only those it lies on (the top edge on the range's first row, …).
 */
export function cellPart(style: CellStyle, box: { top: number; left: number; bottom: number; right: number }, r: number, c: number): CellStyle {
  const e = style.edges;
  if (e === undefined) return style;
  const edges: NonNullable<CellStyle['edges']> = {};
  if (e.top && r === box.top) edges.top = e.top;
  if (e.bottom && r === box.bottom) edges.bottom = e.bottom;
  if (e.left && c === box.left) edges.left = e.left;
  if (e.right && c === box.right) edges.right = e.right;
  const { edges: _all, ...rest } = style;
  return Object.keys(edges).length > 0 ? { ...rest, edges } : rest;
}

/** 0-based corners of "A5:H12" or "B3"; null when it is not an A1 range. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A row break spans every column: the last column index (XFD) as Excel writes it. */
const MAX_COLUMN_INDEX = 16383;

/**
 * The header and footer (ECMA-376 CT_HeaderFooter, elements in schema order): the centre parts
 * of every page and, with `firstPage`, the first page's own ones (an empty part is left out).
 */
export function headerFooterXml(p: NonNullable<SheetDescription['pageSetup']>): string {
  const part = (tag: string, text: string): string => (text === '' ? '' : `<${tag}>${escapeText('&C' + text)}</${tag}>`);
  const first = p.firstPage;
  const inner =
    part('oddHeader', p.headerCenter) +
    part('oddFooter', p.footerCenter) +
    (first ? part('firstHeader', first.headerCenter) + part('firstFooter', first.footerCenter) : '');
  if (inner === '' && !first) return '';
  return `<headerFooter${first ? ' differentFirst="1"' : ''}>${inner}</headerFooter>`;
}

/** Excel string literal: double every quote. */
const quoted = (s: string): string => '"' + s.replace(/"/g, '""') + '"';

/**
 * An in-workbook link as a HYPERLINK formula: it works in Excel, Excel on the web and
 * LibreOffice alike, and needs no relationship part.
 */
export function linkFormula(sheet: string, target: string, shown: string | number): string {
  const address = `#'${sheet.replace(/'/g, "''")}'!${target}`;
  return `HYPERLINK(${quoted(address)},${typeof shown === 'number' ? String(shown) : quoted(shown)})`;
}

/** A text cell's content: an inline string, spaces kept. */
export function inlineString(text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escapeText(text)}</t></is>`;
}

/** A cell with a value (or none) and a style index. */
export function cellXml(ref: string, value: string | number | boolean | null | undefined, style: number | null): string {
  const s = style === null ? '' : ` s="${style}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string' && value !== '') return `<c r="${ref}"${s} t="inlineStr">${inlineString(value)}</c>`;
  return `<c r="${ref}"${s}/>`;
}

const CELL_KEY_WIDTH = 16384; // Excel's column count: row * width + col is unique per cell

export interface SheetParts {
  sheet: string;
  /** The comments part, when the sheet has notes. */
  comments: string | null;
  /** The VML drawing that shows the notes. */
  vml: string | null;
  /** Whether the sheet holds formulas (the workbook's calculation chain is then rebuilt by Excel). */
  hasFormulas: boolean;
}

export interface SheetXmlOptions {
  styles: StyleBook;
  /** Relationship id of the VML drawing in the sheet's relationships (when there are notes). */
  vmlRelId: string;
  /** A number unique in the workbook for the drawing's shape ids. */
  drawingNumber: number;
}

export function sheetXml(d: SheetDescription, o: SheetXmlOptions): SheetParts {
  const { styles } = o;
  const sheetFontXf = styles.xf({}, d.font);
  const height = d.values.length;
  let width = 0;
  for (const line of d.values) if (line.length > width) width = line.length;

  // Styles: the sheet font on every cell of the block, then the ranges in order.
  const cellStyles = new Map<number, CellStyle>();
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) cellStyles.set(r * CELL_KEY_WIDTH + c, {});
  for (const { range, style } of d.styles) {
    const box = parseRange(range);
    if (!box) continue;
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const key = r * CELL_KEY_WIDTH + c;
        cellStyles.set(key, mergeStyles(cellStyles.get(key) ?? {}, cellPart(style, box, r, c)));
      }
    }
  }
  const links = new Map<number, { sheet: string; target: string }>();
  for (const link of d.links) {
    const at = parseA1(link.cell);
    if (at) links.set(at.row * CELL_KEY_WIDTH + at.col, link);
  }

  // Rows: every row with a styled cell, a value or an explicit height.
  const rowHeights = new Map(d.rowHeights.map((h) => [h.row, h.height]));
  const byRow = new Map<number, number[]>();
  for (const key of cellStyles.keys()) {
    const r = Math.floor(key / CELL_KEY_WIDTH);
    const list = byRow.get(r);
    if (list) list.push(key);
    else byRow.set(r, [key]);
  }
  for (const key of links.keys()) {
    const r = Math.floor(key / CELL_KEY_WIDTH);
    if (!byRow.has(r)) byRow.set(r, [key]);
    else if (!cellStyles.has(key)) byRow.get(r)!.push(key);
  }
  for (const r of rowHeights.keys()) if (!byRow.has(r)) byRow.set(r, []);

  let lastRow = -1;
  let lastCol = -1;
  let hasFormulas = false;
  const rows: string[] = [];
  for (const r of [...byRow.keys()].sort((x, y) => x - y)) {
    const keys = byRow.get(r)!.sort((x, y) => x - y);
    const cells: string[] = [];
    for (const key of keys) {
      const c = key % CELL_KEY_WIDTH;
      const ref = a1(r, c);
      const style = cellStyles.has(key) ? styles.xf(cellStyles.get(key)!, d.font) : sheetFontXf;
      const value = d.values[r]?.[c];
      const link = links.get(key);
      if (link) {
        const shown = value ?? `${link.sheet}!${link.target}`;
        hasFormulas = true;
        const f = `<f>${escapeMarkup(linkFormula(link.sheet, link.target, shown))}</f>`;
        cells.push(typeof shown === 'number' ? `<c r="${ref}" s="${style}">${f}<v>${shown}</v></c>` : `<c r="${ref}" s="${style}" t="str">${f}<v>${escapeText(shown)}</v></c>`);
      } else {
        cells.push(cellXml(ref, value, style));
      }
      if (c > lastCol) lastCol = c;
    }
    if (r > lastRow) lastRow = r;
    const h = rowHeights.get(r);
    const ht = h !== undefined && h > 0 ? ` ht="${h}" customHeight="1"` : '';
    rows.push(cells.length > 0 ? `<row r="${r + 1}"${ht}>${cells.join('')}</row>` : `<row r="${r + 1}"${ht}/>`);
  }

  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (d.pageSetup) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="${lastRow < 0 ? 'A1' : `A1:${a1(lastRow, Math.max(lastCol, 0))}`}"/>`);
  const grid = d.pageSetup === null || d.pageSetup.gridlines ? '' : ' showGridLines="0"';
  out.push(
    d.freezeRows > 0
      ? `<sheetViews><sheetView${grid} workbookViewId="0"><pane ySplit="${d.freezeRows}" topLeftCell="${a1(d.freezeRows, 0)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${a1(d.freezeRows, 0)}" sqref="${a1(d.freezeRows, 0)}"/></sheetView></sheetViews>`
      : `<sheetViews><sheetView${grid} workbookViewId="0"/></sheetViews>`,
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (d.columnWidths.length > 0) {
    const cols = d.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}"${w > 0 ? ` width="${w}" customWidth="1"` : ''} style="${sheetFontXf}"/>`);
    out.push(`<cols>${cols.join('')}</cols>`);
  }
  out.push(rows.length > 0 ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>');
  if (d.merges.length > 0) out.push(`<mergeCells count="${d.merges.length}">${d.merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`);

  const validations = d.validations
    .map((v) => ({ range: v.range, list: v.list.map((x) => x.replace(/,/g, ' ')).join(',') }))
    .filter((v) => v.list.length <= LIST_LIMIT); // too long for an in-cell list: the column stays free text
  if (validations.length > 0) {
    const items = validations.map(
      (v) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${escapeAttr(v.range)}"><formula1>${escapeText(quoted(v.list))}</formula1></dataValidation>`,
    );
    out.push(`<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
  }
  const p = d.pageSetup;
  if (p) {
    const print = (p.horizontalCentered ? ' horizontalCentered="1"' : '') + (p.gridlines ? ' gridLines="1"' : '');
    if (print !== '') out.push(`<printOptions${print}/>`);
    const m = p.margins;
    out.push(
      `<pageMargins left="${cmToInches(m.left)}" right="${cmToInches(m.right)}" top="${cmToInches(m.top)}" bottom="${cmToInches(m.bottom)}" header="${cmToInches(m.header)}" footer="${cmToInches(m.footer)}"/>`,
    );
    out.push(`<pageSetup paperSize="${PAPER_A4}" orientation="${p.orientation}" fitToWidth="1" fitToHeight="0"/>`);
    out.push(headerFooterXml(p));
    if (p.rowBreaks.length > 0) {
      const brks = p.rowBreaks.map((r) => `<brk id="${r}" max="${MAX_COLUMN_INDEX}" man="1"/>`);
      out.push(`<rowBreaks count="${brks.length}" manualBreakCount="${brks.length}">${brks.join('')}</rowBreaks>`);
    }
  } else {
    out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  }
  const notes = d.notes.filter((n) => parseA1(n.cell) !== null);
  if (notes.length > 0) out.push(`<legacyDrawing r:id="${o.vmlRelId}"/>`);
  out.push('</worksheet>');

  return {
    sheet: out.join(''),
    comments: notes.length > 0 ? commentsXml(notes) : null,
    vml: notes.length > 0 ? vmlXml(notes, o.drawingNumber) : null,
    hasFormulas,
  };
}

/** Who wrote the notes, as Excel shows it above each one. */
export const NOTE_AUTHOR = 'cum-thi-dua';

function commentsXml(notes: readonly { cell: string; text: string }[]): string {
  const list = notes.map((n) => `<comment ref="${escapeAttr(parseA1(n.cell) ? a1(parseA1(n.cell)!.row, parseA1(n.cell)!.col) : n.cell)}" authorId="0"><text><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>${inlineString(n.text).slice(4, -5)}</r></text></comment>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors>` +
    `<commentList>${list.join('')}</commentList></comments>`
  );
}

/**
 * The legacy drawing that holds one hidden note box per comment (ECMA-376 Part 4 VML; Excel shows
 * a comment only when its box is here, anchored next to the cell).
 */
function vmlXml(notes: readonly { cell: string; text: string }[], drawing: number): string {
  const shapes = notes.map((n, i) => {
    const at = parseA1(n.cell)!;
    const anchor = [at.col + 1, 15, Math.max(0, at.row - 1), 10, at.col + 3, 15, at.row + 3, 4].join(', ');
    return (
      `<v:shape id="_x0000_s${drawing * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:120pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${at.row}</x:Row><x:Column>${at.col}</x:Column></x:ClientData>` +
      '</v:shape>'
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${drawing}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes.join('') +
    '</xml>'
  );
}
