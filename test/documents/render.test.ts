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
import { gridsOf } from '../core/fingerprint/goldenBooks';
import { conferenceCase } from '../conference/cases';

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
const ORIENTATION: Record<string, 'portrait' | 'landscape'> = {
  ranking: 'landscape',
  detail: 'landscape',
  minutes: 'portrait',
  submission: 'portrait',
  notice: 'portrait',
  check: 'landscape',
};
/** What must never be in a signed document (docs/tai-lieu-in.md; issue 10). */
const PROGRAM_TEXT = ['chương trình', 'không sửa trực tiếp', 'Không có vấn đề nào'];

let sample: RankReport;
const rendered = new Map<string, RenderedPdf>();
/** The minutes of the 3–3 Flag case, round 2 pending (test/conference/cases.ts). */
let draft: RenderedPdf;
const sheet = (report: RankReport, key: string): SheetDescription => report.sheets.find((s) => s.key === key)!;

beforeAll(async () => {
  // Column widths are digits of Calibri: without its metric twin the pages print a third smaller than in Excel.
  expect(calibriSubstitute()).toBe('Carlito');
  const loaded = await readXlsxFile(path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx'));
  sample = rankWorkbook(loaded.input, { computedAt: '15/01/2023 09:00' });
  for (const key of Object.keys(ORIENTATION)) {
    rendered.set(key, await renderSheet(sheet(sample, key), outDir, 'sample-' + key));
  }
  const pending = rankWorkbook(gridsOf(conferenceCase('3–3 Flag: round 2 between the two').book()), { computedAt: '10/01/2023 16:30' });
  expect(pending.sheets.map((s) => s.key)).not.toContain('submission');
  draft = await renderSheet(sheet(pending, 'minutes'), outDir, 'draft-minutes');
}, 400000);

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

describe.each(['ranking', 'detail', 'minutes', 'notice'])('%s: the header block (Decree 30/2020 Appendix I)', (key) => {
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
    // The sample's Hội nghị names the chair (illustrative name).
    contains(last, 'Nguyễn Văn A');
    expect(norm(pdf.pageTexts.join(''))).not.toContain(norm('CỤM PHÓ'));
    const lines = bodyLines(pdf, pdf.pages);
    const role = lines.find((l) => norm(l.text) === norm('CỤM TRƯỞNG'))!;
    const name = lines.find((l) => norm(l.text) === norm('Nguyễn Văn A'))!;
    expect(name.yMin - role.yMax).toBeGreaterThan(40); // room to sign and stamp
  });
});

/** The lines of the last page from the one holding `text` on (the signature blocks and what follows). */
function linesFrom(pdf: RenderedPdf, text: string): Line[] {
  const lines = bodyLines(pdf, pdf.pages);
  const i = lines.findIndex((l) => norm(l.text).includes(norm(text)));
  expect(i).toBeGreaterThanOrEqual(0);
  return lines.slice(i);
}

describe('Biên bản họp (docs/tai-lieu-in.md: the conference minutes, Decree 30 form 1.9)', () => {
  it('is titled BIÊN BẢN with the conference as its subject and a drawn rule under it; Số: from Hội nghị', () => {
    const pdf = rendered.get('minutes')!;
    const lines = pageLines(pageWords(pdf.pdf, 1));
    const title = lines.find((l) => norm(l.text) === norm('BIÊN BẢN'))!;
    expect(title).toBeDefined();
    contains(pdf.pageTexts[0], 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm thi đua các tỉnh Bắc Trung Bộ');
    // The sample's Hội nghị: Số biên bản 01/BB-CTĐBTB.
    contains(pdf.pageTexts[0], 'Số: 01/BB-CTĐBTB');
    // A rule under the subject line (the lowest line ending with "Bộ" above the body), centred on the page.
    const subjectEnd = lines.find((l) => l.yMin > title.yMax && norm(l.text).endsWith(norm('Bắc Trung Bộ')))!;
    expect(subjectEnd).toBeDefined();
    const rules = horizontalRules(pdf.pdf, 1, path.join(outDir, 'minutes-title-rule'));
    const under = rules.filter((r) => r.y > subjectEnd.yMax - 1 && r.y < subjectEnd.yMax + 20);
    expect(under).toHaveLength(1);
    const { width } = pdf.pageSizes[0];
    expect(Math.abs((under[0].xMin + under[0].xMax) / 2 - (LEFT + width - RIGHT) / 2)).toBeLessThan(15);
  });

  it('gives time, place, attendance (06/06), chair and secretary, and the closing time', () => {
    const text = rendered.get('minutes')!.pageTexts.join('\n');
    contains(text, 'Thời gian bắt đầu: 14 giờ 00, ngày 10/01/2023');
    contains(text, 'Địa điểm: Hội trường Ủy ban nhân dân tỉnh Nghệ An');
    contains(text, 'Đại biểu Trung ương: Lê Văn C');
    contains(text, 'Tỉnh Quảng Bình: Võ Văn G');
    contains(text, 'Số đơn vị thành viên dự họp: 06/06.');
    contains(text, 'Chủ trì: Nguyễn Văn A');
    contains(text, 'Thư ký: Trần Thị B');
    contains(text, 'Hội nghị kết thúc vào 16 giờ 30.');
    for (const name of SAMPLE_MEMBERS) contains(text, name);
  });

  it('says who is nominated for the Flag and the Certificate in the clusters\u2019 own sentence, the province lower-cased', () => {
    const text = rendered.get('minutes')!.pageTexts.join('\n');
    contains(text, 'Suy tôn tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – đề nghị Chính phủ tặng Cờ thi đua.');
    contains(text, 'Suy tôn tỉnh Thừa Thiên Huế đề nghị Thủ tướng Chính phủ tặng Bằng khen.');
    contains(text, '(chi tiết tại bảng “Xếp hạng” và bảng “Tổng hợp điểm” kèm theo Biên bản này)');
    expect(norm(text)).not.toContain(norm('DỰ THẢO'));
  });

  it('is signed by THƯ KÝ (left) and CHỦ TỌA (right) with the names Hội nghị gives; Nơi nhận under them; no program text', () => {
    const pdf = rendered.get('minutes')!;
    const lines = linesFrom(pdf, 'THƯ KÝ');
    const secretary = lines.find((l) => norm(l.text) === norm('THƯ KÝ'))!;
    const chair = lines.find((l) => norm(l.text) === norm('CHỦ TỌA'))!;
    expect(secretary.xMax).toBeLessThan(chair.xMin);
    expect(Math.abs(secretary.yMin - chair.yMin)).toBeLessThan(2);
    const heads = chair;
    // The secretary's name under THƯ KÝ, the chair's under CHỦ TỌA, on one line.
    const names = lines.find((l) => norm(l.text) === norm('Trần Thị B'))!;
    const chairName = lines.find((l) => norm(l.text) === norm('Nguyễn Văn A') && l.yMin > chair.yMax)!;
    expect(Math.abs(names.yMin - chairName.yMin)).toBeLessThan(2);
    expect(names.xMax).toBeLessThan(chair.xMin);
    expect(chairName.xMin).toBeGreaterThan(secretary.xMax);
    expect(names.yMin - heads.yMax).toBeGreaterThan(40); // room to sign
    const recipients = lines.find((l) => norm(l.text) === norm('Nơi nhận:'))!;
    expect(recipients.yMin).toBeGreaterThan(names.yMax);
    const text = norm(pdf.pageTexts.join(''));
    for (const phrase of PROGRAM_TEXT) expect(text).not.toContain(norm(phrase));
  });

  it('never ends a page with a section heading', () => {
    const pdf = rendered.get('minutes')!;
    for (let p = 1; p < pdf.pages; p++) {
      const lines = bodyLines(pdf, p);
      expect(lines[lines.length - 1].text).not.toMatch(/^\d\.\s/);
    }
  });
});

describe('Biên bản họp while round 2 is pending (3–3 on the Flag)', () => {
  it('prints DỰ THẢO at the top of page 1, above the header block; every page A4, no page number on page 1', () => {
    expectA4(draft, 'portrait');
    const lines = pageLines(pageWords(draft.pdf, 1));
    const mark = lines.find((l) => norm(l.text) === norm('DỰ THẢO'))!;
    const national = lineOf(lines, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(mark).toBeDefined();
    expect(mark.yMax).toBeLessThan(national.yMin);
    expect(pageWords(draft.pdf, 1).filter((w) => w.yMax < TOP)).toEqual([]);
    contains(draft.pageTexts.join('\n'), 'cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế');
  });
});

describe('Tờ trình (docs/tai-lieu-in.md: the submission to the Central Board)', () => {
  it('is issued by the head member\u2019s People\u2019s Committee with Số: …/TTr-UBND from Hội nghị, to the Central Board', () => {
    const pdf = rendered.get('submission')!;
    const lines = pageLines(pageWords(pdf.pdf, 1));
    const [c1, c2] = [lineOf(lines, 'ỦY BAN NHÂN DÂN'), lineOf(lines, 'TỈNH NGHỆ AN')];
    expect(c1).toBeDefined();
    expect(c2).toBeDefined();
    expect(c2!.yMin).toBeGreaterThan(c1!.yMax - 1);
    const text = pdf.pageTexts.join('\n');
    contains(text, 'Số: 15/TTr-UBND');
    contains(text, 'TỜ TRÌNH');
    contains(text, 'Kính gửi: Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ).');
    contains(text, 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;');
    contains(text, 'Căn cứ Nghị định số 152/2025/NĐ-CP');
    contains(text, 'Căn cứ Quy chế hoạt động của Cụm thi đua các tỉnh Bắc Trung Bộ;');
    // The sample: NA 98,65 points, rank 1, 5 of 6; TTH 94,85, rank 2, 4 of 6.
    contains(text, '1. Tặng Cờ thi đua của Chính phủ cho tỉnh Nghệ An (tổng điểm 98,65, xếp hạng 1, đạt 5/6 phiếu, tỷ lệ 83,33%)');
    contains(text, '2. Tặng Bằng khen của Thủ tướng Chính phủ cho tỉnh Thừa Thiên Huế (tổng điểm 94,85, xếp hạng 2, đạt 4/6 phiếu, tỷ lệ 66,67%).');
    contains(text, 'Hồ sơ kèm theo:');
  });

  it('is signed TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH with the signer\u2019s name; Nơi nhận to the left of the signature; no program text', () => {
    const pdf = rendered.get('submission')!;
    const lines = bodyLines(pdf, pdf.pages);
    const text = lines.map((l) => l.text).join('\n');
    for (const t of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A', 'Nơi nhận:', 'Như trên;']) contains(text, t);
    const recipients = lines.find((l) => norm(l.text) === norm('Nơi nhận:'))!;
    const authority = lines.find((l) => norm(l.text) === norm('TM. ỦY BAN NHÂN DÂN'))!;
    expect(recipients.xMax).toBeLessThan(authority.xMin);
    expect(Math.abs(recipients.yMin - authority.yMin)).toBeLessThan(20);
    const all = norm(pdf.pageTexts.join(''));
    for (const phrase of PROGRAM_TEXT) expect(all).not.toContain(norm(phrase));
  });
});

describe('Thông báo kết quả (docs/tai-lieu-in.md: the notice to the members)', () => {
  it('fits one page: the ranking by band, the nominees, next year\u2019s head and deputy, signed for the cluster', () => {
    const pdf = rendered.get('notice')!;
    expect(pdf.pages).toBe(1);
    const text = pdf.pageTexts[0];
    contains(text, 'THÔNG BÁO');
    contains(text, 'Hạng 1 (dẫn đầu): tỉnh Nghệ An (98,65 điểm)');
    contains(text, 'Xếp loại Xuất sắc');
    contains(text, 'Đề nghị Chính phủ tặng Cờ thi đua: tỉnh Nghệ An');
    contains(text, 'Đề nghị Thủ tướng Chính phủ tặng Bằng khen: tỉnh Thừa Thiên Huế');
    contains(text, 'Cụm trưởng năm 2023: Tỉnh Quảng Trị');
    contains(text, 'Cụm phó năm 2023: Tỉnh Thừa Thiên Huế');
    for (const t of ['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', 'Nguyễn Văn A', 'Nơi nhận:']) contains(text, t);
    for (const phrase of PROGRAM_TEXT) expect(norm(text)).not.toContain(norm(phrase));
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
