/**
 * Writing numbers into cells of existing worksheets — the gathering of member forms, the one write
 * into input sheets (docs/phieu-cham.md) — cell values only: each cell keeps its format (its `s`),
 * every other cell, row and element of the sheet keeps its bytes. A cell that is not in the file
 * yet is added in its row (in column order) with the format Excel shows there (the row's, else the
 * column's); a row that is not there yet is added in row order.
 *
 * A cell holding a formula is never replaced (FormulaCellError, nothing changed): the plan of the
 * core compares values, and a formula is a person's work. When any worksheet has formulas, the
 * workbook is marked to be fully recalculated on load (`fullCalcOnLoad`), since their cached
 * values may depend on the cells written. No Node APIs here.
 */
import { a1, columnIndex } from '../../core/index';
import type { Workbook } from '../book/workbook';
import { FormulaCellError } from '../errors';

export { FormulaCellError } from '../errors';
import type { SheetEntry } from '../book/workbookPart';
import { prefixOf, sheetLayout, type SheetLayout } from '../book/sheetLayout';
import { XmlTokenizer } from '../xml/xmlTokenizer';
import { childNamed } from '../xml/xmlTree';
import { rawText, removeAttribute, setAttribute, spliceBytes, type Splice } from '../xml/splice';

export interface CellValueWrite {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  value: number;
}

interface CellAt {
  col: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  formula: boolean;
}

interface RowAt {
  r: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  /** The row's own format, when it applies to its empty cells (customFormat). */
  style: string | null;
  cells: CellAt[];
}

/** The rows asked for, each with its cells and where they are. */
function rowsOf(bytes: Uint8Array, wanted: ReadonlySet<number>): Map<number, RowAt> {
  const rows = new Map<number, RowAt>();
  let inData = false;
  let row: RowAt | null = null;
  let cell: CellAt | null = null;
  let lastRow = 0;
  let lastCol = -1;
  const tok = new XmlTokenizer({
    open(tag, t) {
      const depth = t.depth;
      if (depth === 2) inData = tag.local === 'sheetData';
      else if (depth === 3 && inData && tag.local === 'row') {
        const rAttr = tag.attr('r');
        const r = rAttr === null ? lastRow + 1 : Number(rAttr);
        lastRow = r;
        lastCol = -1;
        row = null;
        if (!wanted.has(r)) return;
        const custom = tag.attr('customFormat');
        row = { r, start: tag.start, openEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing, style: custom === '1' || custom === 'true' ? tag.attr('s') : null, cells: [] };
        rows.set(r, row);
      } else if (depth === 4 && row && tag.local === 'c') {
        const ref = tag.attr('r');
        const m = ref === null ? null : /^([A-Z]+)\d+$/i.exec(ref);
        const col = m ? columnIndex(m[1]) : lastCol + 1;
        lastCol = col;
        cell = { col, start: tag.start, openEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing, formula: false };
        row.cells.push(cell);
      } else if (depth === 5 && cell && tag.local === 'f') cell.formula = true;
    },
    close(_name, t, _start, end) {
      const depth = t.depth;
      if (depth === 3 && cell) {
        cell.end = end;
        cell = null;
      } else if (depth === 2 && row) {
        row.end = end;
        row = null;
      } else if (depth === 1) inData = false;
    },
  });
  tok.write(bytes);
  tok.end();
  return rows;
}

/** The format of a column from `<cols>`, for a cell added where a row has none of its own. */
function columnStyles(layout: SheetLayout): (col: number) => string | null {
  const cols = layout.top.find((t) => t.local === 'cols');
  if (!cols) return () => null;
  const ranges: { min: number; max: number; style: string }[] = [];
  const text = rawText(layout.bytes, cols.start, cols.end);
  for (const m of text.matchAll(/<(?:\w+:)?col\b([^>]*)>/g)) {
    const attr = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(m[1])?.[1];
    const style = attr('style');
    if (style !== undefined) ranges.push({ min: Number(attr('min')), max: Number(attr('max')), style });
  }
  return (col) => ranges.find((r) => col + 1 >= r.min && col + 1 <= r.max)?.style ?? null;
}

const numberText = (v: number): string => String(v === 0 ? 0 : v);

/** Adds a value to its key's list (a list per key, in order). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function writeSheet(wb: Workbook, sheet: SheetEntry, writes: readonly CellValueWrite[]): boolean {
  const layout = sheetLayout(wb.pkg, sheet.part!);
  const p = prefixOf(layout.root);
  const rowsWanted = new Set(writes.map((w) => w.row + 1));
  const rows = rowsOf(layout.bytes, rowsWanted);
  const formulas = writes.filter((w) => rows.get(w.row + 1)?.cells.find((c) => c.col === w.col)?.formula).map((w) => ({ sheet: sheet.name, cell: a1(w.row, w.col) }));
  if (formulas.length > 0) throw new FormulaCellError(formulas);
  const colStyle = columnStyles(layout);
  const edits: Splice[] = [];
  const newRows = new Map<number, string[]>();
  const byRow = new Map<number, CellValueWrite[]>();
  for (const w of writes) push(byRow, w.row + 1, w);

  for (const [r, list] of byRow) {
    list.sort((a, b) => a.col - b.col);
    const row = rows.get(r);
    const newCell = (w: CellValueWrite): string => {
      const s = row?.style ?? colStyle(w.col);
      return `<${p}c r="${a1(w.row, w.col)}"${s === null ? '' : ` s="${s}"`}><${p}v>${numberText(w.value)}</${p}v></${p}c>`;
    };
    if (!row) {
      newRows.set(r, list.map(newCell));
      continue;
    }
    const inserts = new Map<number, string[]>();
    for (const w of list) {
      const existing = row.cells.find((c) => c.col === w.col);
      if (existing) {
        // The same element with its format, no type (a number) and the value as its only content.
        let tag = rawText(layout.bytes, existing.start, existing.openEnd).replace(/\s*\/?>$/, '');
        // t: the old value's type; cm, vm: metadata of a dynamic array or a rich value that no longer applies.
        tag = removeAttribute(removeAttribute(removeAttribute(tag + '>', 't'), 'cm'), 'vm').replace(/>$/, '');
        if (!/\sr\s*=/.test(tag)) tag = setAttribute(tag + '>', 'r', a1(w.row, w.col)).replace(/>$/, '');
        edits.push({ start: existing.start, end: existing.end, text: `${tag}><${p}v>${numberText(w.value)}</${p}v></${p}c>` });
        continue;
      }
      const after = row.cells.find((c) => c.col > w.col);
      const at = after ? after.start : row.selfClosing ? -1 : row.end - `</${p}row>`.length;
      push(inserts, at, newCell(w));
    }
    for (const [at, cells] of inserts) {
      if (at >= 0) edits.push({ start: at, end: at, text: cells.join('') });
      else {
        const open = rawText(layout.bytes, row.start, row.openEnd).replace(/\s*\/>$/, '>');
        edits.push({ start: row.start, end: row.end, text: `${open}${cells.join('')}</${p}row>` });
      }
    }
  }

  if (newRows.size > 0) {
    const data = layout.top.find((t) => t.local === 'sheetData');
    if (!data) throw new Error(`${sheet.name}: a worksheet without sheetData`);
    const byPosition = new Map<number, string[]>();
    for (const [r, cells] of [...newRows].sort((a, b) => a[0] - b[0])) {
      const xml = `<${p}row r="${r}">${cells.join('')}</${p}row>`;
      const next = layout.rows.find((x) => x.r > r);
      const at = data.selfClosing ? -1 : next ? next.start : layout.rows.length > 0 ? layout.rows[layout.rows.length - 1].end : data.openEnd;
      push(byPosition, at, xml);
    }
    for (const [at, xml] of byPosition) {
      if (at >= 0) edits.push({ start: at, end: at, text: xml.join('') });
      else {
        const open = rawText(layout.bytes, data.start, data.end).replace(/\s*\/>$/, '>');
        edits.push({ start: data.start, end: data.end, text: `${open}${xml.join('')}</${data.name}>` });
      }
    }
  }
  wb.pkg.set(sheet.part!, spliceBytes(layout.bytes, edits));
  return /<(?:\w+:)?f[\s>/]/.test(rawText(layout.bytes, 0, layout.bytes.length));
}

/** Marks the workbook for a full recalculation when it is next opened (calcPr fullCalcOnLoad). */
function recalcOnLoad(wb: Workbook): void {
  const { tree, bytes, part } = wb.info;
  const calc = childNamed(tree, 'calcPr');
  if (calc) {
    const tag = rawText(bytes, calc.start, calc.openEnd);
    const set = setAttribute(tag, 'fullCalcOnLoad', '1');
    if (set !== tag) wb.pkg.set(part, spliceBytes(bytes, [{ start: calc.start, end: calc.openEnd, text: set }]));
  } else {
    // CT_Workbook: calcPr comes after sheets, functionGroups, externalReferences and definedNames.
    const before = ['sheets', 'functionGroups', 'externalReferences', 'definedNames'];
    let at = tree.closeStart;
    for (const c of tree.children) if (before.includes(c.local)) at = c.end;
    const p = prefixOf(tree.name);
    wb.pkg.set(part, spliceBytes(bytes, [{ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` }]));
  }
  wb.refresh();
}

/**
 * Writes the values, all or nothing. Throws FormulaCellError (nothing changed) when a cell to write
 * holds a formula, and Error for a sheet the workbook does not have.
 */
export function fillCells(wb: Workbook, writes: readonly CellValueWrite[]): void {
  if (writes.length === 0) return;
  wb.transaction(() => {
    const bySheet = new Map<string, CellValueWrite[]>();
    for (const w of writes) push(bySheet, w.sheet, w);
    const formulaErrors: { sheet: string; cell: string }[] = [];
    let formulas = false;
    for (const [name, list] of bySheet) {
      const entry = wb.worksheets.find((s) => s.name === name);
      if (!entry) throw new Error(`no sheet "${name}" to write into`);
      try {
        if (writeSheet(wb, entry, list)) formulas = true;
      } catch (e) {
        if (e instanceof FormulaCellError) formulaErrors.push(...e.cells);
        else throw e;
      }
    }
    if (formulaErrors.length > 0) throw new FormulaCellError(formulaErrors);
    if (formulas || anyFormula(wb, new Set(bySheet.keys()))) recalcOnLoad(wb);
  });
}

/**
 * Whether a person's worksheet other than those written holds a formula (its cached value may
 * depend on them). The program's own sheets are left out: their only formulas are links.
 */
function anyFormula(wb: Workbook, written: ReadonlySet<string>): boolean {
  const ours = new Set(wb.marks().values());
  for (const s of wb.worksheets) {
    if (written.has(s.name) || ours.has(s.name) || s.part === null) continue;
    const bytes = wb.pkg.read(s.part);
    if (bytes && /<(?:\w+:)?f[\s>/]/.test(rawText(bytes, 0, bytes.length))) return true;
  }
  return false;
}
