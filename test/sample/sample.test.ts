/**
 * The sample workbook samples/bac-trung-bo-2022.xlsx: generated reproducibly from its source,
 * clean for `check`, and ranked as the published 2022 outcome (Tỉnh Nghệ An first and proposed
 * for the Flag, Tỉnh Thừa Thiên Huế for the Certificate). The expected totals are computed here
 * independently, straight from the source data (docs/quy-tac-tinh-diem.md §2–§4), not taken from the program.
 */
import * as path from 'path';
import { checkWorkbook, rankWorkbook } from '../../src/core/index';
import { countBySeverity } from '../../src/core/problems';
import { readXlsxFile } from '../../src/file/nodeFiles';
import ExcelJS from 'exceljs';
import { makeSample, readSampleSource, SAMPLE_DATE, type SampleSource } from '../../scripts/make-sample';
import { tempDir } from '../file/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'bac-trung-bo-2022.xlsx');
const SOURCE = path.join(ROOT, 'samples', 'source', 'bac-trung-bo-2022.json');
const src: SampleSource = readSampleSource(SOURCE);

describe('the sample is generated reproducibly from its source', () => {
  test('regenerating gives the committed workbook, value for value, sheet for sheet', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const again = path.join(dir, 'bac-trung-bo-2022.xlsx');
      await makeSample(SOURCE, again);
      const committed = await readXlsxFile(SAMPLE);
      const regenerated = await readXlsxFile(again);
      expect(regenerated.input.sheets.map((s) => s.name)).toEqual(committed.input.sheets.map((s) => s.name));
      committed.input.sheets.forEach((sheet, i) => expect(regenerated.input.sheets[i].values).toEqual(sheet.values));
      // The document dates are the sample's fixed date, as exceljs (an independent reader) reads them.
      const createdOf = async (file: string): Promise<Date> => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        return wb.created;
      };
      expect(await createdOf(again)).toEqual(await createdOf(SAMPLE));
      expect(await createdOf(again)).toEqual(SAMPLE_DATE);
    } finally {
      cleanup();
    }
  });

  test('the workbook says, on `Cấu hình`, that its numbers are illustrative', async () => {
    const { input } = await readXlsxFile(SAMPLE);
    const settings = input.sheets.find((s) => s.name === 'Cấu hình')!;
    expect(settings.values.flat().join(' ')).toContain('Số liệu minh họa');
  });

  test('the workbook says, on `Hội nghị`, that its names are illustrative (issue 10)', async () => {
    const { input } = await readXlsxFile(SAMPLE);
    const meeting = input.sheets.find((s) => s.name === 'Hội nghị')!;
    expect(meeting.values.flat().join(' ')).toContain('tên minh họa');
  });
});

// ---------------------------------------------------------------------------------------------
// Independent computation (docs/quy-tac-tinh-diem.md §3–§4), in the plainest terms: integer hundredths, mean of
// the other members' cross scores per leaf, rounded half up once per leaf, then summed.

const hundredths = (x: number): number => Math.round(x * 100);
const members = src.members.map((m) => m.code);
const type = (code: string): string => src.criteria.find(([c]) => c === code)![3];
const topOf = (code: string): string => code.split('.')[0];
const isLeaf = (code: string): boolean => !src.criteria.some(([c]) => c.startsWith(code + '.'));
const maxOf = (code: string): number => hundredths(src.criteria.find(([c]) => c === code)![2]);

function finalOf(member: string, leaf: string): number {
  const i = members.indexOf(member);
  const scores = src.crossSheets
    .filter((s) => s.scorer !== member)
    .map((s) => s.scores[leaf][i])
    .filter((v): v is number => v !== null)
    .map(hundredths);
  if (scores.length === 0) return 0;
  const sum = scores.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + scores.length) / (2 * scores.length)); // half up
}

function totalsOf(member: string): { base: number; bonus: number; deduction: number; total: number } {
  const byGroup = new Map<string, number>();
  for (const [code] of src.criteria) {
    if (!isLeaf(code)) continue;
    byGroup.set(topOf(code), (byGroup.get(topOf(code)) ?? 0) + finalOf(member, code));
  }
  let base = 0;
  let bonus = 0;
  let deduction = 0;
  for (const [group, sum] of byGroup) {
    if (type(group) === 'Điểm') base += sum;
    else if (type(group) === 'Thưởng') bonus += Math.min(sum, maxOf(group));
    else deduction += Math.min(sum, maxOf(group));
  }
  return { base, bonus, deduction, total: base + bonus - deduction };
}

describe('expected totals, computed from the source (docs/quy-tac-tinh-diem.md §3–§4)', () => {
  test('the hand-checked totals: NA 98,65 · TTH 94,85 · TH 92,30 · HT 88,55 · QT 88,10 · QB 86,90', () => {
    const totals = Object.fromEntries(members.map((m) => [m, totalsOf(m).total]));
    expect(totals).toEqual({ NA: 9865, TTH: 9485, TH: 9230, HT: 8855, QT: 8810, QB: 8690 });
  });

  test('Tỉnh Nghệ An is clearly first; Tỉnh Thừa Thiên Huế second, in the second band or higher', () => {
    const ordered = [...members].sort((a, b) => totalsOf(b).total - totalsOf(a).total);
    expect(ordered[0]).toBe('NA');
    expect(totalsOf('NA').total - totalsOf(ordered[1]).total).toBeGreaterThanOrEqual(200);
    expect(ordered[1]).toBe('TTH');
    const secondBand = src.bands[1][1];
    expect(totalsOf('TTH').total).toBeGreaterThanOrEqual(hundredths(secondBand));
  });

  test('one small deduction (Tỉnh Hà Tĩnh, 1 point) and a bonus cap of 10 never reached', () => {
    expect(members.filter((m) => totalsOf(m).deduction > 0)).toEqual(['HT']);
    expect(totalsOf('HT').deduction).toBe(100);
    expect(Math.max(...members.map((m) => totalsOf(m).bonus))).toBeLessThan(1000);
  });

  test('the ballots: NA on 5 of 6 for the Flag, TTH on 4 of 6 for the Certificate (names and aliases allowed)', () => {
    const names = new Map<string, string>();
    for (const m of src.members) {
      names.set(m.code, m.code);
      names.set(m.name, m.code);
      for (const a of m.aliases.split(';')) names.set(a.trim(), m.code);
    }
    const count = (column: 1 | 2, code: string) => src.ballots.filter((b) => names.get(String(b[column]).trim()) === code).length;
    expect(count(1, 'NA')).toBe(5);
    expect(count(2, 'TTH')).toBe(4);
    expect(src.ballots).toHaveLength(6);
  });
});

describe('the program agrees (needs the whole core)', () => {
  test('check: no errors; a few warnings from real-life deviations are fine', async () => {
    const { input } = await readXlsxFile(SAMPLE);
    const report = checkWorkbook(input);
    expect(countBySeverity(report.problems).error).toBe(0);
    expect(report.notScoringWorkbook).toBe(false);
    expect(report.results).not.toBeNull();
  });

  test('rankWorkbook: the same totals and order, NA for the Flag, TTH for the Certificate, QT and TTH next year', async () => {
    const { input } = await readXlsxFile(SAMPLE);
    const report = rankWorkbook(input, { computedAt: '15/12/2022 14:00' });
    const results = report.results!;
    for (const m of members) {
      const score = results.scores.find((s) => s.member === m)!;
      const expected = totalsOf(m);
      expect({ member: m, base: score.base, bonus: score.bonus, deduction: score.deduction, total: score.total }).toEqual({ member: m, ...expected });
    }
    expect(results.ranking.map((r) => r.member)).toEqual(['NA', 'TTH', 'TH', 'HT', 'QT', 'QB']);
    expect(results.nomination.mode).toBe('vote');
    expect(results.nomination.flag.nominees).toEqual(['NA']);
    expect(results.nomination.certificate.nominees).toEqual(['TTH']);
    expect(results.nomination.nextHead).toBe('QT');
    expect(results.nomination.nextDeputies).toEqual(['TTH']);
    // Issue 10: one round settles both awards; the conference of `Hội nghị`, all six present.
    expect(results.nomination.pending).toBe(false);
    expect(results.nomination.flag.rounds).toHaveLength(1);
    const meeting = report.workbook!.meeting!;
    expect(meeting.present).toEqual(members);
    expect(meeting.chair).toMatchObject({ name: 'Nguyễn Văn A', title: 'Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng' });
    expect(meeting.secretary?.name).toBe('Trần Thị B');
    expect(meeting.recipients).toHaveLength(3);
    expect(report.sheets.map((s) => s.name)).toEqual([
      'Kết quả kiểm tra',
      'Tổng hợp điểm',
      'Xếp hạng',
      'Biên bản họp',
      'Biên bản kiểm phiếu',
      'Phiếu bầu (mẫu)',
      'Tờ trình',
      'Thông báo kết quả',
    ]);
  });
});
