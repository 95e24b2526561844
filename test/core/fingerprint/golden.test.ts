/**
 * Golden fingerprints: the data fingerprint of each workbook of goldenBooks.ts, as recorded by the
 * release before issue 9 (commit 3136913) — golden-grids.json through the core, golden-files.json
 * through `cum-thi-dua check --json` on .xlsx files. A fingerprint printed on a signed sheet or
 * recorded by a sign-off lock must not change while the data does not
 * (docs/ma-kiem-tra-du-lieu.md). These files are never re-recorded: a mismatch is a bug.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { checkWorkbook } from '../../../src/core/index';
import { toXlsxBytes } from '../../corpus/toXlsx';
import { goldenBooks, GOLDEN_FILE_BOOKS } from './goldenBooks';
import GRIDS from './golden-grids.json';
import FILES from './golden-files.json';

const ROOT = path.join(__dirname, '..', '..', '..');

async function checkJsonFingerprint(file: string): Promise<string | null> {
  let out = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: () => {}, now: () => new Date(2022, 11, 15), env: {}, cwd: ROOT };
  await main(['check', file, '--json'], io);
  return (JSON.parse(out) as { fingerprint: string | null }).fingerprint;
}

describe('fingerprints recorded before issue 9 stay the same (through the core)', () => {
  const books = goldenBooks();
  const golden = GRIDS as Record<string, string | null>;
  it('every golden book has a recorded fingerprint, and every record a book', () => {
    expect(books.map((b) => b.name).sort()).toEqual(Object.keys(golden).sort());
  });
  it.each(books.map((b) => [b.name, b] as const))('%s', (name, book) => {
    expect(checkWorkbook(book.input).fingerprint).toBe(golden[name]);
  });
});

describe('fingerprints recorded before issue 9 stay the same (check --json on .xlsx files)', () => {
  const golden = FILES as Record<string, string | null>;
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cum-thi-dua-golden-'));
  });
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });
  it('the sample workbook', async () => {
    // The sample as it was before issue 10 gave it a `Hội nghị` sheet (new data, so a new
    // fingerprint): a byte-for-byte copy of samples/bac-trung-bo-2022.xlsx at commit 31eb331.
    const before = path.join('test', 'core', 'fingerprint', 'bac-trung-bo-2022-issue-9.xlsx');
    expect(await checkJsonFingerprint(before)).toBe(golden['samples/bac-trung-bo-2022.xlsx']);
  });
  it.each(GOLDEN_FILE_BOOKS.map((f) => [f.name, f] as const))('%s', async (name, f) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, await toXlsxBytes(f.book()));
    expect(await checkJsonFingerprint(file)).toBe(golden[name]);
  });
});
