/**
 * Worksheet protection for the sign-off lock (src/core/lock) on an exceljs workbook: protect
 * the input sheets (optionally with a password), and remove that protection again.
 *
 * The password is stored the way Excel stores it (ECMA-376 §18.3.1.85 sheetProtection: an
 * iterated SHA-512 of a random salt and the password, 100 000 rounds), so Excel, Excel on the
 * web and LibreOffice ask for the same password. The hash is computed once per lock and shared
 * by all the sheets locked together (each sheet's record is independent, the same salt is
 * allowed), instead of exceljs's `protect`, which would compute it again for every sheet.
 * The hashing itself is injected (PasswordHasher): nodePasswordHasher.ts uses Node's crypto;
 * a browser page can pass one over Web Crypto. Nothing here needs Node.
 *
 * Unlocking checks the password against every protected sheet first and changes nothing when
 * any of them refuses it (WrongPasswordError): all or none.
 *
 * What a lock allows: selecting cells, formatting cells, columns and rows (so the add-in's
 * "colour the problem cells" and a user's column widths still work) and the auto filter; not
 * editing values, inserting or deleting rows and columns, or sorting. Cells a user explicitly
 * unlocked (Format Cells › Protection) stay editable — the fingerprint still catches a change.
 */
import type ExcelJS from 'exceljs';
import { sameName } from './definedNames';
import { WrongPasswordError } from './errors';

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

/** exceljs's sheetProtection model (what it reads from and writes to the file). */
export interface SheetProtectionModel {
  sheet?: boolean;
  algorithmName?: string;
  hashValue?: string;
  saltValue?: string;
  spinCount?: number;
  [option: string]: unknown;
}

type ProtectableSheet = ExcelJS.Worksheet & { sheetProtection?: SheetProtectionModel | null };

/** true = the user may do it on a locked sheet (exceljs writes these as "allowed"). */
export const LOCK_ALLOWS = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
} as const;

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  return (ws as ProtectableSheet).sheetProtection?.sheet === true;
}

function hasPassword(p: SheetProtectionModel): boolean {
  return typeof p.hashValue === 'string' && p.hashValue !== '' && typeof p.saltValue === 'string';
}

function sheetsNamed(workbook: ExcelJS.Workbook, names: readonly string[]): ExcelJS.Worksheet[] {
  return names.map((n) => {
    const ws = workbook.worksheets.find((w) => sameName(w.name, n));
    if (!ws) throw new Error(`no sheet "${n}" to protect`);
    return ws;
  });
}

/**
 * Protects the named sheets that are not protected yet; returns their names. Sheets already
 * protected (by the user, with their own password) keep their protection untouched.
 */
export async function protectSheets(
  workbook: ExcelJS.Workbook,
  names: readonly string[],
  password: string | undefined,
  hasher: PasswordHasher,
): Promise<string[]> {
  const targets = sheetsNamed(workbook, names).filter((ws) => !isProtected(ws));
  let secret: Pick<SheetProtectionModel, 'algorithmName' | 'hashValue' | 'saltValue' | 'spinCount'> = {};
  if (password !== undefined && password !== '' && targets.length > 0) {
    const salt = hasher.salt();
    const hashValue = await hasher.hash(password, LOCK_ALGORITHM, salt, LOCK_SPIN_COUNT);
    secret = { algorithmName: LOCK_ALGORITHM, hashValue, saltValue: salt, spinCount: LOCK_SPIN_COUNT };
  }
  for (const ws of targets) (ws as ProtectableSheet).sheetProtection = { sheet: true, ...secret, ...LOCK_ALLOWS };
  return targets.map((ws) => ws.name);
}

/**
 * Removes the protection of the named sheets that are protected; returns their names. Throws
 * WrongPasswordError, changing nothing, when the password does not open one of them.
 */
export async function unprotectSheets(
  workbook: ExcelJS.Workbook,
  names: readonly string[],
  password: string | undefined,
  hasher: PasswordHasher,
): Promise<string[]> {
  const targets = sheetsNamed(workbook, names).filter(isProtected);
  const refused: string[] = [];
  const checked = new Map<string, string>();
  for (const ws of targets) {
    const p = (ws as ProtectableSheet).sheetProtection as SheetProtectionModel;
    if (!hasPassword(p)) continue;
    if (password === undefined || password === '') {
      refused.push(ws.name);
      continue;
    }
    const algorithm = p.algorithmName ?? LOCK_ALGORITHM;
    const spin = typeof p.spinCount === 'number' && Number.isFinite(p.spinCount) ? p.spinCount : LOCK_SPIN_COUNT;
    const key = `${algorithm}|${p.saltValue}|${spin}`;
    let hash = checked.get(key);
    if (hash === undefined) {
      hash = await hasher.hash(password, algorithm, p.saltValue as string, spin);
      checked.set(key, hash);
    }
    if (hash !== p.hashValue) refused.push(ws.name);
  }
  if (refused.length > 0) throw new WrongPasswordError(refused, password !== undefined && password !== '');
  for (const ws of targets) (ws as ProtectableSheet).sheetProtection = null;
  return targets.map((ws) => ws.name);
}
