/**
 * The cases of the vote in rounds (cases.ts) through the Office shell, on the fake Excel API
 * (test/fakes): the pane's Nominate command reads the workbook, the core counts the rounds, and
 * the shell writes the nomination sheet — the same facts as the core and the command line, and a
 * sheet that says which round is needed instead of "no Flag".
 */
import { runBallotForms, runNominate } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import type { CommandDeps } from '../../src/app/deps';
import { problemMessage } from '../../src/core/index';
import { createExcelPort } from '../../src/office/excelPort';
import type { CorpusBook, CorpusCell } from '../corpus/book';
import { installFakeOffice, type FakeScalar, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { CONFERENCE_CASES, conferenceCase } from './cases';
import { awardFacts, expectedProblems } from './expectations';

let fake: InstalledFakeOffice | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const deps: CommandDeps = { ...defaultCore, now: () => new Date(2023, 0, 10, 16, 30, 0) };

/** The corpus book as the fake's sheets (plain values; blanks as ''). */
function sheetsOf(book: CorpusBook): Record<string, FakeScalar[][]> {
  const plain = (v: CorpusCell): FakeScalar => (v === null || typeof v === 'object' ? '' : v);
  return Object.fromEntries(book.sheets.map((s) => [s.name, s.rows.map((r) => r.map(plain))]));
}

async function nominate(name: string) {
  fake = installFakeOffice({ sheets: sheetsOf(conferenceCase(name).book()) });
  const result = await runNominate(createExcelPort(), deps);
  return { result, fake };
}

describe.each(CONFERENCE_CASES.map((c) => [c.name, c] as const))('Nominate in Excel: %s', (name, c) => {
  test('writes the nomination sheet; each award, the pending round and the problems as the core gives them', async () => {
    const { result } = await nominate(name);
    expect(result.outcome).toBe('done');
    // Every case has ballots: the minutes, the counting minutes and the ballot forms; the submission
    // and the notice only once the vote is final (issue 10).
    const dossier = ['Biên bản họp', 'Biên bản kiểm phiếu', 'Phiếu bầu (mẫu)'];
    expect(result.written).toEqual(c.pending ? dossier : [...dossier, 'Tờ trình', 'Thông báo kết quả']);
    const nom = result.report.results!.nomination;
    expect(awardFacts(nom.flag)).toEqual(c.flag);
    expect(awardFacts(nom.certificate)).toEqual(c.certificate);
    expect(nom.pending).toBe(c.pending);
    expectedProblems(
      c,
      result.report.problems.map((p) => ({ code: p.code, severity: p.severity, cell: p.cell, message: problemMessage(p, 'vi') })),
    );
  });
});

describe('the sheet Excel receives', () => {
  const text = (f: InstalledFakeOffice): string[] => f.values('Biên bản họp').flat().map(String);

  test('3–3: round 2 between the two, not "no Flag"', async () => {
    const { fake: f } = await nominate('3–3 Flag: round 2 between the two');
    const lines = text(f);
    expect(lines).toContain('Chưa có đơn vị được suy tôn Cờ thi đua của Chính phủ: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.');
    expect(lines).toContain('– Chưa đủ tỷ lệ phiếu để suy tôn Cờ thi đua: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.');
    expect(lines.join('\n')).not.toMatch(/Không có đơn vị nào đủ điều kiện[^\n]*Cờ thi đua/);
  });

  test('round 2 decides: round 1 is recorded above the table of round 2, and NA is nominated', async () => {
    const { fake: f } = await nominate('3–3 Flag, round 2 decides: NA');
    const lines = text(f);
    expect(lines).toContain('Vòng 1: tỉnh Nghệ An 3/6 phiếu (50,00%); tỉnh Thừa Thiên Huế 3/6 phiếu (50,00%); bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.');
    expect(lines).toContain('Suy tôn tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – đề nghị Chính phủ tặng Cờ thi đua.');
    expect(lines).toContain('– Cờ thi đua của Chính phủ, vòng 2: số phiếu phát ra 6; số phiếu thu về 6; hợp lệ 6; không hợp lệ 0; phiếu trống (không bầu đơn vị nào) 0.');
  });

  test('a tie settled by rank: the decision is written among the points of the meeting', async () => {
    const { fake: f } = await nominate('a tie on votes for the last place, settled by rank and recorded');
    expect(text(f)).toContain(
      '– Tỉnh Thừa Thiên Huế, tỉnh Thanh Hóa và tỉnh Quảng Trị cùng đạt 4/6 phiếu; theo Quy chế hoạt động của Cụm, lấy đơn vị xếp hạng cao hơn: tỉnh Thừa Thiên Huế (hạng 2) và tỉnh Thanh Hóa (hạng 3).',
    );
  });
});

describe('between rounds: "write the next round\u2019s ballot forms" in Excel', () => {
  test('3–3 pending: only `Phiếu bầu (mẫu)` is written, 6 forms of round 2 listing only the two', async () => {
    fake = installFakeOffice({ sheets: sheetsOf(conferenceCase('3–3 Flag: round 2 between the two').book()) });
    const result = await runBallotForms(createExcelPort(), deps);
    expect(result.outcome).toBe('done');
    expect(result.round).toBe(2);
    expect(result.written).toEqual(['Phiếu bầu (mẫu)']);
    const cells = fake.values('Phiếu bầu (mẫu)').flat().map(String);
    expect(cells.filter((v) => v === 'PHIẾU BẦU')).toHaveLength(6);
    expect(cells.filter((v) => v === 'Vòng 2')).toHaveLength(6);
    expect(cells.filter((v) => v === 'Tỉnh Nghệ An')).toHaveLength(6);
    expect(cells.filter((v) => v === 'Tỉnh Thừa Thiên Huế')).toHaveLength(6);
    expect(cells).not.toContain('Tỉnh Thanh Hóa');
    expect(fake.sheetNames()).not.toContain('Đề nghị khen thưởng');
  });

  test('the vote final: nothing is written', async () => {
    fake = installFakeOffice({ sheets: sheetsOf(conferenceCase('3–3 Flag, round 2 decides: NA').book()) });
    const result = await runBallotForms(createExcelPort(), deps);
    expect(result.outcome).toBe('notPending');
    expect(result.written).toEqual([]);
    expect(fake.sheetNames()).not.toContain('Phiếu bầu (mẫu)');
  });
});
