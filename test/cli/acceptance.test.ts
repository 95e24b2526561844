/**
 * Issue 2's acceptance case, on the bundled sample damaged three ways: a score above its maximum
 * and a missing member column are errors reported with their cells; a member name typed in NFD
 * is accepted. The check exits 1; the undamaged sample ranks as the cluster announced for 2022.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { tempDir } from '../file/fixtures';
import { runCli } from './run';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cum-thi-dua-accept-')));
afterEach(() => cleanup());

test('score above max and missing member column are errors with their cells; an NFD name is accepted; exit 1', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  // Row 3 is the header (Mã, Nội dung, Điểm tối đa, TH, NA, HT, QB, QT, TTH); row 5 is I.1 (max 10).
  wb.getWorksheet('Chấm chéo - NA')!.getCell('D5').value = 12;
  const qb = wb.getWorksheet('Chấm chéo - QB')!;
  for (let r = 1; r <= qb.rowCount; r++) qb.getCell(r, 8).value = null; // column H: QT's column, gone
  const self = wb.getWorksheet('Tự chấm')!;
  self.getCell('I3').value = 'Tỉnh Thừa Thiên Huế'.normalize('NFD');
  const file = path.join(dir, 'hong.xlsx');
  await wb.xlsx.writeFile(file);

  const r = await runCli(['check', file, '--json'], { cwd: dir });
  expect(r.code).toBe(1);
  const issues: { severity: string; code: string; sheet: string; cell: string; member: string | null }[] = JSON.parse(r.stdout).issues;
  const errors = issues.filter((i) => i.severity === 'error');
  expect(errors).toContainEqual(expect.objectContaining({ code: 'SCORE_ABOVE_MAX', sheet: 'Chấm chéo - NA', cell: 'D5', member: 'TH' }));
  expect(errors).toContainEqual(expect.objectContaining({ code: 'MEMBER_COLUMN_MISSING', sheet: 'Chấm chéo - QB', cell: 'A3', member: 'QT' }));
  expect(errors).toHaveLength(2);
  // The NFD header names Thừa Thiên Huế: no unknown column, no missing column in `Tự chấm`.
  expect(issues.filter((i) => i.sheet === 'Tự chấm' && ['COLUMN_UNKNOWN', 'MEMBER_COLUMN_MISSING'].includes(i.code))).toEqual([]);
});

test('the sample ranks as announced for 2022: Nghệ An first with the Flag, Thừa Thiên Huế the Certificate', async () => {
  const r = await runCli(['rank', SAMPLE, '--json', '-o', path.join(dir, 'x.xlsx')], { cwd: dir });
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.ranking[0]).toMatchObject({ rank: 1, member: 'NA', name: 'Tỉnh Nghệ An' });
  expect(json.nomination).toMatchObject({ mode: 'vote', nextHead: 'QT', nextDeputies: ['TTH'], nextSuggested: false });
  expect(json.nomination.flag.nominees).toEqual(['NA']);
  expect(json.nomination.certificate.nominees).toEqual(['TTH']);
  expect(json.nomination.certificate.quota).toBe(1);
});
