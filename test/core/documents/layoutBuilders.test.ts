/**
 * The reusable layout builders of the printed documents (docs/tai-lieu-in.md; docs/ma-nguon.md
 * "Trang in"): letter widths, balanced lines of the issuing body, the geometry of the header
 * block's rules, cut columns merged back on every row, page breaks, the footer, signature blocks.
 * Expected values are worked out by hand from the font metrics and the page size.
 */
import { balancedLines } from '../../../src/core/documents/balancedLines';
import { addHeaderBlock } from '../../../src/core/documents/headerBlock';
import { chooseRule, headerGeometry } from '../../../src/core/documents/headerLayout';
import { fitScale, pageBreaks, pageCapacity, printableArea } from '../../../src/core/documents/pagination';
import { fingerprintFooter } from '../../../src/core/documents/provenance';
import { SheetBuilder } from '../../../src/core/documents/sheetBuilder';
import { addSignatureBlocks, NAME_DOTS } from '../../../src/core/documents/signatureBlock';
import { textWidthPt } from '../../../src/core/documents/textWidth';
import { find, mergeAt, printedRow, rect, shapeProblems } from './sheetQueries';

describe('letter widths (Times New Roman: Adobe Times metrics, 1/1000 em)', () => {
  it('adds up the advance widths: "NAM" in bold 12 pt = (722 + 722 + 944) × 12 / 1000', () => {
    expect(textWidthPt('NAM', 12, true)).toBeCloseTo(28.656, 6);
    expect(textWidthPt('Nam', 10)).toBeCloseTo((722 + 444 + 778) / 100, 6);
  });

  it('gives a Vietnamese letter its base letter\u2019s width, the horn a little more', () => {
    expect(textWidthPt('Ộ', 10, true)).toBe(textWidthPt('O', 10, true));
    expect(textWidthPt('ế', 10)).toBe(textWidthPt('e', 10));
    expect(textWidthPt('ư', 10)).toBeGreaterThan(textWidthPt('u', 10));
    expect(textWidthPt('Đ', 10)).toBe(textWidthPt('D', 10));
    // The same text decomposed (NFD) measures the same.
    expect(textWidthPt('Hà Tĩnh'.normalize('NFD'), 12)).toBeCloseTo(textWidthPt('Hà Tĩnh', 12), 9);
  });
});

describe('the issuing body in balanced lines', () => {
  const fit = (maxWidthPt: number) => ({ maxWidthPt, fontSize: 12, bold: true });

  it('breaks after the head "Cụm thi đua", not inside a phrase, when two lines are needed', () => {
    expect(balancedLines('CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ', fit(180))).toEqual(['CỤM THI ĐUA', 'CÁC TỈNH BẮC TRUNG BỘ']);
  });

  it('keeps one line when it fits', () => {
    expect(balancedLines('CỤM THI ĐUA SỐ 5', fit(200))).toEqual(['CỤM THI ĐUA SỐ 5']);
  });

  it('prefers a comma', () => {
    expect(balancedLines('CỤM THI ĐUA CÁC TỈNH MIỀN NÚI, TRUNG DU PHÍA BẮC', fit(240))).toEqual(['CỤM THI ĐUA CÁC TỈNH MIỀN NÚI,', 'TRUNG DU PHÍA BẮC']);
  });

  it('never leaves one word alone on a line, never ends a line with "CÁC", "TỈNH" or "THI", and every line fits', () => {
    const names = [
      'CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ',
      'CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN',
      'CỤM THI ĐUA CÁC TỈNH, THÀNH PHỐ ĐÔNG NAM BỘ',
      'CỤM THI ĐUA CÁC BỘ, NGÀNH KINH TẾ TỔNG HỢP VÀ NÔNG NGHIỆP',
      'CỤM THI ĐUA CÁC TỈNH DUYÊN HẢI NAM TRUNG BỘ VÀ TỈNH LÂM ĐỒNG',
    ];
    for (const name of names) {
      for (const width of [120, 160, 200]) {
        const lines = balancedLines(name, fit(width));
        expect(lines.join(' ')).toBe(name);
        for (const line of lines) {
          if (lines.length > 1) expect(line.split(' ').length).toBeGreaterThanOrEqual(2);
          // (At 120 pt the longest name has no such break in four lines: the rule gives way there.)
          if (width > 120) expect(line).not.toMatch(/ (CÁC|TỈNH|THI|VÀ)$/);
        }
        if (lines.length < 4) for (const line of lines) expect(textWidthPt(line, 12, true)).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('the rules of the header block (headerLayout.ts)', () => {
  it('uses two existing boundaries when they are symmetric under the text', () => {
    // Centre 20, text 30 units: a rule of 10–15.6 units; 14 and 26 are there.
    const rule = chooseRule([0, 7, 14, 26, 40], 20, 30, { min: 1 / 3, ideal: 0.4, max: 0.52 });
    expect(rule).toMatchObject({ from: 14, to: 26, cuts: 0 });
  });

  it('cuts a mirror when only one end exists, two ends when none does', () => {
    expect(chooseRule([0, 15, 40], 20, 30, { min: 1 / 3, ideal: 0.4, max: 0.52 })).toMatchObject({ from: 15, to: 25, cuts: 1 });
    expect(chooseRule([0, 40], 20, 30, { min: 1 / 3, ideal: 0.4, max: 0.52 })).toMatchObject({ from: 14, to: 26, cuts: 2 });
  });

  it('on a grid of ten columns of 10: the left half ends near 42 %, each rule centred under its half', () => {
    const bounds = Array.from({ length: 11 }, (_, i) => i * 10);
    const g = headerGeometry({ bounds, leftText: 32, rightText: 52, motto: 30 });
    expect(g.split).toBe(40);
    expect((g.leftRule.from + g.leftRule.to) / 2).toBeCloseTo(20, 6);
    expect((g.leftRule.to - g.leftRule.from) / 32).toBeGreaterThanOrEqual(1 / 3);
    expect((g.leftRule.to - g.leftRule.from) / 32).toBeLessThanOrEqual(0.52);
    // The motto's rule: 30 units centred at 70 — the boundaries 55 and 85 do not exist, 60/80 are too short.
    expect([g.rightRule.from, g.rightRule.to]).toEqual([55, 85]);
  });
});

describe('columns cut for the header block, merged back on every row', () => {
  it('a cut column is one printed cell on each row that uses it; blank rows get no merge', () => {
    const b = new SheetBuilder([10, 20, 10]);
    b.cut([17]); // inside column B: B becomes 7 + 13
    const r = b.row(['a', 'bb', 'c']);
    b.style(r, 0, r, 2, { border: true });
    b.blank();
    const p = b.paragraph('across the whole width', {}, 12);
    const d = b.build({ key: 'ranking', name: 'x', mark: null, font: { name: 'Times New Roman', size: 12 }, pageSetup: null, freezeRows: 0 });
    expect(d.columnWidths).toEqual([10, 7, 13, 10]);
    expect(d.values[r]).toEqual(['a', 'bb', null, 'c']);
    expect(printedRow(d, r)).toEqual(['a', 'bb', 'c']);
    expect(mergeAt(d, 'B1')).toEqual({ r0: 0, c0: 1, r1: 0, c1: 2 });
    expect(d.merges.filter((m) => rect(m).r0 === 1)).toEqual([]);
    // The paragraph's own merge covers the cut: no second merge inside it.
    expect(d.merges.filter((m) => rect(m).r0 === p)).toEqual([`A${p + 1}:D${p + 1}`]);
    expect(shapeProblems(d)).toEqual([]);
  });

  it('refuses to cut once rows exist, and snaps a cut within one unit of a boundary', () => {
    const b = new SheetBuilder([10, 20]);
    b.cut([10.6, 30]);
    expect(b.boundaries()).toEqual([0, 10, 30]);
    b.row(['x']);
    expect(() => b.cut([5])).toThrow();
  });

  it('the header block on a portrait table: the issuing body\u2019s rule and the motto\u2019s on the row under the text', () => {
    const b = new SheetBuilder([23, 9, 6, 10, 8, 9, 23]);
    const rows = addHeaderBlock(b, { issuer: 'các tỉnh Bắc Trung Bộ', placeName: 'Nghệ An', number: { number: null, unknownSuffix: '/BB-CTĐ' } });
    const d = b.build({ key: 'minutes', name: 'x', mark: null, font: { name: 'Times New Roman', size: 13 }, pageSetup: null, freezeRows: 0 });
    expect(printedRow(d, 0)).toEqual(['CỤM THI ĐUA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(printedRow(d, 1)).toEqual(['CÁC TỈNH BẮC TRUNG BỘ', 'Độc lập - Tự do - Hạnh phúc']);
    const rules = d.styles.filter((s) => s.style.edges?.top === 'thin').map((s) => rect(s.range));
    expect(rules.map((x) => x.r0)).toEqual([2, 2]);
    // The `Số:` line under the left half, on the row of the place and date.
    expect(find(d, 'Số: ……/BB-CTĐ')).toBe(`A${rows.last + 1}`);
    expect(printedRow(d, rows.last)).toEqual(['Số: ……/BB-CTĐ', 'Nghệ An, ngày …… tháng …… năm ……']);
    expect(shapeProblems(d)).toEqual([]);
  });
});

describe('page breaks (pagination.ts)', () => {
  const portrait = Array.from({ length: 8 }, () => 11); // 88 units: fits at full size

  it('knows the page: A4 less 2 + 2 cm top and bottom, 3 + 1,5 cm left and right', () => {
    const cm = 72 / 2.54;
    expect(printableArea('portrait').height).toBeCloseTo(841.89 - 4 * cm, 1);
    expect(printableArea('landscape').width).toBeCloseTo(841.89 - 4.5 * cm, 1);
    // 88 units × 5,25 pt = 462 pt fit in 467,7 pt: full size; 176 units print at half size, rounded down to whole per cent.
    expect(fitScale('portrait', portrait)).toBe(1);
    expect(fitScale('portrait', [...portrait, ...portrait])).toBe(0.5);
    // A page holds a little less than it does (0,97), and a landscape page at 50 % twice as many points (÷ 0,51).
    expect(pageCapacity('portrait', portrait)).toBeCloseTo(printableArea('portrait').height * 0.97, 6);
  });

  it('breaks where the next row no longer fits, and before a group that would not fit the rest of the page', () => {
    // (841,89 − 4 cm = 728,5 pt) × 0,97 ≈ 706,6 pt: 35 rows of 20 pt.
    const capacity = pageCapacity('portrait', portrait);
    expect(Math.floor(capacity / 20)).toBe(35);
    const heights = Array.from({ length: 80 }, () => 20);
    expect(pageBreaks({ orientation: 'portrait', columnWidths: portrait, heights, titleRows: null, keeps: [] })).toEqual([35, 70]);
    // A heading at row 34 kept with its two next rows: page 1 ends before it, page 2 holds 34–68.
    expect(pageBreaks({ orientation: 'portrait', columnWidths: portrait, heights, titleRows: null, keeps: [{ r0: 34, r1: 36 }] })).toEqual([34, 69]);
    // A group that fits where it starts changes nothing; one taller than a page flows.
    expect(pageBreaks({ orientation: 'portrait', columnWidths: portrait, heights, titleRows: null, keeps: [{ r0: 31, r1: 33 }] })).toEqual([35, 70]);
    expect(pageBreaks({ orientation: 'portrait', columnWidths: portrait, heights, titleRows: null, keeps: [{ r0: 10, r1: 60 }] })).toEqual([35, 70]);
  });

  it('counts the repeated header on the pages after its own', () => {
    const heights = [...Array.from({ length: 5 }, () => 20), 60, ...Array.from({ length: 80 }, () => 20)];
    // Page 1: 5 × 20 + 60 = 160, then 27 rows (706,6 − 160 = 546,6); page 2 holds (706,6 − 60) / 20 = 32 rows.
    expect(pageBreaks({ orientation: 'portrait', columnWidths: portrait, heights, titleRows: { first: 5, last: 5 }, keeps: [] })).toEqual([33, 65]);
  });

  it('puts no break in a sheet that fits on one page', () => {
    expect(pageBreaks({ orientation: 'portrait', columnWidths: portrait, heights: [20, 20, 20], titleRows: null, keeps: [{ r0: 0, r1: 2 }] })).toEqual([]);
  });
});

describe('the footer', () => {
  it('doubles an ampersand (a header/footer code otherwise) and adds the sign-off line under the fingerprint', () => {
    const f = fingerprintFooter('AAAA-BBBB-CCCC-DDDD', '09/01/2023 10:00', { text: 'Số liệu đã chốt lúc 09/01/2023 09:00:00 — mã kiểm tra AAAA-BBBB-CCCC-DDDD (người chốt: A & B).', mismatch: false });
    expect(f).toBe('&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu AAAA-BBBB-CCCC-DDDD — tính lúc 09/01/2023 10:00\nSố liệu đã chốt lúc 09/01/2023 09:00:00 — mã kiểm tra AAAA-BBBB-CCCC-DDDD (người chốt: A && B).');
  });

  it('stays within Excel\u2019s 255 characters: a sign-off line that would not fit is left out', () => {
    const f = fingerprintFooter('AAAA-BBBB-CCCC-DDDD', '09/01/2023 10:00', { text: 'Số liệu đã chốt ' + 'x'.repeat(200), mismatch: false });
    expect(f.length).toBeLessThanOrEqual(255);
    expect(f).not.toContain('\n');
  });
});

describe('signature blocks', () => {
  it('puts a single block in the right half, with dots for an unknown name and the person\u2019s name in bold', () => {
    const b = new SheetBuilder([20, 20, 20, 20]);
    b.paragraph('Nội dung cuối.', {}, 13);
    const nameRow = addSignatureBlocks(b, [null, { heading: ['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG'], name: null }]);
    const d = b.build({ key: 'ranking', name: 'x', mark: null, font: { name: 'Times New Roman', size: 13 }, pageSetup: null, freezeRows: 0 });
    expect(find(d, 'TM. CỤM THI ĐUA')).toBe('C3');
    expect(find(d, 'CỤM TRƯỞNG')).toBe('C4');
    expect(printedRow(d, nameRow).filter((v) => v !== null)).toEqual([NAME_DOTS]);
    // Kept on one page with the line before it.
    expect(b.keeps).toContainEqual({ r0: 0, r1: nameRow });
  });
});
