/**
 * Applies output sheet descriptions (src/core/sheet.ts) to an exceljs workbook: the program's
 * own sheets are created or replaced whole, every other sheet is left exactly as it was
 * (docs/huong-dan-so-lieu.md, "Input sheets belong to people; output sheets belong to the program").
 * No Node APIs here; writing the bytes to disk is in nodeFiles.ts.
 */
import ExcelJS from 'exceljs';
import { a1, parseA1 } from '../core/grid';
import type { CellStyle, SheetDescription } from '../core/sheet';
import { mergeStyles, StyleCache } from './cellStyle';
import { dropDanglingMarks, marksOf, rawFromExcelJs, sameName, setMark } from './definedNames';
import { OutputSheetNotOursError } from './errors';
import { applyPageSetup } from './pageSetup';

/** Who made the files we write (document properties). */
export const CREATOR = 'cum-thi-dua';

/** A new, empty workbook with fixed document dates when given (reproducible files). */
export function newWorkbook(created: Date = new Date()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = created;
  wb.modified = created;
  return wb;
}

/**
 * Two members exceljs 4.4 has at run time but leaves out of its typings: the tab position and
 * a sheet's data validations.
 */
type WorksheetWithInternals = ExcelJS.Worksheet & {
  orderNo: number;
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

interface Plan {
  description: SheetDescription;
  /** Existing sheets this description replaces: the one with its name, the one its mark points at. */
  replaces: ExcelJS.Worksheet[];
}

/**
 * Decides, before anything changes, which sheets each description replaces, and refuses the
 * whole write when a sheet with one of the names is not ours.
 */
function plan(workbook: ExcelJS.Workbook, sheets: readonly SheetDescription[]): Plan[] {
  const existing = workbook.worksheets;
  const marks = marksOf(rawFromExcelJs(workbook), existing.map((w) => w.name));
  const marked = new Set([...marks.values()].map((n) => n.normalize('NFC').toLowerCase()));
  const isMarked = (ws: ExcelJS.Worksheet): boolean => marked.has(ws.name.normalize('NFC').toLowerCase());

  const seen: string[] = [];
  return sheets.map((d) => {
    checkSheetName(d.name);
    if (seen.some((n) => sameName(n, d.name))) throw new Error(`two descriptions for the sheet "${d.name}"`);
    seen.push(d.name);
    const replaces: ExcelJS.Worksheet[] = [];
    const same = existing.find((w) => sameName(w.name, d.name));
    if (same) {
      if (!isMarked(same)) throw new OutputSheetNotOursError(same.name);
      replaces.push(same);
    }
    // Our own sheet that a user renamed: the mark follows the new sheet, so the renamed one
    // would be left looking like ours without being so; it is replaced too.
    if (d.mark) {
      const markKey = [...marks.keys()].find((k) => k.toLowerCase() === d.mark!.toLowerCase());
      const target = markKey === undefined ? undefined : existing.find((w) => w.name === marks.get(markKey));
      if (target && !replaces.includes(target)) replaces.push(target);
    }
    return { description: d, replaces };
  });
}

/**
 * Excel's rules for a sheet name, checked before anything changes (exceljs would only refuse
 * once the old sheet is already gone). Descriptions come from the program, so a bad name is a
 * programming error, not a user's.
 */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`"${name}" cannot be an Excel sheet name`);
  }
}

/**
 * Creates or replaces the described sheets. A replaced sheet keeps its place in the tab order;
 * a new one goes at the end. Throws OutputSheetNotOursError (and changes nothing) when a sheet
 * with a described name exists without our mark.
 */
export function applySheetDescriptions(workbook: ExcelJS.Workbook, sheets: readonly SheetDescription[]): void {
  const plans = plan(workbook, sheets);
  const order: (ExcelJS.Worksheet | null)[] = workbook.worksheets;
  for (const { description, replaces } of plans) {
    const slots = replaces.map((w) => order.indexOf(w)).filter((i) => i >= 0);
    for (const w of replaces) workbook.removeWorksheet(w.id);
    const ws = workbook.addWorksheet(description.name);
    if (slots.length > 0) {
      order[slots[0]] = ws;
      for (const i of slots.slice(1)) order[i] = null;
    } else {
      order.push(ws);
    }
    fillSheet(ws, description);
    if (description.mark) setMark(workbook, description.mark, description.name);
  }
  order.filter((w): w is ExcelJS.Worksheet => w !== null).forEach((w, i) => ((w as WorksheetWithInternals).orderNo = i));
  dropDanglingMarks(workbook);
}

/** 0-based corners of "A5:H12" or "B3"; null when it is not an A1 range. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const CELL_KEY_WIDTH = 16384; // Excel's column count: row * width + col is unique per cell

/** Excel string literal: double every quote. */
const quoted = (s: string): string => '"' + s.replace(/"/g, '""') + '"';

/**
 * An in-workbook link as a HYPERLINK formula. exceljs 4.4 cannot write a plain internal link:
 * it adds an external relationship beside the location and Excel then opens a broken address
 * (exceljs issue #3027). The formula form works in Excel, Excel on the web and LibreOffice.
 */
export function linkFormula(sheet: string, target: string, shown: string | number): ExcelJS.CellFormulaValue {
  const address = `#'${sheet.replace(/'/g, "''")}'!${target}`;
  const label = typeof shown === 'number' ? String(shown) : quoted(shown);
  return { formula: `HYPERLINK(${quoted(address)},${label})`, result: shown, date1904: false };
}

/** Excel keeps an in-cell list to 255 characters. */
const LIST_LIMIT = 255;

function fillSheet(ws: ExcelJS.Worksheet, d: SheetDescription): void {
  const cache = new StyleCache(d.font);
  // Column defaults first (setting a column's font later would overwrite its cells' fonts):
  // cells typed later into an empty part of the sheet then get the sheet font too.
  const sheetFont = cache.get({}).font as ExcelJS.Font;
  d.columnWidths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    if (w > 0) col.width = w;
    col.font = sheetFont;
  });

  // Values: strings stay strings (a text starting with "=" is text, never a formula).
  const height = d.values.length;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const line = d.values[r];
    if (line.length > width) width = line.length;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (v === null || v === undefined) continue;
      ws.getCell(r + 1, c + 1).value = typeof v === 'number' && !Number.isFinite(v) ? null : v;
    }
  }

  // Styles: the sheet font on every cell of the block, then the ranges in order.
  const cellStyles = new Map<number, CellStyle>();
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) cellStyles.set(r * CELL_KEY_WIDTH + c, {});
  for (const { range, style } of d.styles) {
    const box = parseRange(range);
    if (!box) continue;
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const key = r * CELL_KEY_WIDTH + c;
        cellStyles.set(key, mergeStyles(cellStyles.get(key) ?? {}, style));
      }
    }
  }
  for (const [key, style] of cellStyles) {
    const r = Math.floor(key / CELL_KEY_WIDTH);
    ws.getCell(r + 1, (key % CELL_KEY_WIDTH) + 1).style = cache.get(style);
  }

  for (const m of d.merges) ws.mergeCellsWithoutStyle(m);
  for (const { row, height: h } of d.rowHeights) ws.getRow(row + 1).height = h;

  for (const link of d.links) {
    const at = parseA1(link.cell);
    if (!at) continue;
    const cell = ws.getCell(at.row + 1, at.col + 1);
    const shown = d.values[at.row]?.[at.col];
    cell.value = linkFormula(link.sheet, link.target, shown ?? `${link.sheet}!${link.target}`);
  }

  for (const note of d.notes) ws.getCell(note.cell).note = note.text;

  for (const v of d.validations) {
    const list = v.list.map((x) => x.replace(/,/g, ' ')).join(',');
    if (list.length > LIST_LIMIT) continue; // too long for an in-cell list; the column stays free text
    (ws as WorksheetWithInternals).dataValidations.add(v.range, { type: 'list', allowBlank: true, formulae: [quoted(list)], showErrorMessage: true });
  }

  ws.views = [
    d.freezeRows > 0
      ? { state: 'frozen', xSplit: 0, ySplit: d.freezeRows, topLeftCell: a1(d.freezeRows, 0), showGridLines: d.pageSetup === null }
      : { state: 'normal', showGridLines: d.pageSetup === null },
  ];
  if (d.pageSetup) applyPageSetup(ws, d.pageSetup);
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
