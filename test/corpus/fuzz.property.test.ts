/**
 * Fuzzing the file shell (issue 11): valid packages — the small scoring workbook saved by exceljs
 * (deflated and stored), the rich workbook of richBook.ts, and one the program itself wrote — are
 * mutated (cut short, bytes flipped or inserted, entries shuffled or repeated, a part replaced by
 * random XML, declared sizes changed) and read. Whatever the bytes, reading either gives the core's
 * input, which the core then checks and the writer writes again, or refuses with a
 * WorkbookFileError: never another exception, never a hang, never unbounded memory.
 *
 * `npm test` runs FUZZ_RUNS cases (300); `npm run fuzz` runs 10 000 (CUM_THI_DUA_FUZZ_RUNS).
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import * as zlib from 'zlib';
import { checkWorkbook, rankWorkbook } from '../../src/core/index';
import { WorkbookFileError } from '../../src/file/errors';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { applySheetDescriptions, workbookBytes } from '../../src/file/writeXlsx';
import { smallWorkbook } from '../cli/workbooks';
import { craftZip, crcOf, entriesOf, type RawEntry } from './hostileBooks';
import { richWorkbookBytes } from './richBook';

const RUNS = Number(process.env.CUM_THI_DUA_FUZZ_RUNS ?? 300);
/** One case taking longer than this counts as a hang. */
const CASE_MS = 5000;
/** Resident memory may not grow beyond this over the run (the command line's own cap is 300 MB). */
const GROWTH_MB = 300;

let bases: Uint8Array[] = [];

beforeAll(async () => {
  const small = new Uint8Array(await smallWorkbook({ ballots: true }).xlsx.writeBuffer());
  const stored = await (await JSZip.loadAsync(small)).generateAsync({ type: 'uint8array', compression: 'STORE' });
  const rich = await richWorkbookBytes();
  const ours = await readXlsxBytes(small);
  applySheetDescriptions(ours.workbook, rankWorkbook(ours.input, { computedAt: '15/12/2022 09:00' }).sheets);
  bases = [small, stored, rich, await workbookBytes(ours.workbook)];
}, 60_000);

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; positions: number[]; values: number[] }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'duplicate'; entry: number }
  | { kind: 'xml'; entry: number; xml: string }
  | { kind: 'size'; entry: number; size: number };

const xmlPiece = fc.oneof(
  fc.constantFrom('<row r="1">', '</row>', '<c r="A1">', '<c r="ZZZZ9" t="s">', '<c t="inlineStr"><is><t>', '</t></is></c>', '<v>', '</v>', '</c>', '<sheetData>', '</sheetData>', '<!DOCTYPE x>', '<![CDATA[', ']]>', '&amp;', '&#0;', '&bogus;', '<?x?>', '<!-- -->', '<x:c r="B2"/>', '<row r="1048577">', '<c r="A0">'),
  fc.string({ maxLength: 20 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), positions: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), values: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 8, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant('xml' as const), entry: fc.nat(), xml: fc.array(xmlPiece, { maxLength: 30 }).map((a) => a.join('')) }),
  fc.record({ kind: fc.constant('size' as const), entry: fc.nat(), size: fc.oneof(fc.nat(), fc.constant(0xffffffff), fc.constant(0)) }),
);

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function mutate(base: Uint8Array, m: Mutation): Promise<Uint8Array> {
  switch (m.kind) {
    case 'truncate':
      return base.slice(0, m.at % base.length);
    case 'flip': {
      const b = base.slice();
      m.positions.forEach((p, i) => (b[p % b.length] = m.values[i]));
      return b;
    }
    case 'insert': {
      const at = m.at % base.length;
      return new Uint8Array([...base.subarray(0, at), ...m.bytes, ...base.subarray(at)]);
    }
    default: {
      // Entry-level changes need a zip JSZip can open; an earlier mutation may have broken it already.
      let entries: RawEntry[];
      try {
        entries = await entriesOf(base);
      } catch {
        return base;
      }
      if (entries.length === 0) return base;
      const i = (m as { entry?: number }).entry === undefined ? 0 : (m as { entry: number }).entry % entries.length;
      if (m.kind === 'shuffle') return craftZip(shuffled(entries, m.seed));
      if (m.kind === 'duplicate') return craftZip([...entries, { ...entries[i] }]);
      if (m.kind === 'size') return craftZip(entries.map((e, k) => (k === i ? { ...e, size: m.size } : e)));
      const content = Buffer.from(m.xml, 'utf8');
      const replaced: RawEntry = { name: entries[i].name, data: new Uint8Array(zlib.deflateRawSync(content)), method: 8, crc: crcOf(content), size: content.length };
      return craftZip(entries.map((e, k) => (k === i ? replaced : e)));
    }
  }
}

test(`${RUNS} mutated packages: read and checked, or refused with a WorkbookFileError — nothing else`, async () => {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const outcomes = { read: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
      let bytes = bases[which % bases.length];
      for (const m of mutations) bytes = await mutate(bytes, m);
      const t0 = Date.now();
      try {
        const { workbook, input } = await readXlsxBytes(bytes, 'fuzz.xlsx');
        const report = checkWorkbook(input);
        expect(Array.isArray(report.problems)).toBe(true);
        // What was read can be written again and read back.
        if (!report.notScoringWorkbook) applySheetDescriptions(workbook, rankWorkbook(input, { computedAt: '15/12/2022 09:00' }).sheets);
        await readXlsxBytes(await workbookBytes(workbook), 'again.xlsx');
        outcomes.read++;
      } catch (e) {
        if (!(e instanceof WorkbookFileError)) throw e;
        expect(e.sentences.vi).toContain('fuzz.xlsx');
        outcomes.refused++;
      }
      expect(Date.now() - t0).toBeLessThan(CASE_MS);
      peak = Math.max(peak, process.memoryUsage().rss);
    }),
    { numRuns: RUNS },
  );
  process.stderr.write(`[fuzz] ${RUNS} cases: ${outcomes.read} read, ${outcomes.refused} refused; resident memory grew by at most ${((peak - baseline) / 1048576).toFixed(0)} MB\n`);
  expect(outcomes.read + outcomes.refused).toBe(RUNS);
  expect((peak - baseline) / 1048576).toBeLessThan(GROWTH_MB);
}, 3_600_000);
