/**
 * The printed words and numbers: decimal comma (docs/tai-lieu-in.md), tie-break phrases,
 * ineligibility reasons, outcomes (the vocabulary, src/core/words, in Vietnamese), member names;
 * and the layout helpers whose arithmetic the sheets rely on (line estimate, column split).
 */
import { MemberNames, shortMemberName } from '../../../src/core/memberNames';
import { pointText, signedPointText } from '../../../src/core/documents/numberText';
import { asPercent, formatPercent } from '../../../src/core/hundredths';
import { numberLine, placeDateLine } from '../../../src/core/documents/headerBlock';
import { estimateRowHeight, textLines } from '../../../src/core/documents/rowHeight';
import { splitColumns } from '../../../src/core/documents/signatureBlock';
import { clusterFullName, clusterHeading } from '../../../src/core/documents/wording';
import type { Member } from '../../../src/core/model';
import type { IneligibleReason } from '../../../src/core/results';
import { VI } from '../../../src/core/words';
import { ineligibilityGroups, rankNoteTexts, reasonText } from '../../../src/core/words/resultTexts';
import { candidate } from './fixtures';

/** The printed notes of ineligibility for two awards (combined when the reasons are the same). */
const ineligibilityPhrases = (flag: IneligibleReason[], certificate: IneligibleReason[]): string[] =>
  ineligibilityGroups(flag, certificate, VI).map((g) => VI.note.ineligible(g.awards, g.reasons));

describe('numbers with 2 decimals and a decimal comma', () => {
  it('writes hundredths as points: 9550 → "95,50", 5 → "0,05", 10000 → "100,00"', () => {
    expect(pointText(9550)).toBe('95,50');
    expect(pointText(5)).toBe('0,05');
    expect(pointText(10000)).toBe('100,00');
    expect(pointText(0)).toBe('0,00');
    expect(pointText(null)).toBe('');
  });

  it('shows the sign of a deviation', () => {
    expect(signedPointText(125)).toBe('+1,25');
    expect(signedPointText(-310)).toBe('-3,10');
    expect(signedPointText(0)).toBe('0,00');
  });

  it('writes shares: 2 decimals in tables, trailing zeros dropped in sentences', () => {
    const pct = (h: number, style?: 'fixed' | 'short') => formatPercent(asPercent(h), 'vi', style);
    expect(pct(8333, 'fixed')).toBe('83,33%');
    expect(pct(5000, 'fixed')).toBe('50,00%');
    expect(pct(5000)).toBe('50%');
    expect(pct(6250)).toBe('62,5%');
    expect(pct(6667)).toBe('66,67%');
    expect(pct(1000)).toBe('10%');
  });
});

describe('cluster and member names', () => {
  it('writes the cluster in full and in capitals for the header block', () => {
    expect(clusterFullName('Cụm thi đua các tỉnh Bắc Trung Bộ')).toBe('Cụm thi đua các tỉnh Bắc Trung Bộ');
    expect(clusterFullName('  các tỉnh   Bắc Trung Bộ ')).toBe('Cụm thi đua các tỉnh Bắc Trung Bộ');
    expect(clusterHeading('Cụm thi đua các tỉnh Bắc Trung Bộ')).toBe('CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ');
    expect(clusterHeading('Cụm thi đua các tỉnh Tây Nguyên')).toBe('CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN');
  });

  it('drops "Tỉnh"/"Thành phố" for narrow headers only', () => {
    expect(shortMemberName('Tỉnh Thừa Thiên Huế')).toBe('Thừa Thiên Huế');
    expect(shortMemberName('Thành phố Huế')).toBe('Huế');
    expect(shortMemberName('Tỉnh')).toBe('Tỉnh');
  });

  it('looks members up by code and falls back to the code', () => {
    const m = (code: string, name: string, index: number): Member => ({ code, name, aliases: [], signedCovenant: true, ineligibleReason: null, index, cell: 'A2' });
    const names = new MemberNames([m('NA', 'Tỉnh Nghệ An', 0), m('HT', 'Tỉnh Hà Tĩnh', 1)]);
    expect(names.name('HT')).toBe('Tỉnh Hà Tĩnh');
    expect(names.name('XX')).toBe('XX');
    expect(names.list(['NA', 'HT'])).toBe('Tỉnh Nghệ An, Tỉnh Hà Tĩnh');
  });

  it('leaves day, month and year of the place line as dots', () => {
    expect(placeDateLine('Nghệ An')).toBe('Nghệ An, ngày …… tháng …… năm ……');
    expect(placeDateLine('')).toBe('……, ngày …… tháng …… năm ……');
  });
});

describe('tie-break phrases', () => {
  it('has one phrase per rule', () => {
    expect(VI.tieBreak({ kind: 'lessDeduction' })).toBe('ít điểm trừ hơn');
    expect(VI.tieBreak({ kind: 'moreBonus' })).toBe('nhiều điểm thưởng hơn');
    expect(VI.tieBreak({ kind: 'group', group: 'II' })).toBe('điểm nhóm II cao hơn');
    expect(VI.tieBreak({ kind: 'closerSelf' })).toBe('điểm tự chấm sát với điểm cuối cùng hơn');
  });

  it('writes the ranking notes with full member names', () => {
    const m = (code: string, name: string, index: number): Member => ({ code, name, aliases: [], signedCovenant: true, ineligibleReason: null, index, cell: 'A2' });
    const names = new MemberNames([m('HT', 'Tỉnh Hà Tĩnh', 0), m('QB', 'Tỉnh Quảng Bình', 1), m('QT', 'Tỉnh Quảng Trị', 2)]);
    expect(
      rankNoteTexts(
        [
          { kind: 'shared', with: ['QB', 'QT'] },
          { kind: 'tieBreak', below: 'HT', rule: { kind: 'group', group: 'II' } },
        ],
        names,
        VI,
      ),
    ).toEqual(['Đồng hạng với Tỉnh Quảng Bình, Tỉnh Quảng Trị', 'Xếp trên Tỉnh Hà Tĩnh do điểm nhóm II cao hơn']);
  });
});

describe('ineligibility', () => {
  const notSigned = 'không ký giao ước thi đua';

  it('uses the vocabulary\'s wording, and prints a declared reason as written', () => {
    expect(reasonText({ kind: 'notSigned' }, VI)).toBe(notSigned);
    expect(reasonText({ kind: 'bandBelow', band: 'Khá', minBand: 'Tốt' }, VI)).toBe('xếp loại “Khá”, thấp hơn mức tối thiểu “Tốt”');
    expect(reasonText({ kind: 'bandBelow', band: null, minBand: 'Tốt' }, VI)).toBe('không đạt xếp loại nào (tối thiểu phải đạt “Tốt”)');
    expect(reasonText({ kind: 'declared', text: '  Đang bị  điều tra ' }, VI)).toBe('Đang bị điều tra');
  });

  it('combines the two awards when the reasons are the same', () => {
    expect(ineligibilityPhrases([{ kind: 'notSigned' }], [{ kind: 'notSigned' }])).toEqual([`Không đủ điều kiện đề nghị Cờ thi đua và Bằng khen: ${notSigned}`]);
  });

  it('keeps them apart when they differ, and ignores "already the Flag nominee"', () => {
    expect(ineligibilityPhrases([{ kind: 'notSigned' }], [{ kind: 'flagNominee' }])).toEqual([`Không đủ điều kiện đề nghị Cờ thi đua: ${notSigned}`]);
    expect(ineligibilityPhrases([{ kind: 'notSigned' }], [{ kind: 'declared', text: 'Đang bị điều tra' }])).toEqual([
      `Không đủ điều kiện đề nghị Cờ thi đua: ${notSigned}`,
      'Không đủ điều kiện đề nghị Bằng khen: Đang bị điều tra',
    ]);
    expect(ineligibilityPhrases([], [{ kind: 'flagNominee' }])).toEqual([]);
  });
});

describe('candidate outcomes', () => {
  it('words every outcome in both modes', () => {
    const label = VI.outcome.label;
    expect(label(candidate('NA', 'nominated', 5, 6), 'vote')).toBe('Được suy tôn');
    expect(label(candidate('NA', 'nominated'), 'proposal')).toBe('Đề xuất');
    expect(label(candidate('QB', 'toBeVoted'), 'proposal')).toBe('Đề xuất, cần bỏ phiếu');
    expect(label(candidate('NA', 'runoff', 3, 6), 'vote')).toBe('Cần bỏ phiếu lại');
    expect(label(candidate('NA', 'belowThreshold', 3, 6), 'vote')).toBe('Không đạt tỷ lệ phiếu');
    expect(label(candidate('NA', 'outsideQuota', 4, 6), 'vote')).toBe('Ngoài chỉ tiêu');
    expect(label(candidate('NA', 'outsideQuota'), 'proposal')).toBe('Ngoài chỉ tiêu đề xuất');
    expect(label(candidate('QT', 'ineligible', 2, 6), 'vote')).toBe('Không đủ điều kiện');
    expect(label(candidate('HT', 'notProposed'), 'proposal')).toBe('');
  });
});

describe('line estimate for wrapped text', () => {
  it('needs one line for a short text and more for a long one', () => {
    expect(textLines('Tỉnh Nghệ An', 24, 12)).toBe(1);
    expect(estimateRowHeight('Tỉnh Nghệ An', 24, 12)).toBeNull();
    const long = 'Giảm tai nạn giao thông trên cả ba tiêu chí: số vụ, số người chết, số người bị thương';
    expect(textLines(long, 20, 12)).toBeGreaterThanOrEqual(4);
    expect(textLines(long, 80, 12)).toBeLessThanOrEqual(2);
  });

  it('counts explicit line breaks and grows with the font size', () => {
    expect(textLines('a\nb\nc', 30, 11)).toBe(3);
    const t = 'Hội nghị bình xét, suy tôn khen thưởng của Cụm thi đua các tỉnh Bắc Trung Bộ';
    expect(textLines(t, 30, 14)).toBeGreaterThanOrEqual(textLines(t, 30, 10));
  });

  it('does not under-estimate: 88 units hold at most 90 characters of 13 pt text per line', () => {
    // Portrait A4 between the margins is 16,5 cm; at 13 pt an average letter is about 0,21 cm
    // (Times New Roman), so a line holds about 80 characters. An estimate of more would cut text.
    const t = 'x'.repeat(90);
    expect(textLines(t, 88, 13)).toBeGreaterThanOrEqual(2);
  });
});

describe('the place and date line, the number line (Decree 30/2020 Appendix I)', () => {
  it('leaves day, month and year as dots without a date, and dots for an unknown place', () => {
    expect(placeDateLine('Nghệ An')).toBe('Nghệ An, ngày …… tháng …… năm ……');
    expect(placeDateLine('  ')).toBe('……, ngày …… tháng …… năm ……');
  });

  it('writes a day below 10 and the months 1 and 2 with a leading zero, the other months without', () => {
    expect(placeDateLine('Nghệ An', { day: 5, month: 1, year: 2023 })).toBe('Nghệ An, ngày 05 tháng 01 năm 2023');
    expect(placeDateLine('Nghệ An', { day: 10, month: 2, year: 2023 })).toBe('Nghệ An, ngày 10 tháng 02 năm 2023');
    expect(placeDateLine('Huế', { day: 28, month: 12, year: 2022 })).toBe('Huế, ngày 28 tháng 12 năm 2022');
    expect(placeDateLine('Huế', { day: 3, month: 3, year: 2023 })).toBe('Huế, ngày 03 tháng 3 năm 2023');
  });

  it('prints the number, or dots and the kind of document when it is not known yet', () => {
    expect(numberLine('05/BB-CTĐBTB')).toBe('Số: 05/BB-CTĐBTB');
    expect(numberLine(null, '/TTr-UBND')).toBe('Số: ……/TTr-UBND');
    expect(numberLine('  ')).toBe('Số: ……');
  });
});

describe('column splits for the signature blocks', () => {
  it('splits columns into contiguous, non-empty, balanced parts', () => {
    const widths = [24, 10, 7, 11, 9, 9, 18];
    const parts = splitColumns(widths, 3);
    expect(parts[0].c0).toBe(0);
    expect(parts[parts.length - 1].c1).toBe(6);
    for (let i = 1; i < parts.length; i++) expect(parts[i].c0).toBe(parts[i - 1].c1 + 1);
    for (const p of parts) expect(p.c1).toBeGreaterThanOrEqual(p.c0);
    const sizes = parts.map((p) => widths.slice(p.c0, p.c1 + 1).reduce((a, b) => a + b, 0));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(14);
  });

  it('never makes more parts than columns', () => {
    expect(splitColumns([10, 10], 3)).toEqual([
      { c0: 0, c1: 0 },
      { c0: 1, c1: 1 },
    ]);
  });
});
