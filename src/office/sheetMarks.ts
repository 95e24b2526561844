/**
 * Reading our marks from the workbook's defined names (src/core/outputSheets.ts). A mark is a
 * workbook-scoped name "CumThiDua_…" whose formula points at A1 of the sheet it marks, e.g.
 * "='Xếp hạng'!$A$1"; the formula names the sheet, so one load of the names collection tells
 * which sheets are ours without another round trip. Pure functions: no Excel here.
 */
import { MARK_PREFIX } from '../core/index';

/** The sheet a reference formula points at ("='Xếp hạng'!$A$1" → "Xếp hạng"); null for #REF! etc. */
export function sheetOfReference(formula: string): string | null {
  const text = formula.trim().replace(/^=\s*/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#][^'!]*)!/.exec(text);
  if (plain) return plain[1];
  return null;
}

/** Quotes a sheet name for a reference ("Xếp hạng" → "'Xếp hạng'"); always quoted, which Excel accepts. */
export function quoteSheetName(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}

/** Key under which Excel compares sheet and defined names: case-insensitive. */
export function excelNameKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

export interface NameInfo {
  name: string;
  formula: string;
}

/** Is `name` one of our marks (by prefix, as Excel compares names: case-insensitive)? */
export function isMarkName(name: string): boolean {
  return excelNameKey(name).startsWith(excelNameKey(MARK_PREFIX));
}

/**
 * Our marks present in the workbook: mark key (excelNameKey) → the sheet name it points at, or
 * null when the mark no longer points at a sheet (its sheet was deleted: "=#REF!$A$1").
 */
export function marksIn(names: readonly NameInfo[]): Map<string, { name: string; sheet: string | null }> {
  const out = new Map<string, { name: string; sheet: string | null }>();
  for (const n of names) {
    if (!isMarkName(n.name)) continue;
    out.set(excelNameKey(n.name), { name: n.name, sheet: sheetOfReference(n.formula) });
  }
  return out;
}

/** Each of our marks with the sheet it points at (as the workbook spells both); marks pointing nowhere left out. */
export function markTargets(names: readonly NameInfo[], sheetNames: readonly string[]): { mark: string; sheet: string }[] {
  const byKey = new Map(sheetNames.map((s) => [excelNameKey(s), s] as const));
  const out: { mark: string; sheet: string }[] = [];
  for (const m of marksIn(names).values()) {
    const actual = m.sheet === null ? undefined : byKey.get(excelNameKey(m.sheet));
    if (actual !== undefined) out.push({ mark: m.name, sheet: actual });
  }
  return out;
}

/** Names of the sheets that carry any of our marks, as the workbook spells them. */
export function markedSheetNames(names: readonly NameInfo[], sheetNames: readonly string[]): string[] {
  const byKey = new Map(sheetNames.map((s) => [excelNameKey(s), s] as const));
  const out: string[] = [];
  for (const m of marksIn(names).values()) {
    if (m.sheet === null) continue;
    const actual = byKey.get(excelNameKey(m.sheet));
    if (actual !== undefined && !out.includes(actual)) out.push(actual);
  }
  return out;
}
