/**
 * Problem messages (architecture.md: "Messages shown to users are in one place per language,
 * keyed by the stable problem codes"): every code has a Vietnamese and an English text, each
 * says what is wrong and what to do, and no text shows a hole where a parameter should be.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { problemMessage, SEVERITY_LABEL } from '../../../src/core/messages';
import { VI } from '../../../src/core/messages/vi';
import { EN } from '../../../src/core/messages/en';
import { problem, type Problem, type ProblemCode } from '../../../src/core/problems';
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import type { CellValue, WorkbookInput } from '../../../src/core/grid';
import { crossInput } from '../read/fixture';

// The codes as problems.ts declares them, read from the source: an independent list.
const declared = [...fs.readFileSync(path.join(__dirname, '../../../src/core/problems.ts'), 'utf8').matchAll(/\|\s*'([A-Z_]+)'/g)].map((m) => m[1]);

describe('message tables', () => {
  it('cover exactly the declared codes, in both languages', () => {
    expect(declared.length).toBeGreaterThan(60);
    expect(Object.keys(VI).sort()).toEqual([...declared].sort());
    expect(Object.keys(EN).sort()).toEqual([...declared].sort());
  });

  it('never throw and never show "undefined", even without parameters', () => {
    for (const code of declared as ProblemCode[]) {
      for (const lang of ['vi', 'en'] as const) {
        const text = problemMessage(problem('error', code, 'Tự chấm', 'D2'), lang);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|null|\[object|NaN/);
      }
    }
  });

  it('are in composed Unicode (NFC), as Excel and fonts expect', () => {
    const params = { value: '12,00', max: '10,00', criterion: 'I.1', member: 'Tỉnh Nghệ An', key: 'Nguồn điểm' };
    for (const code of declared as ProblemCode[]) {
      const text = problemMessage(problem('error', code, '', '', params), 'vi');
      expect(text).toBe(text.normalize('NFC'));
    }
  });
});

describe('Vietnamese messages say what is wrong and what to do', () => {
  it('a score above the maximum', () => {
    const p = problem('error', 'SCORE_ABOVE_MAX', 'Tự chấm', 'D2', { value: '12,00', max: '10,00', criterion: 'I.1', member: 'Tỉnh Nghệ An' });
    expect(problemMessage(p, 'vi')).toBe('Điểm 12,00 của Tỉnh Nghệ An vượt điểm tối đa 10,00 của tiêu chí I.1 — hãy sửa lại ô này.');
  });

  it('a blank column counted once', () => {
    const p = problem('error', 'SCORE_MISSING', 'Tự chấm', 'D2', { member: 'Tỉnh Hà Tĩnh', criterion: 'I.1', count: 12 });
    expect(problemMessage(p, 'vi')).toBe('Cột của Tỉnh Hà Tĩnh còn 12 ô điểm trống, ô đầu tiên ở tiêu chí I.1. Hãy nhập đủ điểm cho mọi tiêu chí.');
  });

  it('names the awards in full, whichever form the parameter takes', () => {
    const flag = problem('warning', 'RUNOFF_NEEDED', '', '', { award: 'flag', members: 'Tỉnh Nghệ An, Tỉnh Hà Tĩnh' });
    expect(problemMessage(flag, 'vi')).toContain('Cờ thi đua của Chính phủ');
    const cert = problem('info', 'NOMINEES_FEWER_THAN_QUOTA', '', '', { award: 'certificate', quota: 2, count: 1 });
    expect(problemMessage(cert, 'vi')).toBe('Chỉ có 1 đơn vị được đề nghị Bằng khen của Thủ tướng Chính phủ, ít hơn số lượng cho phép (2).');
    expect(problemMessage(cert, 'en')).toBe("Only 1 member(s) are nominated for the Prime Minister's Certificate of Merit, fewer than the quota (2).");
  });

  it('explains each reason a setting is invalid', () => {
    const p = problem('error', 'SETTING_INVALID', 'Cấu hình', 'B6', { key: 'Nguồn điểm', value: 'Hội đồng', reason: 'choice', options: 'Tự chấm / Thẩm định / Chấm chéo' });
    expect(problemMessage(p, 'vi')).toBe(
      'Giá trị “Hội đồng” của “Nguồn điểm” không hợp lệ: chỉ nhận một trong các giá trị: Tự chấm / Thẩm định / Chấm chéo. Hãy sửa lại.',
    );
  });

  it('reads a biased scorer\'s sign', () => {
    const harsh = problem('warning', 'SCORER_BIASED', '', '', { scorer: 'Tỉnh Quảng Bình', meanSigned: '-1,25', limit: '0,80' });
    expect(problemMessage(harsh, 'vi')).toContain('chấm trung bình thấp hơn các thành viên khác 1,25 điểm mỗi ô');
    const lenient = problem('warning', 'SCORER_BIASED', '', '', { scorer: 'Tỉnh Quảng Bình', meanSigned: '1,25', limit: '0,80' });
    expect(problemMessage(lenient, 'en')).toContain('1.25 points per cell higher');
  });
});

describe('English messages', () => {
  it('write points with a decimal point', () => {
    const p = problem('error', 'CRITERION_GROUP_SUM', 'Tiêu chí', 'C2', { code: 'I', max: '25,00', sum: '20,00' });
    expect(problemMessage(p, 'en')).toBe("The maximum of group “I” is 25.00, but its sub-criteria's maxima add up to 20.00. They must be equal — correct it.");
  });
});

describe('problemMessage', () => {
  it('falls back to the code and parameters for a code it does not know', () => {
    const p = { severity: 'error', code: 'SOMETHING_NEW', sheet: '', cell: '', params: { a: 1 } } as unknown as Problem;
    expect(problemMessage(p, 'vi')).toBe('SOMETHING_NEW (a=1)');
  });

  it('has severity labels in both languages', () => {
    expect(SEVERITY_LABEL.vi).toEqual({ error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' });
    expect(SEVERITY_LABEL.en.error).toBe('Error');
  });
});

describe('the reader gives every parameter its messages need', () => {
  it('on a damaged workbook, no message shows a placeholder', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 40 }),
      fc.double({ min: -5, max: 40, noNaN: true }),
      fc.boolean(),
      fc.constantFrom('#REF!', '9,5', 'Mã', 'NA', 'Tỉnh Quảng Nam', 'I.9', 'x', 'Có', 'NA; NA', 'HT, QB', 'Nhóm IX', '-2'),
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
