/**
 * Issue 11: every package the program writes validates against the ECMA-376 schemas
 * (validatePackage.ts), opens in LibreOffice and reads back in exceljs — the template from an
 * empty package, the ranked sample, a lock with a password, an unlock, the run log after several
 * runs, and the web mode's download.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/run';
import { tempDir } from '../file/fixtures';
import { convertWithLibreOffice } from '../corpus/libreOffice';
import { FileClient } from '../../src/web/fileClient';
import { inlineTransport } from '../../src/web/inlineTransport';
import { createFilePort } from '../../src/web/filePort';
import { runRank } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import { problemLines, validatePackage } from './validatePackage';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');

let dir: string;
let cleanup: () => void;
const written: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cum-thi-dua-ooxml-'));
  const cli = async (...argv: string[]) => {
    const r = await runCli(argv, { cwd: dir, now: () => new Date(2023, 0, 9, 8, 0) });
    if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  };
  fs.copyFileSync(SAMPLE, path.join(dir, 'mau.xlsx'));
  await cli('template', 'so-moi.xlsx', '--name', 'Cụm thi đua các tỉnh Bắc Trung Bộ', '--year', '2023', '--members', 'NA=Tỉnh Nghệ An;HT=Tỉnh Hà Tĩnh');
  written.template = path.join(dir, 'so-moi.xlsx');
  await cli('rank', 'mau.xlsx', '-o', 'ket-qua.xlsx');
  written.ranked = path.join(dir, 'ket-qua.xlsx');
  await cli('rank', 'ket-qua.xlsx', '-o', 'ket-qua-2.xlsx');
  written.rankedTwice = path.join(dir, 'ket-qua-2.xlsx');
  await cli('lock', 'ket-qua-2.xlsx', '--by', 'Nguyễn Văn A', '--password', 'Cum-2023', '-o', 'da-chot.xlsx');
  written.locked = path.join(dir, 'da-chot.xlsx');
  await cli('unlock', 'da-chot.xlsx', '--password', 'Cum-2023', '-o', 'mo-khoa.xlsx');
  written.unlocked = path.join(dir, 'mo-khoa.xlsx');
  // The web mode's download after Xếp hạng (the same session the worker runs).
  const client = new FileClient(inlineTransport());
  await client.open(new Uint8Array(fs.readFileSync(SAMPLE)), 'mau.xlsx');
  await runRank(createFilePort(client), { ...defaultCore, now: () => new Date(2023, 0, 9, 8, 0) });
  written.web = path.join(dir, 'tai-ve.xlsx');
  fs.writeFileSync(written.web, await client.bytes());
}, 300_000);

afterAll(() => cleanup());

describe.each(['template', 'ranked', 'rankedTwice', 'locked', 'unlocked', 'web'])('%s', (key) => {
  test('validates against the ECMA-376 schemas', async () => {
    const v = await validatePackage(new Uint8Array(fs.readFileSync(written[key])));
    expect(problemLines(v)).toEqual([]);
    expect(v.checked.length).toBeGreaterThan(10);
  });

  test('reads back in exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(written[key]);
    expect(wb.worksheets.length).toBeGreaterThan(3);
  });
});

test('LibreOffice opens every one of them', () => {
  const made = convertWithLibreOffice(Object.values(written), 'csv', path.join(dir, 'csv'));
  for (const f of made) expect(fs.statSync(f).size).toBeGreaterThan(0);
}, 300_000);
