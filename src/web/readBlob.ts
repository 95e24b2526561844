/**
 * Reads a chosen file's bytes, reporting how far it got, so that a large file shows progress
 * instead of a frozen page. Uses the file's stream where the browser offers one (every current
 * browser does) and falls back to reading it whole.
 */

/** The part of a browser File (or Blob) used here; tests pass their own. */
export interface ReadableFile {
  size: number;
  stream?(): ReadableStream<Uint8Array>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Calls `onProgress` with the fraction read (0…1) after each chunk and once at the end. */
export async function readFileBytes(file: ReadableFile, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') {
    const whole = new Uint8Array(await file.arrayBuffer());
    onProgress?.(1);
    return whole;
  }
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    read += value.length;
    onProgress?.(file.size > 0 ? Math.min(1, read / file.size) : 1);
  }
  const bytes = new Uint8Array(read);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  onProgress?.(1);
  return bytes;
}
