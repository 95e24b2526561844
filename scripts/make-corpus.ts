/**
 * Writes the bad-input corpus (test/corpus/cases.ts) as real workbooks, so that anyone can open
 * them in Excel or run `cum-thi-dua check` on each by hand (issue 6, part 1):
 *
 *   npm run corpus -- <dir>        (default dir: out/corpus)
 *
 * Each case becomes <dir>/<nn>-<name>.xlsx; <dir>/corpus.json lists every file with its title,
 * the rule it is about, the expected exit code of `cum-thi-dua check` and the expected problems.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CASES, caseFileName } from '../test/corpus/cases';
import { toXlsxBytes } from '../test/corpus/toXlsx';

export interface CorpusIndexEntry {
  file: string;
  name: string;
  title: string;
  rule: string;
  /** Exit code of `cum-thi-dua check <file>`. */
  exit: number;
  problems: { severity: string; code: string; sheet: string; cell: string }[];
  otherWarnings: string | null;
  ranking: string[] | null;
  nominees: { flag: string[]; certificate: string[] } | null;
}

export async function makeCorpus(dir: string): Promise<CorpusIndexEntry[]> {
  await fs.mkdir(dir, { recursive: true });
  const index: CorpusIndexEntry[] = [];
  for (let i = 0; i < CASES.length; i++) {
    const c = CASES[i];
    const file = caseFileName(i) + '.xlsx';
    await fs.writeFile(path.join(dir, file), await toXlsxBytes(c.build()));
    index.push({
      file,
      name: c.name,
      title: c.title,
      rule: c.rule,
      exit: c.exit,
      problems: c.problems.map((p) => ({ severity: p.severity, code: p.code, sheet: p.sheet, cell: p.cell })),
      otherWarnings: c.otherWarnings ?? null,
      ranking: c.ranking ?? null,
      nominees: c.nominees ?? null,
    });
  }
  await fs.writeFile(path.join(dir, 'corpus.json'), JSON.stringify({ cases: index }, null, 2) + '\n');
  return index;
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join('out', 'corpus'));
  makeCorpus(dir).then(
    (index) => process.stdout.write(`${index.length} tệp sổ tính và corpus.json đã được ghi vào ${dir}\n`),
    (e: unknown) => {
      process.stderr.write(`Không ghi được bộ sổ tính thử: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
