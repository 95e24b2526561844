/**
 * The cases of the vote in rounds (cases.ts) through the command line: `rank --json` on each case
 * as an .xlsx file exits 0 with the same facts the core gives (a pending round is a warning, not
 * an error), the readable report prints every round, and the nomination sheet of the file written
 * never says "no Flag" while a round is pending (read back with exceljs, an independent reader).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { JsonRankReport } from '../../src/cli/jsonReport';
import { toXlsxBytes } from '../corpus/toXlsx';
import { tempDir } from '../file/fixtures';
import { runCli } from '../cli/run';
import { CONFERENCE_CASES, conferenceCase } from './cases';
import { awardFacts, expectedProblems } from './expectations';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('cum-thi-dua-conference-')));
afterAll(() => cleanup());

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

async function write(name: string): Promise<string> {
  const file = path.join(dir, `${CONFERENCE_CASES.findIndex((c) => c.name === name)}.xlsx`);
  await fs.writeFile(file, await toXlsxBytes(conferenceCase(name).book()));
  return file;
}

describe.each(CONFERENCE_CASES.map((c) => [c.name, c] as const))('rank --json: %s', (name, c) => {
  test('exit 0; each award, the pending round and the problems as the core gives them', async () => {
    const input = await write(name);
    const r = await cli('rank', input, '--json', '-o', input.replace('.xlsx', '-ket-qua.xlsx'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonRankReport;
    const nom = json.nomination!;
    expect(awardFacts(nom.flag)).toEqual(c.flag);
    expect(awardFacts(nom.certificate)).toEqual(c.certificate);
    expect(nom.pending).toBe(c.pending);
    expectedProblems(c, json.issues);
  });
});

describe('a closer look through the command line', () => {
  test('3–3: flag.runoffNeeded with runoffAmong naming both; round 1 in `rounds`; no Flag sentence says "no Flag"', async () => {
    const input = await write('3–3 Flag: round 2 between the two');
    const out = path.join(dir, '3-3-ket-qua.xlsx');
    const json = JSON.parse((await cli('rank', input, '--json', '-o', out)).stdout) as JsonRankReport;
    const flag = json.nomination!.flag;
    expect(flag.runoffNeeded).toBe(true);
    expect(flag.runoffAmong).toEqual(['NA', 'TTH']);
    expect(flag.rounds).toEqual([
      {
        round: 1,
        places: 1,
        among: null,
        issued: 6,
        returned: 6,
        valid: 6,
        invalid: 0,
        blank: 0,
        candidates: flag.candidates,
        taken: [],
        runoff: ['NA', 'TTH'],
      },
    ]);
    expect(flag.candidates.slice(0, 2).map((x) => [x.member, x.votes, x.base, x.percent, x.passed])).toEqual([
      ['NA', 3, 6, 50, false],
      ['TTH', 3, 6, 50, false],
    ]);
    // The nomination sheet written: round 2 is needed, and it does not say there is no Flag.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const text: string[] = [];
    wb.getWorksheet('Biên bản họp')!.eachRow((row) => row.eachCell((cell) => void text.push(String(cell.value))));
    expect(text).toContain('Chưa có đơn vị được suy tôn Cờ thi đua của Chính phủ: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.');
    expect(text.join('\n')).not.toMatch(/Không có đơn vị nào đủ điều kiện[^\n]*Cờ thi đua/);
  });

  test('the readable report prints each round and the run-off', async () => {
    const input = await write('3–3 Flag, round 2 decides: NA');
    const r = await cli('rank', input, '-o', path.join(dir, 'r2-ket-qua.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cờ thi đua của Chính phủ: Tỉnh Nghệ An — 4/6 phiếu (66,67%)');
    expect(r.stdout).toContain(
      '  Vòng 1: tỉnh Nghệ An 3/6 phiếu (50,00%); tỉnh Thừa Thiên Huế 3/6 phiếu (50,00%); bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.',
    );
    expect(r.stdout).toContain('  Vòng 2: tỉnh Nghệ An 4/6 phiếu (66,67%); tỉnh Thừa Thiên Huế 2/6 phiếu (33,33%); được suy tôn: tỉnh Nghệ An.');
  });

  test('rank says which round\u2019s ballot forms it wrote: round 2 of the Flag while pending, nothing once final', async () => {
    const pending = await write('3–3 Flag: round 2 between the two');
    const r = await cli('rank', pending, '-o', path.join(dir, 'forms-ket-qua.xlsx'));
    expect(r.stdout).toContain('Đã ghi phiếu bầu vòng 2 vào trang “Phiếu bầu (mẫu)” để in cho đại biểu.');
    const json = JSON.parse((await cli('rank', pending, '--json', '-o', path.join(dir, 'forms-ket-qua.xlsx'))).stdout) as JsonRankReport;
    expect(json.ballotForms).toEqual({ round: 2, awards: ['flag'] });
    const final = await write('3–3 Flag, round 2 decides: NA');
    const done = await cli('rank', final, '--json', '-o', path.join(dir, 'final-ket-qua.xlsx'));
    expect((JSON.parse(done.stdout) as JsonRankReport).ballotForms).toBeNull();
    expect((await cli('rank', final, '-o', path.join(dir, 'final-ket-qua.xlsx'))).stdout).not.toContain('Đã ghi phiếu bầu vòng');
  });

  test('in English, the pending round reads in English', async () => {
    const input = await write('3–3 Flag: round 2 between the two');
    const r = await cli('rank', input, '--lang', 'en', '-o', path.join(dir, 'en-ket-qua.xlsx'));
    expect(r.stdout).toContain('No member has enough votes to be nominated for the Government Emulation Flag: round 2 is needed between Tỉnh Nghệ An and Tỉnh Thừa Thiên Huế.');
    expect(r.stdout).toContain('  Round 1: Tỉnh Nghệ An 3/6 votes (50.00%); Tỉnh Thừa Thiên Huế 3/6 votes (50.00%); round 2 between Tỉnh Nghệ An and Tỉnh Thừa Thiên Huế.');
  });

  test('a tie settled by rank: decidedByRank in JSON', async () => {
    const input = await write('a tie on votes for the last place, settled by rank and recorded');
    const json = JSON.parse((await cli('rank', input, '--json', '-o', path.join(dir, 'tie-ket-qua.xlsx'))).stdout) as JsonRankReport;
    expect(json.nomination!.certificate.decidedByRank).toEqual([{ round: 1, members: ['TTH', 'TH', 'QT'], taken: ['TTH', 'TH'], votes: 4, base: 6 }]);
  });
});
