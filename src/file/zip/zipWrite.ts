/**
 * Writing a zip package: entries copied from the input keep their compressed bytes, CRC, sizes,
 * method and date exactly (nothing is inflated or compressed again); new entries are deflated
 * with fflate. Local headers are written fresh without data descriptors, names in UTF-8.
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';
import { nativeCodec } from './nativeCodec';

export interface CopiedEntry {
  kind: 'copy';
  name: string;
  method: number;
  crc: number;
  size: number;
  /** The compressed bytes as they were in the input. */
  data: Uint8Array;
  time: number;
  date: number;
}

export interface NewEntry {
  kind: 'new';
  name: string;
  /** The uncompressed bytes. */
  bytes: Uint8Array;
}

export type OutEntry = CopiedEntry | NewEntry;

const encoder = new TextEncoder();

/** DOS time and date fields of a Date (local time, as zip tools do). */
export function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** An entry ready to write: its name as UTF-8 bytes, its data as stored. */
type Prepared = Omit<CopiedEntry, 'kind' | 'name'> & { name: Uint8Array };

/** Small parts are stored deflated too; a part that does not shrink is stored as it is. */
function prepare(e: OutEntry, when: { time: number; date: number }): Prepared {
  const name = encoder.encode(e.name);
  if (e.kind === 'copy') return { name, method: e.method, crc: e.crc, size: e.size, data: e.data, time: e.time, date: e.date };
  const native = nativeCodec();
  const deflated = native?.deflate ? native.deflate(e.bytes) : deflateSync(e.bytes, { level: 6 });
  const stored = deflated.length >= e.bytes.length;
  const crc = native?.crc32 ? native.crc32(e.bytes) : crc32(e.bytes);
  return { name, method: stored ? 0 : 8, crc, size: e.bytes.length, data: stored ? e.bytes : deflated, ...when };
}

const LIMIT_32 = 0xffffffff;

/**
 * The package's bytes. Throws when it would need zip64 (beyond 4 GB), which no workbook does.
 * `onProgress` hears how far the compressing is (0…1, by the bytes of the new parts: copied parts
 * cost nothing), for the file mode's percentage while it prepares a download.
 */
export function writeZip(entries: readonly OutEntry[], modified: Date = new Date(), onProgress?: (fraction: number) => void): Uint8Array {
  const when = dosDateTime(modified);
  const toCompress = entries.reduce((n, e) => n + (e.kind === 'new' ? e.bytes.length : 0), 0);
  let compressed = 0;
  const prepared = entries.map((e) => {
    const p = prepare(e, when);
    if (e.kind === 'new' && onProgress && toCompress > 0) {
      compressed += e.bytes.length;
      onProgress(compressed / toCompress);
    }
    return p;
  });
  let localTotal = 0;
  let centralTotal = 0;
  for (const p of prepared) {
    localTotal += 30 + p.name.length + p.data.length;
    centralTotal += 46 + p.name.length;
  }
  if (localTotal + centralTotal > LIMIT_32 || prepared.length > 0xffff) throw new Error('package too large for a zip without zip64');
  const out = new Uint8Array(localTotal + centralTotal + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(at + 6, 0x800, true); // names in UTF-8
    view.setUint16(at + 8, p.method, true);
    view.setUint16(at + 10, p.time, true);
    view.setUint16(at + 12, p.date, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.data.length, true);
    view.setUint32(at + 22, p.size, true);
    view.setUint16(at + 26, p.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(p.name, at + 30);
    out.set(p.data, at + 30 + p.name.length);
    at += 30 + p.name.length + p.data.length;
  }
  const centralStart = at;
  prepared.forEach((p, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS/FAT attributes, version 2.0
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x800, true);
    view.setUint16(at + 10, p.method, true);
    view.setUint16(at + 12, p.time, true);
    view.setUint16(at + 14, p.date, true);
    view.setUint32(at + 16, p.crc, true);
    view.setUint32(at + 20, p.data.length, true);
    view.setUint32(at + 24, p.size, true);
    view.setUint16(at + 28, p.name.length, true);
    // extra, comment, disk number, internal and external attributes: all zero
    view.setUint32(at + 42, offsets[i], true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, prepared.length, true);
  view.setUint16(at + 10, prepared.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
