/**
 * File system care (issue 11): --in-place writes through a symbolic link to the real file (the link
 * stays a link), keeps the file's permissions and owner, refuses a read-only file (exit 73) and
 * leaves it as it was; a pipe (FIFO), a device or a folder given as the workbook is refused at once
 * (exit 2) without blocking.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../cli/run';
import { smallWorkbook, writeBook } from '../cli/workbooks';
import { tempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cum-thi-dua-fs-')));
afterEach(() => cleanup());

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

describe('--in-place through a symbolic link', () => {
  test('the real workbook is updated and the link stays a link', async () => {
    fs.mkdirSync(path.join(dir, 'chung'));
    const real = await writeBook(path.join(dir, 'chung'), 'so-that.xlsx', smallWorkbook());
    fs.symlinkSync(path.join('chung', 'so-that.xlsx'), path.join(dir, 'so.xlsx'));
    const before = fs.readFileSync(real);
    const r = await cli('rank', 'so.xlsx', '--in-place');
    expect(r.code).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'so.xlsx')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real).equals(before)).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'chung'))).toEqual(['so-that.xlsx']);
    expect((await cli('check', 'chung/so-that.xlsx', '--json')).code).toBe(0);
  });
});

describe('permissions and owner are kept', () => {
  test('a book only its owner may read and write (600) stays 600 after --in-place', async () => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook());
    fs.chmodSync(book, 0o600);
    expect((await cli('lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--in-place')).code).toBe(0);
    expect(fs.statSync(book).mode & 0o777).toBe(0o600);
  });

  (process.getuid?.() === 0 ? test : test.skip)('the owner and group stay those of the file, not of who ran the command (run as root here)', async () => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook());
    fs.chownSync(book, 1234, 5678);
    expect((await cli('rank', 'so.xlsx', '--in-place')).code).toBe(0);
    const st = fs.statSync(book);
    expect([st.uid, st.gid]).toEqual([1234, 5678]);
  });
});

describe('a read-only book is refused, not overwritten', () => {
  test('exit 73 with a clear sentence; the file byte-identical; no temporary file left', async () => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook());
    fs.chmodSync(book, 0o444);
    const before = fs.readFileSync(book);
    const r = await cli('rank', 'so.xlsx', '--in-place');
    expect(r.code).toBe(73);
    expect(r.stderr).toContain('chỉ cho phép đọc');
    expect(fs.readFileSync(book).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['so.xlsx']);
    const en = await runCli(['lock', 'so.xlsx', '--by', 'A', '--in-place', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(73);
    expect(en.stderr).toContain('read-only');
  });
});

describe('what is not a file is refused at once (exit 2) without blocking', () => {
  test('a named pipe (FIFO): nobody writes to it, and the command does not wait', async () => {
    execFileSync('mkfifo', [path.join(dir, 'ong.xlsx')]);
    const r = await cli('check', 'ong.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải là một tệp thông thường');
  });

  test('a device (/dev/null, /dev/zero)', async () => {
    for (const device of ['/dev/null', '/dev/zero']) {
      const r = await cli('check', device);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('không phải là một tệp thông thường');
    }
  });

  test('a folder', async () => {
    fs.mkdirSync(path.join(dir, 'thu-muc.xlsx'));
    const r = await cli('rank', 'thu-muc.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('thư mục');
  });
});
