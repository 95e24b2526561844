/**
 * docs/huong-dan-so-lieu.md, `Phiếu bầu`, and docs/quy-tac-tinh-diem.md §9: ballot papers, which of them count for each
 * award, and the quorum.
 */
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import type { CellValue, WorkbookInput } from '../../../src/core/grid';
import { issues, setSetting, standardInput, withCode } from './fixture';

const withBallots = (...rows: CellValue[][]): WorkbookInput => {
  const input = standardInput();
  input.sheets.push({ name: 'Phiếu bầu', values: [['BIÊN BẢN KIỂM PHIẾU'], ['Phiếu số', 'Cờ thi đua', 'Bằng khen'], ...rows] });
  return input;
};

describe('Phiếu bầu: reading the papers', () => {
  it('resolves codes, names and aliases, split on ";" or ","', () => {
    const r = readWorkbook(withBallots([1, 'NA', 'Hà Tĩnh; Tỉnh Quảng Bình'], [2, 'tỉnh nghệ an', 'HT, QB'], [3, null, null]));
    expect(issues(r)).toEqual([]);
    const ballots = r.workbook?.ballots ?? [];
    expect(ballots.map((b) => b.number)).toEqual(['1', '2', '3']);
    expect(ballots[0]).toEqual({
      number: '1',
      row: 2,
      round: 1,
      flag: { cell: 'B3', members: ['NA'], unknown: [], named: 1, abstained: false, invalid: null },
      certificate: { cell: 'C3', members: ['HT', 'QB'], unknown: [], named: 2, abstained: false, invalid: null },
    });
    expect(ballots[1].certificate.members).toEqual(['HT', 'QB']);
    expect(ballots[2].flag).toMatchObject({ abstained: true, invalid: null, members: [] });
  });

  it('is null when there is no Phiếu bầu sheet', () => {
    expect(readWorkbook(standardInput()).workbook?.ballots).toBeNull();
  });

  it('skips blank rows', () => {
    const r = readWorkbook(withBallots([1, 'NA', null], [null, '', '  '], [2, 'NA', null]));
    expect(r.workbook?.ballots?.map((b) => b.number)).toEqual(['1', '2']);
  });
});

describe('Phiếu bầu: a ballot that does not count for an award', () => {
  it('names more members than the quota (the rules judge it, round by round; issue 10)', () => {
    const r = readWorkbook(withBallots([1, 'NA; HT', 'HT; QB']));
    // The reader no longer warns: a round's places depend on the rounds before (src/core/rules/ballotValidity.ts).
    expect(withCode(r, 'BALLOT_OVER_QUOTA')).toEqual([]);
    const b = r.workbook?.ballots?.[0];
    expect(b?.flag).toMatchObject({ named: 2, invalid: 'overQuota' }); // as the first version judged it (fingerprint)
    // The quota of 2 Bằng khen the first version assumed when none is written: valid then, and kept so.
    expect(b?.certificate.invalid).toBeNull();
  });

  it('names the same member twice', () => {
    const r = readWorkbook(withBallots([7, 'NA', 'HT; Tỉnh Hà Tĩnh']));
    expect(withCode(r, 'BALLOT_DUPLICATE_NAME')).toMatchObject([{ cell: 'C3', params: { number: '7', award: 'certificate', name: 'Tỉnh Hà Tĩnh' } }]);
    expect(r.workbook?.ballots?.[0].certificate).toMatchObject({ invalid: 'duplicate', members: ['HT'] });
  });

  it('names someone who is not a member', () => {
    const r = readWorkbook(withBallots([1, 'Tỉnh Quảng Nam', null]));
    expect(withCode(r, 'BALLOT_UNKNOWN_NAME')).toMatchObject([{ severity: 'warning', cell: 'B3', params: { names: ['Tỉnh Quảng Nam'] } }]);
    expect(r.workbook?.ballots?.[0].flag).toMatchObject({ invalid: 'unknown', unknown: ['Tỉnh Quảng Nam'] });
  });
});

describe('Phiếu bầu: the count of papers', () => {
  it('warns about a number used twice', () => {
    const r = readWorkbook(withBallots([1, 'NA', null], [1, 'HT', null]));
    expect(withCode(r, 'BALLOT_NUMBER_DUPLICATE')).toMatchObject([{ severity: 'warning', cell: 'A4', params: { number: '1' } }]);
    expect(r.workbook?.ballots).toHaveLength(2);
  });

  it('refuses more papers than members present', () => {
    const input = withBallots([1, 'NA', null], [2, 'NA', null], [3, 'NA', null]);
    setSetting(input, 'Số thành viên dự họp', 2);
    // 2 present out of 3 is exactly the quorum ⌈2/3 × 3⌉ = 2
    expect(issues(readWorkbook(input))).toEqual(['BALLOTS_EXCEED_PRESENT Phiếu bầu!A5']);
  });
});

describe('Phiếu bầu: the quorum (docs/quy-tac-tinh-diem.md §9)', () => {
  it('needs two thirds of the members present, rounded up', () => {
    const input = withBallots([1, 'NA', null]);
    setSetting(input, 'Số thành viên dự họp', 1);
    const r = readWorkbook(input);
    expect(withCode(r, 'QUORUM_NOT_MET')).toEqual([
      { severity: 'error', code: 'QUORUM_NOT_MET', sheet: 'Cấu hình', cell: 'B7', params: { present: 1, members: 3, required: 2 } },
    ]);
  });

  it('is not checked without ballots', () => {
    const input = standardInput();
    setSetting(input, 'Số thành viên dự họp', 1);
    expect(withCode(readWorkbook(input), 'QUORUM_NOT_MET')).toEqual([]);
  });
});
