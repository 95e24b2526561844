/**
 * Queues one sheet description's contents onto a worksheet proxy as sized steps: the values
 * block (split by rows when the request budget needs it) and then the formats — sheet font,
 * styles in order, merges, column widths, row heights, links, notes, drop-down lists, frozen
 * rows and page layout. Queuing only: the caller decides where the syncs fall.
 */
import { columnLetters, parseA1, type BorderLine, type CellStyle, type SheetDescription } from '../core/index';
import { applyGridlines, applyPageSetup } from './pageLayout';
import { actionBytes, rowSizes, type RowsStep, type Step } from './requestBudget';
import { quoteSheetName } from './sheetMarks';
import { cellInputs, needsTextGuard } from './textGuard';

/** What the host can do beyond the ExcelApi 1.7 base (see host.ts). */
export interface SheetFeatures {
  /** ExcelApi 1.9: worksheet.pageLayout. */
  pageLayout: boolean;
  /** ExcelApi 1.18: worksheet.notes. */
  notes: boolean;
  /** ExcelApi 1.8: range.dataValidation. */
  validation: boolean;
  /** ExcelApi 1.8: worksheet.showGridlines. */
  gridlines: boolean;
}

/** 0-based inclusive corners of an A1 range ("B2:D9" or "C4"). */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function parseRect(address: string): Rect {
  const [a, b] = address.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) throw new Error('not an A1 cell range: ' + address);
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

/** A1 address of the block of `rows` × `cols` starting at row `first` (0-based), column A. */
export function blockAddress(first: number, rows: number, cols: number): string {
  const a = 'A' + String(first + 1);
  const b = columnLetters(cols - 1) + String(first + rows);
  return rows === 1 && cols === 1 ? a : a + ':' + b;
}

/**
 * Excel column width in character units → points, as Office.js wants it. A unit is the width of
 * a digit of the workbook's Normal font (Calibri 11: 7 px) and a column adds 5 px of padding;
 * 1 px = 0.75 pt at 96 dpi.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
/** Our border lines as Excel draws them (a double line is Excel's "Double" at weight "Thick"). */
const LINE: Record<BorderLine, { style: 'Continuous' | 'Double'; weight: 'Thin' | 'Medium' | 'Thick' }> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  double: { style: 'Double', weight: 'Thick' },
};
const EDGE_OF = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function fill2D<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** Queues the style's properties on `range`; the estimate of what it puts in the request. */
function queueStyle(range: Excel.Range, rect: Rect, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline !== undefined) f.font.underline = style.underline ? 'Single' : 'None';
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.color !== undefined) f.font.color = '#' + style.color;
  if (style.fill !== undefined) f.fill.color = '#' + style.fill;
  if (style.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside borders only where there is an inside: a one-row range has no horizontal one.
    if (rect.c1 > rect.c0) edges.push('InsideVertical');
    if (rect.r1 > rect.r0) edges.push('InsideHorizontal');
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  }
  if (style.edges) {
    // The range's outer edges only (a rule is the top edge of a merged cell).
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const line = style.edges[side];
      if (line === undefined) continue;
      const b = f.borders.getItem(EDGE_OF[side]);
      b.style = LINE[line].style;
      b.weight = LINE[line].weight;
    }
  }
  if (style.numberFormat !== undefined) {
    range.numberFormat = fill2D(rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1, style.numberFormat);
  }
}

function styleBytes(rect: Rect, style: CellStyle): number {
  const cells = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
  const formats = style.numberFormat !== undefined ? cells * (JSON.stringify(style.numberFormat).length + 1) : 0;
  return actionBytes(style) * 6 + formats;
}

/** Runs of equal values: [{from, to, value}] over consecutive indexes. */
function runs(entries: readonly { index: number; value: number }[]): { from: number; to: number; value: number }[] {
  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const out: { from: number; to: number; value: number }[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.to === e.index - 1 && last.value === e.value) last.to = e.index;
    else out.push({ from: e.index, to: e.index, value: e.value });
  }
  return out;
}

/** The values block of `desc` as a rows step on `sheet()`. */
export function valuesStep(sheet: () => Excel.Worksheet, desc: SheetDescription): RowsStep {
  const width = desc.values.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = desc.values.map((r) => (r.length === width ? r : [...r, ...Array<null>(width - r.length).fill(null)]));
  return {
    rowBytes: rowSizes(rows),
    queueRows(first, count) {
      if (width === 0) return;
      const block = cellInputs(rows.slice(first, first + count));
      sheet().getRange(blockAddress(first, count, width)).values = block;
    },
  };
}

/**
 * Which formats: 'data' — what the printed sheet is made of and goes with its values (font, styles,
 * merges, column widths, row heights, links); 'sizes' — widths and heights alone (what copying a
 * range does not carry); 'layout' — what only shapes the screen and the printout (notes, drop-down
 * lists, frozen rows, page setup), applied in a request of its own that may fail without undoing
 * the data (writeOutputs.ts); 'all' — everything, in one go (new input sheets).
 */
export type FormatPart = 'all' | 'data' | 'sizes' | 'layout';

/** Everything after the values, as steps in the order Excel should apply them. */
export function formatSteps(sheet: () => Excel.Worksheet, desc: SheetDescription, features: SheetFeatures, part: FormatPart = 'all'): Step[] {
  const all = formatStepsByPart(sheet, desc, features);
  if (part === 'all') return [...all.data, ...all.layout];
  if (part === 'sizes') return all.sizes;
  return all[part];
}

function formatStepsByPart(sheet: () => Excel.Worksheet, desc: SheetDescription, features: SheetFeatures): { data: Step[]; sizes: Step[]; layout: Step[] } {
  const steps: Step[] = [];
  const sizes: Step[] = [];
  const layout: Step[] = [];
  const rows = desc.values.length;
  const width = desc.values.reduce((w, r) => Math.max(w, r.length), 0);

  if (rows > 0 && width > 0) {
    steps.push({
      bytes: actionBytes(desc.font) * 2,
      queue() {
        const font = sheet().getRange(blockAddress(0, rows, width)).format.font;
        font.name = desc.font.name;
        font.size = desc.font.size;
      },
    });
  }
  for (const s of desc.styles) {
    const rect = parseRect(s.range);
    steps.push({ bytes: styleBytes(rect, s.style), queue: () => queueStyle(sheet().getRange(s.range), rect, s.style) });
  }
  for (const m of desc.merges) {
    steps.push({ bytes: actionBytes(m), queue: () => sheet().getRange(m).merge(false) });
  }
  const widths = runs(desc.columnWidths.map((w, i) => ({ index: i, value: w })));
  for (const w of widths) {
    const address = columnLetters(w.from) + ':' + columnLetters(w.to);
    const step = { bytes: actionBytes(address), queue: () => (sheet().getRange(address).format.columnWidth = columnWidthPoints(w.value)) };
    steps.push(step);
    sizes.push(step);
  }
  for (const h of runs(desc.rowHeights.map((r) => ({ index: r.row, value: r.height })))) {
    const address = String(h.from + 1) + ':' + String(h.to + 1);
    const step = { bytes: actionBytes(address), queue: () => (sheet().getRange(address).format.rowHeight = h.value) };
    steps.push(step);
    sizes.push(step);
  }
  for (const link of desc.links) {
    const p = parseA1(link.cell);
    const shown = p ? desc.values[p.row]?.[p.col] : null;
    const hyperlink: Excel.RangeHyperlink = { documentReference: quoteSheetName(link.sheet) + '!' + link.target };
    // Only plain text is repeated as the text to display: a number or a text that needed the
    // apostrophe is already in the cell, and textToDisplay would turn it into unguarded text.
    if (typeof shown === 'string' && shown !== '' && !needsTextGuard(shown)) hyperlink.textToDisplay = shown;
    steps.push({ bytes: actionBytes(hyperlink), queue: () => (sheet().getRange(link.cell).hyperlink = hyperlink) });
  }
  if (features.notes) {
    for (const note of desc.notes) {
      layout.push({ bytes: actionBytes(note), queue: () => sheet().notes.add(sheet().getRange(note.cell), note.text) });
    }
  }
  if (features.validation) {
    for (const v of desc.validations) {
      const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: v.list.join(',') } };
      layout.push({ bytes: actionBytes(rule), queue: () => (sheet().getRange(v.range).dataValidation.rule = rule) });
    }
  }
  if (desc.freezeRows > 0) {
    layout.push({ bytes: actionBytes(), queue: () => sheet().freezePanes.freezeRows(desc.freezeRows) });
  }
  if (features.pageLayout && desc.pageSetup) {
    const setup = desc.pageSetup;
    layout.push({ bytes: actionBytes(setup) * 4, queue: () => applyPageSetup(sheet(), setup) });
  }
  if (features.gridlines && desc.pageSetup) {
    const setup = desc.pageSetup;
    layout.push({ bytes: actionBytes(), queue: () => applyGridlines(sheet(), setup) });
  }
  return { data: steps, sizes, layout };
}

/** What `formatSteps` leaves out on this host, to tell the user (sheet names per feature). */
export function skippedFeatures(descs: readonly SheetDescription[], features: SheetFeatures): { pageLayout: string[]; notes: string[]; validation: string[] } {
  return {
    pageLayout: features.pageLayout ? [] : descs.filter((d) => d.pageSetup !== null).map((d) => d.name),
    notes: features.notes ? [] : descs.filter((d) => d.notes.length > 0).map((d) => d.name),
    validation: features.validation ? [] : descs.filter((d) => d.validations.length > 0).map((d) => d.name),
  };
}
