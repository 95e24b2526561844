/**
 * docs/tai-lieu-in.md "`Xếp hạng` — the ranking sheet"; docs/quy-tac-tinh-diem.md §6 (notes on shared ranks and
 * tie-breaks) and §6 (why a member cannot be nominated).
 */
import { resultInputs } from '../../../src/core/documents/documentInputs';
import { describeRankingSheet } from '../../../src/core/documents/rankingSheet';
import { columnHeading, MAX_HEADING_LINES } from '../../../src/core/documents/table';
import { textLines } from '../../../src/core/documents/rowHeight';
import { VI } from '../../../src/core/words';
import { reasonText } from '../../../src/core/words/resultTexts';
import type { SheetDescription } from '../../../src/core/sheet';
import { makeResults, makeWorkbook, MEMBERS } from './fixtures';
import { allText, printedRef, printedRow, rowOf, styleAt } from './sheetQueries';

function ranking(settings = {}): SheetDescription {
  const wb = makeWorkbook({ settings });
  return describeRankingSheet(resultInputs(wb, makeResults(wb), '3F2A-91C0-7D4E-0B18', '27/11/2026 14:05'));
}

/** The table rows as {column header: text}, in printed order. */
function table(s: SheetDescription): Record<string, string | number | null>[] {
  const h = rowOf(s, 'Hạng');
  const headers = printedRow(s, h);
  const out: Record<string, string | number | null>[] = [];
  for (let r = h + 1; r < s.values.length && printedRow(s, r).length === headers.length && printedRow(s, r)[1] !== null; r++) {
    const row: Record<string, string | number | null> = {};
    const cells = printedRow(s, r);
    headers.forEach((name, c) => {
      if (typeof name === 'string') row[name] = cells[c];
    });
    out.push(row);
  }
  return out;
}

describe('title and subtitle', () => {
  it('names the year and the cluster', () => {
    const s = ranking();
    expect(allText(s)).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2022');
    expect(s.values[rowOf(s, /^BẢNG TỔNG HỢP/) + 1][0]).toBe('Cụm thi đua các tỉnh Bắc Trung Bộ');
  });
});

describe('columns: Hạng | Đơn vị | one per top-level Điểm group | Điểm thưởng | Điểm trừ | Tổng điểm | Xếp loại | Ghi chú', () => {
  it('has one column per Điểm group headed by its code (and name as far as it fits), none for the Thưởng/Trừ groups', () => {
    const s = ranking();
    const headers = printedRow(s, rowOf(s, 'Hạng'));
    expect(headers).toHaveLength(9);
    expect([headers[0], headers[1], ...headers.slice(4)]).toEqual(['Hạng', 'Đơn vị', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp loại', 'Ghi chú']);
    expect(headers[2]).toMatch(/^I(\. |$)/);
    expect(headers[3]).toMatch(/^II(\. |$)/);
  });

  it('never cuts a heading with "…": a group name that does not fit is named in full in a legend under the table', () => {
    const s = ranking();
    const headers = printedRow(s, rowOf(s, 'Hạng')) as string[];
    for (const h of headers) expect(h).not.toContain('…');
    const full = { I: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội', II: 'Quốc phòng – an ninh, trật tự an toàn xã hội' };
    const legend = allText(s).split('\n').find((l) => l.startsWith('Tên đầy đủ của các nhóm tiêu chí'));
    for (const [code, text] of Object.entries(full)) {
      const shown = headers.find((h) => h === code || h.startsWith(code + '. '))!;
      if (shown === `${code}. ${text}`) continue;
      expect(legend).toContain(`${code}. ${text}`);
    }
  });

  it('column headings: the full name when it fits in four lines, else whole leading phrases, else the code', () => {
    const long = 'Xây dựng Đảng, chính quyền; cải cách hành chính; phòng, chống tham nhũng';
    expect(columnHeading('V', long, 60, 12)).toEqual({ text: `V. ${long}`, full: true });
    const mid = columnHeading('V', long, 12, 12);
    expect(mid.full).toBe(false);
    expect(`V. ${long}`.startsWith(mid.text)).toBe(true);
    expect(mid.text).not.toMatch(/[,;…]$/);
    expect(textLines(mid.text, 12, 12, { bold: true })).toBeLessThanOrEqual(MAX_HEADING_LINES);
    // A first phrase too long even for four lines: the code alone.
    expect(columnHeading('IV', 'Công tác thi đua khen thưởng và hoạt động của cụm thi đua trong năm', 6, 12)).toEqual({ text: 'IV', full: false });
  });

  it('wraps the header row and repeats it on every printed page', () => {
    const s = ranking();
    const h = rowOf(s, 'Hạng');
    expect(styleAt(s, printedRef(s, h, 2))).toMatchObject({ wrap: true, bold: true, border: true });
    // The six rows do not fit on one landscape page at full size: the header repeats.
    expect(s.pageSetup!.printTitleRows).toEqual({ first: h + 1, last: h + 1 });
  });
});

describe('rows in rank order with the numbers of the fixture, decimal comma, as right-aligned text', () => {
  it('prints every member by its full name with diacritics', () => {
    const names = table(ranking()).map((r) => r['Đơn vị']);
    expect(names).toEqual(['Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Thanh Hóa', 'Tỉnh Quảng Bình', 'Tỉnh Quảng Trị', 'Tỉnh Thừa Thiên Huế']);
    expect(new Set(names)).toEqual(new Set(MEMBERS.map(([, n]) => n)));
  });

  it('Nghệ An: I 29 + 28,5 = 57,50; II 24 + 14 = 38,00; +2 −2; total 95,50', () => {
    expect(table(ranking())[0]).toMatchObject({
      Hạng: 1,
      'I. Thực hiện nhiệm vụ chính trị': '57,50',
      'II. Quốc phòng – an ninh': '38,00',
      'Điểm thưởng': '2,00',
      'Điểm trừ': '2,00',
      'Tổng điểm': '95,50',
      'Xếp loại': 'Xuất sắc',
    });
  });

  it('Thừa Thiên Huế: 42 + 28 − 3 = 67,00, band Trung bình', () => {
    expect(table(ranking())[5]).toMatchObject({ Hạng: 6, 'Tổng điểm': '67,00', 'Điểm trừ': '3,00', 'Xếp loại': 'Trung bình' });
  });

  it('right-aligns the number columns and bolds the total', () => {
    const s = ranking();
    const r = rowOf(s, 'Tỉnh Nghệ An');
    for (const k of [2, 3, 4, 5, 6]) expect(styleAt(s, printedRef(s, r, k)).hAlign).toBe('right');
    expect(styleAt(s, printedRef(s, r, 6)).bold).toBe(true);
    expect(styleAt(s, printedRef(s, r, 1)).border).toBe(true);
  });
});

describe('Ghi chú (docs/quy-tac-tinh-diem.md §6, §7)', () => {
  const notes = () => Object.fromEntries(table(ranking()).map((r) => [r['Đơn vị'], r['Ghi chú']]));

  it('says which tie-break rule put Hà Tĩnh above Thanh Hóa (both 93,00)', () => {
    expect(notes()['Tỉnh Hà Tĩnh']).toBe('Xếp trên Tỉnh Thanh Hóa do ít điểm trừ hơn');
  });

  it('marks the shared rank of Quảng Bình and Quảng Trị', () => {
    expect(notes()['Tỉnh Quảng Bình']).toContain('Đồng hạng với Tỉnh Quảng Trị');
    expect(notes()['Tỉnh Quảng Trị']).toContain('Đồng hạng với Tỉnh Quảng Bình');
  });

  it('gives the reasons a member cannot be nominated, per award', () => {
    // Reasons read as everywhere else (the vocabulary, src/core/words); the sentence around them is ours.
    const notSigned = reasonText({ kind: 'notSigned' }, VI);
    const qt = notes()['Tỉnh Quảng Trị'] as string;
    expect(qt.split('\n')).toEqual([
      'Đồng hạng với Tỉnh Quảng Bình',
      `Không đủ điều kiện đề nghị Cờ thi đua: ${notSigned}; ${reasonText({ kind: 'bandBelow', band: 'Tốt', minBand: 'Xuất sắc' }, VI)}`,
      `Không đủ điều kiện đề nghị Bằng khen: ${notSigned}`,
    ]);
    expect(notes()['Tỉnh Thừa Thiên Huế']).toContain('Đang thanh tra có dấu hiệu vi phạm');
  });

  it('does not call the Flag nominee ineligible for the Certificate', () => {
    expect(notes()['Tỉnh Nghệ An']).toBeNull();
  });

  it('makes the rows with several notes tall enough, and every member row as tall (an even table)', () => {
    const s = ranking();
    const r = rowOf(s, 'Tỉnh Quảng Trị');
    const height = (row: number) => s.rowHeights.find((h) => h.row === row)!.height;
    // Three notes on three lines of 12 pt.
    expect(height(r)).toBeGreaterThanOrEqual(3 * 12 * 1.3);
    const first = rowOf(s, 'Tỉnh Nghệ An');
    for (let k = first; k < first + 6; k++) expect(height(k)).toBe(height(r));
  });
});

describe('the line under the table: score source, aggregation and tie-break chain in words', () => {
  it('describes cross-scoring by mean and the chain Ít điểm trừ hơn; Nhiều điểm thưởng hơn', () => {
    const text = allText(ranking());
    expect(text).toContain('điểm chấm chéo giữa các đơn vị, tổng hợp theo trung bình cộng, không tính điểm đơn vị tự chấm cho mình');
    expect(text).toContain('Khi bằng tổng điểm, xếp trên đơn vị có ít điểm trừ hơn, sau đó đơn vị có nhiều điểm thưởng hơn; nếu vẫn bằng nhau thì đồng hạng.');
  });

  it('describes appraisal scores and a chain with a group rule', () => {
    const text = allText(ranking({ scoreSource: 'appraisal', tieBreak: [{ kind: 'group', group: 'II' }, { kind: 'closerSelf' }] }));
    expect(text).toContain('Điểm xếp hạng là điểm thẩm định của Cụm trưởng và Cụm phó.');
    expect(text).toContain('xếp trên đơn vị có điểm nhóm II cao hơn, sau đó đơn vị có điểm tự chấm sát với điểm cuối cùng hơn');
    expect(text).not.toContain('làm tròn');
  });

  it('describes the trimmed mean and an empty chain', () => {
    const text = allText(ranking({ aggregation: 'trimmedMean', countSelfInCross: true, tieBreak: [] }));
    expect(text).toContain('trung bình cắt (bỏ một điểm cao nhất và một điểm thấp nhất khi có từ 4 điểm trở lên), có tính điểm đơn vị tự chấm cho mình');
    expect(text).toContain('Các đơn vị bằng tổng điểm thì đồng hạng.');
  });

  it('lists the bands with their lower limits', () => {
    expect(allText(ranking())).toContain('Xếp loại: Xuất sắc từ 90,00 điểm; Tốt từ 80,00 điểm; Khá từ 70,00 điểm; Trung bình từ 0,00 điểm.');
  });
});

describe('no Hạng cell is text and no score cell is a number', () => {
  it('ranks are numbers (no decimal separator to worry about), scores are text with a comma', () => {
    const s = ranking();
    const h = rowOf(s, 'Hạng');
    for (let r = h + 1; r <= h + 6; r++) {
      expect(typeof printedRow(s, r)[0]).toBe('number');
      expect(printedRow(s, r)[6]).toMatch(/^\d+,\d\d$/);
    }
    expect(printedRow(s, h + 1)[0]).toBe(1);
  });
});
