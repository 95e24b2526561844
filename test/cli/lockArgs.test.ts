/** The grammar of `lock` and `unlock` (src/cli/args.ts) and their place in --help. */
import { parseArgs } from '../../src/cli/args';
import { runCli } from './run';

describe('lock', () => {
  test('the book, the name, an optional password and where to write', () => {
    expect(parseArgs(['lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--password=-bí mật', '--in-place'])).toEqual({
      lang: 'vi',
      command: { kind: 'lock', book: 'so.xlsx', by: 'Nguyễn Văn A', password: '-bí mật', output: null, inPlace: true, json: false },
    });
    expect(parseArgs(['lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '-o', 'chot.xlsx', '--json'])).toMatchObject({
      command: { kind: 'lock', password: null, output: 'chot.xlsx', inPlace: false, json: true },
    });
  });

  test('without --by, or with an empty one: a usage error naming --by', () => {
    expect(parseArgs(['lock', 'so.xlsx'])).toEqual({ lang: 'vi', usageError: 'Thiếu --by "<họ tên người chốt số liệu>".' });
    expect(parseArgs(['lock', 'so.xlsx', '--by', '  '])).toMatchObject({ usageError: expect.stringContaining('--by') });
    expect(parseArgs(['lock', 'so.xlsx', '--lang', 'en'])).toMatchObject({ usageError: 'The option --by "<name of the chair>" is missing.' });
  });

  test('--in-place and -o together, a missing book, an unknown option: usage errors', () => {
    expect(parseArgs(['lock', 'so.xlsx', '--by', 'A', '--in-place', '-o', 'x.xlsx'])).toMatchObject({ usageError: expect.any(String) });
    expect(parseArgs(['lock', '--by', 'A'])).toMatchObject({ usageError: expect.any(String) });
    expect(parseArgs(['lock', 'so.xlsx', '--by', 'A', '--year', '2022'])).toMatchObject({ usageError: 'Không có tùy chọn "--year".' });
  });
});

describe('unlock', () => {
  test('the name is optional; an empty password is none', () => {
    expect(parseArgs(['unlock', 'so.xlsx', '--password', 'x'])).toMatchObject({ command: { kind: 'unlock', by: null, password: 'x' } });
    expect(parseArgs(['unlock', 'so.xlsx', '--password='])).toMatchObject({ command: { kind: 'unlock', password: null } });
  });
});

test('--help lists lock and unlock in both languages', async () => {
  const vi = await runCli(['--help'], { cwd: process.cwd() });
  expect(vi.stdout).toContain('cum-thi-dua lock <sổ.xlsx> --by "<họ tên người chốt>"');
  expect(vi.stdout).toContain('cum-thi-dua unlock <sổ.xlsx>');
  const en = await runCli(['--help', '--lang', 'en'], { cwd: process.cwd() });
  expect(en.stdout).toContain('cum-thi-dua lock <book.xlsx> --by "<name of the chair>"');
});
