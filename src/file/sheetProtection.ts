/**
 * Worksheet protection for the sign-off lock ("Chốt số liệu", src/core/lock): the lock protects
 * the input sheets, which stops accidental edits in Excel, Excel on the web and LibreOffice; the
 * fingerprint in the log still proves whether anything changed since, even if someone removes
 * the protection again. Only the `<sheetProtection>` element of each sheet is inserted, replaced
 * or removed; every other byte of the sheet stays as it was.
 *
 * The password is stored the way Excel stores it (ECMA-376 §18.3.1.85 sheetProtection: an
 * iterated SHA-512 of a random salt and the password, 100 000 rounds), so Excel, Excel on the
 * web and LibreOffice ask for the same password. The hash is computed once per lock and shared
 * by all the sheets locked together. The hashing itself is injected (PasswordHasher):
 * nodePasswordHasher.ts uses Node's crypto; a browser page passes one over Web Crypto. A sheet
 * protected by an older program with the legacy 16-bit password (`password="CBEB"`) is checked
 * with that algorithm. Nothing here needs Node.
 *
 * "Protected" is read as the schema defines it: `sheet="1"` and `sheet="true"` alike (LibreOffice
 * writes the second). Unlocking checks the password against every protected sheet first and
 * changes nothing when any of them refuses it (WrongPasswordError): all or none.
 *
 * What a lock allows: selecting cells, formatting cells, columns and rows (so the add-in's
 * "colour the problem cells" and a user's column widths still work) and the auto filter; not
 * editing values, inserting or deleting rows and columns, or sorting. Cells a user explicitly
 * unlocked (Format Cells › Protection) stay editable — the fingerprint still catches a change.
 */
import type { Workbook } from './book/workbook';
import type { SheetEntry } from './book/workbookPart';
import { prefixOf, sheetLayout, type Placed } from './book/sheetLayout';
import { sameName } from './definedNames';
import { WrongPasswordError } from './errors';
import { spliceBytes } from './xml/splice';
import { escapeAttr } from './xml/xmlText';

/** Excel's iterated password hash, injected so that this file needs neither Node nor a browser. */
export interface PasswordHasher {
  /** 16 fresh random bytes, base64. */
  salt(): string;
  /**
   * base64 of the hash Excel records: H(salt ‖ UTF-16LE password), then `spinCount` times
   * H(previous ‖ round number as 4 bytes little-endian). `algorithm` as the file writes it
   * ("SHA-512").
   */
  hash(password: string, algorithm: string, salt: string, spinCount: number): Promise<string>;
}

/** Excel's own choice for a new protection. */
export const LOCK_ALGORITHM = 'SHA-512';
export const LOCK_SPIN_COUNT = 100_000;

/**
 * What the user may still do on a locked sheet. In the file an attribute such as formatCells
 * says whether the action is *protected* (default true for the format and filter actions, false
 * for selection), so "allowed" is written as formatCells="0" and selection is left at its default.
 */
export const LOCK_ALLOWS = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
} as const;

const LOCK_ATTRIBUTES = 'objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0" autoFilter="0"';

/** A sheet's protection as its file writes it. */
export interface SheetProtectionRecord {
  sheet: boolean;
  algorithmName?: string;
  hashValue?: string;
  saltValue?: string;
  spinCount?: number;
  /** The legacy 16-bit hash, 4 hex digits. */
  password?: string;
}

const isTrue = (v: string | undefined): boolean => v !== undefined && (v.trim() === '1' || v.trim().toLowerCase() === 'true');

function protectionOf(el: Placed | undefined): SheetProtectionRecord | null {
  if (!el) return null;
  const a = el.attrs;
  const spin = Number(a.get('spinCount'));
  return {
    sheet: isTrue(a.get('sheet')),
    algorithmName: a.get('algorithmName'),
    hashValue: a.get('hashValue'),
    saltValue: a.get('saltValue'),
    spinCount: Number.isFinite(spin) && a.has('spinCount') ? spin : undefined,
    password: a.get('password'),
  };
}

/** The `<sheetProtection>` of a worksheet, or null when it has none. */
export function sheetProtection(workbook: Workbook, sheet: SheetEntry): SheetProtectionRecord | null {
  if (sheet.part === null) return null;
  return protectionOf(sheetLayout(workbook.pkg, sheet.part).top.find((t) => t.local === 'sheetProtection'));
}

export function isProtected(workbook: Workbook, sheet: SheetEntry): boolean {
  return sheetProtection(workbook, sheet)?.sheet === true;
}

function hasPassword(p: SheetProtectionRecord): boolean {
  return (typeof p.hashValue === 'string' && p.hashValue !== '' && typeof p.saltValue === 'string') || (typeof p.password === 'string' && p.password !== '');
}

function sheetsNamed(workbook: Workbook, names: readonly string[]): SheetEntry[] {
  return names.map((n) => {
    const s = workbook.worksheets.find((w) => sameName(w.name, n));
    if (!s) throw new Error(`no sheet "${n}" to protect`);
    return s;
  });
}

/** Elements that come after sheetProtection in a worksheet (CT_Worksheet). */
const AFTER_PROTECTION = new Set([
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr',
  'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks',
  'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF',
  'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent',
]);

/** Replaces (or inserts, or with null removes) the sheet's `<sheetProtection>`; the member forms (src/file/forms) use it too. */
export function setProtection(workbook: Workbook, sheet: SheetEntry, attributes: string | null): void {
  const layout = sheetLayout(workbook.pkg, sheet.part!);
  const p = prefixOf(layout.root);
  const xml = attributes === null ? '' : `<${p}sheetProtection ${attributes}/>`;
  const existing = layout.top.find((t) => t.local === 'sheetProtection');
  let edit;
  if (existing) edit = { start: existing.start, end: existing.end, text: xml };
  else {
    if (xml === '') return;
    const next = layout.top.find((t) => AFTER_PROTECTION.has(t.local));
    const last = layout.top[layout.top.length - 1];
    const at = next ? next.start : last ? last.end : layout.bytes.length;
    edit = { start: at, end: at, text: xml };
  }
  workbook.pkg.set(sheet.part!, spliceBytes(layout.bytes, [edit]));
}

/**
 * Protects the named sheets that are not protected yet; returns their names. Sheets already
 * protected (by the user, with their own password) keep their protection untouched.
 */
export async function protectSheets(workbook: Workbook, names: readonly string[], password: string | undefined, hasher: PasswordHasher): Promise<string[]> {
  const targets = workbook.transaction(() => sheetsNamed(workbook, names).filter((s) => !isProtected(workbook, s)));
  let secret = '';
  if (password !== undefined && password !== '' && targets.length > 0) {
    const salt = hasher.salt();
    const hash = await hasher.hash(password, LOCK_ALGORITHM, salt, LOCK_SPIN_COUNT);
    secret = `algorithmName="${LOCK_ALGORITHM}" hashValue="${escapeAttr(hash)}" saltValue="${escapeAttr(salt)}" spinCount="${LOCK_SPIN_COUNT}" `;
  }
  workbook.transaction(() => {
    for (const s of targets) setProtection(workbook, s, `${secret}sheet="1" ${LOCK_ATTRIBUTES}`);
  });
  return targets.map((s) => s.name);
}

/**
 * The legacy sheet password hash (ECMA-376 Part 4, §14.7.1 "Legacy Password Hash Algorithm"):
 * 16 bits from the password's characters, as 4 hex digits.
 */
export function legacyPasswordHash(password: string): string {
  let hash = 0;
  const bytes = Array.from(password.slice(0, 15), (ch) => ch.charCodeAt(0) & 0xff);
  for (let i = bytes.length - 1; i >= 0; i--) {
    hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
    hash ^= bytes[i];
  }
  hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
  hash ^= bytes.length;
  hash ^= 0xce4b;
  return hash.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Removes the protection of the named sheets that are protected; returns their names. Throws
 * WrongPasswordError, changing nothing, when the password does not open one of them.
 */
export async function unprotectSheets(workbook: Workbook, names: readonly string[], password: string | undefined, hasher: PasswordHasher): Promise<string[]> {
  const targets = workbook.transaction(() =>
    sheetsNamed(workbook, names)
      .map((s) => ({ s, p: sheetProtection(workbook, s) }))
      .filter((t): t is { s: SheetEntry; p: SheetProtectionRecord } => t.p?.sheet === true),
  );
  const refused: string[] = [];
  const checked = new Map<string, string>();
  for (const { s, p } of targets) {
    if (!hasPassword(p)) continue;
    if (password === undefined || password === '') {
      refused.push(s.name);
      continue;
    }
    if (p.hashValue && p.saltValue) {
      const algorithm = p.algorithmName ?? LOCK_ALGORITHM;
      const spin = p.spinCount ?? LOCK_SPIN_COUNT;
      const key = `${algorithm}|${p.saltValue}|${spin}`;
      let hash = checked.get(key);
      if (hash === undefined) {
        try {
          hash = await hasher.hash(password, algorithm, p.saltValue, spin);
        } catch {
          hash = ''; // an algorithm we cannot compute: the password cannot be confirmed
        }
        checked.set(key, hash);
      }
      if (hash !== p.hashValue) refused.push(s.name);
    } else if (legacyPasswordHash(password) !== (p.password ?? '').toUpperCase()) refused.push(s.name);
  }
  if (refused.length > 0) throw new WrongPasswordError(refused, password !== undefined && password !== '');
  workbook.transaction(() => {
    for (const { s } of targets) setProtection(workbook, s, null);
  });
  return targets.map((t) => t.s.name);
}
