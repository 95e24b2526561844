/**
 * docs/huong-dan-so-lieu.md, General rules: sheets and headers are found by name (forgiving matching),
 * title rows may sit above the header, cell values may be text numbers or error values, and every
 * problem names the cell where the user sees it.
 */
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import type { WorkbookInput } from '../../../src/core/grid';
import { crossInput, issues, put, removeSheet, sheet, standardInput, withCode } from './fixture';

const rename = (input: WorkbookInput, from: string, to: string): void => {
  sheet(input, from).name = to;
};

describe('the standard workbook', () => {
  it('reads without problems', () => {
    const r = readWorkbook(standardInput());
    expect(issues(r)).toEqual([]);
    expect(r.notScoringWorkbook).toBe(false);
    expect(r.workbook?.members.map((m) => m.code)).toEqual(['NA', 'HT', 'QB']);
    expect(r.workbook?.leaves.map((c) => c.code)).toEqual(['I.1', 'I.2', 'II', 'III.1', 'III.2', 'IV.1']);
    // 9.5 points → 950 hundredths; blanks stay null
    expect(r.workbook?.self?.values[0]).toEqual([1000, 900, 950, 100, null, null]);
    expect(r.workbook?.sheetNames).toEqual({
      settings: 'Cấu hình',
      members: 'Thành viên',
      criteria: 'Tiêu chí',
      bands: null,
      self: 'Tự chấm',
      appraisal: null,
      ballots: null,
      meeting: null,
    });
  });
});

describe('sheets are found by name, forgivingly', () => {
  it('accepts NFD names, capitals and extra spaces', () => {
    const input = standardInput();
    rename(input, 'Cấu hình', '  CẤU   HÌNH '.normalize('NFD'));
    rename(input, 'Thành viên', 'thành viên'.normalize('NFD'));
    rename(input, 'Tự chấm', 'TỰ CHẤM');
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.sheetNames.settings).toBe('  CẤU   HÌNH '.normalize('NFD'));
    expect(r.workbook?.sheetNames.self).toBe('TỰ CHẤM');
  });

  it('accepts any dash and spacing in `Chấm chéo - <MÃ>`, and a scorer named by name or alias', () => {
    const input = crossInput();
    rename(input, 'Chấm chéo - NA', 'Chấm chéo–Tỉnh Nghệ An');
    rename(input, 'Chấm chéo - HT', 'chấm chéo  —  hà tĩnh');
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.cross.map((s) => s.scorer)).toEqual(['NA', 'HT', 'QB']);
  });

  it('accepts a cross sheet without a dash only when the rest names a member', () => {
    const input = crossInput();
    rename(input, 'Chấm chéo - QB', 'Chấm chéo QB');
    input.sheets.push({ name: 'Chấm chéo tháng 6', values: [] });
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.cross.map((s) => s.sheet)).toEqual(['Chấm chéo - NA', 'Chấm chéo - HT', 'Chấm chéo QB']);
  });

  it('reports two sheets for one role', () => {
    const input = standardInput();
    input.sheets.push({ name: 'tự chấm ', values: [] });
    const r = readWorkbook(input);
    const dup = withCode(r, 'SHEET_DUPLICATE');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: 'error', sheet: 'tự chấm ', params: { first: 'Tự chấm', role: 'Tự chấm' } });
    expect(r.workbook?.self?.sheet).toBe('Tự chấm');
  });

  it('reports a missing required sheet and gives no workbook', () => {
    const input = standardInput();
    removeSheet(input, 'Tiêu chí');
    const r = readWorkbook(input);
    expect(withCode(r, 'SHEET_MISSING')).toEqual([
      { severity: 'error', code: 'SHEET_MISSING', sheet: '', cell: '', params: { sheet: 'Tiêu chí' } },
    ]);
    expect(r.workbook).toBeNull();
    expect(r.notScoringWorkbook).toBe(false);
  });

  it('says "not a scoring workbook" when none of Cấu hình, Thành viên, Tiêu chí exists', () => {
    const r = readWorkbook({ sheets: [{ name: 'Sheet1', values: [['Họ tên', 'Lương']] }, { name: 'Tự chấm', values: [] }] });
    expect(r.notScoringWorkbook).toBe(true);
    expect(r.workbook).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'NOT_A_SCORING_WORKBOOK', severity: 'error', params: { sheets: ['Cấu hình', 'Thành viên', 'Tiêu chí'] } });
  });

  it('ignores notes sheets silently', () => {
    const input = standardInput();
    input.sheets.push({ name: 'Ghi chú', values: [['Ghi chú của văn phòng cụm'], ['#REF!']] });
    input.sheets.push({ name: 'Chấm chéo (bản nháp)', values: [[1, 2, 3]] });
    expect(issues(readWorkbook(input))).toEqual([]);
  });
});

describe('output sheet names belong to the program', () => {
  it('reports a user sheet named like an output sheet, unless it carries our mark', () => {
    const input = standardInput();
    input.sheets.push({ name: 'Xếp hạng', values: [['Bảng tự làm']] });
    input.sheets.push({ name: 'KẾT QUẢ KIỂM TRA', values: [] });
    input.markedSheets = ['Kết quả kiểm tra'];
    const r = readWorkbook(input);
    expect(withCode(r, 'OUTPUT_SHEET_NOT_OURS').map((p) => [p.sheet, p.severity])).toEqual([['Xếp hạng', 'error']]);
  });
});

describe('the header row', () => {
  it('may have title rows above it', () => {
    const input = standardInput();
    sheet(input, 'Tự chấm').values.unshift(['BẢNG TỰ CHẤM ĐIỂM NĂM 2022'], [], ['(Điểm nhập bằng số)']);
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.self?.leafRows).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('must be within the first 10 rows of the sheet', () => {
    const input = standardInput();
    const values = sheet(input, 'Thành viên').values;
    values.unshift(...Array.from({ length: 10 }, () => ['tiêu đề']));
    const r = readWorkbook(input);
    expect(withCode(r, 'HEADER_NOT_FOUND')).toEqual([
      { severity: 'error', code: 'HEADER_NOT_FOUND', sheet: 'Thành viên', cell: 'A1', params: { headers: ['Mã', 'Tên đơn vị'] } },
    ]);
    expect(r.workbook).toBeNull();
  });

  it('counts the grid offset in the first 10 rows', () => {
    const input = standardInput();
    Object.assign(sheet(input, 'Thành viên'), { top: 10 });
    expect(withCode(readWorkbook(input), 'HEADER_NOT_FOUND')).toHaveLength(1);
  });

  it('matches headers written in NFD or capitals', () => {
    const input = standardInput();
    sheet(input, 'Tiêu chí').values[0] = ['MÃ', 'nội dung'.normalize('NFD'), ' Điểm  tối đa ', 'LOẠI', 'Hướng dẫn chấm'.normalize('NFD')];
    expect(issues(readWorkbook(input))).toEqual([]);
  });

  it('warns about unknown headers and refuses a header written twice', () => {
    const input = standardInput();
    sheet(input, 'Tiêu chí').values[0].push('Ghi chú', 'Nội dung');
    const r = readWorkbook(input);
    expect(withCode(r, 'COLUMN_UNKNOWN')).toMatchObject([{ severity: 'warning', cell: 'F1', params: { header: 'Ghi chú' } }]);
    expect(withCode(r, 'COLUMN_DUPLICATE')).toMatchObject([{ severity: 'error', cell: 'G1', params: { header: 'Nội dung' } }]);
  });
});

describe('grids that do not start at A1', () => {
  it('reports cells at their place in the sheet, offset included', () => {
    const input = standardInput();
    Object.assign(sheet(input, 'Tự chấm'), { top: 2, left: 1 });
    put(input, 'Tự chấm', 'D2', 12); // grid D2 = sheet E4: NA on I.1
    const r = readWorkbook(input);
    const above = withCode(r, 'SCORE_ABOVE_MAX');
    expect(above).toHaveLength(1);
    expect(above[0]).toMatchObject({ sheet: 'Tự chấm', cell: 'E4', member: 'NA', criterion: 'I.1' });
    expect(r.workbook?.self?.leafRows[0]).toBe(3);
    expect(r.workbook?.self?.memberCols).toEqual([4, 5, 6]);
  });

  it('gives members and criteria their offset cells', () => {
    const input = standardInput();
    Object.assign(sheet(input, 'Thành viên'), { top: 4, left: 2 });
    Object.assign(sheet(input, 'Cấu hình'), { top: 1 });
    const r = readWorkbook(input);
    expect(r.workbook?.members[0].cell).toBe('C6');
    expect(r.workbook?.settingCells.year?.cell).toBe('B4');
  });
});

describe('cell values', () => {
  it('accepts a number written as text, with a warning', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'D2', '9,5');
    put(input, 'Tự chấm', 'E2', ' 9.25 ');
    put(input, 'Tự chấm', 'F2', ' 9 ');
    const r = readWorkbook(input);
    expect(r.workbook?.self?.values.map((v) => v[0])).toEqual([950, 925, 900]);
    expect(withCode(r, 'NUMBER_AS_TEXT').map((p) => [p.cell, p.params.value, p.params.number])).toEqual([
      ['D2', '9,5', 950],
      ['E2', '9.25', 925],
      ['F2', '9', 900],
    ]);
    expect(issues(r).filter((x) => !x.startsWith('NUMBER_AS_TEXT'))).toEqual([]);
  });

  it('reports a column of text numbers once, with the count', () => {
    const input = standardInput();
    const rows = sheet(input, 'Tự chấm').values;
    for (const row of rows.slice(1)) row[4] = row[4] === null ? null : String(row[4]); // HT: 4 text numbers
    for (const row of rows.slice(1)) row[5] = String(row[5] ?? 0).replace('.', ','); // QB: 6 text numbers
    const r = readWorkbook(input);
    expect(withCode(r, 'NUMBER_AS_TEXT').map((p) => [p.cell, p.member, p.params.count])).toEqual([
      ['E2', 'HT', undefined],
      ['F2', 'QB', 6],
      ['E3', 'HT', undefined],
      ['E4', 'HT', undefined],
      ['E7', 'HT', undefined],
    ]);
    expect(r.workbook?.self?.values[2]).toEqual([900, 900, 700, 0, 200, 0]);
  });

  it('refuses text that is not a plain number', () => {
    for (const text of ['9,5,1', '1.000', '9,555', 'chín', '9 điểm', '1 000']) {
      const input = standardInput();
      put(input, 'Tự chấm', 'D2', text);
      const r = readWorkbook(input);
      expect(withCode(r, 'NUMBER_INVALID')).toMatchObject([{ severity: 'error', cell: 'D2', params: { value: text } }]);
      expect(r.workbook?.self?.values[0][0]).toBeNull();
    }
  });

  it('refuses booleans and Excel error values where a number is needed', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'D2', true);
    put(input, 'Tự chấm', 'E2', '#REF!');
    put(input, 'Tự chấm', 'F2', '#DIV/0!');
    const r = readWorkbook(input);
    expect(withCode(r, 'NUMBER_INVALID').map((p) => p.cell)).toEqual(['D2']);
    expect(withCode(r, 'VALUE_ERROR').map((p) => [p.cell, p.params.value, p.severity])).toEqual([
      ['E2', '#REF!', 'error'],
      ['F2', '#DIV/0!', 'error'],
    ]);
    expect(r.workbook?.self?.values.map((v) => v[0])).toEqual([null, null, null]);
  });

  it('refuses more than two decimals', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'D2', 9.333);
    put(input, 'Tự chấm', 'E2', 9.3 + 1e-12); // float noise from a formula is not a third decimal
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_TOO_PRECISE')).toMatchObject([{ cell: 'D2', severity: 'error' }]);
    expect(r.workbook?.self?.values[1][0]).toBe(930);
  });
});

describe('problem order', () => {
  it('lists problems sheet by sheet in tab order, then by row and column', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'E3', 11); // HT on I.2
    put(input, 'Tự chấm', 'D2', 12); // NA on I.1
    put(input, 'Thành viên', 'A5', null);
    put(input, 'Thành viên', 'B5', 'Tỉnh Quảng Trị');
    const r = readWorkbook(input);
    expect(issues(r)).toEqual(['ROW_WITHOUT_CODE Thành viên!A5', 'SCORE_ABOVE_MAX Tự chấm!D2', 'SCORE_ABOVE_MAX Tự chấm!E3']);
  });
});
