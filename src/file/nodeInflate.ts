/**
 * Node's zlib as the file shell's inflater on the command line (see NativeInflate in
 * zip/inflateEntry.ts): bounded by `maxOutputLength`, checked by zlib's own CRC-32 where this
 * Node has it. Node only; the browser's worker keeps fflate.
 */
import * as zlib from 'zlib';
import { useNativeInflate } from './zip/inflateEntry';

const zlibCrc = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export function installNodeInflate(): void {
  useNativeInflate({
    inflate: (data, maxBytes) => {
      const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    },
    crc32: zlibCrc ? (data) => zlibCrc(data) >>> 0 : undefined,
  });
}
