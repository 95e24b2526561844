/** Reading a chosen file's bytes with progress (src/web/readBlob.ts). */
import { readFileBytes } from '../../src/web/readBlob';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

describe('A file is read in chunks, and the progress rises to 100 %', () => {
  it('joins the chunks in order and reports the fraction read after each', async () => {
    const chunks = [new Uint8Array([1, 2, 3, 4]), new Uint8Array([5, 6]), new Uint8Array([7, 8])];
    const seen: number[] = [];
    const bytes = await readFileBytes(
      { size: 8, stream: () => streamOf(chunks), arrayBuffer: () => Promise.reject(new Error('not used')) },
      (f) => seen.push(f),
    );
    expect(Array.from(bytes)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(seen).toEqual([0.5, 0.75, 1, 1]);
  });

  it('without a stream (an older browser) reads the whole file at once', async () => {
    const seen: number[] = [];
    const bytes = await readFileBytes({ size: 3, arrayBuffer: async () => new Uint8Array([9, 8, 7]).buffer }, (f) => seen.push(f));
    expect(Array.from(bytes)).toEqual([9, 8, 7]);
    expect(seen).toEqual([1]);
  });

  it('a read that fails is reported to the caller, not swallowed', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('the file was removed'));
      },
    });
    await expect(readFileBytes({ size: 5, stream: () => broken, arrayBuffer: async () => new ArrayBuffer(0) })).rejects.toThrow('removed');
  });
});
