/**
 * A zip package in memory: each part either still as it was in the input file (its compressed
 * bytes, never inflated unless read) or replaced by new bytes. Reading a part is bounded and
 * CRC-checked (zip/inflateEntry.ts) and counts against one budget for the whole package; writing
 * copies every untouched part byte for byte (zip/zipWrite.ts).
 */
import { MAX_PART_BYTES, MAX_TOTAL_BYTES } from '../limits';
import { InflateProblem, inflateEntry, inflateWhole } from '../zip/inflateEntry';
import { entryKey, readZipDirectory, type ZipEntry } from '../zip/zipDirectory';
import { writeZip, type OutEntry } from '../zip/zipWrite';

type PartSource = { kind: 'zip'; entry: ZipEntry } | { kind: 'new'; bytes: Uint8Array };

interface Part {
  name: string;
  source: PartSource;
}

const encoder = new TextEncoder();

export class XlsxPackage {
  /** In the order of the input file; new parts at the end. */
  private readonly parts: Part[];
  private inflatedTotal = 0;

  private constructor(
    private readonly file: Uint8Array,
    parts: Part[],
  ) {
    this.parts = parts;
  }

  /** The package in these bytes. Throws ZipProblem. */
  static open(file: Uint8Array): XlsxPackage {
    const entries = readZipDirectory(file);
    // Folders ("xl/") are not parts.
    const parts = entries.filter((e) => !e.name.endsWith('/')).map((entry) => ({ name: entry.name, source: { kind: 'zip', entry } as PartSource }));
    return new XlsxPackage(file, parts);
  }

  static empty(): XlsxPackage {
    return new XlsxPackage(new Uint8Array(0), []);
  }

  private find(name: string): Part | undefined {
    const key = entryKey(name);
    return this.parts.find((p) => entryKey(p.name) === key);
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** Part names as the package spells them, in order. */
  names(): string[] {
    return this.parts.map((p) => p.name);
  }

  /** The name as the package spells it (part names compare without regard to case). */
  actualName(name: string): string | undefined {
    return this.find(name)?.name;
  }

  /** True when the part is still the input's bytes. */
  isOriginal(name: string): boolean {
    return this.find(name)?.source.kind === 'zip';
  }

  private budget(): { maxBytes: number; onProgress: (n: number) => void } {
    const before = this.inflatedTotal;
    return {
      maxBytes: Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - before),
      onProgress: (n) => {
        this.inflatedTotal = before + n;
        this.onInflated?.(this.inflatedTotal);
      },
    };
  }

  /** Starts a new count for MAX_TOTAL_BYTES (one read of the workbook's input). */
  resetBudget(): void {
    this.inflatedTotal = 0;
  }

  /** Told the bytes inflated so far from this package (progress of a long read). */
  onInflated?: (total: number) => void;

  /** The whole part, or undefined when there is none. Throws InflateProblem. */
  read(name: string): Uint8Array | undefined {
    const p = this.find(name);
    if (!p) return undefined;
    if (p.source.kind === 'new') return p.source.bytes;
    return inflateWhole(this.file, p.source.entry, this.budget());
  }

  /** The part piece by piece (for worksheets and shared strings, which may be large). */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const p = this.find(name);
    if (!p) return false;
    if (p.source.kind === 'new') {
      onChunk(p.source.bytes);
      return true;
    }
    inflateEntry(this.file, p.source.entry, onChunk, this.budget());
    return true;
  }

  /** Creates or replaces a part (keeping its place and its spelling when it exists). */
  set(name: string, content: Uint8Array | string): void {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    const p = this.find(name);
    if (p) p.source = { kind: 'new', bytes };
    else this.parts.push({ name, source: { kind: 'new', bytes } });
  }

  remove(name: string): void {
    const key = entryKey(name);
    const i = this.parts.findIndex((p) => entryKey(p.name) === key);
    if (i >= 0) this.parts.splice(i, 1);
  }

  /** The parts as they are now, to go back to (restore) if an edit fails halfway. */
  snapshot(): unknown {
    return this.parts.map((p) => ({ name: p.name, source: p.source }));
  }

  restore(snapshot: unknown): void {
    this.parts.splice(0, this.parts.length, ...(snapshot as Part[]));
  }

  /** A copy sharing the input bytes: edits to one do not show in the other. */
  clone(): XlsxPackage {
    const copy = new XlsxPackage(
      this.file,
      this.parts.map((p) => ({ name: p.name, source: p.source })),
    );
    copy.inflatedTotal = this.inflatedTotal;
    return copy;
  }

  /** The package as zip bytes: untouched parts copied as they were, new ones deflated. */
  toBytes(modified: Date = new Date(), onProgress?: (fraction: number) => void): Uint8Array {
    const out: OutEntry[] = this.parts.map((p) =>
      p.source.kind === 'new'
        ? { kind: 'new', name: p.name, bytes: p.source.bytes }
        : {
            kind: 'copy',
            name: p.name,
            method: p.source.entry.method,
            crc: p.source.entry.crc,
            size: p.source.entry.size,
            data: this.file.subarray(p.source.entry.dataStart, p.source.entry.dataStart + p.source.entry.compressedSize),
            time: p.source.entry.time,
            date: p.source.entry.date,
          },
    );
    return writeZip(out, modified, onProgress);
  }
}

export { InflateProblem };
