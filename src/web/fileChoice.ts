/**
 * What can be said about a chosen file before a byte of it is read: its name and its size.
 * Refusing at once (a .docx, a 200 MB file) saves the user a long wait for nothing; the bytes
 * are judged afterwards (src/file/fileKind.ts), since a name can lie.
 */
import type { Lang } from '../core/index';
import { webStrings } from './strings';

/**
 * Largest file the browser mode opens. The whole file is held in memory, with the values read
 * from it; beyond this a browser tab may run short of memory, and no real scoring workbook comes
 * close (the sample is about 40 KB; a cluster of 34 members × 300 criteria about 1 MB).
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** From this size on the user is told that opening may take a while. */
export const LARGE_FILE_BYTES = 5 * 1024 * 1024;

export interface FileFacts {
  name: string;
  size: number;
}

export type EarlyRefusal = { kind: 'notXlsxName' } | { kind: 'legacyXlsName' } | { kind: 'tooLarge'; size: number; limit: number };

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/** null when the file may be read; otherwise why not. */
export function refuseEarly(file: FileFacts): EarlyRefusal | null {
  const ext = extensionOf(file.name);
  if (ext === 'xls') return { kind: 'legacyXlsName' };
  if (ext !== 'xlsx') return { kind: 'notXlsxName' };
  if (file.size > MAX_FILE_BYTES) return { kind: 'tooLarge', size: file.size, limit: MAX_FILE_BYTES };
  return null;
}

/** "51,2 MB" / "51.2 MB", "820 KB", "12 byte"; whole numbers without decimals ("50 MB"). */
export function formatSize(bytes: number, lang: Lang): string {
  const sep = webStrings(lang).decimalSeparator;
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [unit, label] of units) {
    if (bytes >= unit) {
      const tenths = Math.round((bytes * 10) / unit);
      const text = tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}${sep}${tenths % 10}`;
      return `${text} ${label}`;
    }
  }
  return `${bytes} ${lang === 'en' ? (bytes === 1 ? 'byte' : 'bytes') : 'byte'}`;
}

/**
 * The name of the downloaded result, as the command line names it: "bac-trung-bo-2022.xlsx" →
 * "bac-trung-bo-2022-ket-qua.xlsx". A result opened again keeps its name rather than growing
 * a second "-ket-qua".
 */
export function resultFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return /-ket-qua$/i.test(base) ? `${base}.xlsx` : `${base}-ket-qua.xlsx`;
}
