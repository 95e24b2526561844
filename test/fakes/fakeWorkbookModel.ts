/**
 * The state behind the fake Excel API (fakeExcel.ts): sheets of cells with their formats,
 * defined names, protection, the active sheet and selection. Plain TypeScript with no test
 * framework or Node API, so that browser tests can use it too.
 *
 * Cell input follows Excel's "as if typed" rules that matter to the shell (see interpretInput):
 * a text starting with "=" (or "+", "-", "@" when it is not a number) becomes a formula, a
 * number-like text a number, TRUE/FALSE a logical value, a leading apostrophe makes the rest
 * text, and a cell formatted "@" keeps any text as it is. Formulas are not calculated: every
 * formula reads back as the error value "#NAME?", except a plain reference to one cell of another
 * sheet ("='Xếp hạng'!C5"), which reads that cell's value and follows its sheet as Excel does: a
 * renamed sheet is renamed in the formula, a deleted one turns it into "=#REF!C5" reading "#REF!".
 * Dates are not recognised.
 */

export type FakeScalar = string | number | boolean;

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message: message ?? code };
  }
}

export interface FakeFill {
  /** "#RRGGBB", or null for no fill. */
  color: string | null;
  pattern: string;
}

export interface FakeCell {
  /** '' for an empty cell. */
  value: FakeScalar;
  formula: string | null;
  /** Text entered with Excel's apostrophe prefix. */
  prefixed: boolean;
  numberFormat: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill: FakeFill;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
  /** A plain reference to one cell of a sheet (see the file comment). */
  ref?: { sheet: FakeSheet; row: number; col: number };
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Maximum sheet size, used for whole-column and whole-row addresses. */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(col0: number): string {
  let n = col0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses "B3", "B3:D9", "A:C", "3:5" (with or without $) into a rectangle; throws InvalidArgument. */
export function parseAddress(address: string): Rect {
  const clean = address.replace(/\$/g, '').trim();
  const parts = clean.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) throw new FakeOfficeError('InvalidArgument', 'bad address ' + address);
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const col = /^([A-Za-z]{1,3})$/;
  const row = /^(\d{1,7})$/;
  const a = parts[0];
  const b = parts[1] ?? parts[0];
  let m: RegExpExecArray | null;
  let n: RegExpExecArray | null;
  if ((m = cell.exec(a)) && (n = cell.exec(b))) {
    const r = [Number(m[2]) - 1, Number(n[2]) - 1];
    const c = [colIndex(m[1]), colIndex(n[1])];
    return { r0: Math.min(...r), r1: Math.max(...r), c0: Math.min(...c), c1: Math.max(...c) };
  }
  if (parts.length === 2 && (m = col.exec(a)) && (n = col.exec(b))) {
    const c = [colIndex(m[1]), colIndex(n[1])];
    return { r0: 0, r1: MAX_ROW, c0: Math.min(...c), c1: Math.max(...c) };
  }
  if (parts.length === 2 && (m = row.exec(a)) && (n = row.exec(b))) {
    const r = [Number(m[1]) - 1, Number(n[1]) - 1];
    return { r0: Math.min(...r), r1: Math.max(...r), c0: 0, c1: MAX_COL };
  }
  throw new FakeOfficeError('InvalidArgument', 'bad address ' + address);
}

export function rectAddress(r: Rect): string {
  if (r.r0 === 0 && r.r1 === MAX_ROW) return colLetters(r.c0) + ':' + colLetters(r.c1);
  if (r.c0 === 0 && r.c1 === MAX_COL) return String(r.r0 + 1) + ':' + String(r.r1 + 1);
  const a = colLetters(r.c0) + String(r.r0 + 1);
  const b = colLetters(r.c1) + String(r.r1 + 1);
  return a === b ? a : a + ':' + b;
}

export function rectRows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function rectCols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

const NUMBER = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/;

/** The number Excel would read from a typed text, or null. */
export function numberFromText(text: string): number | null {
  let t = text.trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?%?$/.test(t)) t = t.replace(/,/g, '');
  const m = NUMBER.exec(t);
  if (!m) return null;
  const n = Number(m[1] + m[2] + (m[3] !== undefined ? 'e' + m[3] : ''));
  return m[4] === '%' ? n / 100 : n;
}

export function emptyCell(): FakeCell {
  return { value: '', formula: null, prefixed: false, numberFormat: 'General', font: {}, fill: { color: null, pattern: 'None' } };
}

const REFERENCE = /^=\s*(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Applies one value written through `range.values` to a cell, as Excel does with typed input. */
export function interpretInput(cell: FakeCell, input: unknown, findSheet?: (name: string) => FakeSheet | undefined): void {
  if (input === null || input === undefined) return;
  cell.formula = null;
  cell.prefixed = false;
  delete cell.ref;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', 'unsupported cell value ' + typeof input);
  if (input === '') {
    cell.value = '';
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.prefixed = true;
    return;
  }
  if (input.startsWith('=')) {
    cell.formula = input;
    cell.value = '#NAME?';
    const m = REFERENCE.exec(input);
    const target = m && findSheet ? findSheet((m[1] ?? m[2]).replace(/''/g, "'")) : undefined;
    if (m && target) {
      const r = parseAddress(m[3] + m[4]);
      cell.ref = { sheet: target, row: r.r0, col: r.c0 };
    }
    return;
  }
  const n = numberFromText(input);
  if (n !== null) {
    cell.value = n;
    return;
  }
  if (/^[+\-@]/.test(input)) {
    cell.formula = '=' + input;
    cell.value = '#NAME?';
    return;
  }
  if (/^(true|false)$/i.test(input.trim())) {
    cell.value = input.trim().toUpperCase() === 'TRUE';
    return;
  }
  cell.value = input;
}

export interface FakeBorder {
  address: string;
  edge: string;
  style?: string;
  weight?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  deleted = false;
  merges: string[] = [];
  borders: FakeBorder[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  /** Everything set through worksheet.pageLayout, by property or method name. */
  pageLayout: Record<string, unknown> = {};
  /** Manual page breaks (worksheet.horizontalPageBreaks): the 0-based rows they are above, ascending. */
  pageBreaks: number[] = [];
  /** worksheet.showGridlines (ExcelApi 1.8). */
  showGridlines = true;
  notes = new Map<string, string>();
  validations: { address: string; rule: unknown }[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  key(r: number, c: number): string {
    return String(r) + ',' + String(c);
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }

  cell(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** The used rectangle: cells with a value (valuesOnly) or with anything set. */
  used(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.value !== '' || cell.formula !== null;
      const hasAnything = hasValue || JSON.stringify(cell) !== JSON.stringify(emptyCell());
      if (valuesOnly ? !hasValue : !hasAnything) continue;
      const [r, c] = k.split(',').map(Number);
      if (!rect) rect = { r0: r, r1: r, c0: c, c1: c };
      else {
        rect.r0 = Math.min(rect.r0, r);
        rect.r1 = Math.max(rect.r1, r);
        rect.c0 = Math.min(rect.c0, c);
        rect.c1 = Math.max(rect.c1, c);
      }
    }
    return rect;
  }

  /** Values of a rectangle as `range.values` reads them. */
  valuesOf(rect: Rect): FakeScalar[][] {
    const out: FakeScalar[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const line: FakeScalar[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) line.push(cellValue(this.peek(r, c)));
      out.push(line);
    }
    return out;
  }

  /** The formula of a cell as Excel shows it now (a reference follows its sheet), or null. */
  formulaOf(r: number, c: number): string | null {
    const cell = this.peek(r, c);
    if (!cell || cell.formula === null) return null;
    if (!cell.ref) return cell.formula;
    const where = colLetters(cell.ref.col) + String(cell.ref.row + 1);
    return cell.ref.sheet.deleted ? '=#REF!' + where : '=' + referenceSheetName(cell.ref.sheet.name) + '!' + where;
  }
}

/** A cell's value as Excel shows it: a reference reads its cell (0 when empty), "#REF!" once its sheet is gone. */
export function cellValue(cell: FakeCell | undefined): FakeScalar {
  if (!cell) return '';
  if (cell.ref) {
    if (cell.ref.sheet.deleted) return '#REF!';
    const v = cellValue(cell.ref.sheet.peek(cell.ref.row, cell.ref.col));
    return v === '' ? 0 : v;
  }
  return cell.value;
}

export interface FakeName {
  name: string;
  /** The sheet the name refers to (A1 of it); null once that sheet is deleted. */
  sheet: FakeSheet | null;
  address: string;
  /** A formula given as such (e.g. "=#REF!$A$1" or a constant). */
  formula?: string;
  comment?: string;
}

/** Sheet name as Excel writes it in a reference: quoted when it is not a plain word. */
export function referenceSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

export function nameFormula(n: FakeName): string {
  if (n.formula !== undefined) return n.formula;
  if (n.sheet === null || n.sheet.deleted) return '=#REF!' + n.address;
  return '=' + referenceSheetName(n.sheet.name) + '!' + n.address;
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  structureProtected = false;
  activeId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;
  private nextId = 1;

  newId(): string {
    const id = '{00000000-0001-0000-0000-' + String(this.nextId++).padStart(12, '0') + '}';
    return id;
  }

  /** Sheet by name (case-insensitive, as Excel) or by id. */
  find(key: string): FakeSheet | undefined {
    const k = key.toUpperCase();
    return this.sheets.find((s) => s.id === key || s.name.toUpperCase() === k);
  }

  findName(name: string): FakeName | undefined {
    const k = name.toUpperCase();
    return this.names.find((n) => n.name.toUpperCase() === k);
  }

  checkSheetName(name: string, except?: FakeSheet): void {
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError('InvalidArgument', 'invalid sheet name ' + name);
    }
    const clash = this.find(name);
    if (clash && clash !== except) throw new FakeOfficeError('ItemAlreadyExists', 'a sheet named ' + name + ' exists');
  }

  addSheet(name: string): FakeSheet {
    this.checkSheetName(name);
    const sheet = new FakeSheet(this.newId(), name);
    this.sheets.push(sheet);
    if (this.activeId === null) this.activeId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) throw new FakeOfficeError('InvalidOperation', 'cannot delete the last visible sheet');
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const n of this.names) if (n.sheet === sheet) n.sheet = null;
    if (this.activeId === sheet.id) {
      const rest = this.sheets.filter((s) => s.visibility === 'Visible');
      const next = rest.find((s) => this.sheets.indexOf(s) >= index) ?? rest[rest.length - 1];
      this.activeId = next ? next.id : null;
    }
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  moveSheet(sheet: FakeSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeOfficeError('InvalidArgument', 'position ' + String(position) + ' out of range');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }
}
