/**
 * `Phiếu bầu (mẫu)` and `Biên bản kiểm phiếu` as printed (docs/tai-lieu-in.md): rendered to PDF
 * by LibreOffice and read back with pdfinfo/pdftotext, as render.test.ts does for the other
 * sheets. The sample workbook (its Hội nghị sheet names the counting panel: Lê Thị M, head;
 * Phan Văn N; Đỗ Thị P) and the 3–3 Flag case (test/conference/cases.ts), where round 2 is
 * pending: its forms list only the two, and the minutes are drafts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rankWorkbook, type RankReport } from '../../src/core/index';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { calibriSubstitute, renderSheet, type RenderedPdf } from '../../src/render/renderPdf';
import { gridsOf } from '../core/fingerprint/goldenBooks';
import { conferenceCase } from '../conference/cases';
import { pageWords } from './pdfPages';

const A4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 2;
const TOP = (2 / 2.54) * 72;
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const count = (text: string, what: string) => norm(text).split(norm(what)).length - 1;

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cum-thi-dua-ballots-'));
const pdfs = new Map<string, RenderedPdf>();
const sheetOf = (r: RankReport, key: string) => r.sheets.find((s) => s.key === key)!;

beforeAll(async () => {
  expect(calibriSubstitute()).toBe('Carlito');
  const loaded = await readXlsxFile(path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx'));
  const sample = rankWorkbook(loaded.input, { computedAt: '15/01/2023 09:00' });
  const split = rankWorkbook(gridsOf(conferenceCase('3–3 Flag: round 2 between the two').book()), { computedAt: '15/01/2023 09:00' });
  for (const [name, report, key] of [
    ['sample-forms', sample, 'ballotForms'],
    ['sample-minutes', sample, 'countingMinutes'],
    ['split-forms', split, 'ballotForms'],
    ['split-minutes', split, 'countingMinutes'],
  ] as const) {
    pdfs.set(name, await renderSheet(sheetOf(report, key), outDir, name));
  }
}, 300000);

describe.each(['sample-forms', 'sample-minutes', 'split-forms', 'split-minutes'])('%s', (name) => {
  it('is A4 portrait on every page', () => {
    const pdf = pdfs.get(name)!;
    expect(pdf.pageSizes).toHaveLength(pdf.pages);
    for (const { width, height } of pdf.pageSizes) expect(near(width, A4.short) && near(height, A4.long)).toBe(true);
  });

  it('prints no page number on page 1, and the bare number at the top from page 2', () => {
    const pdf = pdfs.get(name)!;
    expect(pdf.pages).toBeGreaterThan(1);
    for (let p = 1; p <= pdf.pages; p++) {
      const top = pageWords(pdf.pdf, p).filter((w) => w.yMax < TOP);
      expect(top.map((w) => w.text)).toEqual(p === 1 ? [] : [String(p)]);
    }
  });

  it('has no program text', () => {
    for (const text of pdfs.get(name)!.pageTexts) expect(text).not.toMatch(/chương trình|không sửa trực tiếp/i);
  });
});

describe('Phiếu bầu (mẫu)', () => {
  it('the sample (vote final in round 1): 2 forms on each page, each with the stamp box, 6 for each award', () => {
    const pdf = pdfs.get('sample-forms')!;
    // 6 present: 3 pages of Flag forms, 3 of Certificate forms.
    expect(pdf.pages).toBe(6);
    for (const text of pdf.pageTexts) {
      expect(count(text, 'PHIẾU BẦU')).toBe(2);
      expect(count(text, 'Dấu của Ban tổ chức')).toBe(2);
      expect(count(text, 'Vòng 1')).toBe(2);
    }
    expect(count(pdf.pageTexts[0], 'Suy tôn Cờ thi đua của Chính phủ năm 2022')).toBe(2);
    expect(count(pdf.pageTexts[3], 'Bình xét Bằng khen của Thủ tướng Chính phủ năm 2022')).toBe(2);
  });

  it('3–3: round 2 forms of the Flag only, listing only Nghệ An and Thừa Thiên Huế', () => {
    const pdf = pdfs.get('split-forms')!;
    expect(pdf.pages).toBe(3);
    for (const text of pdf.pageTexts) {
      expect(count(text, 'Vòng 2')).toBe(2);
      expect(count(text, 'Tỉnh Nghệ An')).toBe(2);
      expect(count(text, 'Tỉnh Thừa Thiên Huế')).toBe(2);
      expect(count(text, 'Tỉnh Thanh Hóa')).toBe(0);
      expect(count(text, 'chọn không quá 01 đơn vị')).toBe(2);
    }
  });
});

describe('Biên bản kiểm phiếu', () => {
  it('the sample: one page per award, Số:, the panel by name, TRƯỞNG BAN signing with the head\u2019s name', () => {
    const pdf = pdfs.get('sample-minutes')!;
    expect(pdf.pages).toBe(2);
    for (const text of pdf.pageTexts) {
      expect(count(text, 'BIÊN BẢN KIỂM PHIẾU')).toBe(1);
      expect(norm(text)).toContain(norm('Số: ……'));
      expect(norm(text)).toContain(norm('Ban kiểm phiếu gồm: Lê Thị M (Trưởng ban), Phan Văn N, Đỗ Thị P.'));
      expect(norm(text)).toContain(norm('TRƯỞNG BAN'));
      // The names under the signatures (after the panel line): each appears twice on the page.
      for (const n of ['Lê Thị M', 'Phan Văn N', 'Đỗ Thị P']) expect(count(text, n)).toBe(2);
      expect(text).not.toContain('DỰ THẢO');
    }
  });

  it('3–3 pending: both minutes of round 1 are drafts, with dotted lines for the panel', () => {
    const pdf = pdfs.get('split-minutes')!;
    expect(pdf.pages).toBe(2);
    for (const text of pdf.pageTexts) {
      expect(norm(text)).toContain(norm('DỰ THẢO'));
      expect(norm(text)).toContain(norm('TRƯỞNG BAN'));
      expect(norm(text)).toContain('………………');
    }
  });
});

afterAll(() => {
  if (!process.env.KEEP_RENDERS) fs.rmSync(outDir, { recursive: true, force: true });
  else console.log('renders kept in ' + outDir);
});
