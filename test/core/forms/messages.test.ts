/**
 * The gathering's messages (src/core/words/vi/forms.ts, en/forms.ts): one per code in both
 * languages, every fact shown, no placeholder, English free of Vietnamese except the workbook's
 * own words, and never a throw on missing facts.
 */
import { FORM_WORDS as WORDS, gatherMessage, type GatherCode, type GatherParamsByCode, type GatherProblem } from '../../../src/core/forms/index';

/** Facts for every code, ASCII where they are workbook data, so that any Vietnamese left in English is the program's. */
const SAMPLE: { [C in GatherCode]: GatherParamsByCode[C] } = {
  FORM_NOT_A_FORM: { book: true },
  FORM_DAMAGED: {},
  FORM_NEWER: { version: 2 },
  FORM_CLUSTER: { form: 'Cluster A', book: 'Cluster B' },
  FORM_YEAR: { form: '2021', book: '2022' },
  FORM_MEMBER_UNKNOWN: { member: 'QNg', name: 'Quang Ngai' },
  FORM_DUPLICATE: { member: 'Nghe An', first: 'NA.xlsx' },
  FORM_CRITERIA: { form: 'AAAA-BBBB-CCCC-DDDD', book: '1111-2222-3333-4444' },
  FORM_SHEET_MISSING: { sheet: 'Self' },
  FORM_LOCKED_CHANGED: { expected: '10,00', found: '12,00', count: 7 },
  FORM_TARGET_UNKNOWN: { member: 'QNg' },
  FORM_VALUE_INVALID: { value: 'good', criterion: 'I.1', member: 'Nghe An' },
  FORM_VALUE_NEGATIVE: { value: '-1,00', criterion: 'I.1', member: 'Nghe An' },
  FORM_VALUE_ABOVE_MAX: { value: '12,00', max: 1000, criterion: 'I.1', member: 'Nghe An' },
  FORM_VALUE_TOO_PRECISE: { value: '5,125', criterion: 'I.1', member: 'Nghe An' },
  FORM_VALUE_AS_TEXT: { value: '9,5', number: 950 },
  FORM_VALUE_STEP: { value: '9,10', step: 25, criterion: 'I.1', member: 'Nghe An' },
  BOOK_SHEET_MISSING: { sheet: 'Cross - NA' },
  BOOK_ROW_MISSING: { criterion: 'I.1' },
  BOOK_COLUMN_MISSING: { member: 'Nghe An' },
};

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const codes = Object.keys(SAMPLE) as GatherCode[];
const problem = (code: GatherCode, params: unknown): GatherProblem => ({ severity: 'error', code, file: 'NA.xlsx', place: 'form', sheet: 'Self', cell: 'E6', params }) as GatherProblem;

test('every code has a message in both languages', () => {
  expect(Object.keys(WORDS.vi.problems).sort()).toEqual([...codes].sort());
  expect(Object.keys(WORDS.en.problems).sort()).toEqual([...codes].sort());
});

test.each(codes)('%s: every fact shown, no placeholder, English without Vietnamese but the workbook’s words', (code) => {
  for (const lang of ['vi', 'en'] as const) {
    const text = gatherMessage(problem(code, SAMPLE[code]), lang);
    expect(text).not.toMatch(/…|undefined|\[object/);
    for (const v of Object.values(SAMPLE[code])) if (typeof v === 'string' && v !== '') expect(text).toContain(v);
  }
  const en = gatherMessage(problem(code, SAMPLE[code]), 'en').replace(/“[^”]*”|"[^"]*"/g, '');
  expect(en).not.toMatch(VIETNAMESE_LETTER);
});

test('missing facts never throw', () => {
  for (const code of codes) for (const lang of ['vi', 'en'] as const) expect(() => gatherMessage(problem(code, {}), lang)).not.toThrow();
});

test('refusals and places in both languages', () => {
  for (const lang of ['vi', 'en'] as const) {
    const w = WORDS[lang];
    expect(Object.keys(w.gatherRefusal).sort()).toEqual(['formsRefused', 'locked', 'logNotOurs', 'noForms', 'notScoring', 'unreadable']);
    expect(w.place({ file: 'NA.xlsx', place: 'form', sheet: 'Tự chấm', cell: 'E6' })).toBe('NA.xlsx › Tự chấm!E6');
  }
  expect(WORDS.en.place({ file: 'NA.xlsx', place: 'book', sheet: 'Tự chấm', cell: 'E5' })).toBe('Scoring workbook › Tự chấm!E5');
  expect(WORDS.en.conflict({ sheet: 'Tự chấm', cell: 'E5', old: 9, value: 950 })).toBe('Tự chấm!E5: 9.00 → 9.50');
  expect(WORDS.vi.conflict({ sheet: 'Tự chấm', cell: 'E5', old: 'tốt', value: 950 })).toBe('Tự chấm!E5: “tốt” → 9,50');
});
