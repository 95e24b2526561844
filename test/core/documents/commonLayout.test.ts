/**
 * docs/tai-lieu-in.md "Common to every printed sheet": A4, orientation per sheet, margins, Times New
 * Roman, fit to one page wide, print titles on the table header, page number in the footer,
 * gridlines off, header block, title, fingerprint line, signature blocks; and the shape every
 * description must have (rectangular values, merges inside the sheet and not overlapping).
 */
import { describeOutputSheets } from '../../../src/core/documents/describeOutputSheets';
import { OUTPUT_SHEETS } from '../../../src/core/outputSheets';
import type { SheetDescription } from '../../../src/core/sheet';
import { makeResults, makeWorkbook, vote } from './fixtures';
import { allText, cell, find, mergeAt, rowOf, shapeProblems, styleAt } from './sheetQueries';

const FP = '3F2A-91C0-7D4E-0B18';
const AT = '27/11/2026 14:05';

function sheets(): SheetDescription[] {
  const wb = makeWorkbook();
  return describeOutputSheets({ workbook: wb, results: makeResults(wb, vote()), problems: [], fingerprint: FP, computedAt: AT });
}

function byName(list: SheetDescription[], name: string): SheetDescription {
  const s = list.find((x) => x.name === name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}

describe('the set of output sheets', () => {
  it('has the four sheets, in the order and with the marks of outputSheets.ts, when there are results', () => {
    const list = sheets();
    expect(list.map((s) => [s.key, s.name, s.mark])).toEqual(OUTPUT_SHEETS.map((o) => [o.key, o.name, o.mark]));
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
    const s = byName(sheets(), name);
    expect(shapeProblems(s)).toEqual([]);
    expect(s.values.length).toBeGreaterThan(5);
  });
});

describe('page setup (docs/tai-lieu-in.md: A4, margins 2/2/3/1,5 cm, one page wide, footer, no gridlines)', () => {
  const expected: Record<string, 'portrait' | 'landscape'> = {
    'Kết quả kiểm tra': 'landscape',
    'Tổng hợp điểm': 'landscape',
    'Xếp hạng': 'landscape',
    'Đề nghị khen thưởng': 'portrait',
  };
  it.each(Object.entries(expected))('%s is A4 %s', (name, orientation) => {
    const p = byName(sheets(), name).pageSetup!;
    expect(p.paper).toBe('A4');
    expect(p.orientation).toBe(orientation);
    expect(p.margins).toMatchObject({ top: 2, bottom: 2, left: 3, right: 1.5 });
    expect(p.fitToWidth).toBe(true);
    expect(p.gridlines).toBe(false);
    expect(p.footerCenter).toBe('Trang &P/&N');
  });

  it('prints the whole sheet: the print area ends at the last row and column', () => {
    for (const s of sheets()) {
      const lastRow = s.values.length;
      const lastCol = String.fromCharCode(64 + s.columnWidths.length);
      expect(s.pageSetup!.printArea).toBe(`A1:${lastCol}${lastRow}`);
    }
  });

  it('uses Times New Roman 13 pt for the sheet', () => {
    for (const s of sheets()) expect(s.font).toEqual({ name: 'Times New Roman', size: 13 });
  });
});

describe('print titles are the table header rows', () => {
  it('Xếp hạng repeats the row with Hạng | Đơn vị', () => {
    const s = byName(sheets(), 'Xếp hạng');
    const header = rowOf(s, 'Hạng');
    expect(cell(s, `B${header + 1}`)).toBe('Đơn vị');
    expect(s.pageSetup!.printTitleRows).toEqual({ first: header + 1, last: header + 1 });
  });

  it('Tổng hợp điểm repeats the row with Mã | Nội dung | Điểm tối đa', () => {
    const s = byName(sheets(), 'Tổng hợp điểm');
    const header = rowOf(s, 'Nội dung');
    expect(cell(s, `A${header + 1}`)).toBe('Mã');
    expect(s.pageSetup!.printTitleRows).toEqual({ first: header + 1, last: header + 1 });
  });

  it('Kết quả kiểm tra repeats the row with Mức độ | Mã lỗi', () => {
    const s = byName(sheets(), 'Kết quả kiểm tra');
    const header = rowOf(s, 'Mức độ');
    expect(s.pageSetup!.printTitleRows).toEqual({ first: header + 1, last: header + 1 });
  });

  it('Đề nghị khen thưởng has none: it holds two tables, and one header above the other would mislabel it', () => {
    expect(byName(sheets(), 'Đề nghị khen thưởng').pageSetup!.printTitleRows).toBeNull();
  });
});

describe('header block (Decree 30 layout)', () => {
  it.each(['Tổng hợp điểm', 'Xếp hạng', 'Đề nghị khen thưởng'])('%s: issuing body left, national name and motto right, place and date under them', (name) => {
    const s = byName(sheets(), name);
    expect(cell(s, 'A1')).toBe('CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ');
    expect(styleAt(s, 'A1').bold).toBe(true);
    // A short rule under the issuing body.
    expect(cell(s, 'A2')).toMatch(/^—+$/);
    const national = find(s, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(national).toMatch(/^[B-Z]1$/);
    expect(styleAt(s, national).bold).toBe(true);
    const col = national.replace('1', '');
    expect(cell(s, `${col}2`)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(styleAt(s, `${col}2`)).toMatchObject({ bold: true, underline: true });
    // Day, month and year left as dots for the signer (headerBlock.ts explains the choice).
    expect(cell(s, `${col}3`)).toBe('Nghệ An, ngày …… tháng …… năm ……');
    expect(styleAt(s, `${col}3`).italic).toBe(true);
    // The left part and the right part are merged blocks side by side, not overlapping.
    const left = mergeAt(s, 'A1')!;
    const right = mergeAt(s, national)!;
    expect(left.c1 + 1).toBe(right.c0);
    expect(right.c1).toBe(s.columnWidths.length - 1);
  });

  it('adds "Cụm thi đua" when the workbook names the cluster without it', () => {
    const wb = makeWorkbook({ settings: { clusterName: 'các tỉnh Bắc Trung Bộ' } });
    const s = byName(describeOutputSheets({ workbook: wb, results: makeResults(wb), problems: [], fingerprint: FP, computedAt: AT }), 'Xếp hạng');
    expect(cell(s, 'A1')).toBe('CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ');
    expect(allText(s)).toContain('Cụm thi đua các tỉnh Bắc Trung Bộ');
  });

  it('titles are bold capitals, centred across the whole width', () => {
    for (const name of ['Tổng hợp điểm', 'Xếp hạng', 'Đề nghị khen thưởng']) {
      const s = byName(sheets(), name);
      const ref = find(s, /^(BẢNG|BIÊN BẢN|DANH SÁCH)/)!;
      expect(ref.startsWith('A')).toBe(true);
      const title = cell(s, ref) as string;
      expect(title).toBe(title.toUpperCase());
      expect(styleAt(s, ref)).toMatchObject({ bold: true, hAlign: 'center' });
      expect(mergeAt(s, ref)!.c1).toBe(s.columnWidths.length - 1);
      // The subtitle, the cluster's name, is bold on the next row.
      const next = `A${Number(ref.slice(1)) + 1}`;
      expect(cell(s, next)).toBe('Cụm thi đua các tỉnh Bắc Trung Bộ');
      expect(styleAt(s, next).bold).toBe(true);
    }
  });
});

describe('small print under the table', () => {
  it.each(OUTPUT_SHEETS.map((o) => o.name))('%s shows the fingerprint with the time and says the program rewrites the sheet', (name) => {
    const text = allText(byName(sheets(), name));
    expect(text).toContain('Mã kiểm tra dữ liệu: 3F2A-91C0-7D4E-0B18 — tính lúc 27/11/2026 14:05');
    expect(text).toMatch(/do chương trình tạo ra và được ghi lại toàn bộ mỗi lần chạy/);
  });

  it('prints the fingerprint line in small italic type', () => {
    const s = byName(sheets(), 'Xếp hạng');
    const ref = find(s, /^Mã kiểm tra dữ liệu/)!;
    expect(styleAt(s, ref)).toMatchObject({ italic: true, fontSize: 10 });
  });
});

describe('signature blocks', () => {
  it.each(['Tổng hợp điểm', 'Xếp hạng', 'Đề nghị khen thưởng'])('%s: deputies on the left, TM. CỤM THI ĐUA / CỤM TRƯỞNG on the right, member names under the signing space', (name) => {
    const s = byName(sheets(), name);
    const behalf = find(s, 'TM. CỤM THI ĐUA')!;
    const head = find(s, 'CỤM TRƯỞNG')!;
    const deputy = find(s, 'CỤM PHÓ')!;
    const row = (ref: string) => Number(ref.replace(/^[A-Z]+/, ''));
    const col = (ref: string) => ref.replace(/\d+$/, '');
    expect(row(head)).toBe(row(behalf) + 1);
    expect(row(deputy)).toBe(row(head));
    expect(col(deputy) < col(head) || col(deputy).length < col(head).length).toBe(true);
    // The names sit a few empty rows lower, in the same columns.
    const nameRow = row(head) + 5;
    expect(cell(s, `${col(head)}${nameRow}`)).toBe('Tỉnh Nghệ An');
    expect(cell(s, `${col(deputy)}${nameRow}`)).toBe('Tỉnh Hà Tĩnh');
    for (let r = row(head) + 1; r < nameRow; r++) expect(s.values[r - 1].every((v) => v === null)).toBe(true);
  });

  it('has one CỤM PHÓ block per deputy', () => {
    const wb = makeWorkbook({ settings: { deputies: ['HT', 'TH'] } });
    const s = byName(describeOutputSheets({ workbook: wb, results: makeResults(wb), problems: [], fingerprint: FP, computedAt: AT }), 'Đề nghị khen thưởng');
    const roleRow = s.values[rowOf(s, 'CỤM TRƯỞNG')];
    expect(roleRow.filter((v) => v === 'CỤM PHÓ')).toHaveLength(2);
    const nameRow = s.values[rowOf(s, 'CỤM TRƯỞNG') + 5];
    expect(nameRow.filter((v) => v !== null)).toEqual(['Tỉnh Hà Tĩnh', 'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An']);
  });
});

describe('long merged sentences get a row height (Excel does not grow merged rows)', () => {
  it('every merged paragraph longer than its width has a height of two lines or more', () => {
    const s = byName(sheets(), 'Đề nghị khen thưởng');
    const opening = rowOf(s, /^Hội nghị bình xét/);
    const h = s.rowHeights.find((x) => x.row === opening);
    expect(h).toBeDefined();
    // 13 pt text: two lines need well over 26 points.
    expect(h!.height).toBeGreaterThanOrEqual(2 * 13 * 1.2);
  });
});
