/**
 * docs/huong-dan-so-lieu.md, Score sheets: `Tự chấm`, `Thẩm định` and `Chấm chéo - <MÃ>` share one
 * layout (criteria down, members across) and one set of checks; blanks mean different things in
 * each, depending on the score source.
 */
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import type { CellValue } from '../../../src/core/grid';
import { crossInput, issues, put, removeSheet, scoreRows, setSetting, sheet, standardInput, withCode } from './fixture';

describe('member columns', () => {
  it('are found by code, name or alias, in any order', () => {
    const input = standardInput();
    const rows = sheet(input, 'Tự chấm').values;
    for (const row of rows) row.splice(3, 3, row[5], row[3], row[4]); // QB, NA, HT
    rows[0].splice(3, 3, 'Quảng Bình', 'Tỉnh Nghệ An', 'ht');
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.self?.memberCols).toEqual([4, 5, 3]);
    expect(r.workbook?.self?.values[0][0]).toBe(1000); // still NA's 10 on I.1
  });

  it('must exist for every member', () => {
    const input = standardInput();
    for (const row of sheet(input, 'Tự chấm').values) row.splice(4, 1); // no HT column
    const r = readWorkbook(input);
    expect(withCode(r, 'MEMBER_COLUMN_MISSING')).toEqual([
      { severity: 'error', code: 'MEMBER_COLUMN_MISSING', sheet: 'Tự chấm', cell: 'A1', member: 'HT', params: { member: 'Tỉnh Hà Tĩnh', code: 'HT' } },
    ]);
    expect(r.workbook?.self?.memberCols[1]).toBe(-1);
    expect(r.workbook?.self?.values[1]).toEqual([null, null, null, null, null, null]);
  });

  it('warns about a header that names no member (often a misspelt name)', () => {
    const input = standardInput();
    sheet(input, 'Tự chấm').values[0].push('Quảng Bìhn');
    expect(withCode(readWorkbook(input), 'COLUMN_UNKNOWN')).toMatchObject([{ severity: 'warning', cell: 'G1', params: { header: 'Quảng Bìhn', kind: 'member' } }]);
  });

  it('refuses two columns for one member', () => {
    const input = standardInput();
    sheet(input, 'Tự chấm').values[0].push('Tỉnh Nghệ An');
    expect(withCode(readWorkbook(input), 'COLUMN_DUPLICATE')).toMatchObject([{ severity: 'error', cell: 'G1', member: 'NA' }]);
  });
});

describe('criterion rows', () => {
  it('may come in any order, with group rows and hidden helper columns', () => {
    const input = standardInput();
    const rows = sheet(input, 'Tự chấm').values;
    const body = rows.splice(1).reverse();
    rows.push(['I', 'Nhóm I', 20, 19, 17, 18], ...body);
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.self?.leafRows).toEqual([7, 6, 5, 4, 3, 2]);
    expect(r.workbook?.self?.values[2]).toEqual([900, 900, 700, null, 200, null]);
  });

  it('refuses a code that is not in Tiêu chí and a criterion written twice', () => {
    const input = standardInput();
    const rows = sheet(input, 'Tự chấm').values;
    rows.push(['I.3', 'Không có trong bảng', 5, 1, 1, 1], ['i.1', 'Lặp lại', 10, 1, 1, 1]);
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_ROW_UNKNOWN')).toMatchObject([{ severity: 'error', cell: 'A8', params: { criterion: 'I.3' } }]);
    expect(withCode(r, 'SCORE_ROW_DUPLICATE')).toMatchObject([{ severity: 'error', cell: 'A9', criterion: 'I.1' }]);
    expect(r.workbook?.self?.values[0][0]).toBe(1000); // the first row counts
  });

  it('needs a row for every Điểm leaf; a missing bonus or deduction leaf counts 0', () => {
    const input = standardInput();
    const rows = sheet(input, 'Tự chấm').values;
    rows.splice(rows.findIndex((r) => r[0] === 'I.2'), 1);
    rows.splice(rows.findIndex((r) => r[0] === 'IV.1'), 1);
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_ROW_MISSING')).toEqual([
      { severity: 'error', code: 'SCORE_ROW_MISSING', sheet: 'Tự chấm', cell: '', criterion: 'I.2', params: { criterion: 'I.2' } },
    ]);
    expect(r.workbook?.self?.leafRows[5]).toBe(-1);
  });

  it('warns when its `Điểm tối đa` disagrees with Tiêu chí', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'C3', 15);
    expect(withCode(readWorkbook(input), 'SCORE_MAX_MISMATCH')).toMatchObject([
      { severity: 'warning', cell: 'C3', params: { criterion: 'I.2', value: '15,00', max: 1000 } },
    ]);
  });
});

describe('score cells', () => {
  it('must be between 0 and the leaf maximum', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'D2', 12);
    put(input, 'Tự chấm', 'E5', 3.5); // III.1 max 3
    put(input, 'Tự chấm', 'F3', -1);
    put(input, 'Tự chấm', 'F6', -1); // bonus
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_ABOVE_MAX').map((p) => [p.cell, p.params.value, p.params.max, p.member, p.criterion])).toEqual([
      ['D2', '12,00', 1000, 'NA', 'I.1'],
      ['E5', '3,50', 300, 'HT', 'III.1'],
    ]);
    expect(withCode(r, 'SCORE_NEGATIVE').map((p) => p.cell)).toEqual(['F3', 'F6']);
    expect(r.workbook?.self?.values[0][0]).toBeNull();
  });

  it('reads a negative deduction as its absolute value, with a warning', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'E7', -2);
    const r = readWorkbook(input);
    expect(withCode(r, 'DEDUCTION_NEGATIVE')).toMatchObject([{ severity: 'warning', cell: 'E7', params: { value: '-2,00', used: 200 } }]);
    expect(r.workbook?.self?.values[1][5]).toBe(200);
  });

  it('warns when a score is not a multiple of `Bước điểm`', () => {
    const input = standardInput();
    setSetting(input, 'Bước điểm', 0.5);
    put(input, 'Tự chấm', 'D3', 8.75);
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_STEP')).toMatchObject([{ severity: 'warning', cell: 'D3', params: { value: '8,75', step: 50 } }]);
    expect(r.workbook?.self?.values[0][1]).toBe(875);
  });
});

describe('group rows', () => {
  const withGroups = (i: CellValue[], iii: CellValue[], iv: CellValue[]) => {
    const input = standardInput();
    const rows = sheet(input, 'Tự chấm').values;
    rows.splice(1, 0, ['I', 'Nhóm I', 20, ...i]);
    rows.splice(rows.findIndex((r) => r[0] === 'III.1'), 0, ['III', 'Nhóm III', 5, ...iii]);
    rows.splice(rows.findIndex((r) => r[0] === 'IV.1'), 0, ['IV', 'Nhóm IV', 5, ...iv]);
    return input;
  };

  it('are ignored when they match the sheet\'s own subtotals', () => {
    // I: NA 10+9, HT 9+8, QB 9+9; III: NA 1, QB 2; IV: HT 1 (written as -1 is fine too)
    const r = readWorkbook(withGroups([19, 17, 18], [1, null, 2], [0, -1, '']));
    expect(issues(r)).toEqual([]);
  });

  it('warn when a number differs from the subtotal (a stale SUM formula)', () => {
    const r = readWorkbook(withGroups([18, '17', 18], [1, 0, 2], [0, 1, 0]));
    expect(withCode(r, 'GROUP_ROW_MISMATCH')).toEqual([
      {
        severity: 'warning',
        code: 'GROUP_ROW_MISMATCH',
        sheet: 'Tự chấm',
        cell: 'D2',
        member: 'NA',
        criterion: 'I',
        params: { criterion: 'I', member: 'Tỉnh Nghệ An', value: '18,00', computed: 1900 },
      },
    ]);
  });

  it('compare a bonus group with its capped subtotal', () => {
    const input = withGroups([19, 17, 18], [5, 0, 2], [0, 1, 0]);
    put(input, 'Tự chấm', 'D7', 3); // NA: III.1 = 3
    put(input, 'Tự chấm', 'D8', 3); // NA: III.2 = 3 → 6, capped at 5
    expect(withCode(readWorkbook(input), 'GROUP_ROW_MISMATCH')).toEqual([]);
    put(input, 'Tự chấm', 'D6', 6);
    expect(withCode(readWorkbook(input), 'GROUP_ROW_MISMATCH')).toMatchObject([{ cell: 'D6', params: { value: '6,00', computed: 500 } }]);
  });

  it('are not compared when a cell below is missing', () => {
    const input = withGroups([19, 17, 18], [1, 0, 2], [0, 1, 0]);
    put(input, 'Tự chấm', 'D3', null); // NA I.1 blank: SCORE_MISSING, but no group warning
    const r = readWorkbook(input);
    expect(withCode(r, 'GROUP_ROW_MISMATCH')).toEqual([]);
    expect(withCode(r, 'SCORE_MISSING')).toHaveLength(1);
  });
});

describe('Tự chấm: always required', () => {
  it('reports a missing sheet even when it is not the score source', () => {
    const input = crossInput();
    removeSheet(input, 'Tự chấm');
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_SHEET_MISSING')).toMatchObject([{ severity: 'error', params: { sheet: 'Tự chấm', reason: 'self' } }]);
    expect(r.workbook?.self).toBeNull();
  });

  it('reports every blank Điểm cell, but not blank bonus or deduction cells', () => {
    const input = crossInput();
    put(input, 'Tự chấm', 'E3', null);
    put(input, 'Tự chấm', 'F4', '  ');
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_MISSING').map((p) => [p.cell, p.member, p.criterion, p.severity])).toEqual([
      ['E3', 'HT', 'I.2', 'error'],
      ['F4', 'QB', 'II', 'error'],
    ]);
  });

  it('reports a column left wholly blank once, with the count', () => {
    const input = standardInput();
    sheet(input, 'Tự chấm').values = scoreRows({
      NA: [null, null, null, null, null, null],
      HT: [9, 8, 8, null, null, 1],
      QB: [9, 9, 7, null, 2, null],
    });
    input.sheets.find((s) => s.name === 'Tiêu chí')?.values.push(
      ['V', 'Nhóm V', 9, null, null],
      ['V.1', 'a', 3, null, null],
      ['V.2', 'b', 3, null, null],
      ['V.3', 'c', 3, null, null],
    );
    const rows = sheet(input, 'Tự chấm').values;
    rows.push(['V.1', null, 3, null, 1, 1], ['V.2', null, 3, null, 1, 1], ['V.3', null, 3, null, 1, 1]);
    const missing = withCode(readWorkbook(input), 'SCORE_MISSING');
    expect(missing).toEqual([
      {
        severity: 'error',
        code: 'SCORE_MISSING',
        sheet: 'Tự chấm',
        cell: 'D2',
        member: 'NA',
        params: { member: 'Tỉnh Nghệ An', criterion: 'I.1', count: 6 },
      },
    ]);
  });
});

describe('Thẩm định: required only as the score source', () => {
  it('may be missing or have blanks when it is not the source', () => {
    const input = standardInput();
    input.sheets.push({ name: 'Thẩm định', values: scoreRows({ NA: [1, null, 1, null, null, null], HT: [1, 1, 1, null, null, null], QB: [1, 1, 1, null, null, null] }) });
    expect(issues(readWorkbook(input))).toEqual([]);
  });

  it('must exist and be complete when it is the source', () => {
    const input = standardInput();
    setSetting(input, 'Nguồn điểm', 'Thẩm định');
    expect(withCode(readWorkbook(input), 'SCORE_SHEET_MISSING')).toMatchObject([{ params: { sheet: 'Thẩm định', reason: 'source' } }]);
    input.sheets.push({ name: 'Thẩm định', values: scoreRows({ NA: [1, null, 1, null, null, null], HT: [1, 1, 1, null, null, null], QB: [1, 1, 1, null, null, null] }) });
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORE_MISSING')).toMatchObject([{ sheet: 'Thẩm định', cell: 'D3', member: 'NA', criterion: 'I.2' }]);
    expect(r.workbook?.appraisal?.kind).toBe('appraisal');
  });
});

describe('Chấm chéo', () => {
  it('reads one sheet per scorer', () => {
    const r = readWorkbook(crossInput());
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.cross.map((s) => [s.sheet, s.scorer, s.kind])).toEqual([
      ['Chấm chéo - NA', 'NA', 'cross'],
      ['Chấm chéo - HT', 'HT', 'cross'],
      ['Chấm chéo - QB', 'QB', 'cross'],
    ]);
  });

  it('refuses a scorer that is not a member and a second sheet for one scorer', () => {
    const input = crossInput();
    input.sheets.push({ name: 'Chấm chéo - QT', values: scoreRows() }, { name: 'Chấm chéo - Tỉnh Nghệ An', values: scoreRows() });
    const r = readWorkbook(input);
    expect(withCode(r, 'SCORER_UNKNOWN')).toMatchObject([{ severity: 'error', sheet: 'Chấm chéo - QT', params: { scorer: 'QT' } }]);
    expect(withCode(r, 'SCORER_DUPLICATE')).toMatchObject([{ severity: 'error', sheet: 'Chấm chéo - Tỉnh Nghệ An', params: { first: 'Chấm chéo - NA' } }]);
    expect(r.workbook?.cross).toHaveLength(3);
  });

  it('lets the scorer leave out or blank its own column', () => {
    const input = crossInput();
    for (const row of sheet(input, 'Chấm chéo - NA').values) row.splice(3, 1);
    for (const row of sheet(input, 'Chấm chéo - HT').values.slice(1)) row[4] = null;
    const r = readWorkbook(input);
    expect(issues(r)).toEqual([]);
    expect(r.workbook?.cross[0].memberCols[0]).toBe(-1);
  });

  it('warns about a scorer\'s blank cell when others still score it', () => {
    const input = crossInput();
    put(input, 'Chấm chéo - NA', 'E2', null); // NA did not score HT on I.1; QB did
    const r = readWorkbook(input);
    expect(withCode(r, 'CROSS_SCORE_MISSING')).toMatchObject([
      { severity: 'warning', sheet: 'Chấm chéo - NA', cell: 'E2', member: 'HT', criterion: 'I.1', params: { scorer: 'Tỉnh Nghệ An', member: 'Tỉnh Hà Tĩnh' } },
    ]);
    expect(withCode(r, 'CROSS_SCORE_NONE')).toEqual([]);
  });

  it('refuses a (member, leaf) that no counted score covers', () => {
    const input = crossInput();
    put(input, 'Chấm chéo - NA', 'E2', null);
    put(input, 'Chấm chéo - QB', 'E2', null);
    // HT's own score of itself does not count by default
    const r = readWorkbook(input);
    expect(withCode(r, 'CROSS_SCORE_NONE')).toEqual([
      {
        severity: 'error',
        code: 'CROSS_SCORE_NONE',
        sheet: 'Chấm chéo - NA',
        cell: 'E2',
        member: 'HT',
        criterion: 'I.1',
        params: { member: 'Tỉnh Hà Tĩnh', criterion: 'I.1' },
      },
    ]);
    setSetting(input, 'Tính điểm tự chấm khi chấm chéo', 'Có');
    expect(withCode(readWorkbook(input), 'CROSS_SCORE_NONE')).toEqual([]);
  });

  it('points out a member with no cross sheet', () => {
    const input = crossInput();
    removeSheet(input, 'Chấm chéo - QB');
    expect(withCode(readWorkbook(input), 'CROSS_SHEET_ABSENT')).toMatchObject([
      { severity: 'warning', member: 'QB', params: { member: 'Tỉnh Quảng Bình', sheet: 'Chấm chéo - QB' } },
    ]);
  });

  it('needs a cross sheet when cross-scoring is the source', () => {
    const input = standardInput();
    setSetting(input, 'Nguồn điểm', 'Chấm chéo');
    expect(withCode(readWorkbook(input), 'SCORE_SHEET_MISSING')).toMatchObject([{ severity: 'error', params: { reason: 'source' } }]);
  });

  it('does not require cross scores when another source is chosen', () => {
    const input = crossInput();
    setSetting(input, 'Nguồn điểm', 'Tự chấm');
    for (const row of sheet(input, 'Chấm chéo - NA').values.slice(1)) row[4] = null;
    expect(issues(readWorkbook(input))).toEqual([]);
  });
});

describe('numbers no score can be (issue 11, item 5)', () => {
  it('refuses a number that is not finite or beyond a billion, at its cell, in every place a number is read', () => {
    const input = standardInput();
    put(input, 'Tự chấm', 'D2', 1e308); // NA, I.1
    put(input, 'Tự chấm', 'E3', Infinity); // HT, I.2
    put(input, 'Tự chấm', 'F4', NaN); // QB, II
    put(input, 'Tiêu chí', 'C4', 1e12); // maximum of II
    setSetting(input, 'Số Cờ thi đua Chính phủ', 1e308);
    const r = readWorkbook(input);
    expect(withCode(r, 'NUMBER_INVALID').map((p) => [p.sheet, p.cell, p.params.value, p.params.tooLarge])).toEqual([
      ['Tiêu chí', 'C4', '1000000000000', true],
      ['Tự chấm', 'D2', '1e+308', true],
      ['Tự chấm', 'E3', 'Infinity', true],
      ['Tự chấm', 'F4', 'NaN', true],
    ]);
    expect(withCode(r, 'SETTING_INVALID')).toMatchObject([{ params: { setting: 'flagQuota', value: '1e+308', reason: { kind: 'tooLarge' } } }]);
    // Never read as a score: no "above the maximum" for them, and a quota keeps its default.
    expect(withCode(r, 'SCORE_ABOVE_MAX')).toEqual([]);
    expect(r.workbook?.settings.flagQuota).toBe(1);
  });

  it('still takes a billion itself (a very large but possible maximum)', () => {
    const input = standardInput();
    put(input, 'Tiêu chí', 'C4', 1e9);
    expect(withCode(readWorkbook(input), 'NUMBER_INVALID')).toEqual([]);
  });
});
