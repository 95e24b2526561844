/**
 * docs/reliability.md describes the corpus as it is: its size, and one table row per case with
 * the case's name and expected exit code.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CASES, caseFileName } from './cases';

const docs = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'reliability.md'), 'utf8');

test('docs/reliability.md gives the corpus size in both languages', () => {
  expect(docs).toContain(`**${CASES.length} sổ tính**`);
  expect(docs).toContain(`**${CASES.length} workbooks**`);
});

test('docs/reliability.md has one row per case, with its name and exit code', () => {
  const rows = [...docs.matchAll(/^\| (\d\d) \| `([a-z0-9-]+)` \| [^|]+ \| (\d) \|/gm)].map((m) => `${m[1]}-${m[2]} ${m[3]}`);
  expect(rows).toEqual(CASES.map((c, i) => `${caseFileName(i)} ${c.exit}`));
});
