/**
 * Issue 11: hostile and broken packages are refused quickly, with a clear sentence and exit 2,
 * without a stack trace, and with bounded memory — each run as its own process of the built
 * command line whose peak memory is measured (at most 300 MB, bombs included). How fast is
 * measured by `npm run bench`, not here. Invisible characters are read exactly as written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { STACK_FRAME } from '../cli/run';
import { tempDir } from '../file/fixtures';
import {
  bombBook,
  craftZip,
  crcOf,
  entriesOf,
  FIRST_SHEET,
  longTextSheet,
  manyCellsEntry,
  sheetXml,
  smallBookBytes,
  withPart,
} from './hostileBooks';
import { ensureCliBuilt, runCliProcess } from './peakRss';

/** Issue 11, "Done when": peak memory on every input of the corpus. */
const PEAK_MB = 300;
const MB = 1024 * 1024;

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('cum-thi-dua-hostile-'));
  ensureCliBuilt();
}, 180_000);
afterAll(() => cleanup());

async function checked(name: string, bytes: Uint8Array | Promise<Uint8Array>) {
  fs.writeFileSync(path.join(dir, name), await bytes);
  const run = runCliProcess(['check', name], dir);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.peakMb).toBeLessThanOrEqual(PEAK_MB);
  return run;
}

async function tamperedEntry(name: string, change: (content: string) => string, method: 0 | 8 = 0) {
  const entries = await entriesOf(await smallBookBytes());
  const i = entries.findIndex((e) => e.name === name);
  const zlib = await import('zlib');
  const content = Buffer.from(zlib.inflateRawSync(entries[i].data));
  const changed = Buffer.from(change(content.toString('utf8')), 'utf8');
  entries[i] = { name, data: method === 0 ? changed : new Uint8Array(zlib.deflateRawSync(changed)), method, crc: crcOf(content), size: changed.length };
  return craftZip(entries);
}

describe('zip bombs', () => {
  test('one declaring its real size (300 MB of XML from ~300 KB): refused before inflating', async () => {
    const r = await checked('bom-khai-that.xlsx', bombBook(300 * MB));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('quá lớn');
    expect(r.stderr).toContain('xl/worksheets/sheet1.xml');
  }, 120_000);

  test('one declaring 1 MB but inflating to 300 MB: stopped once past what it declared', async () => {
    const r = await checked('bom-noi-doi.xlsx', bombBook(300 * MB, MB));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bị hỏng');
  }, 120_000);

  test('one under the size limit but compressed a thousand times (200 MB from ~200 KB): refused as a bomb', async () => {
    const r = await checked('bom-ty-le.xlsx', bombBook(200 * MB));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('quá lớn');
  }, 120_000);
});

describe('damaged or ambiguous packages', () => {
  test('a flipped byte (a score 5,75 became 1,75): the CRC catches it — damaged, not a wrong ranking', async () => {
    const r = await checked('lat-bit.xlsx', tamperedEntry('xl/worksheets/sheet4.xml', (xml) => xml.replace('<v>5.75</v>', '<v>1.75</v>')));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bị hỏng');
    expect(r.stderr).toContain('CRC');
  });

  test('two entries with the same name, or names differing only in case: refused, naming the part', async () => {
    const entries = await entriesOf(await smallBookBytes());
    const twice = craftZip([...entries, { ...entries.find((e) => e.name === FIRST_SHEET)! }]);
    let r = await checked('trung-ten.xlsx', twice);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hai phần cùng tên');
    const upper = craftZip([...entries, { ...entries.find((e) => e.name === FIRST_SHEET)!, name: FIRST_SHEET.toUpperCase() }]);
    r = await checked('trung-ten-hoa.xlsx', upper);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hai phần cùng tên');
  });

  test('a package cut in half: damaged', async () => {
    const whole = await smallBookBytes();
    const r = await checked('cat-doi.xlsx', whole.slice(0, Math.floor(whole.length / 2)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bị hỏng');
  });

  test('a worksheet that is not well-formed XML: damaged', async () => {
    const r = await checked('xml-hong.xlsx', withPart(FIRST_SHEET, sheetXml('<row r="1"><c r="A1"><v>1</c></row>')));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bị hỏng');
  });
});

describe('XML no workbook has', () => {
  test('a DTD defining entities ("billion laughs") in the shared strings: refused before any entity is expanded', async () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&c;</t></si></sst>';
    const r = await checked('dtd.xlsx', withPart('xl/sharedStrings.xml', lol));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DTD');
  });

  test('elements nested 100 000 deep: refused', async () => {
    const deep = '<x>'.repeat(100_000) + '</x>'.repeat(100_000);
    const r = await checked('long-sau.xlsx', withPart(FIRST_SHEET, sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`).replace('<sheetData>', `<sheetData>`) .replace('</worksheet>', `<extLst>${deep}</extLst></worksheet>`)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lồng nhau quá sâu');
  });
});

describe('text and size', () => {
  test('a cell of 40 000 characters is cut at Excel’s 32 767 (only a hand-made file holds more), and the check goes on', async () => {
    const bytes = await withPart(FIRST_SHEET, longTextSheet(40_000));
    const { input } = await readXlsxBytes(bytes);
    expect(input.sheets.find((s) => s.name === 'Cấu hình')!.values[1][1]).toBe('A'.repeat(32_767));
    const r = await checked('o-dai.xlsx', bytes);
    expect(r.code).not.toBe(2);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(100_000);
  });

  test('one cell of 10 MB: only its first 32 767 characters are kept; memory and output stay small', async () => {
    const r = await checked('o-10mb.xlsx', withPart(FIRST_SHEET, longTextSheet(10 * MB)));
    expect(r.code).not.toBe(2);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(100_000);
  });

  test('2.5 million cells (about 6 MB of file): the core’s 2 000 000-cell limit refuses it, without building the grid', async () => {
    const entries = await entriesOf(await smallBookBytes());
    const i = entries.findIndex((e) => e.name === 'xl/worksheets/sheet4.xml');
    entries[i] = await manyCellsEntry('xl/worksheets/sheet4.xml', 50_000, 50);
    const r = await checked('2-5-trieu-o.xlsx', craftZip(entries));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SHEET_TOO_LARGE');
  }, 120_000);

  test('invisible characters (zero-width space, no-break space) are read exactly as written', async () => {
    const sheet = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="B1" t="inlineStr"><is><t>Tên đơn vị</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>N\u200BA</t></is></c><c r="B2" t="inlineStr"><is><t>Tỉnh\u00a0Nghệ An</t></is></c></row>',
    );
    const bytes = await withPart('xl/worksheets/sheet2.xml', sheet);
    const { input } = await readXlsxBytes(bytes);
    expect(input.sheets.find((s) => s.name === 'Thành viên')!.values[1]).toEqual(['N\u200BA', 'Tỉnh\u00a0Nghệ An']);
    const r = await checked('ky-tu-an.xlsx', bytes);
    expect([0, 1]).toContain(r.code);
  });
});
