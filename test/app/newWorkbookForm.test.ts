/** The "new workbook" form is checked against the `Cấu hình` and `Thành viên` rules before any sheet is made. */
import { parseMembers, validateNewWorkbook } from '../../src/app/newWorkbookForm';

describe('members typed as "TH=Tỉnh Thanh Hóa; NA=Tỉnh Nghệ An"', () => {
  test('semicolons and line breaks separate members; spaces around = are ignored', () => {
    expect(parseMembers('TH=Tỉnh Thanh Hóa;NA = Tỉnh Nghệ An\nHT=Tỉnh Hà Tĩnh;\n').members).toEqual([
      { code: 'TH', name: 'Tỉnh Thanh Hóa' },
      { code: 'NA', name: 'Tỉnh Nghệ An' },
      { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
    ]);
  });

  test('an item without "=" is reported', () => {
    expect(parseMembers('TH=Tỉnh Thanh Hóa; Tỉnh Nghệ An').issues).toEqual([{ field: 'members', kind: 'syntax', item: 'Tỉnh Nghệ An' }]);
  });

  // Issue 13 (finding 10) changes this: the form used to refuse Vietnamese letters the reader accepts.
  test('a code with Vietnamese letters is accepted, as the `Thành viên` sheet accepts it (“ĐL”, “HUẾ”)', () => {
    const parsed = parseMembers('ĐL=Tỉnh Đắk Lắk; HUẾ=Thành phố Huế');
    expect(parsed.issues).toEqual([]);
    expect(parsed.members.map((m) => m.code)).toEqual(['ĐL', 'HUẾ']);
  });

  test('a code with spaces or dots is refused, with the closest valid code offered (1–12 letters, digits, _ or -)', () => {
    expect(parseMembers('Q T=Tỉnh Quảng Trị; Đ.L=Tỉnh Đắk Lắk; ...=Tỉnh X').issues).toEqual([
      { field: 'members', kind: 'codeInvalid', code: 'Q T', suggestion: 'QT' },
      { field: 'members', kind: 'codeInvalid', code: 'Đ.L', suggestion: 'ĐL' },
      { field: 'members', kind: 'codeInvalid', code: '...', suggestion: null },
    ]);
  });

  test('codes and names must not repeat, whatever the case or tone-mark placement', () => {
    const { issues } = parseMembers('TH=Tỉnh Thanh Hóa; th=Tỉnh Thanh Hoá 2; TH2=Tỉnh Thanh Hoá');
    expect(issues).toEqual([
      { field: 'members', kind: 'codeDuplicate', code: 'th' },
      { field: 'members', kind: 'nameDuplicate', name: 'Tỉnh Thanh Hoá' },
    ]);
  });
});

describe('the form as a whole', () => {
  test('a good form gives the template options', () => {
    expect(validateNewWorkbook({ clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ', year: ' 2024 ', members: 'NA=Tỉnh Nghệ An; HT=Tỉnh Hà Tĩnh' })).toEqual({
      ok: true,
      options: {
        clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ',
        year: 2024,
        members: [
          { code: 'NA', name: 'Tỉnh Nghệ An' },
          { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
        ],
      },
    });
  });

  test('cluster name required, year 2000–2100, at least two members', () => {
    const r = validateNewWorkbook({ clusterName: '  ', year: '1999', members: 'NA=Tỉnh Nghệ An' });
    expect(r).toEqual({
      ok: false,
      issues: [
        { field: 'clusterName', kind: 'missing' },
        { field: 'year', kind: 'invalid' },
        { field: 'members', kind: 'tooFew' },
      ],
    });
    expect(validateNewWorkbook({ clusterName: 'Cụm', year: '2100', members: 'A=Tỉnh A; B=Tỉnh B' }).ok).toBe(true);
    expect(validateNewWorkbook({ clusterName: 'Cụm', year: '2101', members: 'A=Tỉnh A; B=Tỉnh B' }).ok).toBe(false);
    expect(validateNewWorkbook({ clusterName: 'Cụm', year: '2022.5', members: 'A=Tỉnh A; B=Tỉnh B' }).ok).toBe(false);
  });
});
