/**
 * The table of contents of a zip package (APPNOTE.TXT, PKWARE's zip specification): every entry's
 * name, method, sizes, CRC and where its compressed bytes are, read from the central directory
 * and checked against each local header. Nothing is inflated here.
 *
 * Refused as damaged or hostile (ZipProblem), because two zip readers could otherwise see two
 * different workbooks in the same file: two entries with the same name (OPC part names compare
 * without regard to ASCII case), a local header that names another entry than the directory,
 * entries whose bytes overlap (the "overlapping files" zip bomb), encrypted entries, methods
 * other than stored and deflate, and bytes that lie outside the file.
 */

export interface ZipEntry {
  /** The name as the directory spells it (UTF-8 or CP437 decoded). */
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  /** General purpose flags of the directory record. */
  flags: number;
  crc: number;
  compressedSize: number;
  /** The inflated size the directory declares (checked while inflating, never trusted). */
  size: number;
  /** Offset of the compressed bytes in the file (after the local header). */
  dataStart: number;
  /** Offset of the local header. */
  headerStart: number;
  /** DOS time and date of the entry, kept when the entry is copied. */
  time: number;
  date: number;
}

export type ZipProblemKind = 'notZip' | 'corrupt' | 'duplicate' | 'encrypted' | 'unsupported';

export class ZipProblem extends Error {
  constructor(
    readonly kind: ZipProblemKind,
    message: string,
    /** The entry concerned, when there is one. */
    readonly entry?: string,
  ) {
    super(message);
    this.name = 'ZipProblem';
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** More entries than any workbook has; a directory claiming more is not a workbook. */
export const MAX_ENTRIES = 65_535;

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
/** A 64-bit field, as a number; beyond 2^53 it cannot be a real offset in a file we hold. */
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The DOS code page of old zip tools, for names without the UTF-8 flag: ASCII stays ASCII. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(bytes: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) {
    try {
      return utf8.decode(bytes);
    } catch {
      throw new ZipProblem('corrupt', 'an entry name is not valid UTF-8');
    }
  }
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += bytes[i] < 128 ? String.fromCharCode(bytes[i]) : CP437_HIGH[bytes[i] - 128];
  return s;
}

function findEndOfDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const last = b.length - 22;
  const first = Math.max(0, last - 65_535);
  for (let i = last; i >= first; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === EOCD) return i;
  }
  return -1;
}

interface DirectoryPosition {
  entries: number;
  offset: number;
  size: number;
}

function directoryPosition(b: Uint8Array, eocd: number): DirectoryPosition {
  let entries = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // Zip64: the locator sits just before the end record and points at the zip64 end record.
    const locator = eocd - 20;
    if (locator < 0 || u32(b, locator) !== EOCD64_LOCATOR) throw new ZipProblem('corrupt', 'zip64 locator missing');
    const at = u64(b, locator + 8);
    if (at + 56 > b.length || u32(b, at) !== EOCD64) throw new ZipProblem('corrupt', 'zip64 end record missing');
    entries = u64(b, at + 32);
    size = u64(b, at + 40);
    offset = u64(b, at + 48);
  }
  if (entries > MAX_ENTRIES) throw new ZipProblem('unsupported', `${entries} entries`);
  if (offset + size > b.length) throw new ZipProblem('corrupt', 'the central directory lies outside the file');
  return { entries, offset, size };
}

/** Sizes and offset from the zip64 extra field, for the fields the record marks 0xFFFFFFFF. */
function zip64Extra(b: Uint8Array, from: number, to: number, need: { size: boolean; csize: boolean; offset: boolean }): { size?: number; csize?: number; offset?: number } {
  for (let at = from; at + 4 <= to; ) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    if (id === 0x0001) {
      const out: { size?: number; csize?: number; offset?: number } = {};
      let p = at + 4;
      const end = at + 4 + len;
      if (need.size && p + 8 <= end) (out.size = u64(b, p)), (p += 8);
      if (need.csize && p + 8 <= end) (out.csize = u64(b, p)), (p += 8);
      if (need.offset && p + 8 <= end) out.offset = u64(b, p);
      return out;
    }
    at += 4 + len;
  }
  return {};
}

/** Case-insensitive key of a part name (OPC compares part names without regard to ASCII case). */
export const entryKey = (name: string): string => name.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Reads and checks the directory. Throws ZipProblem. */
export function readZipDirectory(b: Uint8Array): ZipEntry[] {
  const eocd = findEndOfDirectory(b);
  if (eocd < 0) throw new ZipProblem(b.length >= 4 && u32(b, 0) === LOCAL ? 'corrupt' : 'notZip', 'no end of central directory');
  const dir = directoryPosition(b, eocd);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = dir.offset;
  const end = dir.offset + dir.size;
  for (let i = 0; i < dir.entries; i++) {
    if (at + 46 > end || u32(b, at) !== CENTRAL) throw new ZipProblem('corrupt', 'central directory record damaged');
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    const time = u16(b, at + 12);
    const date = u16(b, at + 14);
    const crc = u32(b, at + 16);
    let compressedSize = u32(b, at + 20);
    let size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    let headerStart = u32(b, at + 42);
    const nameStart = at + 46;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipProblem('corrupt', 'central directory record damaged');
    const name = decodeName(b.subarray(nameStart, nameStart + nameLength), (flags & 0x800) !== 0);
    if (size === 0xffffffff || compressedSize === 0xffffffff || headerStart === 0xffffffff) {
      const x = zip64Extra(b, nameStart + nameLength, nameStart + nameLength + extraLength, {
        size: size === 0xffffffff,
        csize: compressedSize === 0xffffffff,
        offset: headerStart === 0xffffffff,
      });
      size = x.size ?? size;
      compressedSize = x.csize ?? compressedSize;
      headerStart = x.offset ?? headerStart;
    }
    const key = entryKey(name);
    if (seen.has(key)) throw new ZipProblem('duplicate', `two entries named ${name}`, name);
    seen.add(key);
    if (flags & 0x1) throw new ZipProblem('encrypted', `entry ${name} is encrypted`, name);
    if (method !== 0 && method !== 8) throw new ZipProblem('unsupported', `entry ${name} uses method ${method}`, name);
    if (method === 0 && compressedSize !== size) throw new ZipProblem('corrupt', `stored entry ${name} has two sizes`, name);

    if (headerStart + 30 > b.length || u32(b, headerStart) !== LOCAL) throw new ZipProblem('corrupt', `local header of ${name} missing`, name);
    const localNameLength = u16(b, headerStart + 26);
    const localExtraLength = u16(b, headerStart + 28);
    const localName = b.subarray(headerStart + 30, headerStart + 30 + localNameLength);
    const centralName = b.subarray(nameStart, nameStart + nameLength);
    if (localName.length !== centralName.length || localName.some((x, j) => x !== centralName[j])) {
      throw new ZipProblem('corrupt', `local header of ${name} names another entry`, name);
    }
    const dataStart = headerStart + 30 + localNameLength + localExtraLength;
    if (dataStart + compressedSize > b.length) throw new ZipProblem('corrupt', `entry ${name} runs past the end of the file`, name);
    entries.push({ name, method, flags, crc, compressedSize, size, dataStart, headerStart, time, date });
    at = next;
  }
  // No two entries may share bytes: each local header and its data must end before the next one.
  const byOffset = [...entries].sort((x, y) => x.headerStart - y.headerStart);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    if (prev.dataStart + prev.compressedSize > byOffset[i].headerStart) {
      throw new ZipProblem('corrupt', `entries ${prev.name} and ${byOffset[i].name} overlap`, byOffset[i].name);
    }
  }
  const lastEntry = byOffset[byOffset.length - 1];
  if (lastEntry && lastEntry.dataStart + lastEntry.compressedSize > dir.offset) throw new ZipProblem('corrupt', 'an entry overlaps the central directory');
  return entries;
}
