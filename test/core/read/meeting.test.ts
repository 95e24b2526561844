/**
 * `Hội nghị` (docs/huong-dan-so-lieu.md, `Hội nghị`; issue 10): the conference's items read into
 * ParsedWorkbook.meeting, people split into name and title at the first dash, the members present
 * from the delegate rows and their agreement with `Số thành viên dự họp`, the items left with dots,
 * and the data fingerprint, which counts the sheet (and the `Vòng` column) only when used.
 */
import { fingerprintOf } from '../../../src/core/fingerprint/fingerprint';
import type { CellValue, WorkbookInput } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import { panelMembers, splitPerson } from '../../../src/core/read/personText';
import { timeText } from '../../../src/core/read/readMeeting';
import { describeTemplate } from '../../../src/core/template/describeTemplate';
import { issues, setSetting, standardInput, withCode } from './fixture';

const withMeeting = (...rows: CellValue[][]): WorkbookInput => {
  const input = standardInput();
  input.sheets.push({ name: 'Hội nghị', values: [['THÔNG TIN HỘI NGHỊ'], ['Mục', 'Nội dung'], ...rows] });
  return input;
};

const FULL: CellValue[][] = [
  ['Số biên bản', '05/BB-CTĐBTB'],
  ['Thời gian bắt đầu', '14 giờ 00, ngày 10/01/2023'],
  ['Thời gian kết thúc', '16 giờ 30'],
  ['Địa điểm', 'Hội trường UBND tỉnh Nghệ An'],
  ['Chủ trì', 'Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng'],
  ['Thư ký', 'Trần Thị B – Ban Thi đua - Khen thưởng tỉnh Nghệ An'],
  ['Đại biểu Trung ương', 'Lê Văn C - Ban Thi đua - Khen thưởng Trung ương'],
  ['Đại biểu Trung ương', 'Đỗ Thị K — Vụ Thi đua - Khen thưởng'],
  ['Đại biểu NA', 'Phạm Văn D — Phó Chủ tịch UBND tỉnh'],
  ['Đại biểu Hà Tĩnh', 'Võ Văn M — Phó Chủ tịch UBND tỉnh'],
  ['Ban kiểm phiếu', 'Nguyễn Văn E (Trưởng ban); Hồ Thị G; Đặng Văn H'],
  ['Người ký tờ trình', 'Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An'],
  ['Số tờ trình', '12/TTr-UBND'],
  ['Nơi nhận', 'Ban Thi đua - Khen thưởng Trung ương'],
  ['Nơi nhận', 'Các tỉnh thành viên Cụm'],
  ['Nơi nhận', 'Lưu: VT'],
];

describe('Hội nghị: the items', () => {
  it('reads every item as written, with its cell', () => {
    const r = readWorkbook(withMeeting(...FULL));
    expect(issues(r)).toEqual([]);
    const m = r.workbook!.meeting!;
    expect(r.workbook!.sheetNames.meeting).toBe('Hội nghị');
    expect(m.number).toEqual({ text: '05/BB-CTĐBTB', cell: 'B3' });
    expect(m.start?.text).toBe('14 giờ 00, ngày 10/01/2023');
    expect(m.end?.text).toBe('16 giờ 30');
    expect(m.place?.text).toBe('Hội trường UBND tỉnh Nghệ An');
    expect(m.chair).toEqual({
      text: 'Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng',
      cell: 'B7',
      name: 'Nguyễn Văn A',
      title: 'Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng',
    });
    // An en dash splits too, and the title keeps its own hyphen.
    expect(m.secretary).toMatchObject({ name: 'Trần Thị B', title: 'Ban Thi đua - Khen thưởng tỉnh Nghệ An' });
    expect(m.centralDelegates.map((d) => [d.name, d.title])).toEqual([
      ['Lê Văn C', 'Ban Thi đua - Khen thưởng Trung ương'],
      ['Đỗ Thị K', 'Vụ Thi đua - Khen thưởng'],
    ]);
    expect(m.delegates.map((d) => [d.member, d.name, d.title])).toEqual([
      ['NA', 'Phạm Văn D', 'Phó Chủ tịch UBND tỉnh'],
      ['HT', 'Võ Văn M', 'Phó Chủ tịch UBND tỉnh'],
    ]);
    expect(m.countingPanel?.members).toEqual([
      { name: 'Nguyễn Văn E', role: 'Trưởng ban' },
      { name: 'Hồ Thị G', role: '' },
      { name: 'Đặng Văn H', role: '' },
    ]);
    expect(m.submissionSigner).toMatchObject({ name: 'Nguyễn Văn A', title: 'Phó Chủ tịch UBND tỉnh Nghệ An' });
    expect(m.submissionNumber?.text).toBe('12/TTr-UBND');
    expect(m.recipients.map((x) => x.text)).toEqual(['Ban Thi đua - Khen thưởng Trung ương', 'Các tỉnh thành viên Cụm', 'Lưu: VT']);
    expect(m.present).toEqual(['NA', 'HT']);
  });

  it('is null without the sheet; the template\'s dots are not filled in', () => {
    expect(readWorkbook(standardInput()).workbook!.meeting).toBeNull();
    const template = describeTemplate({ clusterName: 'Cụm', year: 2022, members: [{ code: 'NA', name: 'Tỉnh Nghệ An' }, { code: 'HT', name: 'Tỉnh Hà Tĩnh' }, { code: 'QB', name: 'Tỉnh Quảng Bình' }] });
    const values = template.find((s) => s.name === 'Hội nghị')!.values;
    const r = readWorkbook({ sheets: [...standardInput().sheets, { name: 'Hội nghị', values }] });
    expect(issues(r)).toEqual([]);
    const m = r.workbook!.meeting!;
    expect([m.number, m.chair, m.secretary, m.countingPanel]).toEqual([null, null, null, null]);
    expect([m.delegates, m.recipients, m.present]).toEqual([[], [], []]);
    expect(r.workbook!.settings.present).toBe(3); // no delegate listed: every member
  });

  it('warns about an unknown item and an item written twice (the first is kept)', () => {
    const r = readWorkbook(withMeeting(['Địa điểm', 'Hội trường A'], ['Ghi chú', 'mang theo con dấu'], ['Địa điểm', 'Hội trường B']));
    expect(withCode(r, 'MEETING_ITEM_UNKNOWN')).toEqual([
      { severity: 'warning', code: 'MEETING_ITEM_UNKNOWN', sheet: 'Hội nghị', cell: 'A4', params: { item: 'Ghi chú' } },
    ]);
    expect(withCode(r, 'MEETING_ITEM_DUPLICATE')).toMatchObject([{ severity: 'warning', cell: 'A5', params: { item: 'Địa điểm' } }]);
    expect(r.workbook!.meeting!.place?.text).toBe('Hội trường A');
  });

  it('refuses a delegate of something that is not a member (it would change the number present)', () => {
    const r = readWorkbook(withMeeting(['Đại biểu Đà Nẵng', 'Nguyễn Văn X']));
    expect(withCode(r, 'MEETING_DELEGATE_UNKNOWN')).toEqual([
      { severity: 'error', code: 'MEETING_DELEGATE_UNKNOWN', sheet: 'Hội nghị', cell: 'A3', params: { value: 'Đà Nẵng' } },
    ]);
  });

  it('reads a time typed as an Excel date', () => {
    // 44936 = 10/01/2023; + 14/24 of a day = 14 giờ 00.
    const r = readWorkbook(withMeeting(['Thời gian bắt đầu', 44936 + 14 / 24], ['Thời gian kết thúc', 16.5 / 24]));
    expect(r.workbook!.meeting!.start?.text).toBe('14 giờ 00, ngày 10/01/2023');
    expect(r.workbook!.meeting!.end?.text).toBe('16 giờ 30');
    expect(timeText(44936)).toBe('ngày 10/01/2023');
  });
});

describe('Hội nghị: the members present', () => {
  it('are the members with a delegate; `Số thành viên dự họp` defaults to their number', () => {
    const r = readWorkbook(withMeeting(['Đại biểu NA', 'Phạm Văn D'], ['Đại biểu QB', 'Hoàng Văn N'], ['Đại biểu HT', '……']));
    expect(r.workbook!.meeting!.present).toEqual(['NA', 'QB']);
    expect(r.workbook!.settings.present).toBe(2);
  });

  it('two delegates of one member count once', () => {
    const r = readWorkbook(withMeeting(['Đại biểu NA', 'Phạm Văn D'], ['Đại biểu Nghệ An', 'Lê Thị P'], ['Đại biểu HT', 'Võ Văn M']));
    expect(r.workbook!.settings.present).toBe(2);
  });

  it('agree with `Số thành viên dự họp` when both are written', () => {
    const input = withMeeting(['Đại biểu NA', 'Phạm Văn D'], ['Đại biểu HT', 'Võ Văn M']);
    setSetting(input, 'Số thành viên dự họp', 2);
    expect(issues(readWorkbook(input))).toEqual([]);
  });

  it('a conflict is an error on both cells, each naming the other', () => {
    const input = withMeeting(['Địa điểm', 'Hội trường'], ['Đại biểu NA', 'Phạm Văn D'], ['Đại biểu HT', 'Võ Văn M']);
    setSetting(input, 'Số thành viên dự họp', 3); // row 7 of Cấu hình
    const found = withCode(readWorkbook(input), 'PRESENT_CONFLICT');
    expect(found).toEqual([
      { severity: 'error', code: 'PRESENT_CONFLICT', sheet: 'Cấu hình', cell: 'B7', params: { present: 3, delegates: 2, other: 'Hội nghị!A4' } },
      { severity: 'error', code: 'PRESENT_CONFLICT', sheet: 'Hội nghị', cell: 'A4', params: { present: 3, delegates: 2, other: 'Cấu hình!B7' } },
    ]);
  });
});

describe('people and the counting panel, split for the signature blocks', () => {
  it.each([
    ['Nguyễn Văn A — Phó Chủ tịch UBND tỉnh', 'Nguyễn Văn A', 'Phó Chủ tịch UBND tỉnh'],
    ['Nguyễn Văn A–Chủ tịch', 'Nguyễn Văn A', 'Chủ tịch'],
    ['Lê Văn C - Ban Thi đua - Khen thưởng Trung ương', 'Lê Văn C', 'Ban Thi đua - Khen thưởng Trung ương'],
    ['Nguyễn Văn A', 'Nguyễn Văn A', ''],
    ['Trần-Thị B', 'Trần-Thị B', ''], // a hyphen without spaces is part of the name
  ])('%s', (text, name, title) => {
    expect(splitPerson(text)).toEqual({ name, title });
  });
  it('the panel: a role in brackets or after a dash', () => {
    expect(panelMembers('Nguyễn Văn E (Trưởng ban); Hồ Thị G — Thành viên;  ; Đặng Văn H')).toEqual([
      { name: 'Nguyễn Văn E', role: 'Trưởng ban' },
      { name: 'Hồ Thị G', role: 'Thành viên' },
      { name: 'Đặng Văn H', role: '' },
    ]);
  });
});

describe('the data fingerprint counts Hội nghị and Vòng only when used (docs/ma-kiem-tra-du-lieu.md)', () => {
  const fp = (input: WorkbookInput): string => fingerprintOf(readWorkbook(input).workbook!);
  const ballots = (rounds: CellValue[] | null): WorkbookInput => {
    const input = standardInput();
    const header = rounds ? ['Phiếu số', 'Cờ thi đua', 'Bằng khen', 'Vòng'] : ['Phiếu số', 'Cờ thi đua', 'Bằng khen'];
    const rows = [[1, 'NA', 'HT'], [2, 'NA', 'QB']].map((r, i) => (rounds ? [...r, rounds[i]] : r));
    input.sheets.push({ name: 'Phiếu bầu', values: [header, ...rows] });
    return input;
  };

  it('a sheet with dots only, or no sheet: the same fingerprint', () => {
    expect(fp(withMeeting(['Địa điểm', '……'], ['Đại biểu NA', '...']))).toBe(fp(standardInput()));
  });
  it('any filled item changes it', () => {
    const place = fp(withMeeting(['Địa điểm', 'Hội trường A']));
    expect(place).not.toBe(fp(standardInput()));
    expect(fp(withMeeting(['Địa điểm', 'Hội trường B']))).not.toBe(place);
    expect(fp(withMeeting(['Đại biểu NA', 'Phạm Văn D']))).not.toBe(fp(standardInput()));
  });
  it('a Vòng column of blanks or 1s is the same as none; a round 2 changes it', () => {
    const none = fp(ballots(null));
    expect(fp(ballots([null, 1]))).toBe(none);
    expect(fp(ballots([1, 2]))).not.toBe(none);
  });
});
