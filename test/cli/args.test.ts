/** The command line's grammar: what parses into which command, and which mistakes are usage errors. */
import { isUsageError, parseArgs, parseMembers } from '../../src/cli/args';

describe('commands and their options', () => {
  test('check with --json', () => {
    expect(parseArgs(['check', 'so.xlsx', '--json'])).toEqual({ lang: 'vi', command: { kind: 'check', book: 'so.xlsx', json: true } });
  });

  test('rank with -o, --output=, --in-place', () => {
    expect(parseArgs(['rank', 'so.xlsx', '-o', 'kq.xlsx'])).toMatchObject({ command: { kind: 'rank', output: 'kq.xlsx', inPlace: false } });
    expect(parseArgs(['rank', '--output=kq.xlsx', 'so.xlsx'])).toMatchObject({ command: { kind: 'rank', book: 'so.xlsx', output: 'kq.xlsx' } });
    expect(parseArgs(['rank', 'so.xlsx', '--in-place'])).toMatchObject({ command: { kind: 'rank', output: null, inPlace: true } });
  });

  test('template with name, year and members', () => {
    expect(parseArgs(['template', 'mau.xlsx', '--name', 'Cụm thi đua các tỉnh Bắc Trung Bộ', '--year=2023', '--members', 'NA=Tỉnh Nghệ An; QT = Tỉnh Quảng Trị'])).toEqual({
      lang: 'vi',
      command: {
        kind: 'template',
        output: 'mau.xlsx',
        name: 'Cụm thi đua các tỉnh Bắc Trung Bộ',
        year: 2023,
        members: [
          { code: 'NA', name: 'Tỉnh Nghệ An' },
          { code: 'QT', name: 'Tỉnh Quảng Trị' },
        ],
      },
    });
  });

  test('--help and --version win over everything else; `help` is a command too', () => {
    expect(parseArgs(['rank', '--help'])).toMatchObject({ command: { kind: 'help' } });
    expect(parseArgs(['help'])).toMatchObject({ command: { kind: 'help' } });
    expect(parseArgs(['-V'])).toMatchObject({ command: { kind: 'version' } });
  });

  test('a path starting with a dash after --', () => {
    expect(parseArgs(['check', '--', '-so.xlsx'])).toMatchObject({ command: { kind: 'check', book: '-so.xlsx' } });
  });
});

describe('--lang: Vietnamese by default, English on request, even for usage errors', () => {
  test('anywhere on the line, in both spellings', () => {
    expect(parseArgs(['--lang', 'en', 'check', 'so.xlsx'])).toMatchObject({ lang: 'en' });
    expect(parseArgs(['check', 'so.xlsx', '--lang=en'])).toMatchObject({ lang: 'en' });
    expect(parseArgs(['check', 'so.xlsx'])).toMatchObject({ lang: 'vi' });
  });

  test('a usage error in the asked language', () => {
    const r = parseArgs(['check', '--lang', 'en']);
    expect(isUsageError(r) && r.usageError).toBe('The path of the scoring workbook (.xlsx) is missing.');
    const vi = parseArgs(['check']);
    expect(isUsageError(vi) && vi.usageError).toBe('Thiếu đường dẫn tới sổ chấm điểm (.xlsx).');
  });
});

describe('usage errors are values, never exceptions', () => {
  test.each([
    [['rank', 'so.xlsx', '--json=yes'], 'Không có tùy chọn "--json=yes".'],
    [['check', 'so.xlsx', '--in-place'], 'Không có tùy chọn "--in-place".'],
    [['rank', 'so.xlsx', '-o', '--json'], 'Tùy chọn -o cần một giá trị.'],
    [['template', 'mau.xlsx', '--year', '1999'], 'Năm "1999" không hợp lệ (cần số nguyên từ 2000 đến 2100).'],
  ])('%j', (argv, message) => {
    const r = parseArgs(argv);
    expect(isUsageError(r)).toBe(true);
    expect(isUsageError(r) && r.usageError).toBe(message);
  });
});

describe('--members "MÃ=Tên;…"', () => {
  test('items split on ";", spaces trimmed, empty items skipped', () => {
    expect(parseMembers('TH=Tỉnh Thanh Hóa;;HT=Tỉnh Hà Tĩnh;')).toEqual([
      { code: 'TH', name: 'Tỉnh Thanh Hóa' },
      { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
    ]);
  });

  test('an item without "=" or with an empty side is reported', () => {
    expect(parseMembers('TH=Tỉnh Thanh Hóa;Nghệ An')).toEqual({ bad: 'Nghệ An' });
    expect(parseMembers('=Tỉnh Quảng Bình')).toEqual({ bad: '=Tỉnh Quảng Bình' });
  });
});
