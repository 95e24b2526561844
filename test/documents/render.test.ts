/**
 * The printed documents, checked the way a reader sees them: each output sheet is rendered to
 * PDF by LibreOffice (as a printer driver would lay it out) and read back with pdfinfo, pdftotext
 * (words with their boxes) and pdftoppm (the drawn rules). docs/tai-lieu-in.md: every page A4 in
 * its orientation; the bare page number at the top from page 2, none on page 1; the fingerprint
 * in the footer; the national name and the motto on adjacent lines, each half of the header
 * block with a rule of the right length under it; no heading cut with "…"; no heading as the last
 * line of a page; signature blocks with a dotted line for the name.
 *
 * Debian packages libreoffice-calc-nogui, poppler-utils, fonts-liberation (Times New Roman's
 * metrics) and fonts-crosextra-carlito (Calibri's, which size the columns) are installed by the
 * test set-up (test/setup/) when missing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rankWorkbook, type RankReport } from '../../src/core/index';
import type { SheetDescription } from '../../src/core/sheet';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { calibriSubstitute, renderSheet, type RenderedPdf } from '../../src/render/renderPdf';
import { syntheticCluster } from '../../bench/synthetic';
import { horizontalRules, lineOf, pageLines, pageWords, type Line } from './pdfPages';

const A4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 2;
/** Margins in points: 2 cm top and bottom, 3 cm left, 1,5 cm right. */
const TOP = (2 / 2.54) * 72;
const BOTTOM = TOP;
const LEFT = (3 / 2.54) * 72;
const RIGHT = (1.5 / 2.54) * 72;
// pdftotext may give decomposed Vietnamese letters, and it breaks justified or wrapped text with
// spaces anywhere ("Chính ph ủ t ặng"): texts are compared with every space removed.
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const contains = (text: string, expected: string) => expect(norm(text)).toContain(norm(expected));

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cum-thi-dua-render-'));
const SAMPLE_MEMBERS = ['Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Quảng Bình', 'Tỉnh Quảng Trị', 'Tỉnh Thừa Thiên Huế'];
const ORIENTATION: Record<string, 'portrait' | 'landscape'> = { ranking: 'landscape', detail: 'landscape', nomination: 'portrait', check: 'landscape' };

let sample: RankReport;
const rendered = new Map<string, RenderedPdf>();
const sheet = (report: RankReport, key: string): SheetDescription => report.sheets.find((s) => s.key === key)!;

beforeAll(async () => {
  // Column widths are digits of Calibri: without its metric twin the pages print a third smaller than in Excel.
  expect(calibriSubstitute()).toBe('Carlito');
  const loaded = await readXlsxFile(path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx'));
  sample = rankWorkbook(loaded.input, { computedAt: '15/01/2023 09:00' });
  for (const key of ['ranking', 'detail', 'nomination', 'check']) {
    rendered.set(key, await renderSheet(sheet(sample, key), outDir, 'sample-' + key));
  }
}, 300000);

function expectA4(pdf: RenderedPdf, orientation: 'portrait' | 'landscape') {
  expect(pdf.pageSizes).toHaveLength(pdf.pages);
  for (const { width, height } of pdf.pageSizes) {
    if (orientation === 'portrait') expect(near(width, A4.short) && near(height, A4.long)).toBe(true);
    else expect(near(width, A4.long) && near(height, A4.short)).toBe(true);
  }
}

/** Every page carries the table's first and last column headers: no page holds only spilled columns. */
function expectOneTableWide(pdf: RenderedPdf, firstHeader: string, lastHeader: string) {
  pdf.pageTexts.forEach((text) => {
    contains(text, firstHeader);
    contains(text, lastHeader);
  });
}

/** The lines of a page between the margins (the body), without the header and footer. */
function bodyLines(pdf: RenderedPdf, page: number): Line[] {
  const height = pdf.pageSizes[page - 1].height;
  return pageLines(pageWords(pdf.pdf, page)).filter((l) => l.yMin >= TOP - 2 && l.yMax <= height - BOTTOM + 2);
}

describe.each(Object.keys(ORIENTATION))('%s: page number, footer, paper (docs/tai-lieu-in.md, common to every printed sheet)', (key) => {
  it('is A4 in its orientation on every page', () => {
    expectA4(rendered.get(key)!, ORIENTATION[key]);
  });

  it('prints no page number on page 1, and the bare number centred in the top margin from page 2 on', () => {
    const pdf = rendered.get(key)!;
    for (let p = 1; p <= pdf.pages; p++) {
      const { width } = pdf.pageSizes[p - 1];
      const top = pageWords(pdf.pdf, p).filter((w) => w.yMax < TOP);
      if (p === 1) {
        expect(top).toEqual([]);
        continue;
      }
      expect(top.map((w) => w.text)).toEqual([String(p)]);
      const centre = (top[0].xMin + top[0].xMax) / 2;
      expect(Math.abs(centre - (LEFT + (width - RIGHT)) / 2)).toBeLessThan(30);
      // Times New Roman 13: a figure about 9 pt tall (with the fit-to-width scale, a little less).
      expect(top[0].yMax - top[0].yMin).toBeGreaterThan(6);
      expect(pdf.pageTexts[p - 1]).not.toMatch(/Trang \d+\/\d+/);
    }
  });

  it('prints the fingerprint and its time in small type in the footer of every page', () => {
    const pdf = rendered.get(key)!;
    for (let p = 1; p <= pdf.pages; p++) {
      const { height } = pdf.pageSizes[p - 1];
      const footer = pageLines(pageWords(pdf.pdf, p)).filter((l) => l.yMin > height - BOTTOM);
      contains(footer.map((l) => l.text).join(' '), `Mã kiểm tra dữ liệu ${sample.fingerprint} — tính lúc 15/01/2023 09:00`);
      // 8 pt: its line box (1,3 em) is under 11 pt; the 13 pt body's is over 14 pt.
      for (const l of footer) expect(l.yMax - l.yMin).toBeLessThan(11);
    }
  });
});

describe.each(['ranking', 'detail', 'nomination'])('%s: the header block (Decree 30/2020 Appendix I)', (key) => {
  let lines: Line[];
  beforeAll(() => {
    lines = pageLines(pageWords(rendered.get(key)!.pdf, 1));
  });

  it('the cluster in two lines, the national name and the motto on adjacent lines, level with them', () => {
    const [l1, l2] = [lineOf(lines, 'CỤM THI ĐUA'), lineOf(lines, 'CÁC TỈNH BẮC TRUNG BỘ')];
    const [national, motto] = [lineOf(lines, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), lineOf(lines, 'Độc lập - Tự do - Hạnh phúc')];
    for (const l of [l1, l2, national, motto]) expect(l).toBeDefined();
    const lineHeight = national!.yMax - national!.yMin;
    // Adjacent: the gap between the lines is less than half a line.
    expect(motto!.yMin - national!.yMax).toBeLessThan(0.5 * lineHeight);
    expect(l2!.yMin - l1!.yMax).toBeLessThan(0.5 * lineHeight);
    expect(Math.abs(national!.yMin - l1!.yMin)).toBeLessThan(3);
    expect(l1!.xMax).toBeLessThan(national!.xMin);
  });

  it('draws a rule as long as the motto right under it, and one of a third to a half of the cluster\u2019s line under that', () => {
    const pdf = rendered.get(key)!;
    const rules = horizontalRules(pdf.pdf, 1, path.join(outDir, `${key}-rules`));
    const under = (l: Line) => rules.filter((r) => r.y > l.yMax - 1 && r.y < l.yMax + 12 && r.xMin < l.xMax && r.xMax > l.xMin);
    const motto = lineOf(lines, 'Độc lập - Tự do - Hạnh phúc')!;
    const [m] = under(motto);
    expect(m).toBeDefined();
    const mottoWidth = motto.xMax - motto.xMin;
    // As long as the text: LibreOffice draws columns about 6 % wider than Excel relative to the text.
    expect((m.xMax - m.xMin) / mottoWidth).toBeGreaterThan(0.9);
    expect((m.xMax - m.xMin) / mottoWidth).toBeLessThan(1.2);
    expect(Math.abs((m.xMin + m.xMax) / 2 - (motto.xMin + motto.xMax) / 2)).toBeLessThan(5);
    const cluster = lineOf(lines, 'CÁC TỈNH BẮC TRUNG BỘ')!;
    const [c] = under(cluster);
    expect(c).toBeDefined();
    const share = (c.xMax - c.xMin) / (cluster.xMax - cluster.xMin);
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.6);
    expect(Math.abs((c.xMin + c.xMax) / 2 - (cluster.xMin + cluster.xMax) / 2)).toBeLessThan(5);
    // Rules, not dashes.
    expect(rendered.get(key)!.pageTexts[0]).not.toMatch(/—{2,}|_{3,}|-{4,}/);
  });

  it('prints the place and date in italics with dots to fill, under the right half', () => {
    const motto = lineOf(lines, 'Độc lập - Tự do - Hạnh phúc')!;
    const place = lines.find((l) => norm(l.text).startsWith(norm('Nghệ An, ngày')))!;
    expect(place).toBeDefined();
    contains(place.text, 'Nghệ An, ngày …… tháng …… năm ……');
    expect(place.yMin).toBeGreaterThan(motto.yMax);
    expect(place.xMin).toBeGreaterThan(motto.xMin - 60);
  });
});

describe('Xếp hạng (docs/tai-lieu-in.md: the ranking sheet)', () => {
  it('is one table wide, with the title, every member with its diacritics and the totals', () => {
    const pdf = rendered.get('ranking')!;
    contains(pdf.pageTexts[0], 'Hạng');
    contains(pdf.pageTexts[0], 'Ghi chú');
    const text = pdf.pageTexts.join('\n');
    contains(text, 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2022');
    for (const name of SAMPLE_MEMBERS) contains(text, name);
    contains(text, '98,65'); // Nghệ An's total with a decimal comma
  });

  it('cuts no heading with "…": a group that does not fit shows its code, named in full under the table', () => {
    const pdf = rendered.get('ranking')!;
    const lines = bodyLines(pdf, 1);
    const header = lines.findIndex((l) => norm(l.text).startsWith('Hạng'));
    const firstRow = lines.findIndex((l) => norm(l.text).includes(norm('Tỉnh Nghệ An')));
    expect(header).toBeGreaterThanOrEqual(0);
    for (const l of lines.slice(header - 3, firstRow)) expect(l.text).not.toContain('…');
    const text = pdf.pageTexts.join('\n');
    contains(text, 'Tên đầy đủ của các nhóm tiêu chí');
  });

  it('ends with one signature block, TM. CỤM THI ĐUA / CỤM TRƯỞNG, a signing space and the chair\u2019s name from Hội nghị', () => {
    const pdf = rendered.get('ranking')!;
    const last = pdf.pageTexts[pdf.pages - 1];
    contains(last, 'TM. CỤM THI ĐUA');
    contains(last, 'CỤM TRƯỞNG');
    expect(norm(pdf.pageTexts.join(''))).not.toContain(norm('CỤM PHÓ'));
    const lines = bodyLines(pdf, pdf.pages);
    const role = lines.find((l) => norm(l.text) === norm('CỤM TRƯỞNG'))!;
    // The sample's Hội nghị names the chair "Nguyễn Văn A" (samples/source/bac-trung-bo-2022.json).
    const name = lines.find((l) => norm(l.text) === norm('Nguyễn Văn A'))!;
    expect(name).toBeDefined();
    expect(name.yMin - role.yMax).toBeGreaterThan(40); // room to sign and stamp
  });
});

describe('Đề nghị khen thưởng (docs/tai-lieu-in.md: the minutes of the vote)', () => {
  it('says who is nominated for the Flag and the Certificate in the clusters\u2019 own sentence', () => {
    const text = rendered.get('nomination')!.pageTexts.join('\n');
    contains(text, 'BIÊN BẢN BÌNH XÉT, SUY TÔN KHEN THƯỞNG NĂM 2022');
    contains(text, 'Suy tôn Tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – đề nghị Chính phủ tặng Cờ thi đua.');
    contains(text, 'Suy tôn Tỉnh Thừa Thiên Huế đề nghị Thủ tướng Chính phủ tặng Bằng khen.');
    for (const name of SAMPLE_MEMBERS) contains(text, name);
  });

  it('is signed by the secretary (left) and the chair (right), with their names from Hội nghị; no program text', () => {
    const pdf = rendered.get('nomination')!;
    const lines = bodyLines(pdf, pdf.pages);
    const secretary = lines.find((l) => norm(l.text) === norm('THƯ KÝ'))!;
    const chair = lines.find((l) => norm(l.text) === norm('CHỦ TỌA'))!;
    expect(secretary.xMax).toBeLessThan(chair.xMin);
    expect(Math.abs(secretary.yMin - chair.yMin)).toBeLessThan(2);
    // The sample's Hội nghị: secretary "Trần Thị B", chair "Nguyễn Văn A", each under their own title.
    const secretaryName = lines.find((l) => norm(l.text) === norm('Trần Thị B'))!;
    const chairName = lines.find((l) => norm(l.text) === norm('Nguyễn Văn A'))!;
    expect(secretaryName.yMin).toBeGreaterThan(secretary.yMax + 40);
    expect(chairName.yMin).toBeGreaterThan(chair.yMax + 40);
    expect(secretaryName.xMax).toBeLessThan(chairName.xMin);
    const text = norm(pdf.pageTexts.join(''));
    for (const phrase of ['do chương trình tạo ra', 'không sửa trực tiếp', 'Không có vấn đề nào']) expect(text).not.toContain(norm(phrase));
  });

  it('never ends a page with a section heading', () => {
    const pdf = rendered.get('nomination')!;
    for (let p = 1; p < pdf.pages; p++) {
      const lines = bodyLines(pdf, p);
      expect(lines[lines.length - 1].text).not.toMatch(/^\d\.\s/);
    }
  });
});

describe('Tổng hợp điểm and Kết quả kiểm tra', () => {
  it('Tổng hợp điểm is one table wide on every page, with its title', () => {
    const pdf = rendered.get('detail')!;
    // The last member's heading wraps ("Thừa / Thiên Huế"): its last word is on every page.
    expectOneTableWide(pdf, 'Nội dung', 'Huế');
    contains(pdf.pageTexts.join('\n'), 'BẢNG TỔNG HỢP ĐIỂM THEO TIÊU CHÍ NĂM 2022');
  });

  it('Kết quả kiểm tra lists the sample\u2019s warnings', () => {
    contains(rendered.get('check')!.pageTexts.join('\n'), 'SCORE_DEVIATION');
  });
});

describe('a long annex: 12 members × 45 criteria', () => {
  let pdf: RenderedPdf;
  let report: RankReport;
  beforeAll(async () => {
    // 45 criteria in 5 groups: a group's heading row would fall at the bottom of page 2 (the page
    // break the program puts before it shows it), the case the rule is for.
    report = rankWorkbook(syntheticCluster({ members: 12, leaves: 45, groups: 5, crossSheets: 12 }), { computedAt: '01/01/2026 08:00' });
    expect(report.results).not.toBeNull();
    const d = sheet(report, 'detail');
    const groupRows = d.values.flatMap((row, i) => (typeof row[0] === 'string' && /^(I|II|III|IV|V)$/.test(row[0]) ? [i] : []));
    expect(d.pageSetup!.rowBreaks.some((b) => groupRows.includes(b))).toBe(true);
    pdf = await renderSheet(sheet(report, 'detail'), outDir, 'large-detail');
  }, 300000);

  it('flows onto several A4 landscape pages, each one table wide with the header rows repeated', () => {
    expectA4(pdf, 'landscape');
    expect(pdf.pages).toBeGreaterThan(2);
    // The repeated header row names all twelve members ("Thử / Nghiệm / 12" wraps): a page that
    // held only spilled columns would show fewer.
    pdf.pageTexts.forEach((t) => {
      contains(t, 'Nội dung');
      expect(norm(t).split('Nghiệm').length - 1).toBeGreaterThanOrEqual(12);
    });
  });

  it('shows every criterion code, the page number from page 2 and no "Trang x/y"', () => {
    const text = pdf.pageTexts.join('\n');
    for (const code of ['I.1', 'III.9', 'V.9']) contains(text, code);
    expect(text).not.toMatch(/Trang \d+\/\d+/);
    for (let p = 2; p <= pdf.pages; p++) expect(pageWords(pdf.pdf, p).filter((w) => w.yMax < TOP).map((w) => w.text)).toEqual([String(p)]);
  });

  it('never ends a page with a group\u2019s heading row: the group starts the next page with its first criterion', () => {
    for (let p = 1; p < pdf.pages; p++) {
      const lines = bodyLines(pdf, p);
      const last = lines[lines.length - 1];
      // A group row reads "II Nhóm tiêu chí II 100,00 …"; a criterion row "II.3 Tiêu chí II.3: …".
      expect(last.text).not.toMatch(/^(I|II|III|IV|V)\s+Nhóm/);
    }
    // And each group heading is followed on its page by its first criterion.
    for (let p = 1; p <= pdf.pages; p++) {
      const lines = bodyLines(pdf, p).map((l) => l.text);
      lines.forEach((t, i) => {
        const g = /^(I|II|III|IV|V)\s+Nhóm/.exec(t);
        if (g) expect(lines.slice(i + 1).some((n) => n.startsWith(`${g[1]}.1 `))).toBe(true);
      });
    }
  });
});

describe('a long ranking: 34 members', () => {
  let pdf: RenderedPdf;
  beforeAll(async () => {
    const report = rankWorkbook(syntheticCluster({ members: 34, leaves: 20, groups: 5, crossSheets: 3 }), { computedAt: '01/01/2026 08:00' });
    pdf = await renderSheet(sheet(report, 'ranking'), outDir, 'large-ranking');
  }, 300000);

  it('repeats the table header on the next page, and no page shows the header without members under it', () => {
    expectA4(pdf, 'landscape');
    expect(pdf.pages).toBeGreaterThan(1);
    for (let p = 1; p <= pdf.pages; p++) {
      const lines = bodyLines(pdf, p);
      const header = lines.findIndex((l) => norm(l.text).startsWith('Hạng'));
      if (p === 2) expect(header).toBeGreaterThanOrEqual(0);
      if (header >= 0) expect(lines.slice(header + 1).some((l) => norm(l.text).includes('ThửNghiệm'))).toBe(true);
    }
    // The signature block is whole on the last page, with the line before it.
    const last = bodyLines(pdf, pdf.pages).map((l) => norm(l.text));
    expect(last.some((t) => t === norm('TM. CỤM THI ĐUA'))).toBe(true);
    expect(last.findIndex((t) => t === norm('TM. CỤM THI ĐUA'))).toBeGreaterThan(0);
  });
});
