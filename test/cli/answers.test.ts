/**
 * How the command line answers (issue 9, and issue 11 item 5): in JSON whenever --json is asked,
 * in English only with --lang en (but for the workbook's own words), shares with the percent
 * formatter, never echoing unbounded or invisible text, never "năm 0", and refusing what no
 * workbook can hold. Workbooks are the corpus base (test/corpus/base.ts) with one change each.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import type { JsonCheckReport, JsonRankReport } from '../../src/cli/jsonReport';
import { ballotSheet, baseBook, MEMBER_CODES } from '../corpus/base';
import { findSheet, put, setSetting, type CorpusBook, type CorpusCell } from '../corpus/book';
import { toXlsxBytes } from '../corpus/toXlsx';
import { tempDir } from '../file/fixtures';
import * as FORMAT from '../../src/core/words/format';
import { runCli } from './run';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cum-thi-dua-answers-')));
afterEach(() => cleanup());

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

async function write(name: string, book: CorpusBook): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await toXlsxBytes(book));
  return file;
}

/** The base, with `edit` applied. */
function base(edit: (b: CorpusBook) => void): CorpusBook {
  const b = baseBook();
  edit(b);
  return b;
}

describe('rank --json always answers in JSON', () => {
  test('when -o names the input file: a JSON error object, exit 64, nothing written', async () => {
    const input = await write('so.xlsx', baseBook());
    const before = await fs.readFile(input);
    const r = await cli('rank', 'so.xlsx', '--json', '-o', 'so.xlsx');
    expect(r.code).toBe(64);
    const json = JSON.parse(r.stdout) as { error: { kind: string; message: string } };
    expect(json.error.kind).toBe('usage');
    expect(json.error.message).toContain('--in-place');
    expect(await fs.readFile(input)).toEqual(before);
    expect(existsSync(path.join(dir, 'so-ket-qua.xlsx'))).toBe(false);
  });

  test('lock and unlock do the same (one target rule for the three commands)', async () => {
    await write('so.xlsx', baseBook());
    for (const argv of [
      ['lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--json', '-o', 'so.xlsx'],
      ['unlock', 'so.xlsx', '--json', '-o', 'so.xlsx'],
    ]) {
      const r = await cli(...argv);
      expect([argv[0], r.code, (JSON.parse(r.stdout) as { error: { kind: string } }).error.kind]).toEqual([argv[0], 64, 'usage']);
    }
  });
});

describe('rank --json --lang en: English reasons only', () => {
  // Tỉnh Thanh Hóa did not sign the covenant; Tỉnh Hà Tĩnh (band Tốt) is below the Flag's minimum
  // (Xuất sắc). Both get a Flag vote; Nghệ An gets the other four.
  const ballots: [CorpusCell, CorpusCell][] = [
    ['NA', 'TTH'],
    ['NA', 'TTH'],
    ['NA', 'TTH'],
    ['TH', 'TTH'],
    ['HT', 'QB'],
    ['NA', 'QB'],
  ];
  const book = () =>
    base((b) => {
      findSheet(b, 'Thành viên').rows[1][3] = 'Không';
      b.sheets.push(ballotSheet(ballots));
    });

  /** The workbook's own words: member, band and sheet names, and its format (headers, labels, values). */
  function workbookWords(b: CorpusBook): string[] {
    const out: string[] = b.sheets.map((s) => s.name);
    for (const row of findSheet(b, 'Thành viên').rows.slice(1)) for (const v of row) if (typeof v === 'string') out.push(...v.split(/\s*;\s*/), v);
    for (const row of findSheet(b, 'Xếp loại').rows.slice(1)) if (typeof row[0] === 'string') out.push(row[0]);
    for (const row of findSheet(b, 'Cấu hình').rows) for (const v of row) if (typeof v === 'string') out.push(v);
    const walk = (v: unknown): void => {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    Object.values(FORMAT).forEach((v) => typeof v !== 'function' && walk(v));
    return out.sort((a, c) => c.length - a.length);
  }

  test('the votes for members that cannot be nominated say why in English', async () => {
    const b = book();
    await write('so.xlsx', b);
    const r = await cli('rank', 'so.xlsx', '--json', '--lang', 'en', '-o', 'ket-qua.xlsx');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonRankReport;
    const votes = json.issues.filter((i) => i.code === 'VOTES_FOR_INELIGIBLE').map((i) => i.message);
    expect(votes).toEqual([
      "Tỉnh Thanh Hóa received 1 votes for the Government Emulation Flag but cannot be nominated: did not sign the emulation covenant. The votes are recorded but do not make it a nominee.",
      'Tỉnh Hà Tĩnh received 1 votes for the Government Emulation Flag but cannot be nominated: classified “Tốt”, below the required “Xuất sắc”. The votes are recorded but do not make it a nominee.',
    ]);
    const th = json.nomination!.flag.candidates.find((c) => c.member === 'TH')!;
    expect(th.reason).toBe('Cannot be nominated: did not sign the emulation covenant.');
    // Nothing in the whole answer is Vietnamese but the workbook's own words.
    let text = r.stdout;
    // The names of the sheets written (`sheets`) are the workbook's sheet names, the same in every
    // language; removed first, since one of them contains an input sheet's name (“Phiếu bầu (mẫu)”).
    for (const w of json.sheets) text = text.split(w).join('');
    for (const w of workbookWords(b)) text = text.split(w).join('');
    expect(text.match(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/gi)).toBeNull();
  });

  test('the readable report too', async () => {
    await write('so.xlsx', book());
    const r = await cli('rank', 'so.xlsx', '--lang', 'en', '-o', 'ket-qua.xlsx');
    expect(r.stdout).toContain('Cannot be nominated for the Flag and Certificate: did not sign the emulation covenant');
    expect(r.stdout).not.toContain('không ký giao ước');
    expect(r.stdout).not.toContain('Không đủ điều kiện');
  });
});

describe('shares are written with the percent formatter', () => {
  test('a threshold of 62,5 % reads "62,5%" / "62.5%", as on the printed sheet', async () => {
    const b = base((x) => {
      setSetting(x, 'Tỷ lệ phiếu tối thiểu (%)', 62.5);
      // Issue 10: a Flag place nobody passed goes to round 2, so the share is read on the
      // Certificate, whose places nobody passed simply stay empty.
      x.sheets.push(ballotSheet(MEMBER_CODES.map((_, i) => [i < 3 ? 'NA' : 'TTH', i < 3 ? 'NA' : 'TTH'])));
    });
    await write('so.xlsx', b);
    const vi = JSON.parse((await cli('rank', 'so.xlsx', '--json', '-o', 'a.xlsx')).stdout) as JsonRankReport;
    const na = vi.nomination!.certificate.candidates.find((c) => c.member === 'NA')!;
    expect(na.percent).toBe(50);
    expect(na.reason).toBe('Tỷ lệ phiếu không vượt quá 62,5%.');
    const en = JSON.parse((await cli('rank', 'so.xlsx', '--json', '--lang', 'en', '-o', 'b.xlsx')).stdout) as JsonRankReport;
    expect(en.nomination!.certificate.candidates.find((c) => c.member === 'NA')!.reason).toBe('Share of votes not above 62.5%.');
  });
});

describe('text from the workbook in messages (issue 11, item 5)', () => {
  test('a zero-width space in a member code is shown, not hidden', async () => {
    await write('so.xlsx', base((b) => setSetting(b, 'Cụm trưởng', 'N\u200bA')));
    const json = JSON.parse((await cli('check', 'so.xlsx', '--json')).stdout) as JsonCheckReport;
    const unknown = json.issues.find((i) => i.code === 'SETTING_MEMBER_UNKNOWN')!;
    expect(unknown.cell).toBe('B4');
    expect(unknown.message).toContain('“N⟨U+200B⟩A”');
  });

  test('a huge cell is quoted in 80 characters at most', async () => {
    const huge = 'Ghi chú rất dài '.repeat(50_000); // 800 000 characters
    await write('so.xlsx', base((b) => findSheet(b, 'Cấu hình').rows.push([huge, 1])));
    const r = await cli('check', 'so.xlsx', '--json');
    expect(r.stdout.length).toBeLessThan(20_000);
    const json = JSON.parse(r.stdout) as JsonCheckReport;
    const unknown = json.issues.find((i) => i.code === 'SETTING_UNKNOWN')!;
    expect(unknown.message).toContain('“' + huge.slice(0, 79) + '…”');
  });

  test('a number no score can be (1e308) is refused with its cell', async () => {
    await write('so.xlsx', base((b) => put(b, 'Tự chấm', 'E2', 1e308)));
    const r = await cli('check', 'so.xlsx', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonCheckReport;
    const bad = json.issues.filter((i) => i.severity === 'error');
    expect(bad.map((i) => [i.code, i.sheet, i.cell])).toEqual([['NUMBER_INVALID', 'Tự chấm', 'E2']]);
    expect(bad[0].message).toContain('“1e+308”');
  });

  test('an invalid year is printed as written, not "năm 0"', async () => {
    await write('so.xlsx', base((b) => setSetting(b, 'Năm', 20222)));
    const r = await cli('check', 'so.xlsx');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Cụm thi đua các tỉnh Bắc Trung Bộ — năm 20222');
    expect(r.stdout).not.toContain('năm 0');
  });
});

describe('template refuses member counts outside the format (2 to 100 members)', () => {
  test.each([
    ['one member', 'NA=Tỉnh Nghệ An'],
    ['101 members', Array.from({ length: 101 }, (_, i) => `T${i}=Tỉnh số ${i}`).join(';')],
  ])('%s: exit 64, nothing created', async (_label, members) => {
    const r = await cli('template', 'mau.xlsx', '--members', members);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/từ 2 đến 100 thành viên/);
    expect(existsSync(path.join(dir, 'mau.xlsx'))).toBe(false);
  });

  test('2 and 100 members are fine', async () => {
    expect((await cli('template', 'hai.xlsx', '--members', 'NA=Tỉnh Nghệ An;HT=Tỉnh Hà Tĩnh')).code).toBe(0);
    const hundred = Array.from({ length: 100 }, (_, i) => `T${i}=Tỉnh số ${i}`).join(';');
    expect((await cli('template', 'tram.xlsx', '--members', hundred)).code).toBe(0);
  });
});
