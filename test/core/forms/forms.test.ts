/**
 * Issue 14 in the core: member forms described from the sample, read back from their grids, and
 * gathered into a copy whose member entries were erased. Expectations come from the sample's
 * source (samples/source/bac-trung-bo-2022.json), not from the program's own output.
 */
import { checkWorkbook, rankWorkbook, type WorkbookInput } from '../../../src/core/index';
import {
  applyWrites,
  criteriaFingerprint,
  gatherLine,
  gatherLogAppends,
  gatherLogRows,
  issueForms,
  planGather,
  readForm,
  type FormBook,
  type GatherPlan,
} from '../../../src/core/forms/index';
import { LOG_COLUMN_INDEX } from '../../../src/core/log/logColumns';
import { bookOf, cellOf, clone, erasedInput, formInput, sampleInput, setCell, source } from './fixture';

const OPTIONS = { deadline: '15/01/2023', issuedAt: '20/12/2022 09:00' };
const CODES = source.members.map((m) => m.code);
const leaves = source.criteria.filter((c) => String(c[0]).includes('.')).map((c) => String(c[0]));
const maxOf = new Map(source.criteria.map((c) => [String(c[0]), Number(c[2])]));

function issue(input: WorkbookInput = sampleInput(), members?: string[]): FormBook[] {
  const r = issueForms(checkWorkbook(input), { ...OPTIONS, members });
  if (!r.ok) throw new Error(`refused: ${r.refusal}`);
  return r.forms;
}

const formOf = (code: string, input?: WorkbookInput): FormBook => issue(input).find((f) => f.member === code)!;

/** The sample's own scores from its source: self score and cross scores given by `code`. */
function sourceScores(code: string): { self: (number | null)[]; cross: Map<string, (number | null)[]> } {
  const i = CODES.indexOf(code);
  const self = leaves.map((l) => (source.selfScores[l]?.[i] ?? null) as number | null);
  const sheet = source.crossSheets.find((s) => s.scorer === code)!;
  const cross = new Map<string, (number | null)[]>();
  sheet.headers.forEach((target: string, j: number) => {
    if (target !== code) cross.set(target, leaves.map((l) => (sheet.scores[l]?.[j] ?? null) as number | null));
  });
  return { self, cross };
}

function gather(book: WorkbookInput, forms: { file: string; input: WorkbookInput }[], replace = false): GatherPlan {
  return planGather(bookOf(book), forms, { replace });
}

const files = (forms: FormBook[]) => forms.map((f) => ({ file: f.fileName, input: formInput(f) }));

describe('issuing forms from the sample', () => {
  const forms = issue();

  test('one form per member, named by its code, with the cover, Tự chấm and the member’s cross sheet', () => {
    expect(forms.map((f) => f.fileName)).toEqual(CODES.map((c) => `${c}.xlsx`));
    for (const f of forms) expect(f.sheets.map((s) => s.description.name)).toEqual(['Trang bìa', 'Tự chấm', `Chấm chéo - ${f.member}`]);
  });

  test('score cells: every leaf once for itself, and for each of the five others on the cross sheet', () => {
    for (const f of forms) expect(f.inputs).toBe(leaves.length * 6);
  });

  test('prefilled with exactly the scores the sample holds for the member', () => {
    for (const f of forms) {
      const { self, cross } = sourceScores(f.member);
      const expected = self.filter((v) => v !== null).length + [...cross.values()].flat().filter((v) => v !== null).length;
      expect(f.prefilled).toBe(expected);
      const grid = formInput(f).sheets.find((s) => s.name === 'Tự chấm')!;
      const rowOf = (leaf: string) => grid.values.findIndex((r) => r[0] === leaf);
      leaves.forEach((leaf, i) => expect(grid.values[rowOf(leaf)][4]).toBe(self[i]));
    }
  });

  test('every score cell is unlocked, validated from 0 to its leaf maximum, and nothing else is unlocked', () => {
    for (const f of forms) {
      for (const s of f.sheets.filter((x) => x.kind !== 'cover')) {
        const validated = s.numbers.flatMap((n) => n.ranges.map((r) => ({ r, max: n.max })));
        const rows = s.description.values.map((r, i) => ({ code: String(r[0]), i })).filter((x) => leaves.includes(x.code));
        expect(validated).toHaveLength(rows.length);
        for (const { code, i } of rows) expect(validated.find((v) => new RegExp(`^E${i + 1}(:|$)`).test(v.r))?.max).toBe(maxOf.get(code));
        const unlocked = s.description.styles.filter((x) => x.style.unlocked).map((x) => x.range);
        expect(unlocked.sort()).toEqual(validated.map((v) => v.r).sort());
        for (const n of s.numbers) expect(n.prompt.length).toBeLessThanOrEqual(255);
      }
      const cover = f.sheets[0];
      expect(cover.texts).toHaveLength(1);
      expect(cover.description.styles.filter((x) => x.style.unlocked).map((x) => x.range)).toEqual(cover.texts);
    }
  });

  test('the cover names cluster, year, member, deadline and the criteria fingerprint', () => {
    const cover = forms[1].sheets[0].description.values.map((r) => r.join(' | '));
    expect(cover).toEqual(
      expect.arrayContaining([
        'Đơn vị chấm | Tỉnh Nghệ An (mã NA)',
        'Cụm thi đua | Cụm thi đua các tỉnh Bắc Trung Bộ',
        'Năm thi đua | 2022',
        'Hạn gửi lại phiếu | 15/01/2023',
        `Mã bộ tiêu chí | ${criteriaFingerprint(checkWorkbook(sampleInput()).workbook!)}`,
        'Xuất sắc | 90',
      ]),
    );
  });

  test('a member list keeps only those members; an unknown one refuses with its name', () => {
    expect(issue(sampleInput(), ['na', 'Tỉnh Hà Tĩnh']).map((f) => f.member)).toEqual(['NA', 'HT']);
    const r = issueForms(checkWorkbook(sampleInput()), { ...OPTIONS, members: ['NA', 'XYZ'] });
    expect(r.ok ? null : [r.refusal, r.unknown]).toEqual(['unknownMembers', ['XYZ']]);
  });

  test('a criteria table with errors refuses; missing scores do not', () => {
    expect(issue(erasedInput())).toHaveLength(6);
    const broken = sampleInput();
    const criteria = broken.sheets.find((s) => s.name === 'Tiêu chí')!;
    const row = criteria.values.findIndex((r) => r[0] === 'I.1');
    criteria.values[row][2] = 12; // group I no longer adds up
    const r = issueForms(checkWorkbook(broken), OPTIONS);
    expect(r.ok ? 'ok' : r.refusal).toBe('structure');
  });

  test('the criteria fingerprint ignores scores and settings and changes with any criterion', () => {
    const base = criteriaFingerprint(checkWorkbook(sampleInput()).workbook!);
    expect(criteriaFingerprint(checkWorkbook(erasedInput()).workbook!)).toBe(base);
    const renamed = sampleInput();
    const criteria = renamed.sheets.find((s) => s.name === 'Tiêu chí')!;
    criteria.values[criteria.values.findIndex((r) => r[0] === 'II.1')][1] = 'Giáo dục, đào tạo';
    expect(criteriaFingerprint(checkWorkbook(renamed).workbook!)).not.toBe(base);
  });
});

describe('reading a form back', () => {
  test('identity, signer and every score cell, nothing wrong', () => {
    const f = formOf('QB');
    const input = formInput(f);
    setCell(input, 'Trang bìa', 9, 1, '  Lê Thị B,  chuyên viên ');
    const read = readForm(input, 'QB.xlsx');
    expect(read.problems).toEqual([]);
    expect(read.identity).toMatchObject({ cluster: 'Cụm thi đua các tỉnh Bắc Trung Bộ', year: 2022, member: 'QB', memberName: 'Tỉnh Quảng Bình', deadline: '15/01/2023' });
    expect(read.signer).toBe('Lê Thị B, chuyên viên');
    expect(read.cells).toHaveLength(f.inputs);
    expect(new Set(read.cells.filter((c) => c.kind === 'cross').map((c) => c.member))).toEqual(new Set(['TH', 'NA', 'HT', 'QT', 'TTH']));
  });

  test('found by its A1 marker when the defined name was lost, and by its name when the mark was lost', () => {
    const input = formInput(formOf('NA'));
    expect(readForm({ sheets: input.sheets }, 'NA.xlsx').identity?.member).toBe('NA');
    const renamed = { sheets: input.sheets.map((s) => (s.name === '~ctd-phieu' ? { ...s, name: 'Sheet9' } : s)) };
    expect(readForm(renamed, 'NA.xlsx').identity?.member).toBe('NA');
  });

  test('a workbook that is not a form, and the scoring workbook itself, are told apart', () => {
    expect(readForm({ sheets: [{ name: 'Sheet1', values: [['x']] }] }, 'a.xlsx').problems.map((p) => [p.code, p.params])).toEqual([['FORM_NOT_A_FORM', { book: false }]]);
    expect(readForm(sampleInput(), 'so.xlsx').problems.map((p) => [p.code, p.params])).toEqual([['FORM_NOT_A_FORM', { book: true }]]);
  });

  test('an edited locked cell is named by sheet and cell with what it held', () => {
    const input = formInput(formOf('NA'));
    const row = input.sheets.find((s) => s.name === 'Tự chấm')!.values.findIndex((r) => r[0] === 'I.1');
    setCell(input, 'Tự chấm', row, 3, 12); // the maximum, locked
    const read = readForm(input, 'NA.xlsx');
    expect(read.problems.map((p) => [p.code, p.sheet, p.cell, p.params])).toEqual([['FORM_LOCKED_CHANGED', 'Tự chấm', `D${row + 1}`, { expected: '10,00', found: '12,00' }]]);
    expect(gatherLine(read.problems[0], 'vi')).toBe(`NA.xlsx › Tự chấm!D${row + 1}: Ô đã khóa bị sửa: khi phát ghi “10,00”, nay ghi “12,00”. Phiếu chỉ được ghi vào các ô nền vàng.`);
  });

  test('a value typed outside the sheet’s area, and a deleted sheet, are faults of the form', () => {
    const input = formInput(formOf('NA'));
    setCell(input, 'Tự chấm', 60, 20, 'ghi chú');
    input.sheets = input.sheets.filter((s) => s.name !== 'Chấm chéo - NA');
    expect(readForm(input, 'NA.xlsx').problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([
      ['FORM_LOCKED_CHANGED', 'Tự chấm', 'U61'],
      ['FORM_SHEET_MISSING', '', ''],
    ]);
  });
});

describe('gathering the sample’s forms into a copy whose member entries were erased', () => {
  const erased = erasedInput();
  const plan = gather(erased, files(issue()));

  test('every form accepted, every sample score a fill, no conflict', () => {
    expect(plan.refusal).toBeNull();
    const expected = CODES.map((c) => {
      const s = sourceScores(c);
      return s.self.filter((v) => v !== null).length + [...s.cross.values()].flat().filter((v) => v !== null).length;
    });
    expect(plan.forms.map((f) => [f.member, f.accepted, f.fills.length, f.conflicts.length, f.same])).toEqual(CODES.map((c, i) => [c, true, expected[i], 0, 0]));
    expect(plan.writes).toHaveLength(expected.reduce((a, b) => a + b, 0));
  });

  test('the filled copy has the sample’s grids, fingerprint, ranking and nominees', () => {
    const after = applyWrites(erased, plan.writes);
    const sample = sampleInput();
    for (const g of after.sheets) {
      const s = sample.sheets.find((x) => x.name === g.name)!;
      expect(g.values).toEqual(s.values);
    }
    const a = rankWorkbook(after, { computedAt: 'x' });
    const b = rankWorkbook(sample, { computedAt: 'x' });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.results!.ranking.map((e) => [e.rank, e.member])).toEqual(b.results!.ranking.map((e) => [e.rank, e.member]));
    expect(a.results!.scores.map((s) => [s.member, s.total])).toEqual(b.results!.scores.map((s) => [s.member, s.total]));
    expect(a.results!.ranking[0].member).toBe('NA');
    expect(a.results!.nomination.flag.nominees).toEqual(['NA']);
    expect(a.results!.nomination.certificate.nominees).toEqual(['TTH']);
  });

  test('one log row per form: command, fingerprint after, signer, and a note with member, file and cells', () => {
    const after = checkWorkbook(applyWrites(erased, plan.writes));
    const rows = gatherLogRows(plan, after, '20/01/2023 08:00:00');
    expect(rows).toHaveLength(6);
    const I = LOG_COLUMN_INDEX;
    expect(rows[1][I.command]).toBe('Thu phiếu chấm');
    expect(rows[1][I.fingerprint]).toBe(after.fingerprint);
    expect(rows[1][I.top]).toBeNull();
    expect(rows[1][I.note]).toBe(`Phiếu chấm của Tỉnh Nghệ An (NA), tệp NA.xlsx: điền ${plan.forms[1].fills.length} ô trống`);
    // No log yet: one append creates it with the six rows.
    const appends = gatherLogAppends(erased, rows);
    expect(appends).toHaveLength(1);
    expect(appends[0].create.values).toHaveLength(7);
  });
});

describe('conflicts', () => {
  const book = sampleInput();
  const self = book.sheets.find((s) => s.name === 'Tự chấm')!;
  const header = self.values.findIndex((r) => r[0] === 'Mã');
  const col = self.values[header].indexOf('NA');
  const row = self.values.findIndex((r) => r[0] === 'I.1');
  const form = formOf('NA'); // issued from the sample: NA's I.1 is 9.5
  const formFile = [{ file: 'NA.xlsx', input: formInput(form) }];
  setCell(book, 'Tự chấm', row, col, 9); // the book changed since

  test('a different value in the workbook is reported (cell, old, new) and kept', () => {
    const plan = gather(book, formFile);
    expect(plan.refusal).toBeNull();
    const f = plan.forms[0];
    expect(f.conflicts.map((c) => [c.sheet, c.cell, c.old, c.value, c.formSheet])).toEqual([['Tự chấm', `${String.fromCharCode(65 + col)}${row + 1}`, 9, 950, 'Tự chấm']]);
    expect(f.fills).toEqual([]);
    expect(f.same).toBe(form.prefilled - 1);
    expect(plan.writes).toEqual([]);
    expect(cellOf(applyWrites(book, plan.writes), 'Tự chấm', row, col)).toBe(9);
  });

  test('with replace the form’s value is written', () => {
    const plan = gather(book, formFile, true);
    expect(plan.writes.map((w) => [w.sheet, w.row, w.col, w.value])).toEqual([['Tự chấm', row, col, 9.5]]);
    const rows = gatherLogRows(plan, checkWorkbook(applyWrites(book, plan.writes)), 't');
    expect(rows[0][LOG_COLUMN_INDEX.note]).toContain(`1 ô sổ có số khác phiếu, đã thay bằng số của phiếu (Tự chấm!${String.fromCharCode(65 + col)}${row + 1}: 9,00 → 9,50)`);
  });

  test('a blank form cell never clears the workbook', () => {
    const input = formInput(form);
    setCell(input, 'Tự chấm', input.sheets.find((s) => s.name === 'Tự chấm')!.values.findIndex((r) => r[0] === 'I.1'), 4, null);
    const plan = gather(book, [{ file: 'NA.xlsx', input }], true);
    expect(plan.writes).toEqual([]);
    expect(plan.forms[0].conflicts).toEqual([]);
  });
});

describe('refusals: nothing is written when one form is refused', () => {
  const erased = erasedInput();
  const id = (input: WorkbookInput, label: string, value: string | number) => {
    const g = input.sheets.find((s) => s.name === '~ctd-phieu')!;
    g.values[g.values.findIndex((r) => r[0] === label)][1] = value;
  };
  const codes = (plan: GatherPlan) => plan.forms.flatMap((f) => f.problems.filter((p) => p.severity === 'error').map((p) => [f.file, p.code, p.place, p.sheet, p.cell]));

  function refused(change: (input: WorkbookInput, form: FormBook) => void, book: WorkbookInput = erased): GatherPlan {
    const forms = issue();
    const list = files(forms);
    change(list[2].input, forms[2]);
    const plan = gather(book, list);
    expect(plan.refusal).toBe('formsRefused');
    expect(plan.writes).toEqual([]);
    expect(plan.forms.filter((f) => !f.accepted).map((f) => f.file)).toEqual(['HT.xlsx']);
    return plan;
  }

  test('another cluster, located on the cover', () => {
    const plan = refused((input) => id(input, 'Tên cụm', 'Cụm thi đua các tỉnh Tây Nguyên'));
    expect(codes(plan)).toEqual([['HT.xlsx', 'FORM_CLUSTER', 'form', 'Trang bìa', 'B5']]);
    expect(gatherLine(plan.forms[2].problems[0], 'en')).toBe(
      'HT.xlsx › Trang bìa!B5: The form is for “Cụm thi đua các tỉnh Tây Nguyên”, but the scoring workbook is for “Cụm thi đua các tỉnh Bắc Trung Bộ”.',
    );
  });

  test('another year', () => {
    expect(codes(refused((input) => id(input, 'Năm', 2023)))).toEqual([['HT.xlsx', 'FORM_YEAR', 'form', 'Trang bìa', 'B6']]);
  });

  test('a member the workbook does not have', () => {
    expect(codes(refused((input) => id(input, 'Mã thành viên', 'QNg')))).toEqual([['HT.xlsx', 'FORM_MEMBER_UNKNOWN', 'form', 'Trang bìa', 'B4']]);
  });

  test('a second form for the same member', () => {
    const plan = refused((input) => id(input, 'Mã thành viên', 'NA'));
    expect(codes(plan)).toEqual([['HT.xlsx', 'FORM_DUPLICATE', 'form', 'Trang bìa', 'B4']]);
    expect(plan.forms[2].problems[0].params).toEqual({ member: 'Tỉnh Nghệ An', first: 'NA.xlsx' });
  });

  test('a form made before the criteria changed', () => {
    const changed = clone(erased);
    const criteria = changed.sheets.find((s) => s.name === 'Tiêu chí')!;
    criteria.values[criteria.values.findIndex((r) => r[0] === 'V.2')][1] = 'Hoạt động của Mặt trận Tổ quốc Việt Nam và các đoàn thể';
    const plan = gather(changed, files(issue()));
    expect(plan.refusal).toBe('formsRefused');
    expect(plan.forms.every((f) => f.problems.some((p) => p.code === 'FORM_CRITERIA'))).toBe(true);
    expect(plan.writes).toEqual([]);
  });

  test('a value above the maximum, a negative one, text and three decimals, each located in the form', () => {
    const plan = refused((input) => {
      const g = input.sheets.find((s) => s.name === 'Chấm chéo - HT')!;
      const r = (leaf: string) => g.values.findIndex((x) => x[0] === leaf);
      g.values[r('I.1')][4] = 10.5;
      g.values[r('I.2')][5] = -1;
      g.values[r('I.3')][6] = 'tốt';
      g.values[r('II.1')][7] = 5.125;
    });
    expect(codes(plan)).toEqual([
      // Title rows 1–3, header row 4, group I on row 5: I.1 is row 6; input columns from E.
      ['HT.xlsx', 'FORM_VALUE_ABOVE_MAX', 'form', 'Chấm chéo - HT', 'E6'],
      ['HT.xlsx', 'FORM_VALUE_NEGATIVE', 'form', 'Chấm chéo - HT', 'F7'],
      ['HT.xlsx', 'FORM_VALUE_INVALID', 'form', 'Chấm chéo - HT', 'G8'],
      ['HT.xlsx', 'FORM_VALUE_TOO_PRECISE', 'form', 'Chấm chéo - HT', 'H10'],
    ]);
    expect(gatherLine(plan.forms[2].problems[0], 'vi')).toBe('HT.xlsx › Chấm chéo - HT!E6: Điểm của Tỉnh Thanh Hóa ở tiêu chí I.1 là 10,50, vượt điểm tối đa 10,00.');
  });

  test('a form whose locked cells were edited', () => {
    expect(codes(refused((input) => setCell(input, 'Tự chấm', 4, 1, 'Kinh tế')))).toEqual([['HT.xlsx', 'FORM_LOCKED_CHANGED', 'form', 'Tự chấm', 'B5']]);
  });

  test('a number typed as text and one off the score step are warnings; the number is taken', () => {
    const book = clone(erased);
    const settings = book.sheets.find((s) => s.name === 'Cấu hình')!;
    const stepRow = settings.values.findIndex((r) => r[0] === 'Bước điểm');
    if (stepRow >= 0) settings.values[stepRow][1] = 0.25;
    else settings.values.push(['Bước điểm', 0.25]);
    const forms = issue(book);
    const list = files(forms);
    const g = list[1].input.sheets.find((s) => s.name === 'Tự chấm')!;
    g.values[g.values.findIndex((x) => x[0] === 'I.1')][4] = '9,5';
    g.values[g.values.findIndex((x) => x[0] === 'I.2')][4] = 9.1;
    const plan = gather(book, list);
    expect(plan.refusal).toBeNull();
    expect(plan.forms[1].problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ['warning', 'FORM_VALUE_AS_TEXT', 'E6'],
      ['warning', 'FORM_VALUE_STEP', 'E7'],
    ]);
    const selfSheet = book.sheets.find((x) => x.name === 'Tự chấm')!;
    expect(plan.writes.find((w) => w.sheet === 'Tự chấm' && w.row === selfSheet.values.findIndex((x) => x[0] === 'I.1'))?.value).toBe(9.5);
  });

  test('a locked workbook, a person’s Nhật ký, and no forms refuse before any form is read', () => {
    const locked = clone(erased);
    locked.sheets.push({ name: 'Nhật ký', values: [['Thời gian', 'Lệnh', 'Mã kiểm tra dữ liệu'], ['01/01/2023 08:00:00', 'Chốt số liệu', 'AAAA']] });
    locked.marks = [{ mark: 'CumThiDua_NhatKy', sheet: 'Nhật ký' }];
    locked.markedSheets = ['Nhật ký'];
    expect(gather(locked, files(issue())).refusal).toBe('locked');
    const person = clone(erased);
    person.sheets.push({ name: 'Nhật ký', values: [['ghi chép']] });
    expect(gather(person, files(issue())).refusal).toBe('logNotOurs');
    expect(gather(erased, []).refusal).toBe('noForms');
  });

  test('a workbook without the member’s cross sheet refuses a form that scores on it', () => {
    const book = clone(erased);
    book.sheets = book.sheets.filter((s) => s.name !== 'Chấm chéo - QT');
    const plan = gather(book, files(issue(sampleInput(), ['QT'])));
    expect(plan.forms[0].problems.map((p) => [p.code, p.place, p.sheet])).toEqual([['BOOK_SHEET_MISSING', 'book', 'Chấm chéo - QT']]);
  });
});

describe('Hội nghị (the chair’s office’s sheet, not a member’s)', () => {
  /** A delegate row for a province that is not a member: an error on `Hội nghị` only. */
  const withMeetingError = (input: WorkbookInput): WorkbookInput => {
    const copy = clone(input);
    const g = copy.sheets.find((s) => s.name === 'Hội nghị')!;
    setCell(copy, 'Hội nghị', g.values.length, 0, 'Đại biểu Đà Nẵng');
    setCell(copy, 'Hội nghị', g.values.length - 1, 1, 'Nguyễn Văn X');
    return copy;
  };

  test('the sample has the sheet; no form carries it, and an error in it blocks neither issuing nor gathering', () => {
    const book = withMeetingError(sampleInput());
    const report = checkWorkbook(book);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet])).toEqual([['MEETING_DELEGATE_UNKNOWN', 'Hội nghị']]);
    const forms = issue(book);
    expect(forms).toHaveLength(CODES.length);
    for (const f of forms) expect(f.sheets.map((s) => s.description.name)).not.toContain('Hội nghị');
    const plain = gather(erasedInput(), files(forms));
    const plan = gather(withMeetingError(erasedInput()), files(forms));
    expect(plan.refusal).toBeNull();
    expect(plan.forms.every((f) => f.accepted)).toBe(true);
    expect(plan.writes).toEqual(plain.writes);
    expect(plan.writes.length).toBeGreaterThan(0);
    expect(plan.writes.every((w) => w.sheet === 'Tự chấm' || w.sheet.startsWith('Chấm chéo - '))).toBe(true);
  });
});
