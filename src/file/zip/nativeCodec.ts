/**
 * A native deflate codec (Node's zlib), when the host offers one: fflate, in JavaScript, is the
 * reference and runs everywhere (the browser's worker); the Node shell installs zlib because it
 * starts about 150 ms faster on a cold process and compresses faster (src/file/nodeInflate.ts).
 * The same bounds apply: inflating never produces more than the entry's declared size, which is
 * checked first.
 */
export interface NativeCodec {
  inflate(data: Uint8Array, maxBytes: number): Uint8Array;
  deflate?(data: Uint8Array): Uint8Array;
  crc32?(data: Uint8Array): number;
}

let native: NativeCodec | null = null;

/** Installs (or with null removes) the native codec. */
export function useNativeCodec(codec: NativeCodec | null): void {
  native = codec;
}

export const nativeCodec = (): NativeCodec | null => native;
