/**
 * Hostile and broken packages for the corpus (issue 11): zip bombs (declaring their size, lying
 * about it, or too compressed to be real), a flipped byte, duplicate entries, a DTD with entities,
 * nesting no workbook has, a cell longer than Excel allows, 2.5 million cells, invisible characters.
 * Each starts from a small real workbook (saved by exceljs) and is changed at the zip level by
 * code here — a zip writer of the tests' own, independent of the program under test.
 */
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { smallWorkbook } from '../cli/workbooks';

export interface RawEntry {
  name: string;
  /** The bytes as stored (compressed when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The inflated size the headers declare. */
  size: number;
}

const crcTable = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

export const crcOf = (bytes: Uint8Array): number => crcContinue(bytes, 0);

/** A zip of these entries, exactly as given (sizes and CRCs as declared, true or not). */
export function craftZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.data));
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

/** The entries of a real workbook, raw (as stored), in order. */
export async function entriesOf(bytes: Uint8Array): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: RawEntry[] = [];
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    const content = await f.async('uint8array');
    out.push({ name, data: new Uint8Array(zlib.deflateRawSync(content)), method: 8, crc: crcOf(content), size: content.length });
  }
  return out;
}

/** A stored (uncompressed) entry of this content, honest headers. */
export const storedEntry = (name: string, content: Uint8Array): RawEntry => ({ name, data: content, method: 0, crc: crcOf(content), size: content.length });

/** A deflated entry of this content, honest headers. */
export const deflatedEntry = (name: string, content: Uint8Array): RawEntry => ({ name, data: new Uint8Array(zlib.deflateRawSync(content)), method: 8, crc: crcOf(content), size: content.length });

/** The small scoring workbook of the CLI tests, as exceljs saves it. */
export async function smallBookBytes(): Promise<Uint8Array> {
  return new Uint8Array(await smallWorkbook().xlsx.writeBuffer());
}

/** The part holding the first worksheet of the small workbook (exceljs names it so). */
export const FIRST_SHEET = 'xl/worksheets/sheet1.xml';

/** The small workbook with one part's content replaced (honest headers). */
export async function withPart(name: string, content: string | Uint8Array, method: 0 | 8 = 8): Promise<Uint8Array> {
  const bytes = typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;
  const entries = await entriesOf(await smallBookBytes());
  const replacement = method === 0 ? storedEntry(name, bytes) : deflatedEntry(name, bytes);
  const i = entries.findIndex((e) => e.name === name);
  if (i >= 0) entries[i] = replacement;
  else entries.push(replacement);
  return craftZip(entries);
}

/** zlib's own CRC-32 (Node ≥ 20.15), with the tests' JavaScript one as a fallback; `prev` continues a running CRC. */
function crcContinue(bytes: Uint8Array, prev: number): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) return native(bytes, prev) >>> 0;
  let c = (prev ^ 0xffffffff) >>> 0;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Deflates what `produce` writes, piece by piece (the test never holds it whole): the data, CRC and size. */
async function deflateStream(produce: (write: (b: Buffer) => Promise<void>) => Promise<void>): Promise<{ data: Uint8Array; crc: number; size: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  await produce(async (b) => {
    crc = crcContinue(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
  });
  deflate.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(out)), crc, size };
}

/** A worksheet of `size` bytes, mostly spaces: about 1 KB of deflate per MB. */
export function spacesSheet(size: number): Promise<{ data: Uint8Array; crc: number; size: number }> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  const piece = Buffer.alloc(1024 * 1024, 32);
  return deflateStream(async (write) => {
    await write(head);
    let left = size - head.length - tail.length;
    while (left > 0) {
      const n = Math.min(left, piece.length);
      await write(n === piece.length ? piece : piece.subarray(0, n));
      left -= n;
    }
    await write(tail);
  });
}

/** The small workbook whose first sheet is this bomb, declaring `declared` as its size. */
export async function bombBook(size: number, declared = size): Promise<Uint8Array> {
  const entries = await entriesOf(await smallBookBytes());
  const bomb = await spacesSheet(size);
  const i = entries.findIndex((e) => e.name === FIRST_SHEET);
  entries[i] = { name: FIRST_SHEET, data: bomb.data, method: 8, crc: bomb.crc, size: declared };
  return craftZip(entries);
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A worksheet part with these rows of cells (already written as XML). */
export const sheetXml = (rows: string): string => SHEET_HEAD + rows + SHEET_TAIL;

/** Settings sheet text with a cell of `length` characters in B2 (inline string). */
export function longTextSheet(length: number): string {
  return sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>Tham số</t></is></c><c r="B1" t="inlineStr"><is><t>Giá trị</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Tên cụm</t></is></c><c r="B2" t="inlineStr"><is><t>${'A'.repeat(length)}</t></is></c></row>`);
}

/** A sheet of rows × columns numbers, deflated in pieces (2.5 million cells ≈ 6 MB). */
export async function manyCellsEntry(name: string, rows: number, columns: number): Promise<RawEntry> {
  const letters = (c: number): string => {
    let n = c + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const cols = Array.from({ length: columns }, (_, c) => letters(c));
  const z = await deflateStream(async (write) => {
    await write(Buffer.from(SHEET_HEAD));
    for (let r = 1; r <= rows; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < columns; c++) row += `<c r="${cols[c]}${r}"><v>${(r * 7 + c) % 10}</v></c>`;
      await write(Buffer.from(row + '</row>'));
    }
    await write(Buffer.from(SHEET_TAIL));
  });
  return { name, data: z.data, method: 8, crc: z.crc, size: z.size };
}
