/**
 * docs/huong-dan-so-lieu.md, `Thành viên` and `Tiêu chí`: the members with their codes, names and
 * aliases, and the criteria tree with its maxima and types.
 */
import { problemMessage } from '../../../src/core/words';
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import { criteriaRows, issues, memberRows, put, sheet, standardInput, withCode } from './fixture';

describe('Thành viên: codes, names, aliases', () => {
  it('reads every column, with `Ký giao ước` defaulting to Có', () => {
    const input = standardInput();
    put(input, 'Thành viên', 'D4', 'Không');
    put(input, 'Thành viên', 'E3', '  Đang thanh tra có dấu hiệu vi phạm ');
    const m = readWorkbook(input).workbook?.members ?? [];
    expect(m[0]).toEqual({ code: 'NA', name: 'Tỉnh Nghệ An', aliases: ['Nghệ An'], signedCovenant: true, ineligibleReason: null, index: 0, cell: 'A2' });
    expect(m[1]).toMatchObject({ signedCovenant: true, ineligibleReason: 'Đang thanh tra có dấu hiệu vi phạm' });
    expect(m[2]).toMatchObject({ signedCovenant: false });
  });

  it('refuses a Ký giao ước that is neither Có nor Không', () => {
    const input = standardInput();
    put(input, 'Thành viên', 'D2', 'Rồi');
    expect(withCode(readWorkbook(input), 'YES_NO_INVALID')).toMatchObject([{ severity: 'error', cell: 'D2', member: 'NA', params: { value: 'Rồi' } }]);
  });

  it('refuses codes that are too long or have spaces', () => {
    const input = standardInput();
    put(input, 'Thành viên', 'A4', 'Quang Binh');
    sheet(input, 'Thành viên').values.push(['THUATHIENHUE1', 'Tỉnh Thừa Thiên Huế']);
    expect(withCode(readWorkbook(input), 'MEMBER_CODE_INVALID').map((p) => p.cell)).toEqual(['A4', 'A5']);
  });

  // Issue 13, finding 10: “ĐL” is a code; a code that is not comes with the closest one that is.
  it('accepts Vietnamese letters in codes (ĐL), and offers the closest valid code for one it refuses', () => {
    const input = standardInput();
    put(input, 'Thành viên', 'A4', 'Đ.L');
    sheet(input, 'Thành viên').values.push(['ĐN', 'Thành phố Đà Nẵng']);
    const r = readWorkbook(input);
    const invalid = withCode(r, 'MEMBER_CODE_INVALID');
    expect(invalid).toMatchObject([{ cell: 'A4', params: { code: 'Đ.L', suggestion: 'ĐL' } }]);
    expect(problemMessage(invalid[0], 'vi')).toContain('Hãy sửa thành “ĐL”.');
    expect(problemMessage(invalid[0], 'en')).toContain('Change it to “ĐL”.');
  });

  it('refuses codes, names and aliases that collide after normalisation', () => {
    const input = standardInput();
    sheet(input, 'Thành viên').values.push(
      ['na', 'Tỉnh Nghệ An mới'], // same code as NA
      ['TH', 'TỈNH HÀ TĨNH'.normalize('NFD')], // same name as HT
      ['QT', 'Tỉnh Quảng Trị', 'Quảng Bình'], // alias of QB
    );
    const r = readWorkbook(input);
    expect(withCode(r, 'MEMBER_CODE_DUPLICATE')).toMatchObject([{ cell: 'A5', params: { code: 'na' } }]);
    expect(withCode(r, 'MEMBER_NAME_DUPLICATE')).toMatchObject([{ cell: 'B6' }]);
    expect(withCode(r, 'MEMBER_ALIAS_COLLISION')).toMatchObject([{ cell: 'C7', params: { text: 'Quảng Bình', other: 'Tỉnh Quảng Bình' } }]);
    // the second "NA" is left out; the others stay
    expect(r.workbook?.members.map((m) => m.code)).toEqual(['NA', 'HT', 'QB', 'TH', 'QT']);
  });

  it('lets an alias repeat the member\'s own code', () => {
    const input = standardInput();
    put(input, 'Thành viên', 'C2', 'Nghệ An; NA');
    expect(issues(readWorkbook(input))).toEqual([]);
  });

  it('skips empty rows and refuses a row without a code', () => {
    const input = standardInput();
    sheet(input, 'Thành viên').values.splice(2, 0, [null, '  ', null]);
    put(input, 'Thành viên', 'B6', 'Tỉnh Quảng Trị');
    const r = readWorkbook(input);
    expect(withCode(r, 'ROW_WITHOUT_CODE')).toMatchObject([{ severity: 'error', cell: 'A6' }]);
    expect(r.workbook?.members).toHaveLength(3);
  });

  it('needs 2 to 100 members', () => {
    const input = standardInput();
    sheet(input, 'Thành viên').values = memberRows().slice(0, 2);
    expect(withCode(readWorkbook(input), 'MEMBER_COUNT')).toMatchObject([{ severity: 'error', params: { count: 1 } }]);
  });
});

describe('Thành viên: names match whatever the keyboard typed', () => {
  it('finds "Thanh Hoá" in a header for the member "Tỉnh Thanh Hóa" (old and new tone placement)', () => {
    const input = standardInput();
    put(input, 'Thành viên', 'B4', 'Tỉnh Thanh Hóa');
    put(input, 'Thành viên', 'C4', 'Thanh Hóa');
    put(input, 'Tự chấm', 'F1', 'Thanh Hoá');
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.self?.memberCols[2]).toBe(5);
  });

  it('finds an NFD-typed name', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'E1', 'Tỉnh Hà Tĩnh'.normalize('NFD'));
    expect(issues(readWorkbook(input))).toEqual([]);
  });
});

describe('Tiêu chí: the tree', () => {
  it('builds parents, children, depths, leaves and the base maximum', () => {
    const wb = readWorkbook(standardInput()).workbook;
    const byCode = new Map(wb?.criteria.map((c) => [c.code, c]));
    expect(byCode.get('I')).toMatchObject({ parent: null, children: ['I.1', 'I.2'], depth: 0, leafIndex: -1, max: 2000, type: 'score' });
    expect(byCode.get('I.1')).toMatchObject({ parent: 'I', depth: 1, leafIndex: 0, guidance: 'Có kế hoạch trước 31/3: 10 điểm', cell: 'A3' });
    // a blank `Loại` inherits the group's type
    expect(byCode.get('III.2')).toMatchObject({ type: 'bonus', leafIndex: 4 });
    expect(byCode.get('IV.1')?.type).toBe('deduction');
    // 20 + 10 points of `Điểm` groups; bonus and deduction do not count
    expect(wb?.baseMax).toBe(3000);
  });

  it('needs the parent above the child', () => {
    const input = standardInput();
    const rows = sheet(input, 'Tiêu chí').values;
    rows.splice(1, 0, rows.splice(3, 1)[0]); // I.2 moved above I
    rows.push(['V.1', 'Tiêu chí mồ côi', 2, null, null], ['V.1.a', 'Con của tiêu chí mồ côi', 2, null, null]);
    const r = readWorkbook(input);
    expect(withCode(r, 'CRITERION_PARENT_MISSING').map((p) => [p.cell, p.params.code, p.params.parent])).toEqual([
      ['A2', 'I.2', 'I'],
      ['A11', 'V.1', 'V'],
    ]);
    // the orphans are left out; I keeps only I.1, so its sum no longer matches
    expect(r.workbook?.leaves.map((c) => c.code)).toEqual(['I.1', 'II', 'III.1', 'III.2', 'IV.1']);
    expect(withCode(r, 'CRITERION_GROUP_SUM')).toMatchObject([{ params: { code: 'I', max: 2000, sum: 1000 } }]);
    // the score sheet's rows of refused criteria are not reported a second time
    expect(withCode(r, 'SCORE_ROW_UNKNOWN')).toEqual([]);
  });

  it('treats a code ending with a point as the same code ("I." is "I")', () => {
    const input = standardInput();
    put(input, 'Tiêu chí', 'A2', 'I.');
    put(input, 'Tự chấm', 'A3', 'I.2.');
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.criteria[0]).toMatchObject({ code: 'I', children: ['I.1', 'I.2'] });
  });

  it('refuses duplicate codes, missing text, bad maxima and bad codes', () => {
    const input = standardInput();
    sheet(input, 'Tiêu chí').values.push(
      ['ii', 'Trùng mã', 5, null, null],
      ['V', '', 5, null, null],
      ['VI', 'Điểm tối đa âm', -1, null, null],
      ['VII', 'Điểm tối đa là chữ', 'mười', null, null],
      ['VIII 1', 'Mã có dấu cách', 1, null, null],
    );
    const r = readWorkbook(input);
    expect(withCode(r, 'CRITERION_CODE_DUPLICATE')).toMatchObject([{ cell: 'A11' }]);
    expect(withCode(r, 'CRITERION_TEXT_MISSING')).toMatchObject([{ cell: 'B12', criterion: 'V' }]);
    expect(withCode(r, 'CRITERION_MAX_INVALID').map((p) => [p.cell, p.params.value])).toEqual([
      ['C13', '-1,00'],
      ['C14', 'mười'],
    ]);
    expect(withCode(r, 'CRITERION_CODE_INVALID')).toMatchObject([{ cell: 'A15' }]);
  });

  it('checks that a Điểm group adds up, and treats Thưởng/Trừ maxima as caps', () => {
    const input = standardInput();
    put(input, 'Tiêu chí', 'C2', 25); // I: 25 ≠ 10 + 10
    // III (bonus, cap 5) has children adding to 6: allowed
    const r = readWorkbook(input);
    expect(withCode(r, 'CRITERION_GROUP_SUM')).toEqual([
      {
        severity: 'error',
        code: 'CRITERION_GROUP_SUM',
        sheet: 'Tiêu chí',
        cell: 'C2',
        criterion: 'I',
        params: { code: 'I', max: 2500, sum: 2000 },
      },
    ]);
  });

  it('keeps descendants in their group\'s type', () => {
    const input = standardInput();
    put(input, 'Tiêu chí', 'D7', 'Điểm'); // III.1 under the bonus group III
    put(input, 'Tiêu chí', 'D8', 'Cộng'); // not a type
    const r = readWorkbook(input);
    expect(withCode(r, 'CRITERION_TYPE_MISMATCH')).toMatchObject([{ cell: 'D7', params: { code: 'III.1', type: 'score', parentType: 'bonus' } }]);
    expect(withCode(r, 'CRITERION_TYPE_INVALID')).toMatchObject([{ cell: 'D8', params: { value: 'Cộng' } }]);
    expect(r.workbook?.criteria.find((c) => c.code === 'III.1')?.type).toBe('bonus');
  });

  it('refuses an empty table and a row without code', () => {
    const input = standardInput();
    sheet(input, 'Tiêu chí').values = [criteriaRows()[0], [null, 'Nội dung không có mã', 5]];
    const r = readWorkbook(input);
    expect(withCode(r, 'ROW_WITHOUT_CODE')).toMatchObject([{ sheet: 'Tiêu chí', cell: 'A2' }]);
    expect(withCode(r, 'CRITERIA_EMPTY')).toHaveLength(1);
    expect(r.workbook).toBeNull();
  });
});
