/**
 * docs/huong-dan-so-lieu.md, `Cấu hình` and `Xếp loại`: every setting's default and validation, and
 * the classification bands.
 */
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import { settingLines } from '../../../src/core/settings/settingLines';
import type { WorkbookInput } from '../../../src/core/grid';
import { crossInput, issues, put, removeSetting, scoreRows, setSetting, sheet, standardInput, withCode } from './fixture';

const settingsOf = (input: WorkbookInput) => {
  const r = readWorkbook(input);
  if (!r.workbook) throw new Error('no workbook: ' + issues(r).join('; '));
  return { r, s: r.workbook.settings, lines: settingLines(r.workbook, 'vi') };
};

describe('Cấu hình: defaults', () => {
  it('fills every setting the sheet leaves out', () => {
    const { s } = settingsOf(standardInput());
    expect(s).toMatchObject({
      aggregation: 'mean',
      countSelfInCross: false,
      flagQuota: 1,
      certificateQuota: 1, // issue 10: the 2022 cluster had one
      flagMinBand: 'Xuất sắc',
      certificateMinBand: 'Tốt',
      voteThreshold: 5000,
      voteBase: 'members',
      present: 3,
      lastPlaceTie: 'rank',
      maxRounds: 2,
      nextHeadRule: 'rotation',
      tieBreak: [{ kind: 'lessDeduction' }],
      deviationThreshold: 2000,
      scoreStep: 0,
      placeName: 'Nghệ An',
      nextHead: null,
      nextDeputies: null,
      rotation: ['NA', 'HT', 'QB'],
    });
  });

  it('shows every setting by its label, marking defaults (settingLines)', () => {
    const { lines } = settingsOf(standardInput());
    expect(lines).toHaveLength(24);
    expect(lines[0]).toEqual({ id: 'clusterName', name: 'Tên cụm', value: 'Cụm thi đua các tỉnh Bắc Trung Bộ', isDefault: false, cell: 'B2' });
    expect(lines.find((v) => v.name === 'Cụm trưởng')).toMatchObject({ value: 'Tỉnh Nghệ An', isDefault: false });
    expect(lines.find((v) => v.name === 'Tỷ lệ phiếu tối thiểu (%)')).toEqual({
      id: 'voteThreshold',
      name: 'Tỷ lệ phiếu tối thiểu (%)',
      value: '50%',
      isDefault: true,
      cell: null,
    });
    expect(lines.find((v) => v.name === 'Cụm trưởng năm sau')?.value).toContain('Tỉnh Hà Tĩnh');
  });

  it('takes the place name from a "Thành phố" head too', () => {
    const input = standardInput();
    put(input, 'Thành viên', 'B2', 'Thành phố Huế');
    expect(settingsOf(input).s.placeName).toBe('Huế');
  });
});

describe('Cấu hình: Nguồn điểm', () => {
  it('defaults to Chấm chéo when a cross sheet exists, and says so', () => {
    const input = crossInput();
    removeSetting(input, 'Nguồn điểm');
    const { r, s } = settingsOf(input);
    expect(s.scoreSource).toBe('cross');
    expect(withCode(r, 'SETTING_DEFAULT_USED')).toMatchObject([{ severity: 'info', params: { setting: 'scoreSource', value: 'cross' } }]);
  });

  it('defaults to Thẩm định when that sheet exists and no cross sheet does', () => {
    const input = standardInput();
    removeSetting(input, 'Nguồn điểm');
    input.sheets.push({ name: 'Thẩm định', values: scoreRows() });
    expect(settingsOf(input).s.scoreSource).toBe('appraisal');
  });

  it('defaults to Tự chấm otherwise', () => {
    const input = standardInput();
    removeSetting(input, 'Nguồn điểm');
    const { r, s } = settingsOf(input);
    expect(s.scoreSource).toBe('self');
    expect(withCode(r, 'SETTING_DEFAULT_USED')[0].params.value).toBe('self');
  });

  it('matches the values forgivingly and refuses others', () => {
    const input = standardInput();
    setSetting(input, 'Nguồn điểm', 'THẨM ĐỊNH'.normalize('NFD'));
    input.sheets.push({ name: 'Thẩm định', values: scoreRows() });
    expect(settingsOf(input).s.scoreSource).toBe('appraisal');
    setSetting(input, 'Nguồn điểm', 'Hội đồng chấm');
    const bad = withCode(readWorkbook(input), 'SETTING_INVALID');
    expect(bad).toMatchObject([{ cell: 'B6', params: { setting: 'scoreSource', reason: { kind: 'choice' } } }]);
  });
});

describe('Cấu hình: required settings', () => {
  it('reports each missing one', () => {
    const input = standardInput();
    removeSetting(input, 'Tên cụm');
    setSetting(input, 'Năm', null);
    const r = readWorkbook(input);
    expect(withCode(r, 'SETTING_REQUIRED').map((p) => [p.params.setting, p.cell])).toEqual([
      ['clusterName', ''],
      ['year', 'B2'], // one row up: `Tên cụm` was removed
    ]);
  });

  it('checks the year', () => {
    const input = standardInput();
    setSetting(input, 'Năm', 1999);
    expect(withCode(readWorkbook(input), 'SETTING_INVALID')).toMatchObject([{ params: { setting: 'year', reason: { kind: 'year', min: 2000, max: 2100 } } }]);
    setSetting(input, 'Năm', '2023');
    expect(settingsOf(input).s.year).toBe(2023);
  });
});

describe('Cấu hình: members named in settings', () => {
  it('accepts a code, a name or an alias and stores the code', () => {
    const input = standardInput();
    setSetting(input, 'Cụm trưởng', 'tỉnh nghệ an');
    setSetting(input, 'Cụm phó', 'Hà Tĩnh; QB');
    setSetting(input, 'Cụm trưởng năm sau', 'Tỉnh Hà Tĩnh');
    setSetting(input, 'Thứ tự luân phiên', 'QB; NA; HT');
    const { s } = settingsOf(input);
    expect(s.head).toBe('NA');
    expect(s.deputies).toEqual(['HT', 'QB']);
    expect(s.nextHead).toBe('HT');
    expect(s.rotation).toEqual(['QB', 'NA', 'HT']);
  });

  it('reports a name that is not a member', () => {
    const input = standardInput();
    setSetting(input, 'Cụm trưởng', 'Tỉnh Quảng Nam');
    setSetting(input, 'Cụm phó', 'HT; Thanh Hóa');
    const r = readWorkbook(input);
    expect(withCode(r, 'SETTING_MEMBER_UNKNOWN').map((p) => [p.cell, p.params.value])).toEqual([
      ['B4', 'Tỉnh Quảng Nam'],
      ['B5', 'Thanh Hóa'],
    ]);
  });

  it('wants 1–2 deputies other than the head', () => {
    const input = standardInput();
    setSetting(input, 'Cụm phó', 'NA');
    expect(withCode(readWorkbook(input), 'SETTING_INVALID')).toMatchObject([{ params: { reason: { kind: 'deputyIsHead' } } }]);
  });

  it('wants every member exactly once in the rotation', () => {
    const input = standardInput();
    setSetting(input, 'Thứ tự luân phiên', 'NA; HT');
    expect(withCode(readWorkbook(input), 'SETTING_INVALID')).toMatchObject([{ params: { reason: { kind: 'rotation', missing: ['Tỉnh Quảng Bình'] } } }]);
    setSetting(input, 'Thứ tự luân phiên', 'NA; HT; QB; NA');
    expect(withCode(readWorkbook(input), 'SETTING_INVALID')).toMatchObject([{ params: { reason: { kind: 'memberRepeated' } } }]);
  });
});

describe('Cấu hình: numbers, choices and lists', () => {
  it('reads percentages with decimals as hundredths of a percent', () => {
    const input = standardInput();
    setSetting(input, 'Tỷ lệ phiếu tối thiểu (%)', 66.667);
    setSetting(input, 'Ngưỡng chênh lệch (%)', '15,5');
    setSetting(input, 'Bước điểm', 0.25);
    const { s, lines } = settingsOf(input);
    expect(s.voteThreshold).toBe(6667);
    expect(s.deviationThreshold).toBe(1550);
    expect(s.scoreStep).toBe(25);
    expect(lines.find((v) => v.id === 'voteThreshold')?.value).toBe('66,67%');
  });

  it('refuses a threshold above 100% and a score step with three decimals', () => {
    const input = standardInput();
    setSetting(input, 'Tỷ lệ phiếu tối thiểu (%)', 150);
    setSetting(input, 'Bước điểm', 0.125);
    expect(withCode(readWorkbook(input), 'SETTING_INVALID').map((p) => p.params.reason.kind)).toEqual(['percent', 'precision']);
  });

  it('reads Có/Không, the aggregation and the vote base', () => {
    const input = standardInput();
    setSetting(input, 'Tính điểm tự chấm khi chấm chéo', 'có');
    setSetting(input, 'Cách tổng hợp', 'Trung bình cắt');
    setSetting(input, 'Cơ sở tính tỷ lệ phiếu', 'số phiếu hợp lệ');
    setSetting(input, 'Số Bằng khen Thủ tướng', 3);
    const { s } = settingsOf(input);
    expect([s.countSelfInCross, s.aggregation, s.voteBase, s.certificateQuota]).toEqual([true, 'trimmedMean', 'validBallots', 3]);
    setSetting(input, 'Số Bằng khen Thủ tướng', 2.5);
    expect(withCode(readWorkbook(input), 'SETTING_INVALID')).toMatchObject([{ params: { reason: { kind: 'count' } } }]);
  });

  it('reads the tie-break chain, with groups that must be top-level criteria', () => {
    const input = standardInput();
    setSetting(input, 'Thứ tự ưu tiên khi bằng điểm', 'Nhóm I; nhiều điểm thưởng hơn; Tự chấm sát hơn; Ít điểm trừ hơn');
    expect(settingsOf(input).s.tieBreak).toEqual([
      { kind: 'group', group: 'I' },
      { kind: 'moreBonus' },
      { kind: 'closerSelf' },
      { kind: 'lessDeduction' },
    ]);
    setSetting(input, 'Thứ tự ưu tiên khi bằng điểm', 'Nhóm I.1; Nhóm IX; Điểm cao hơn');
    expect(withCode(readWorkbook(input), 'SETTING_INVALID').map((p) => p.params.reason.kind)).toEqual(['tieBreakGroup', 'tieBreakGroup', 'tieBreakItem']);
  });

  it('checks the members present against the member count', () => {
    const input = standardInput();
    setSetting(input, 'Số thành viên dự họp', 4);
    expect(withCode(readWorkbook(input), 'PRESENT_EXCEEDS_MEMBERS')).toMatchObject([{ severity: 'error', cell: 'B7', params: { present: 4, members: 3 } }]);
  });

  it('warns about unknown keys and refuses a key given twice', () => {
    const input = standardInput();
    setSetting(input, 'Ghi chú', 'Họp tại Vinh');
    sheet(input, 'Cấu hình').values.push(['NĂM', 2023]);
    const r = readWorkbook(input);
    expect(withCode(r, 'SETTING_UNKNOWN')).toMatchObject([{ severity: 'warning', cell: 'A7', params: { key: 'Ghi chú' } }]);
    expect(withCode(r, 'SETTING_DUPLICATE')).toMatchObject([{ severity: 'error', cell: 'A8', params: { setting: 'year' } }]);
    expect(r.workbook?.settings.year).toBe(2022);
  });
});

describe('Cấu hình: minimum bands', () => {
  it('must name a band', () => {
    const input = standardInput();
    setSetting(input, 'Xếp loại tối thiểu đề nghị Cờ', 'xuất sắc');
    setSetting(input, 'Xếp loại tối thiểu đề nghị Bằng khen', 'Hoàn thành tốt');
    const r = readWorkbook(input);
    expect(r.workbook?.settings.flagMinBand).toBe('Xuất sắc');
    expect(withCode(r, 'BAND_UNKNOWN')).toMatchObject([{ severity: 'error', params: { value: 'Hoàn thành tốt', bands: ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình'] } }]);
  });

  it('defaults to the top band for both awards when there is only one band', () => {
    const input = standardInput();
    input.sheets.push({ name: 'Xếp loại', values: [['Xếp loại', 'Điểm từ'], ['Đạt', 0]] });
    const { s } = settingsOf(input);
    expect([s.flagMinBand, s.certificateMinBand]).toEqual(['Đạt', 'Đạt']);
  });
});

describe('Xếp loại', () => {
  it('uses the default table as shares of the base maximum when the sheet is missing', () => {
    const r = readWorkbook(standardInput());
    // base maximum 30 points: 90% = 27, 80% = 24, 70% = 21
    expect(r.workbook?.bands).toEqual([
      { name: 'Xuất sắc', from: 2700 },
      { name: 'Tốt', from: 2400 },
      { name: 'Khá', from: 2100 },
      { name: 'Trung bình', from: 0 },
    ]);
    expect(r.workbook?.defaultBands).toBe(true);
  });

  it('reads the table with a title row', () => {
    const input = standardInput();
    input.sheets.push({ name: 'Xếp loại', values: [['BẢNG XẾP LOẠI'], ['Xếp loại', 'Điểm từ'], ['Xuất sắc', 28.5], ['Khá', '20'], ['Trung bình', 0]] });
    const r = readWorkbook(input);
    expect(r.workbook?.bands).toEqual([
      { name: 'Xuất sắc', from: 2850 },
      { name: 'Khá', from: 2000 },
      { name: 'Trung bình', from: 0 },
    ]);
    expect(r.workbook?.defaultBands).toBe(false);
    expect(withCode(r, 'NUMBER_AS_TEXT')).toMatchObject([{ cell: 'B4' }]);
  });

  it('refuses a bad table: duplicate names, thresholds not decreasing, lowest above zero', () => {
    const input = standardInput();
    input.sheets.push({
      name: 'Xếp loại',
      values: [['Xếp loại', 'Điểm từ'], ['Xuất sắc', 27], ['Tốt', 27], ['xuất sắc', 20], ['Khá', 21], ['Trung bình', 10]],
    });
    const r = readWorkbook(input);
    expect(withCode(r, 'BAND_NOT_DECREASING')).toMatchObject([{ severity: 'error', cell: 'B3', params: { band: 'Tốt', previous: 'Xuất sắc' } }]);
    expect(withCode(r, 'BAND_NAME_DUPLICATE')).toMatchObject([{ severity: 'error', cell: 'A4' }]);
    expect(withCode(r, 'BAND_LOWEST_ABOVE_ZERO')).toMatchObject([{ severity: 'warning', cell: 'B6', params: { band: 'Trung bình', from: 1000 } }]);
  });

  it('refuses an empty table', () => {
    const input = standardInput();
    input.sheets.push({ name: 'Xếp loại', values: [['Xếp loại', 'Điểm từ']] });
    expect(withCode(readWorkbook(input), 'BAND_EMPTY')).toMatchObject([{ severity: 'error', sheet: 'Xếp loại' }]);
  });
});

describe('Cấu hình: the settings of the conference (issue 10)', () => {
  it('reads the vote base "Số thành viên dự họp", the tie rule and the maximum of rounds', () => {
    const input = standardInput();
    setSetting(input, 'Cơ sở tính tỷ lệ phiếu', 'số thành viên dự họp');
    setSetting(input, 'Khi bằng phiếu ở suất cuối', 'Bỏ phiếu lại');
    setSetting(input, 'Số vòng bỏ phiếu tối đa', 3);
    const { r, s } = settingsOf(input);
    expect(issues(r)).toEqual([]);
    expect([s.voteBase, s.lastPlaceTie, s.maxRounds]).toEqual(['present', 'revote', 3]);
  });
  it('refuses 0 rounds, and a word that is not a choice', () => {
    const input = standardInput();
    setSetting(input, 'Số vòng bỏ phiếu tối đa', 0);
    setSetting(input, 'Khi bằng phiếu ở suất cuối', 'Rút thăm');
    const r = readWorkbook(input);
    expect(withCode(r, 'SETTING_INVALID').map((p) => [p.cell, p.params.reason])).toEqual([
      ['B7', { kind: 'atLeastOne' }],
      ['B8', { kind: 'choice' }],
    ]);
    expect(r.workbook!.settings.maxRounds).toBe(2);
  });
});
