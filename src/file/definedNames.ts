/**
 * Our marks are workbook-scoped defined names ("CumThiDua_XepHang" → 'Xếp hạng'!$A$1, see
 * src/core/outputSheets.ts). exceljs forgets the scope of a name when it loads a file: a
 * sheet-scoped name becomes workbook-scoped, and of several names with the same text only the
 * last survives. Excel creates exactly such sheet-scoped copies of our mark when a user copies
 * one of our sheets ("Xếp hạng (2)"), so trusting exceljs would let a copy steal the mark.
 * We therefore capture the names as the file spells them (with their scope) while exceljs
 * loads, and decide from those.
 */
import type ExcelJS from 'exceljs';
import { MARK_PREFIX } from '../core/outputSheets';

export interface RawDefinedName {
  name: string;
  /** Ranges as the file writes them, e.g. "'Xếp hạng'!$A$1". */
  ranges: string[];
  /** 0-based sheet index for a sheet-scoped name; undefined for a workbook-scoped one. */
  localSheetId?: number;
}

interface ReconcilingXlsx {
  reconcile(model: { definedNames?: RawDefinedName[] }, options: unknown): void;
}

/**
 * Installs a one-off hook on this workbook's xlsx reader that copies the defined names as
 * parsed from xl/workbook.xml, before exceljs merges their scopes. Returns a getter: the names,
 * or null when the hook did not run (a future exceljs that no longer calls `reconcile`).
 */
export function captureDefinedNames(workbook: ExcelJS.Workbook): () => RawDefinedName[] | null {
  let captured: RawDefinedName[] | null = null;
  const xlsx = workbook.xlsx as unknown as ReconcilingXlsx;
  const original = xlsx.reconcile;
  if (typeof original !== 'function') return () => null;
  xlsx.reconcile = function (model, options) {
    captured = (model.definedNames ?? []).map((n) => ({ ...n, ranges: [...(n.ranges ?? [])] }));
    return original.call(this, model, options);
  };
  return () => captured;
}

/** The sheet a range refers to: "'Xếp hạng'!$A$1" → "Xếp hạng"; null without a sheet. */
export function sheetOfRange(range: string): string | null {
  const quoted = /^'((?:[^']|'')*)'!/.exec(range);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(range);
  return plain ? plain[1] : null;
}

/** A reference to cell A1 of a sheet, quoted the way Excel and exceljs expect. */
export function sheetA1(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/** Excel compares names and sheet names without regard to case. */
export const sameName = (a: string, b: string): boolean =>
  a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

const isOurs = (name: string): boolean => name.toLowerCase().startsWith(MARK_PREFIX.toLowerCase());

/**
 * Our marks and the sheet each points at (the sheet's actual name), from workbook-scoped names
 * only. A mark whose sheet no longer exists is left out.
 */
export function marksOf(raw: RawDefinedName[], sheetNames: readonly string[]): Map<string, string> {
  const marks = new Map<string, string>();
  for (const n of raw) {
    if (n.localSheetId !== undefined || !isOurs(n.name)) continue;
    for (const r of n.ranges) {
      const target = sheetOfRange(r);
      const sheet = target === null ? undefined : sheetNames.find((s) => sameName(s, target));
      if (sheet !== undefined) {
        marks.set(n.name, sheet);
        break;
      }
    }
  }
  return marks;
}

/** The same names read from what exceljs kept (scopes lost) — used only when capture failed. */
export function rawFromExcelJs(workbook: ExcelJS.Workbook): RawDefinedName[] {
  return workbook.definedNames.model.map((n) => ({ name: n.name, ranges: [...n.ranges] }));
}

function replaceModel(workbook: ExcelJS.Workbook, keep: (name: string) => boolean, extra: ExcelJS.DefinedNamesRanges[] = []): void {
  const model = workbook.definedNames.model.filter((n) => keep(n.name));
  workbook.definedNames.model = [...model, ...extra];
}

/**
 * Repairs what exceljs did to the names on load, before the workbook is written again:
 * - a name defined workbook-wide keeps only its workbook-wide ranges (a sheet-scoped copy
 *   of it must not replace it);
 * - a name that existed only sheet-scoped is dropped when it is Excel's own (`_xlnm.…`, e.g.
 *   `_xlnm._FilterDatabase`, which Excel rebuilds from the sheet's filter) or one of our marks
 *   (a copied sheet is not ours). Other sheet-scoped names stay promoted, as exceljs leaves
 *   them, so that formulas using them keep working.
 */
export function repairLoadedNames(workbook: ExcelJS.Workbook, raw: RawDefinedName[]): void {
  const byKey = new Map<string, RawDefinedName[]>();
  for (const n of raw) {
    const k = n.name.toLowerCase();
    const list = byKey.get(k);
    if (list) list.push(n);
    else byKey.set(k, [n]);
  }
  const fixes: ExcelJS.DefinedNamesRanges[] = [];
  const drop = new Set<string>();
  for (const [key, defs] of byKey) {
    const global = defs.filter((d) => d.localSheetId === undefined);
    const scoped = defs.length - global.length;
    if (scoped === 0) continue;
    if (global.length > 0) {
      drop.add(key);
      const ranges = global.flatMap((d) => d.ranges);
      if (ranges.length > 0) fixes.push({ name: global[0].name, ranges });
    } else if (key.startsWith('_xlnm.') || isOurs(key)) {
      drop.add(key);
    }
  }
  if (drop.size > 0) replaceModel(workbook, (name) => !drop.has(name.toLowerCase()), fixes);
}

/** Points the mark at cell A1 of the sheet, replacing wherever it pointed before. */
export function setMark(workbook: ExcelJS.Workbook, mark: string, sheetName: string): void {
  removeName(workbook, mark);
  workbook.definedNames.add(sheetA1(sheetName), mark);
}

/** Removes a defined name (compared without regard to case, as Excel does). */
export function removeName(workbook: ExcelJS.Workbook, name: string): void {
  const key = name.toLowerCase();
  if (workbook.definedNames.model.some((n) => n.name.toLowerCase() === key)) {
    replaceModel(workbook, (n) => n.toLowerCase() !== key);
  }
}

/**
 * Drops our marks that point at no existing sheet (the user deleted one of our sheets: Excel
 * then leaves the name as #REF!), so that no broken name of ours is written back.
 */
export function dropDanglingMarks(workbook: ExcelJS.Workbook): void {
  const names = workbook.worksheets.map((w) => w.name);
  const dangling = workbook.definedNames.model.filter(
    (n) => isOurs(n.name) && !n.ranges.some((r) => { const s = sheetOfRange(r); return s !== null && names.some((x) => sameName(x, s)); }),
  );
  for (const n of dangling) removeName(workbook, n.name);
}
