/**
 * Several files in one .zip (the web page's "Phát phiếu chấm" download: every member's form at
 * once), with the zip writer of the file engine (src/file/zip/zipWrite.ts). No Node APIs here.
 */
import { writeZip } from '../zip/zipWrite';

export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[], modified: Date): Uint8Array {
  return writeZip(
    files.map((f) => ({ kind: 'new' as const, name: f.name, bytes: f.bytes })),
    modified,
  );
}
