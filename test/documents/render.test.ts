/**
 * The printed documents, checked the way a reader sees them: each output sheet is rendered to
 * PDF by LibreOffice (as a printer driver would lay it out) and read back with pdfinfo and
 * pdftotext. Debian packages libreoffice-calc-nogui, poppler-utils and fonts-liberation are
 * installed by the test set-up (test/setup/) when missing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rankWorkbook, type RankReport } from '../../src/core/index';
import type { SheetDescription } from '../../src/core/sheet';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { renderSheet, type RenderedPdf } from '../../src/render/renderPdf';
import { syntheticCluster } from '../../bench/synthetic';

const A4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 2;
// pdftotext may give decomposed Vietnamese letters, and it breaks justified or wrapped text with
// spaces anywhere ("Chính ph ủ t ặng"): texts are compared with every space removed.
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const contains = (text: string, expected: string) => expect(norm(text)).toContain(norm(expected));

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cum-thi-dua-render-'));
const SAMPLE_MEMBERS = ['Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Quảng Bình', 'Tỉnh Quảng Trị', 'Tỉnh Thừa Thiên Huế'];

let sample: RankReport;
const rendered = new Map<string, RenderedPdf>();
const sheet = (report: RankReport, key: string): SheetDescription => report.sheets.find((s) => s.key === key)!;

beforeAll(async () => {
  const loaded = await readXlsxFile(path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx'));
  sample = rankWorkbook(loaded.input, { computedAt: '15/01/2023 09:00' });
  for (const key of ['ranking', 'detail', 'nomination', 'check']) {
    rendered.set(key, await renderSheet(sheet(sample, key), outDir, 'sample-' + key));
  }
}, 300000);

function expectA4(pdf: RenderedPdf, orientation: 'portrait' | 'landscape') {
  const { width, height } = pdf.pageSize;
  if (orientation === 'portrait') expect(near(width, A4.short) && near(height, A4.long)).toBe(true);
  else expect(near(width, A4.long) && near(height, A4.short)).toBe(true);
}

/** Every page carries the table's first and last column headers: no page holds only spilled columns. */
function expectOneTableWide(pdf: RenderedPdf, firstHeader: string, lastHeader: string) {
  pdf.pageTexts.forEach((text) => {
    contains(text, firstHeader);
    contains(text, lastHeader);
  });
}

describe('Xếp hạng (docs/tai-lieu-in.md: the ranking sheet)', () => {
  it('is A4 landscape, one page for six members, one table wide', () => {
    const pdf = rendered.get('ranking')!;
    expectA4(pdf, 'landscape');
    expect(pdf.pages).toBe(1);
    expectOneTableWide(pdf, 'Hạng', 'Ghi chú');
  });
  it('has the national heading, the title, every member with its diacritics, the fingerprint and page numbers', () => {
    const text = rendered.get('ranking')!.pageTexts.join('\n');
    contains(text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    contains(text, 'Độc lập - Tự do - Hạnh phúc');
    contains(text, 'CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ');
    contains(text, 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2022');
    for (const name of SAMPLE_MEMBERS) contains(text, name);
    contains(text, sample.fingerprint!);
    contains(text, 'Trang 1/1');
    contains(text, '98,65'); // Nghệ An's total with a decimal comma
  });
});

describe('Đề nghị khen thưởng (docs/tai-lieu-in.md: the nomination sheet)', () => {
  it('is A4 portrait', () => {
    expectA4(rendered.get('nomination')!, 'portrait');
  });
  it('says who is nominated for the Flag and the Certificate in the clusters\' own sentence', () => {
    const text = rendered.get('nomination')!.pageTexts.join('\n');
    contains(text, 'BIÊN BẢN BÌNH XÉT, SUY TÔN KHEN THƯỞNG NĂM 2022');
    contains(text, 'Suy tôn Tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – đề nghị Chính phủ tặng Cờ thi đua.');
    contains(text, 'Suy tôn Tỉnh Thừa Thiên Huế đề nghị Thủ tướng Chính phủ tặng Bằng khen.');
    for (const name of SAMPLE_MEMBERS) contains(text, name);
    contains(text, sample.fingerprint!);
    contains(text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    contains(text, 'CỤM TRƯỞNG');
    contains(text, 'CỤM PHÓ');
  });
});

describe('Tổng hợp điểm (docs/tai-lieu-in.md: the detail annex)', () => {
  it('is A4 landscape, one table wide, with every member', () => {
    const pdf = rendered.get('detail')!;
    expectA4(pdf, 'landscape');
    expectOneTableWide(pdf, 'Nội dung', 'Thừa Thiên');
    const text = pdf.pageTexts.join('\n');
    contains(text, 'BẢNG TỔNG HỢP ĐIỂM THEO TIÊU CHÍ NĂM 2022');
    contains(text, sample.fingerprint!);
  });
});

describe('Kết quả kiểm tra (the check report, printable)', () => {
  it('is A4 landscape and lists the sample\'s warnings', () => {
    const pdf = rendered.get('check')!;
    expectA4(pdf, 'landscape');
    const text = pdf.pageTexts.join('\n');
    contains(text, 'SCORE_DEVIATION');
    contains(text, sample.fingerprint!);
  });
});

describe('a long annex: 12 members × 60 criteria', () => {
  let pdf: RenderedPdf;
  let report: RankReport;
  beforeAll(async () => {
    report = rankWorkbook(syntheticCluster({ members: 12, leaves: 60, groups: 5, crossSheets: 12 }), { computedAt: '01/01/2026 08:00' });
    expect(report.results).not.toBeNull();
    pdf = await renderSheet(sheet(report, 'detail'), outDir, 'large-detail');
  }, 300000);

  it('flows onto several pages, each one table wide with the header rows repeated', () => {
    expectA4(pdf, 'landscape');
    // 5 groups + 60 leaves + 4 total rows cannot fit on one landscape page.
    expect(pdf.pages).toBeGreaterThan(1);
    // The repeated header row names all twelve members ("Thử Nghiệm" wraps above its number):
    // a page that held only spilled columns would show fewer.
    pdf.pageTexts.forEach((t) => {
      contains(t, 'Nội dung');
      expect(norm(t).split('ThửNghiệm').length - 1).toBeGreaterThanOrEqual(12);
    });
  });
  it('shows every criterion code once and numbers pages "Trang x/y"', () => {
    const text = pdf.pageTexts.join('\n');
    for (const code of ['I.1', 'III.12', 'V.12']) contains(text, code);
    contains(text, `Trang ${pdf.pages}/${pdf.pages}`);
  });
});
