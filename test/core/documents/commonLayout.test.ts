/**
 * docs/tai-lieu-in.md "Quy cách chung": A4, orientation per sheet, margins, Times New Roman, fit to
 * one page wide, print titles where a table flows onto a next page, the page number at the top
 * from page 2, the fingerprint in the footer, gridlines off, the header block with its rules,
 * title, no program text in the signed body, signature blocks with a person's name or dots; and
 * the shape every description must have (rectangular values, merges inside the sheet and not
 * overlapping).
 */
import { describeOutputSheets } from '../../../src/core/documents/describeOutputSheets';
import { OUTPUT_SHEETS } from '../../../src/core/outputSheets';
import { rankWorkbook } from '../../../src/core/index';
import { conferenceCase } from '../../conference/cases';
import { gridsOf } from '../fingerprint/goldenBooks';
import type { SheetDescription } from '../../../src/core/sheet';
import { a1 } from '../../../src/core/grid';
import { NO_PEOPLE } from '../../../src/core/documents/people';
import { NAME_DOTS } from '../../../src/core/documents/signatureBlock';
import { textWidthPt } from '../../../src/core/documents/textWidth';
import type { Problem } from '../../../src/core/problems';
import { MEMBERS, makeResults, makeWorkbook, proposal, vote } from './fixtures';
import { allText, cell, find, mergeAt, rect, rowOf, shapeProblems, styleAt, type Rect } from './sheetQueries';

const FP = '3F2A-91C0-7D4E-0B18';
const AT = '27/11/2026 14:05';

function sheets(): SheetDescription[] {
  const wb = makeWorkbook();
  return describeOutputSheets({ workbook: wb, results: makeResults(wb, vote()), problems: [], fingerprint: FP, computedAt: AT });
}

/**
 * The hand-built vote has no counted rounds, so it has no counting minutes (they come with rounds);
 * that sheet is taken from a conference case counted by the core (test/conference/cases.ts).
 */
function withMinutes(): SheetDescription[] {
  const counted = rankWorkbook(gridsOf(conferenceCase('3–3 Flag, round 2 decides: NA').book()), { computedAt: AT }).sheets;
  return [...sheets(), ...counted.filter((s) => s.key === 'countingMinutes')];
}

function byName(list: SheetDescription[], name: string): SheetDescription {
  const s = list.find((x) => x.name === name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}

describe('the set of output sheets', () => {
  it('has the four sheets, in the order and with the marks of outputSheets.ts, when there are results', () => {
    const list = sheets();
    const expected = OUTPUT_SHEETS.filter((o) => o.key !== 'countingMinutes');
    expect(list.map((s) => [s.key, s.name, s.mark])).toEqual(expected.map((o) => [o.key, o.name, o.mark]));
  });

  it('has only `Kết quả kiểm tra` without results, and also when the workbook could not be read', () => {
    const wb = makeWorkbook();
    expect(describeOutputSheets({ workbook: wb, results: null, problems: [], fingerprint: FP, computedAt: AT }).map((s) => s.name)).toEqual([
      'Kết quả kiểm tra',
    ]);
    expect(describeOutputSheets({ workbook: null, results: null, problems: [], fingerprint: null, computedAt: AT }).map((s) => s.name)).toEqual([
      'Kết quả kiểm tra',
    ]);
  });
});

describe('shape of every description', () => {
  it.each(OUTPUT_SHEETS.map((o) => o.name))('%s: rectangular values, merges and styles inside the sheet, no overlapping merges', (name) => {
    const s = byName(withMinutes(), name);
    expect(shapeProblems(s)).toEqual([]);
    expect(s.values.length).toBeGreaterThan(5);
  });
});

describe('page setup (docs/tai-lieu-in.md: A4, margins 2/2/3/1,5 cm, one page wide, page number at the top from page 2, fingerprint in the footer)', () => {
  const expected: Record<string, 'portrait' | 'landscape'> = {
    'Kết quả kiểm tra': 'landscape',
    'Tổng hợp điểm': 'landscape',
    'Xếp hạng': 'landscape',
    'Biên bản họp': 'portrait',
    'Tờ trình': 'portrait',
    'Thông báo kết quả': 'portrait',
  };
  it.each(Object.entries(expected))('%s is A4 %s', (name, orientation) => {
    const p = byName(sheets(), name).pageSetup!;
    expect(p.paper).toBe('A4');
    expect(p.orientation).toBe(orientation);
    expect(p.margins).toMatchObject({ top: 2, bottom: 2, left: 3, right: 1.5 });
    expect(p.fitToWidth).toBe(true);
    expect(p.gridlines).toBe(false);
  });

  it.each(Object.keys(expected))('%s: the bare page number, Times New Roman 13, centred at the top, not on page 1; the fingerprint small in every footer', (name) => {
    const p = byName(sheets(), name).pageSetup!;
    expect(p.headerCenter).toBe('&"Times New Roman,Regular"&13&P');
    const footer = '&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18 — tính lúc 27/11/2026 14:05';
    expect(p.footerCenter).toBe(footer);
    expect(p.firstPage).toEqual({ headerCenter: '', footerCenter: footer });
    for (const text of [p.headerCenter, p.footerCenter]) expect(text).not.toContain('Trang');
  });

  it('prints the whole sheet: the print area ends at the last row and column', () => {
    for (const s of sheets()) {
      const lastRow = s.values.length;
      const lastCol = a1(0, s.columnWidths.length - 1).replace(/\d+$/, '');
      expect(s.pageSetup!.printArea).toBe(`A1:${lastCol}${lastRow}`);
    }
  });

  it('uses Times New Roman 13 pt for the sheet', () => {
    for (const s of sheets()) expect(s.font).toEqual({ name: 'Times New Roman', size: 13 });
  });

  it('gives every row a height (the page breaks are counted from them)', () => {
    for (const s of sheets()) expect(s.rowHeights.map((h) => h.row)).toEqual(s.values.map((_, r) => r));
  });
});

describe('print titles: the table header repeats only on the pages the table flows onto', () => {
  it('a table that ends on its first page repeats nothing (the check list without problems)', () => {
    const s = byName(sheets(), 'Kết quả kiểm tra');
    expect(s.pageSetup!.printTitleRows).toBeNull();
    expect(s.pageSetup!.rowBreaks).toEqual([]);
  });

  it('Tổng hợp điểm flows onto a second page (landscape A4 at full size): its header row repeats there', () => {
    const s = byName(sheets(), 'Tổng hợp điểm');
    const header = rowOf(s, 'Nội dung');
    expect(s.pageSetup!.printTitleRows).toEqual({ first: header + 1, last: header + 1 });
    const lastBody = rowOf(s, 'Xếp hạng');
    expect(s.pageSetup!.rowBreaks.some((r) => r > header && r <= lastBody)).toBe(true);
  });

  it('Kết quả kiểm tra with 80 problems repeats the row with Mức độ | Mã lỗi', () => {
    const wb = makeWorkbook();
    const problems = Array.from({ length: 80 }, (_, i) => ({
      code: 'SCORE_ABOVE_MAX' as const,
      severity: 'error' as const,
      sheet: 'Tự chấm',
      cell: `C${i + 2}`,
      params: { max: 1000, value: 1100 },
    })) as unknown as Problem[];
    const s = describeOutputSheets({ workbook: wb, results: null, problems, fingerprint: FP, computedAt: AT })[0];
    const header = rowOf(s, 'Mức độ');
    expect(s.pageSetup!.printTitleRows).toEqual({ first: header + 1, last: header + 1 });
    expect(s.pageSetup!.rowBreaks.length).toBeGreaterThan(0);
  });

  it.each(['Biên bản họp', 'Tờ trình', 'Thông báo kết quả'])('%s has none: the minutes hold two tables, and one header above the other would mislabel it; the others are text', (name) => {
    expect(byName(sheets(), name).pageSetup!.printTitleRows).toBeNull();
  });
});

/** The style range with a top edge on row r (0-based), as sheet columns. */
function ruleOn(s: SheetDescription, r: number): Rect[] {
  return s.styles.filter((st) => st.style.edges?.top !== undefined).map((st) => rect(st.range)).filter((x) => x.r0 === r);
}
const widthOf = (s: SheetDescription, x: { c0: number; c1: number }) => s.columnWidths.slice(x.c0, x.c1 + 1).reduce((a, b) => a + b, 0);
const startOf = (s: SheetDescription, c: number) => s.columnWidths.slice(0, c).reduce((a, b) => a + b, 0);
const centreOf = (s: SheetDescription, x: { c0: number; c1: number }) => startOf(s, x.c0) + widthOf(s, x) / 2;
/** Width units of a text (Times New Roman metrics; a unit is 5.25 pt). */
const unitsOf = (text: string, size: number, bold: boolean) => textWidthPt(text, size, bold) / 5.25;

describe('header block (Decree 30 layout)', () => {
  it.each(['Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Thông báo kết quả'])('%s: the cluster in two balanced lines, bold capitals, one row each', (name) => {
    const s = byName(sheets(), name);
    expect([cell(s, 'A1'), cell(s, 'A2')]).toEqual(['CỤM THI ĐUA', 'CÁC TỈNH BẮC TRUNG BỘ']);
    for (const ref of ['A1', 'A2']) expect(styleAt(s, ref)).toMatchObject({ bold: true, hAlign: 'center', fontSize: 12, wrap: false });
    // One line's height each (Excel: about 1,3 times the type size): the motto's row is not pushed down.
    const [h1, h2] = s.rowHeights.slice(0, 2).map((h) => h.height);
    expect(h1).toBeGreaterThanOrEqual(12 * 1.3);
    expect(h1).toBeLessThan(12 * 1.3 + 4);
    expect(h2).toBeGreaterThanOrEqual(13 * 1.3);
    expect(h2).toBeLessThan(13 * 1.3 + 4);
    expect(allText(s)).not.toMatch(/—{2,}|-{4,}/);
  });

  it.each(['Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Tờ trình', 'Thông báo kết quả'])('%s: the national name and, on the very next row, the motto; place and date in italics under them', (name) => {
    const s = byName(sheets(), name);
    const national = find(s, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    const motto = find(s, 'Độc lập - Tự do - Hạnh phúc')!;
    expect(national).toMatch(/^[B-Z]1$/);
    expect(motto).toBe(national.replace('1', '2'));
    expect(styleAt(s, national)).toMatchObject({ bold: true, fontSize: 12 });
    expect(styleAt(s, motto)).toMatchObject({ bold: true, fontSize: 13 });
    // The rule is a border, never a font underline.
    expect(styleAt(s, motto).underline).toBeUndefined();
    const place = find(s, 'Nghệ An, ngày …… tháng …… năm ……')!;
    expect(place.replace(/\d+$/, '')).toBe(national.replace(/\d+$/, ''));
    expect(styleAt(s, place).italic).toBe(true);
    // The halves are merged blocks side by side, the right one to the edge of the sheet.
    const left = mergeAt(s, 'A1')!;
    const right = mergeAt(s, national)!;
    expect(left.c1 + 1).toBe(right.c0);
    expect(right.c1).toBe(s.columnWidths.length - 1);
  });

  it.each(['Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Thông báo kết quả'])('%s: rules drawn as top borders of narrower merged cells, centred, of the right length', (name) => {
    const s = byName(sheets(), name);
    const national = rect(s.merges.find((m) => rect(m).r0 === 0 && rect(m).c0 > 0)!);
    const left = mergeAt(s, 'A1')!;
    // Under the motto (row 2): as long as the motto, centred under it.
    const [motto] = ruleOn(s, 2).filter((x) => x.c0 >= national.c0);
    expect(mergeAt(s, a1(2, motto.c0))).toEqual(motto);
    const mottoWidth = unitsOf('Độc lập - Tự do - Hạnh phúc', 13, true);
    expect(widthOf(s, motto) / mottoWidth).toBeGreaterThan(0.9);
    expect(widthOf(s, motto) / mottoWidth).toBeLessThan(1.12);
    expect(Math.abs(centreOf(s, motto) - centreOf(s, national))).toBeLessThanOrEqual(1);
    // Under the cluster's second line: a third to a half of its width, centred under it.
    const [rule] = ruleOn(s, 2).filter((x) => x.c1 <= left.c1);
    const textWidth = unitsOf('CÁC TỈNH BẮC TRUNG BỘ', 12, true);
    expect(widthOf(s, rule) / textWidth).toBeGreaterThanOrEqual(0.3);
    expect(widthOf(s, rule) / textWidth).toBeLessThanOrEqual(0.55);
    expect(Math.abs(centreOf(s, rule) - centreOf(s, left))).toBeLessThanOrEqual(1);
  });

  it('adds "Cụm thi đua" when the workbook names the cluster without it', () => {
    const wb = makeWorkbook({ settings: { clusterName: 'các tỉnh Bắc Trung Bộ' } });
    const s = byName(describeOutputSheets({ workbook: wb, results: makeResults(wb), problems: [], fingerprint: FP, computedAt: AT }), 'Xếp hạng');
    expect([cell(s, 'A1'), cell(s, 'A2')]).toEqual(['CỤM THI ĐUA', 'CÁC TỈNH BẮC TRUNG BỘ']);
    expect(allText(s)).toContain('Cụm thi đua các tỉnh Bắc Trung Bộ');
  });

  it('titles are bold capitals, centred across the whole width', () => {
    const subtitles: Record<string, string> = {
      'Tổng hợp điểm': 'Cụm thi đua các tỉnh Bắc Trung Bộ',
      'Xếp hạng': 'Cụm thi đua các tỉnh Bắc Trung Bộ',
      // Decree 30: the document's kind, then what it is about.
      'Biên bản họp': 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm thi đua các tỉnh Bắc Trung Bộ',
      'Thông báo kết quả': 'Kết quả bình xét, suy tôn thi đua năm 2022 của Cụm thi đua các tỉnh Bắc Trung Bộ',
    };
    for (const [name, subtitle] of Object.entries(subtitles)) {
      const s = byName(sheets(), name);
      const ref = find(s, /^(BẢNG|BIÊN BẢN|THÔNG BÁO)/)!;
      expect(ref.startsWith('A')).toBe(true);
      const title = cell(s, ref) as string;
      expect(title).toBe(title.toUpperCase());
      expect(styleAt(s, ref)).toMatchObject({ bold: true, hAlign: 'center' });
      expect(mergeAt(s, ref)!.c1).toBe(s.columnWidths.length - 1);
      // The subtitle, the cluster's name, is bold on the next row.
      const next = `A${Number(ref.slice(1)) + 1}`;
      expect(cell(s, next)).toBe(subtitle);
      expect(styleAt(s, next).bold).toBe(true);
    }
  });
});

describe('no program text in a signed document; the fingerprint in the footer', () => {
  it.each(['Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Tờ trình', 'Thông báo kết quả'])('%s says nothing about the program in its body', (name) => {
    const text = allText(byName(sheets(), name));
    for (const phrase of ['do chương trình tạo ra', 'không sửa trực tiếp', 'Không có vấn đề nào cần', 'Mã kiểm tra dữ liệu']) expect(text).not.toContain(phrase);
  });

  it('Kết quả kiểm tra, a working list read on screen, keeps its small print under the table', () => {
    const s = byName(sheets(), 'Kết quả kiểm tra');
    expect(allText(s)).toContain('Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18 — tính lúc 27/11/2026 14:05');
    expect(allText(s)).toMatch(/do chương trình tạo ra và được ghi lại toàn bộ mỗi lần chạy/);
    expect(styleAt(s, find(s, /^Mã kiểm tra dữ liệu/)!)).toMatchObject({ italic: true, fontSize: 10 });
  });
});

describe('signature blocks: the authority and title in bold capitals, then the person\u2019s name or a dotted line', () => {
  const nameRowOf = (s: SheetDescription, heading: string) => {
    const r = rowOf(s, heading);
    let k = r + 1;
    while (s.values[k].every((v) => v === null) || s.values[k].some((v) => typeof v === 'string' && /^[A-ZĐ. ]+$/.test(v) && v === v.toUpperCase())) k++;
    return k;
  };

  it.each(['Tổng hợp điểm', 'Xếp hạng'])('%s: one block, TM. CỤM THI ĐUA / CỤM TRƯỞNG, in the right half, dots for the name by default', (name) => {
    const s = byName(sheets(), name);
    const behalf = find(s, 'TM. CỤM THI ĐUA')!;
    expect(find(s, 'CỤM TRƯỞNG')).toBe(behalf.replace(/\d+$/, '') + String(Number(behalf.replace(/^[A-Z]+/, '')) + 1));
    expect(find(s, 'CỤM PHÓ')).toBeNull();
    expect(styleAt(s, behalf).bold).toBe(true);
    const block = mergeAt(s, behalf)!;
    expect(startOf(s, block.c0)).toBeGreaterThanOrEqual(0.4 * widthOf(s, { c0: 0, c1: s.columnWidths.length - 1 }));
    const names = s.values[nameRowOf(s, 'CỤM TRƯỞNG')].filter((v) => v !== null);
    expect(names).toEqual([NAME_DOTS]);
    // Never a member's name where a person's name belongs.
    for (const [, member] of MEMBERS) expect(names).not.toContain(member);
  });

  it('the chair\u2019s name under the block when the conference names the chair', () => {
    const wb = makeWorkbook();
    const people = { ...NO_PEOPLE, chair: { name: 'Nguyễn Văn A', title: 'Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng' } };
    const list = describeOutputSheets({ workbook: wb, results: makeResults(wb, vote()), problems: [], fingerprint: FP, computedAt: AT, people });
    for (const name of ['Tổng hợp điểm', 'Xếp hạng']) {
      const s = byName(list, name);
      const r = nameRowOf(s, 'CỤM TRƯỞNG');
      expect(s.values[r].filter((v) => v !== null)).toEqual(['Nguyễn Văn A']);
      expect(styleAt(s, a1(r, s.values[r].findIndex((v) => v !== null))).bold).toBe(true);
    }
    const minutes = byName(list, 'Biên bản họp');
    expect(minutes.values[nameRowOf(minutes, 'CHỦ TỌA')].filter((v) => v !== null)).toEqual([NAME_DOTS, 'Nguyễn Văn A']);
  });

  it('the minutes (with ballots): THƯ KÝ on the left, CHỦ TỌA on the right, on one row', () => {
    const s = byName(sheets(), 'Biên bản họp');
    const secretary = find(s, 'THƯ KÝ')!;
    const chair = find(s, 'CHỦ TỌA')!;
    expect(secretary.replace(/^[A-Z]+/, '')).toBe(chair.replace(/^[A-Z]+/, ''));
    expect(mergeAt(s, secretary)!.c1).toBeLessThan(mergeAt(s, chair)!.c0);
    expect(find(s, 'TM. CỤM THI ĐUA')).toBeNull();
  });

  it('the proposal (no ballots) is signed for the cluster by its head', () => {
    const wb = makeWorkbook();
    const s = byName(describeOutputSheets({ workbook: wb, results: makeResults(wb, proposal()), problems: [], fingerprint: FP, computedAt: AT }), 'Biên bản họp');
    expect(find(s, 'TM. CỤM THI ĐUA')).not.toBeNull();
    expect(find(s, 'CHỦ TỌA')).toBeNull();
  });
});

describe('long merged sentences get a row height (Excel does not grow merged rows)', () => {
  it('every merged paragraph longer than its width has a height of two lines or more', () => {
    const s = byName(sheets(), 'Biên bản họp');
    const opening = rowOf(s, /^Hội nghị có/);
    const h = s.rowHeights.find((x) => x.row === opening);
    expect(h).toBeDefined();
    // 13 pt text: two lines need well over 26 points.
    expect(h!.height).toBeGreaterThanOrEqual(2 * 13 * 1.2);
  });
});
