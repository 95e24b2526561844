/** Where `rank` writes its result, and whether that would be the input file itself. */
import { promises as fs } from 'fs';
import * as path from 'path';

/**
 * "sổ/bac-trung-bo-2022.xlsx" → "sổ/bac-trung-bo-2022-ket-qua.xlsx" (rank); lock and unlock pass
 * their own suffix ("da-chot", "mo-khoa"). A macro-enabled workbook stays one: its macros are
 * kept, and Excel refuses an .xlsx that holds macros.
 */
export function defaultOutputPath(input: string, suffix = 'ket-qua'): string {
  const ext = path.extname(input);
  const base = path.basename(input, ext);
  const out = ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  return path.join(path.dirname(input), `${base}-${suffix}${out}`);
}

/**
 * True when both paths name the same file: equal once resolved, or the same file on disk
 * (a link, or a case-insensitive file system).
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
  } catch {
    return false;
  }
}
