/**
 * Our marks are workbook-scoped defined names ("CumThiDua_XepHang" → 'Xếp hạng'!$A$1, see
 * src/core/outputSheets.ts). Excel creates sheet-scoped copies of a mark when a user copies one of
 * our sheets ("Xếp hạng (2)"); those are not ours, so only workbook-scoped names count. The names
 * are read as the file spells them, with their scope (src/file/book/workbookPart.ts).
 */
import { MARK_PREFIX } from '../core/index';
import type { RawDefinedName } from './book/workbookPart';

export type { RawDefinedName } from './book/workbookPart';

/** The sheet a range refers to: "'Xếp hạng'!$A$1" → "Xếp hạng"; null without a sheet. */
export function sheetOfRange(range: string): string | null {
  const quoted = /^'((?:[^']|'')*)'!/.exec(range);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(range);
  return plain ? plain[1] : null;
}

/** A sheet name quoted for a formula: 'Xếp hạng', apostrophes doubled. */
export const quotedSheet = (sheetName: string): string => `'${sheetName.replace(/'/g, "''")}'`;

/** A reference to cell A1 of a sheet, quoted the way Excel writes it. */
export function sheetA1(sheetName: string): string {
  return `${quotedSheet(sheetName)}!$A$1`;
}

/** Excel compares names and sheet names without regard to case. */
export const sameName = (a: string, b: string): boolean => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

export const isOurName = (name: string): boolean => name.toLowerCase().startsWith(MARK_PREFIX.toLowerCase());

/**
 * Our marks and the sheet each points at (the sheet's actual name), from workbook-scoped names
 * only. A mark whose sheet no longer exists is left out.
 */
export function marksOf(raw: readonly RawDefinedName[], sheetNames: readonly string[]): Map<string, string> {
  const marks = new Map<string, string>();
  for (const n of raw) {
    if (n.localSheetId !== undefined || !isOurName(n.name)) continue;
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
