/**
 * Node's zlib as the file shell's codec on the command line (see zip/nativeCodec.ts): inflating
 * bounded by `maxOutputLength`, deflating at level 6, zlib's own CRC-32 where this Node has it.
 * Node only; the browser's worker keeps fflate.
 */
import * as zlib from 'zlib';
import { useNativeCodec } from './zip/nativeCodec';

const zlibCrc = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export function installNodeCodec(): void {
  useNativeCodec({
    inflate: (data, maxBytes) => asBytes(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) })),
    deflate: (data) => asBytes(zlib.deflateRawSync(data, { level: 6 })),
    crc32: zlibCrc ? (data) => zlibCrc(data) >>> 0 : undefined,
  });
}
