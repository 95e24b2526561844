/**
 * Inflating one zip entry with fflate, bounded and verified: the declared size is checked before
 * anything is inflated, the actual size while inflating (compressed bytes are fed in small slices,
 * so one slice can never produce more than ~33 MB), the ratio of inflated to compressed bytes once
 * past a grace size, and the CRC-32 at the end. Output is handed on chunk by chunk, so a large
 * worksheet is scanned without ever being held whole.
 */
import { Inflate } from 'fflate';
import { MAX_PART_BYTES, MAX_RATIO, RATIO_GRACE_BYTES } from '../limits';
import { crc32Update } from './crc32';
import { nativeCodec } from './nativeCodec';
import type { ZipEntry } from './zipDirectory';

export type InflateProblemKind = 'tooLarge' | 'crc' | 'corrupt';

export class InflateProblem extends Error {
  constructor(
    readonly kind: InflateProblemKind,
    readonly entry: string,
    message: string,
  ) {
    super(message);
    this.name = 'InflateProblem';
  }
}

/** Parts up to this size are inflated whole by the native codec, when there is one. */
export const NATIVE_WHOLE_BYTES = 16 * 1024 * 1024;

/** 32 KB of deflate input inflates to at most ~33 MB. */
const SLICE = 32 * 1024;

export interface InflateBudget {
  /** Largest inflated size allowed for this entry. */
  maxBytes?: number;
  /** Called with the bytes inflated so far (for progress and a package-wide total). */
  onProgress?(inflated: number): void;
}

/**
 * Inflates `entry` out of the package bytes, calling `onChunk` with each piece in order.
 * Throws InflateProblem; anything `onChunk` throws stops the inflating and passes through.
 */
export function inflateEntry(file: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, budget: InflateBudget = {}): void {
  const max = Math.min(budget.maxBytes ?? MAX_PART_BYTES, MAX_PART_BYTES);
  if (entry.size > max) throw new InflateProblem('tooLarge', entry.name, `${entry.name} declares ${entry.size} bytes`);
  if (entry.size > RATIO_GRACE_BYTES && entry.size > MAX_RATIO * Math.max(1, entry.compressedSize)) {
    throw new InflateProblem('tooLarge', entry.name, `${entry.name} declares more than ${MAX_RATIO} times its size`);
  }
  const data = file.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const native = nativeCodec();
  // The native codec inflates a part whole; a part larger than this is streamed by fflate instead,
  // so that memory never holds a large worksheet's XML at once.
  if (native && entry.method === 8 && entry.size <= NATIVE_WHOLE_BYTES) {
    let out: Uint8Array;
    try {
      // One byte more than declared: a longer stream is caught without inflating all of it.
      out = native.inflate(data, entry.size + 1);
    } catch (e) {
      throw new InflateProblem('crc', entry.name, `${entry.name}: ${(e as Error).message}`);
    }
    if (out.length !== entry.size) throw new InflateProblem('crc', entry.name, `${entry.name} inflates to ${out.length} bytes, not the ${entry.size} declared`);
    if ((native.crc32 ? native.crc32(out) : crc32Update(0, out)) !== entry.crc) throw new InflateProblem('crc', entry.name, `${entry.name} fails its CRC-32 check`);
    budget.onProgress?.(out.length);
    onChunk(out);
    return;
  }
  let total = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    total += chunk.length;
    // Never more than declared: a stream that goes on is damaged or hostile, and stops here.
    if (total > entry.size) throw new InflateProblem('crc', entry.name, `${entry.name} inflates past the ${entry.size} bytes declared`);
    if (total > max) throw new InflateProblem('tooLarge', entry.name, `${entry.name} inflates past ${max} bytes`);
    if (total > RATIO_GRACE_BYTES && total > MAX_RATIO * Math.max(1, entry.compressedSize)) {
      throw new InflateProblem('tooLarge', entry.name, `${entry.name} inflates more than ${MAX_RATIO} times its size`);
    }
    crc = crc32Update(crc, chunk);
    budget.onProgress?.(total);
    onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += 4 * SLICE) take(data.subarray(at, Math.min(data.length, at + 4 * SLICE)));
  } else {
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      take(chunk);
      if (final) finished = true;
    });
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let at = 0; at < data.length; at += SLICE) {
        const end = Math.min(data.length, at + SLICE);
        inflater.push(data.subarray(at, end), end === data.length);
      }
    } catch (e) {
      if (e instanceof InflateProblem) throw e;
      // fflate's own errors (invalid block type, unexpected end of data) carry a numeric code.
      if (e instanceof Error && typeof (e as { code?: unknown }).code === 'number') {
        throw new InflateProblem('corrupt', entry.name, `${entry.name}: ${e.message}`);
      }
      throw e;
    }
    if (!finished) throw new InflateProblem('corrupt', entry.name, `${entry.name} ends before its data does`);
  }
  if (total !== entry.size) throw new InflateProblem('crc', entry.name, `${entry.name} inflates to ${total} bytes, not the ${entry.size} declared`);
  if (crc !== entry.crc) throw new InflateProblem('crc', entry.name, `${entry.name} fails its CRC-32 check`);
}

/** The whole inflated entry in one array (for the small parts: workbook, relationships, styles). */
export function inflateWhole(file: Uint8Array, entry: ZipEntry, budget: InflateBudget = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  inflateEntry(
    file,
    entry,
    (c) => {
      chunks.push(c);
      length += c.length;
    },
    budget,
  );
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
