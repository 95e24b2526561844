/**
 * `Phiếu bầu (mẫu)` and `Biên bản kiểm phiếu` (src/core/documents/ballotForms.ts,
 * countingMinutes.ts; docs/tai-lieu-in.md) on the conference cases (test/conference/cases.ts),
 * through rankWorkbook as a shell calls it. Every figure below is counted by hand from the
 * papers each case lists (cases.ts), not read from a run: six members, six present, base 6.
 */
import { rankWorkbook, type SheetDescription } from '../../../src/core/index';
import { baseBook } from '../../corpus/base';
import type { CorpusBook } from '../../corpus/book';
import { conferenceCase } from '../../conference/cases';
import { gridsOf } from '../fingerprint/goldenBooks';
import { allText, lines } from './sheetQueries';

const sheetsOf = (book: CorpusBook) => rankWorkbook(gridsOf(book), { computedAt: '10/01/2023 16:30' }).sheets;
const sheet = (book: CorpusBook, key: string): SheetDescription | undefined => sheetsOf(book).find((s) => s.key === key);
const forms = (name: string) => sheet(conferenceCase(name).book(), 'ballotForms')!;
const minutes = (name: string) => sheet(conferenceCase(name).book(), 'countingMinutes')!;

/** The forms of a sheet: each starts at a "PHIẾU BẦU" row; its subject, round, limit and the members listed. */
function formsIn(s: SheetDescription) {
  const text = lines(s);
  const starts = text.flatMap((l, i) => (l === 'PHIẾU BẦU' ? [i] : []));
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const body = text.slice(start, end);
    const listed = body.filter((l) => /^\d+ \| /.test(l)).map((l) => l.split(' | ')[1]);
    return { subject: body[1], round: body[2], limit: body[3], listed };
  });
}

/** The separate minutes of the sheet, each from its title to the signatures. */
function minutesIn(s: SheetDescription): string[] {
  const text = allText(s);
  return text.split('BIÊN BẢN KIỂM PHIẾU').slice(1);
}

describe('Phiếu bầu (mẫu)', () => {
  test('3–3 Flag: round 2 forms list only the two, one for each of the 6 present, 2 to a page', () => {
    const s = forms('3–3 Flag: round 2 between the two');
    const f = formsIn(s);
    expect(f).toHaveLength(6);
    for (const x of f) {
      expect(x.subject).toBe('Suy tôn Cờ thi đua của Chính phủ năm 2022');
      expect(x.round).toBe('Vòng 2');
      expect(x.limit).toContain('chọn không quá 01 đơn vị');
      expect(x.listed).toEqual(['Tỉnh Nghệ An', 'Tỉnh Thừa Thiên Huế']);
    }
    // The Certificate was settled in round 1: no forms for it. Pages 2 and 3 start at forms 3 and 5.
    const formRows = lines(s).flatMap((l, i) => (l === 'PHIẾU BẦU' ? [i] : []));
    expect(s.pageSetup!.rowBreaks).toHaveLength(2);
    expect(s.pageSetup!.rowBreaks[0]).toBeLessThan(formRows[2]);
    expect(s.pageSetup!.rowBreaks[0]).toBeGreaterThan(formRows[1]);
    expect(s.pageSetup!.rowBreaks[1]).toBeLessThan(formRows[4]);
    expect(s.pageSetup!.rowBreaks[1]).toBeGreaterThan(formRows[3]);
    expect(s.pageSetup!.paper).toBe('A4');
  });

  test('2–2–2 Flag: round 2 among the three, in ranking order', () => {
    const f = formsIn(forms('2–2–2 Flag: round 2 among the three'));
    expect(f.map((x) => x.listed)).toEqual(Array(6).fill(['Tỉnh Nghệ An', 'Tỉnh Thừa Thiên Huế', 'Tỉnh Thanh Hóa']));
  });

  test('a tie with a new round: Certificate round 2 among the three for the two places', () => {
    const f = formsIn(forms('a tie on votes for the last place, with a new round'));
    expect(f).toHaveLength(6);
    expect(f[0].subject).toBe('Bình xét Bằng khen của Thủ tướng Chính phủ năm 2022');
    expect(f[0].round).toBe('Vòng 2');
    expect(f[0].limit).toContain('chọn không quá 02 đơn vị');
    expect(f[0].listed).toEqual(['Tỉnh Thừa Thiên Huế', 'Tỉnh Thanh Hóa', 'Tỉnh Quảng Trị']);
  });

  test('no ballots yet: round 1 of both awards; the Flag lists the top band only, the Certificate everyone', () => {
    const s = sheet(baseBook(), 'ballotForms')!;
    const f = formsIn(s);
    expect(f).toHaveLength(12);
    expect(f.every((x) => x.round === 'Vòng 1')).toBe(true);
    // Ranking: NA, TTH, TH, QT in "Xuất sắc" (the Flag's band), HT and QB "Tốt".
    expect(f[0].listed).toEqual(['Tỉnh Nghệ An', 'Tỉnh Thừa Thiên Huế', 'Tỉnh Thanh Hóa', 'Tỉnh Quảng Trị']);
    expect(f[6].listed).toEqual(['Tỉnh Nghệ An', 'Tỉnh Thừa Thiên Huế', 'Tỉnh Thanh Hóa', 'Tỉnh Quảng Trị', 'Tỉnh Hà Tĩnh', 'Tỉnh Quảng Bình']);
    expect(allText(s)).toContain('Đơn vị được suy tôn Cờ thi đua không tính vào suất Bằng khen.');
    // Each award starts a page: 3 pages of Flag forms (4 names), 3 of Certificate forms (6 names and the note).
    expect(s.pageSetup!.rowBreaks).toHaveLength(5);
    // And no counting minutes before any ballot.
    expect(sheet(baseBook(), 'countingMinutes')).toBeUndefined();
  });

  test('the vote final after round 2 ran out: the forms of the last round held (Flag round 2, Certificate round 1)', () => {
    const f = formsIn(forms('round 2 exhausted: the Flag place stays empty'));
    expect(f.slice(0, 6).every((x) => x.round === 'Vòng 2' && x.listed.join() === 'Tỉnh Nghệ An,Tỉnh Thừa Thiên Huế')).toBe(true);
    expect(f.slice(6).every((x) => x.round === 'Vòng 1' && x.listed.length === 6)).toBe(true);
  });

  test('5 present (Hội nghị lists 5 delegates): 5 forms per award', () => {
    const f = formsIn(forms('members present as the base: 5 of 6 present, NA on 3 of 5'));
    expect(f).toHaveLength(10);
  });

  test('a stamp space on every form, and no program text', () => {
    const s = forms('3–3 Flag: round 2 between the two');
    expect(lines(s).filter((l) => l.includes('Dấu của Ban tổ chức'))).toHaveLength(6);
    expect(allText(s)).not.toMatch(/chương trình|không sửa trực tiếp/i);
  });
});

describe('Biên bản kiểm phiếu', () => {
  test('3–3, pending: two minutes of round 1 (Flag, Certificate), each a draft, each on its own page', () => {
    const s = minutes('3–3 Flag: round 2 between the two');
    const m = minutesIn(s);
    expect(m).toHaveLength(2);
    expect(lines(s).filter((l) => l === 'DỰ THẢO')).toHaveLength(2);
    expect(m[0]).toContain('Suy tôn Cờ thi đua của Chính phủ năm 2022 – vòng 1');
    expect(m[1]).toContain('Bình xét Bằng khen của Thủ tướng Chính phủ năm 2022 – vòng 1');
    // Round 1 by hand: 6 papers, NA 3, TTH 3 on the Flag; TH 4, QT 2 on the Certificate.
    expect(m[0]).toContain('Số phiếu phát ra: 06; số phiếu thu về: 06; số phiếu hợp lệ: 06 (trong đó phiếu trống: 00); số phiếu không hợp lệ: 00.');
    expect(m[0]).toContain('dự họp: 06/06 đơn vị thành viên');
    expect(m[0]).toContain('Tỷ lệ tính trên tổng số thành viên Cụm (06 đơn vị); mức đạt: trên 50% số phiếu.');
    expect(m[0]).toMatch(/\| Tỉnh Nghệ An \| 3 \| 50,00% \|/);
    expect(m[0]).toMatch(/\| Tỉnh Thừa Thiên Huế \| 3 \| 50,00% \|/);
    expect(m[1]).toMatch(/\| Tỉnh Thanh Hóa \| 4 \| 66,67% \| /);
    expect(m[1]).toMatch(/\| Tỉnh Quảng Trị \| 2 \| 33,33% \| /);
    // The Certificate's minutes start a page of their own (each fits on one page: no other break).
    expect(s.pageSetup!.rowBreaks).toEqual([lines(s).indexOf('CỤM THI ĐUA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1)]);
    expect(allText(s)).toContain('Số: ……');
  });

  test('round 2 decides: three minutes, none a draft; round 2 among the two, NA 4 of 6', () => {
    const s = minutes('3–3 Flag, round 2 decides: NA');
    const m = minutesIn(s);
    expect(m).toHaveLength(3);
    expect(allText(s)).not.toContain('DỰ THẢO');
    expect(m[2]).toContain('– vòng 2');
    expect(m[2]).toContain('vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế');
    expect(m[2]).toMatch(/1 \| Tỉnh Nghệ An \| 4 \| 66,67% \| Được suy tôn/);
    expect(m[2]).toMatch(/2 \| Tỉnh Thừa Thiên Huế \| 2 \| 33,33% \|/);
    expect(m[2]).not.toContain('Tỉnh Thanh Hóa |');
  });

  test('an invalid round-2 paper: returned 6, valid 5, invalid 1 (the paper naming TH)', () => {
    const m = minutesIn(minutes('an invalid round-2 paper (names a member outside the run-off)'));
    expect(m[2]).toContain('số phiếu thu về: 06; số phiếu hợp lệ: 05 (trong đó phiếu trống: 00); số phiếu không hợp lệ: 01.');
  });

  test('the present base: named with its number, NA 3 of 5 = 60%', () => {
    const m = minutesIn(minutes('members present as the base: 5 of 6 present, NA on 3 of 5'));
    expect(m[0]).toContain('Tỷ lệ tính trên số thành viên dự họp (05 đơn vị)');
    expect(m[0]).toContain('Số phiếu phát ra: 05;');
    expect(m[0]).toContain('dự họp: 05/06 đơn vị thành viên');
    expect(m[0]).toMatch(/\| Tỉnh Nghệ An \| 3 \| 60,00% \| Được suy tôn/);
  });

  test('a tie settled by rank is written in the minutes of its round', () => {
    const m = minutesIn(minutes('a tie on votes for the last place, settled by rank and recorded'));
    expect(m[1]).toContain('lấy đơn vị xếp hạng cao hơn');
  });

  test('the panel from Hội nghị: head and members by name, TRƯỞNG BAN signs on the right', () => {
    const book = conferenceCase('3–3 Flag, round 2 decides: NA').book();
    book.sheets.push({ name: 'Hội nghị', rows: [['Mục', 'Nội dung'], ['Ban kiểm phiếu', 'Hồ Thị G; Nguyễn Văn E (Trưởng ban); Đặng Văn H'], ['Địa điểm', 'Hội trường UBND tỉnh Nghệ An']] });
    // Without delegates listed, the Hội nghị sheet leaves the members present to Cấu hình (6).
    const s = sheet(book, 'countingMinutes')!;
    const text = lines(s);
    expect(text).toContain('Ban kiểm phiếu gồm: Nguyễn Văn E (Trưởng ban), Hồ Thị G, Đặng Văn H.');
    expect(text.filter((l) => l === 'THÀNH VIÊN | THÀNH VIÊN | TRƯỞNG BAN')).toHaveLength(3);
    expect(text.filter((l) => l === 'Hồ Thị G | Đặng Văn H | Nguyễn Văn E')).toHaveLength(3);
    expect(allText(s)).toContain('tại Hội trường UBND tỉnh Nghệ An');
  });

  test('without a panel: dotted lines for the head and two members', () => {
    const text = lines(minutes('3–3 Flag, round 2 decides: NA'));
    expect(text).toContain('Ban kiểm phiếu gồm: ……………………………… (Trưởng ban), ………………………………, ……………………………….');
    expect(text.filter((l) => l === '……………………………… | ……………………………… | ………………………………')).toHaveLength(3);
  });
});
