/**
 * Problem messages (the vocabulary, src/core/words): every code has a Vietnamese and an English
 * text made from its typed facts; each says what is wrong and what to do; no text shows a hole
 * where a fact should be; the English texts carry no Vietnamese but the workbook's own words; and
 * text from the workbook is never echoed unbounded or invisible.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { asPercent } from '../../../src/core/hundredths';
import { problem, type Problem, type ProblemCode, type ProblemParamsByCode } from '../../../src/core/problems';
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import type { CellValue, WorkbookInput } from '../../../src/core/grid';
import { EN, problemMessage, VI } from '../../../src/core/words';
import * as FORMAT from '../../../src/core/words/format';
import { crossInput } from '../read/fixture';

// The codes as problems.ts declares them, read from the source: an independent list.
const source = fs.readFileSync(path.join(__dirname, '../../../src/core/problems.ts'), 'utf8');
const block = source.slice(source.indexOf('export interface ProblemParamsByCode'), source.indexOf('export type ProblemCode'));
const declared = [...block.matchAll(/^\s+([A-Z][A-Z_]+):/gm)].map((m) => m[1]);

/** Member, band and sheet names — the workbook's own data — as the sample facts below use them. */
const DATA = ['Xếp hạng', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Quảng Bình', 'Hoàn thành tốt', 'Xuất sắc', 'Khá', 'Trang riêng của Sở', 'Ghi chú của Sở', 'Đà Nẵng', 'Đang thanh tra'];

/** Sample facts for every code: the compiler refuses a code without them. */
const SAMPLE: { [C in ProblemCode]: ProblemParamsByCode[C] } = {
  NOT_A_SCORING_WORKBOOK: { sheets: ['Cấu hình', 'Thành viên', 'Tiêu chí'] },
  SHEET_MISSING: { sheet: 'Tiêu chí' },
  SHEET_DUPLICATE: { sheet: 'Trang riêng của Sở', first: 'Tự chấm', role: 'Tự chấm' },
  HEADER_NOT_FOUND: { headers: ['Mã', 'Tên đơn vị'] },
  COLUMN_DUPLICATE: { header: 'NA', member: 'Tỉnh Nghệ An' },
  COLUMN_UNKNOWN: { header: 'Ghi chú của Sở', kind: 'member' },
  OUTPUT_SHEET_NOT_OURS: { sheet: 'Xếp hạng' },
  SHEET_TOO_LARGE: { rows: 1_048_576, cols: 4, cells: 4_194_304, limit: 2_000_000 },
  WORKBOOK_TOO_LARGE: { cells: 2_400_000, limit: 2_000_000, sheet: 'Trang riêng của Sở', sheetCells: 900_000 },
  VALUE_ERROR: { value: '#REF!' },
  NUMBER_AS_TEXT: { value: '9,5', number: 950, count: 7, member: 'Tỉnh Nghệ An' },
  NUMBER_INVALID: { value: 'Ghi chú của Sở' },
  ROW_WITHOUT_CODE: { column: 'Mã', kind: 'criteria' },
  SETTING_UNKNOWN: { key: 'Ghi chú của Sở' },
  SETTING_DUPLICATE: { setting: 'year' },
  SETTING_REQUIRED: { setting: 'clusterName' },
  SETTING_INVALID: { setting: 'scoreSource', value: 'Ghi chú của Sở', reason: { kind: 'choice' } },
  SETTING_MEMBER_UNKNOWN: { setting: 'head', value: 'Đà Nẵng' },
  SETTING_DEFAULT_USED: { setting: 'scoreSource', value: 'cross' },
  BAND_NAME_DUPLICATE: { band: 'Khá' },
  BAND_NOT_DECREASING: { band: 'Khá', from: 9000, previous: 'Xuất sắc', previousFrom: 9000 },
  BAND_LOWEST_ABOVE_ZERO: { band: 'Khá', from: 1000 },
  BAND_EMPTY: {},
  BAND_UNKNOWN: { setting: 'flagMinBand', value: 'Hoàn thành tốt', bands: ['Xuất sắc', 'Khá'] },
  MEMBER_CODE_INVALID: { code: 'N A' },
  MEMBER_CODE_DUPLICATE: { code: 'NA' },
  MEMBER_NAME_MISSING: { code: 'NA' },
  MEMBER_NAME_DUPLICATE: { name: 'Tỉnh Nghệ An' },
  MEMBER_ALIAS_COLLISION: { text: 'Tỉnh Hà Tĩnh', other: 'Tỉnh Nghệ An' },
  MEMBER_COUNT: { count: 1, min: 2, max: 100 },
  YES_NO_INVALID: { value: 'Ghi chú của Sở', column: 'Ký giao ước' },
  CRITERIA_EMPTY: {},
  CRITERION_CODE_INVALID: { code: 'I .1' },
  CRITERION_CODE_DUPLICATE: { code: 'I.1' },
  CRITERION_PARENT_MISSING: { code: 'V.1', parent: 'V' },
  CRITERION_TEXT_MISSING: { code: 'I.1' },
  CRITERION_MAX_INVALID: { code: 'I.1', value: 'Ghi chú của Sở' },
  CRITERION_TYPE_INVALID: { code: 'I.1', value: 'Ghi chú của Sở' },
  CRITERION_TYPE_MISMATCH: { code: 'III.1', type: 'score', parent: 'III', parentType: 'bonus' },
  CRITERION_GROUP_SUM: { code: 'I', max: 2500, sum: 2000 },
  SCORE_SHEET_MISSING: { sheet: 'Thẩm định', reason: 'source' },
  SCORER_UNKNOWN: { scorer: 'Đà Nẵng', sheet: 'Chấm chéo - Đà Nẵng' },
  SCORER_DUPLICATE: { scorer: 'Tỉnh Nghệ An', first: 'Chấm chéo - NA' },
  MEMBER_COLUMN_MISSING: { member: 'Tỉnh Nghệ An', code: 'NA' },
  SCORE_ROW_UNKNOWN: { criterion: 'IX.9' },
  SCORE_ROW_DUPLICATE: { criterion: 'I.1' },
  SCORE_ROW_MISSING: { criterion: 'I.1' },
  SCORE_MAX_MISMATCH: { criterion: 'I.1', value: '15,00', max: 1000 },
  SCORE_ABOVE_MAX: { value: '12,00', max: 1000, criterion: 'I.1', member: 'Tỉnh Nghệ An' },
  SCORE_NEGATIVE: { value: '-1,00', criterion: 'I.1', member: 'Tỉnh Nghệ An' },
  DEDUCTION_NEGATIVE: { value: '-2,00', used: 200, criterion: 'IV.1', member: 'Tỉnh Nghệ An' },
  SCORE_TOO_PRECISE: { value: '9,333' },
  SCORE_MISSING: { member: 'Tỉnh Hà Tĩnh', criterion: 'I.1', count: 12 },
  CROSS_SCORE_MISSING: { member: 'Tỉnh Hà Tĩnh', scorer: 'Tỉnh Nghệ An', criterion: 'I.1' },
  CROSS_SCORE_NONE: { member: 'Tỉnh Hà Tĩnh', criterion: 'I.1' },
  CROSS_SHEET_ABSENT: { member: 'Tỉnh Hà Tĩnh', sheet: 'Chấm chéo - HT' },
  SCORE_STEP: { value: '8,30', step: 25, criterion: 'I.1', member: 'Tỉnh Nghệ An' },
  GROUP_ROW_MISMATCH: { criterion: 'I', member: 'Tỉnh Nghệ An', value: '18,00', computed: 1900 },
  SCORE_DEVIATION: { member: 'Tỉnh Nghệ An', criterion: 'I.1', final: 600, self: 1000, percent: asPercent(4000), threshold: asPercent(2000) },
  SCORER_BIASED: { scorer: 'Tỉnh Quảng Bình', meanSigned: -125, limit: 80 },
  TOTAL_WITHOUT_BAND: { member: 'Tỉnh Nghệ An', total: 4550 },
  BALLOT_OVER_QUOTA: { number: '4', award: 'flag', count: 2, quota: 1 },
  BALLOT_DUPLICATE_NAME: { number: '2', award: 'certificate', name: 'Tỉnh Hà Tĩnh' },
  BALLOT_UNKNOWN_NAME: { number: '3', award: 'flag', names: ['Đà Nẵng'] },
  BALLOT_NUMBER_DUPLICATE: { number: '3' },
  BALLOTS_EXCEED_PRESENT: { ballots: 6, present: 5, round: 2 },
  BALLOT_ROUND_INVALID: { value: 'Ghi chú của Sở' },
  BALLOT_OVER_PLACES: { number: '4', award: 'certificate', round: 2, count: 2, places: 1 },
  BALLOT_NOT_CANDIDATE: { number: '5', award: 'flag', round: 2, names: ['Tỉnh Quảng Bình'], among: ['Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh'] },
  BALLOT_NO_SUCH_ROUND: { number: '6', award: 'flag', round: 3 },
  QUORUM_NOT_MET: { present: 3, members: 6, required: 4 },
  PRESENT_EXCEEDS_MEMBERS: { present: 7, members: 6 },
  MEETING_ITEM_UNKNOWN: { item: 'Ghi chú của Sở' },
  MEETING_ITEM_DUPLICATE: { item: 'Địa điểm' },
  MEETING_DELEGATE_UNKNOWN: { value: 'Đà Nẵng' },
  PRESENT_CONFLICT: { present: 6, delegates: 5, other: 'Hội nghị!A9' },
  SHARED_RANK_AT_CUTOFF: { award: 'certificate', rank: 2, members: ['Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh'] },
  FLAG_NOMINEE_NOT_FIRST: { member: 'Tỉnh Hà Tĩnh', rank: 2, vote: true },
  RUNOFF_NEEDED: { award: 'flag', members: ['Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh'], round: 2, reason: 'threshold' },
  ROUNDS_EXHAUSTED: { award: 'flag', open: 1, rounds: 2 },
  TIE_DECIDED_BY_RANK: { award: 'certificate', members: ['Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh'], votes: 4, base: 6, taken: [{ member: 'Tỉnh Nghệ An', rank: 3 }] },
  VOTES_FOR_INELIGIBLE: {
    member: 'Tỉnh Quảng Bình',
    votes: 4,
    award: 'flag',
    reasons: [{ kind: 'notSigned' }, { kind: 'bandBelow', band: 'Khá', minBand: 'Xuất sắc' }, { kind: 'declared', text: 'Đang thanh tra' }],
  },
  NOMINEES_FEWER_THAN_QUOTA: { award: 'certificate', quota: 2, count: 1, vote: true },
  NEXT_LEADERS_SUGGESTED: { head: 'Tỉnh Hà Tĩnh', deputies: ['Tỉnh Quảng Bình'] },
};

const sample = (code: ProblemCode, sheet = 'Tự chấm', cell = 'D2'): Problem => problem('error', code, sheet, cell, SAMPLE[code] as never);

/** The workbook's own words (src/core/words/format.ts): sheet names, headers, labels, cell values. */
function formatWords(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const v of Object.values(FORMAT)) if (typeof v !== 'function') walk(v);
  return out;
}

/** Letters only Vietnamese uses (with its diacritics), upper and lower case. */
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('message tables', () => {
  it('cover exactly the declared codes, in both languages', () => {
    expect(declared.length).toBeGreaterThan(60);
    expect(Object.keys(VI.problems).sort()).toEqual([...declared].sort());
    expect(Object.keys(EN.problems).sort()).toEqual([...declared].sort());
    expect(Object.keys(SAMPLE).sort()).toEqual([...declared].sort());
  });

  it('never throw and never show "undefined", even without facts', () => {
    for (const code of declared as ProblemCode[]) {
      for (const lang of ['vi', 'en'] as const) {
        const text = problemMessage(problem('error', code, 'Tự chấm', 'D2', {} as never), lang);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|null|\[object|NaN/);
      }
    }
  });

  it('are in composed Unicode (NFC), as Excel and fonts expect', () => {
    for (const code of declared as ProblemCode[]) {
      const text = problemMessage(sample(code), 'vi');
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('show every fact they are given (no "…" placeholder)', () => {
    for (const code of declared as ProblemCode[])
      for (const lang of ['vi', 'en'] as const) expect([code, problemMessage(sample(code), lang)]).not.toEqual([code, expect.stringContaining('…')]);
  });
});

describe('English messages contain no Vietnamese but the workbook\'s own words', () => {
  // The workbook's own words are its data (member, band and sheet names) and its format (sheet
  // names, headers, setting labels and the values a cell takes, which the officer must find or
  // type, src/core/words/format.ts). Everything else must be English.
  const allowed = [...DATA, ...formatWords()].sort((a, b) => b.length - a.length);
  it.each(declared.map((c) => [c]))('%s', (code) => {
    let text = problemMessage(sample(code as ProblemCode), 'en');
    for (const word of allowed) text = text.split(word).join('');
    expect(text.match(new RegExp(VIETNAMESE_LETTER.source, 'gi'))).toBeNull();
  });

  it('give the reasons a member cannot be nominated in English (VOTES_FOR_INELIGIBLE)', () => {
    const text = problemMessage(sample('VOTES_FOR_INELIGIBLE', 'Phiếu bầu', 'A1'), 'en');
    expect(text).toContain('did not sign the emulation covenant');
    expect(text).toContain('classified “Khá”, below the required “Xuất sắc”');
    expect(text).not.toContain('không ký giao ước');
  });
});

describe('Vietnamese messages say what is wrong and what to do', () => {
  it('a score above the maximum', () => {
    expect(problemMessage(sample('SCORE_ABOVE_MAX'), 'vi')).toBe('Điểm 12,00 của Tỉnh Nghệ An vượt điểm tối đa 10,00 của tiêu chí I.1 — hãy sửa lại ô này.');
  });

  it('a blank column counted once', () => {
    expect(problemMessage(sample('SCORE_MISSING'), 'vi')).toBe('Cột của Tỉnh Hà Tĩnh còn 12 ô điểm trống, ô đầu tiên ở tiêu chí I.1. Hãy nhập đủ điểm cho mọi tiêu chí.');
  });

  it('names the awards in full', () => {
    expect(problemMessage(problem('warning', 'RUNOFF_NEEDED', 'Phiếu bầu', 'A1', { award: 'flag', members: ['Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh'], round: 2, reason: 'tie' }), 'vi')).toBe(
      'Tỉnh Nghệ An và tỉnh Hà Tĩnh bằng số phiếu ở suất cuối của Cờ thi đua của Chính phủ: cần bỏ phiếu vòng 2 giữa các đơn vị này.',
    );
    const cert = problemMessage(sample('NOMINEES_FEWER_THAN_QUOTA'), 'vi');
    expect(cert).toBe('Số đơn vị được suy tôn Bằng khen của Thủ tướng Chính phủ (1) ít hơn chỉ tiêu (2).');
    expect(problemMessage(sample('NOMINEES_FEWER_THAN_QUOTA'), 'en')).toBe(
      "The number of members nominated for the Prime Minister's Certificate of Merit (1) is below the quota (2).",
    );
  });

  it('explains each reason a setting is invalid, listing the words it takes', () => {
    expect(problemMessage(sample('SETTING_INVALID', 'Cấu hình', 'B6'), 'vi')).toBe(
      'Giá trị “Ghi chú của Sở” của “Nguồn điểm” không hợp lệ: chỉ nhận một trong các giá trị: Tự chấm / Thẩm định / Chấm chéo. Hãy sửa lại.',
    );
  });

  it('reads a biased scorer\'s sign', () => {
    expect(problemMessage(sample('SCORER_BIASED'), 'vi')).toContain('chấm trung bình thấp hơn các thành viên khác 1,25 điểm mỗi ô');
    const lenient = problem('warning', 'SCORER_BIASED', '', '', { scorer: 'Tỉnh Quảng Bình', meanSigned: 125, limit: 80 });
    expect(problemMessage(lenient, 'en')).toContain('1.25 points per cell higher');
  });
});

describe('numbers in messages', () => {
  it('write points with the language\'s decimal sign', () => {
    expect(problemMessage(sample('CRITERION_GROUP_SUM'), 'en')).toBe(
      "The maximum of group “I” is 25.00, but its sub-criteria's maxima add up to 20.00. They must be equal — correct it.",
    );
    expect(problemMessage(sample('CRITERION_GROUP_SUM'), 'vi')).toContain('là 25,00, nhưng tổng điểm tối đa của các tiêu chí con là 20,00');
  });

  it('write shares with the percent formatter, not the points one', () => {
    expect(problemMessage(sample('SCORE_DEVIATION'), 'vi')).toContain('tới 40% điểm tối đa (ngưỡng 20%)');
    expect(problemMessage(sample('SCORE_DEVIATION'), 'en')).toContain('40% of the maximum away from the self-score 10.00 (threshold 20%)');
  });
});

describe('text from the workbook in messages (issue 11, item 5)', () => {
  it('is cut to 80 characters with an ellipsis', () => {
    const long = 'Nghệ An '.repeat(20_000);
    for (const lang of ['vi', 'en'] as const) {
      const text = problemMessage(problem('warning', 'SETTING_UNKNOWN', 'Cấu hình', 'A7', { key: long }), lang);
      expect(text.length).toBeLessThan(300);
      expect(text).toContain('“' + long.slice(0, 79) + '…”');
    }
  });

  it('shows zero-width and no-break spaces and control characters', () => {
    const p = problem('error', 'SETTING_MEMBER_UNKNOWN', 'Cấu hình', 'B4', { setting: 'head', value: 'N\u200bA' });
    expect(problemMessage(p, 'vi')).toContain('“N⟨U+200B⟩A”');
    const q = problem('warning', 'COLUMN_UNKNOWN', 'Tự chấm', 'J1', { header: 'Nghệ\u00a0An\u0007' });
    expect(problemMessage(q, 'en')).toContain('“Nghệ⟨U+00A0⟩An⟨U+0007⟩”');
  });
});

describe('problemMessage', () => {
  it('falls back to the code and facts for a code it does not know', () => {
    const p = { severity: 'error', code: 'SOMETHING_NEW', sheet: '', cell: '', params: { a: 1 } } as unknown as Problem;
    expect(problemMessage(p, 'vi')).toBe('SOMETHING_NEW (a=1)');
  });

  it('has severity words in both languages', () => {
    expect(VI.severity).toEqual({ error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' });
    expect(EN.severity.error).toBe('Error');
  });
});

describe('the reader gives every fact its messages need', () => {
  it('on a damaged workbook, no message shows a placeholder', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 40 }),
      fc.double({ min: -5, max: 40, noNaN: true }),
      fc.boolean(),
      fc.constantFrom('#REF!', '9,5', 'Mã', 'NA', 'Tỉnh Quảng Nam', 'I.9', 'x', 'Có', 'NA; NA', 'HT, QB', 'Nhóm IX', '-2', 1e308, Infinity),
    );
    const damage = fc.array(fc.record({ sheet: fc.nat(), r: fc.nat(9), c: fc.nat(6), v: cell }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(damage, (edits) => {
        const input: WorkbookInput = crossInput();
        input.sheets.push({ name: 'Phiếu bầu', values: [['Phiếu số', 'Cờ thi đua', 'Bằng khen'], [1, 'NA', 'HT; QB'], [2, 'HT', 'NA']] });
        input.sheets.push({ name: 'Xếp loại', values: [['Xếp loại', 'Điểm từ'], ['Xuất sắc', 27], ['Khá', 20], ['Đạt', 0]] });
        for (const e of edits) {
          const values = input.sheets[e.sheet % input.sheets.length].values;
          while (values.length <= e.r) values.push([]);
          values[e.r][e.c] = e.v;
        }
        for (const p of readWorkbook(input).problems)
          for (const lang of ['vi', 'en'] as const) {
            const text = problemMessage(p, lang);
            if (text.includes('…')) throw new Error(`${p.code} ${JSON.stringify(p.params)}: ${text}`);
          }
      }),
      { numRuns: 200 },
    );
  });
});
