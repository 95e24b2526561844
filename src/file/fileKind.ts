/**
 * What a file's first bytes say it is, so that a password-protected or old-format workbook gets
 * its own clear message instead of "corrupted". Works on plain bytes (no Node Buffer), so the
 * browser can use it too.
 *
 * - .xlsx is a zip package: "PK\x03\x04" (or "PK\x05\x06" for an empty zip).
 * - An .xlsx with a password to open is stored by Excel as an OLE compound file (D0 CF 11 E0 …)
 *   holding the streams "EncryptionInfo" and "EncryptedPackage".
 * - An old .xls is an OLE compound file too, without those streams.
 */
export type FileKind = 'zip' | 'encrypted' | 'legacyXls' | 'unknown';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" as UTF-16LE, the way OLE directory entries spell stream names. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function fileKindOf(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) {
    return 'zip';
  }
  if (startsWith(bytes, OLE_SIGNATURE)) return contains(bytes, ENCRYPTION_INFO) ? 'encrypted' : 'legacyXls';
  return 'unknown';
}
