/**
 * Sheets of the dossier that a run does not produce must not survive from an earlier run
 * (src/core/outputSheets.ts staleMarks; issue 10): both shells remove OUR marked sheets this run
 * does not describe — found through the mark, so a person's sheet is never touched — and replace
 * v1's `Đề nghị khen thưởng` by `Biên bản họp`. File shell: the command line on .xlsx files (read
 * back with exceljs, an independent reader). Office shell: the pane's Nominate on the Excel fake.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { runNominate } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import { createExcelPort } from '../../src/office/excelPort';
import type { CorpusBook, CorpusCell } from '../corpus/book';
import { toXlsxBytes } from '../corpus/toXlsx';
import { installFakeOffice, type FakeScalar, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { tempDir } from '../file/fixtures';
import { runCli } from '../cli/run';
import { createFilePort } from '../../src/web/filePort';
import { clientWith, downloadedBy } from '../web/fileClientFixtures';
import { conferenceCase } from './cases';

const FINAL = '3–3 Flag, round 2 decides: NA';
const PENDING = '3–3 Flag: round 2 between the two';
const DOSSIER = ['Biên bản họp', 'Biên bản kiểm phiếu', 'Phiếu bầu (mẫu)', 'Tờ trình', 'Thông báo kết quả'];

/** A person's own sheet, which no run may touch. */
function withNotes(b: CorpusBook): CorpusBook {
  b.sheets.push({ name: 'Ghi chú', rows: [['Ghi chú của văn phòng Cụm'], ['Tờ trình gửi trước 20/01']] });
  return b;
}

/** A result workbook of v1: its nomination sheet, marked as ours with v1's mark. */
function withV1Sheet(b: CorpusBook): CorpusBook {
  b.sheets.push({ name: 'Đề nghị khen thưởng', rows: [['BIÊN BẢN BÌNH XÉT, SUY TÔN KHEN THƯỞNG NĂM 2022']] });
  b.marks = { ...(b.marks ?? {}), CumThiDua_DeNghiKhenThuong: 'Đề nghị khen thưởng' };
  return b;
}

describe('file shell (command line)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir('cum-thi-dua-stale-')));
  afterAll(() => cleanup());

  const names = async (file: string): Promise<{ sheets: string[]; marks: string[] }> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return { sheets: wb.worksheets.map((w) => w.name), marks: wb.definedNames.model.map((n) => n.name).sort() };
  };

  test('a Tờ trình from a final vote is removed when the ballots change and a round is pending again; the person’s sheet stays', async () => {
    const first = path.join(dir, 'final.xlsx');
    await fs.writeFile(first, await toXlsxBytes(withNotes(conferenceCase(FINAL).book())));
    const out1 = path.join(dir, 'final-ket-qua.xlsx');
    expect((await runCli(['rank', first, '-o', out1], { cwd: dir })).code).toBe(0);
    expect((await names(out1)).sheets).toEqual(expect.arrayContaining(DOSSIER));

    // The office deletes the round-2 papers (the count is disputed): round 2 is pending again.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out1);
    const ballots = wb.getWorksheet('Phiếu bầu')!;
    for (let r = ballots.rowCount; r >= 2; r--) if (ballots.getRow(r).getCell(4).value === 2) ballots.spliceRows(r, 1);
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);

    const out2 = path.join(dir, 'edited-ket-qua.xlsx');
    const r = await runCli(['rank', edited, '--json', '-o', out2], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.nomination.pending).toBe(true);
    // `sheets` (rank --json) lists what this run wrote: no submission, no notice.
    expect(json.sheets).toEqual(['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Biên bản kiểm phiếu', 'Phiếu bầu (mẫu)']);
    const after = await names(out2);
    expect(after.sheets).toContain('Biên bản họp');
    expect(after.sheets).not.toContain('Tờ trình');
    expect(after.sheets).not.toContain('Thông báo kết quả');
    expect(after.marks).not.toContain('CumThiDua_ToTrinh');
    expect(after.marks).not.toContain('CumThiDua_ThongBaoKetQua');
    expect(after.sheets).toContain('Ghi chú');
  });

  test('an earlier result workbook with v1’s `Đề nghị khen thưởng` is ours: not refused, replaced by `Biên bản họp`', async () => {
    const input = path.join(dir, 'v1.xlsx');
    await fs.writeFile(input, await toXlsxBytes(withV1Sheet(conferenceCase(FINAL).book())));
    const out = path.join(dir, 'v1-ket-qua.xlsx');
    const r = await runCli(['rank', input, '--json', '-o', out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).issues.map((i: { code: string }) => i.code)).not.toContain('OUTPUT_SHEET_NOT_OURS');
    const after = await names(out);
    expect(after.sheets).not.toContain('Đề nghị khen thưởng');
    expect(after.sheets).toEqual(expect.arrayContaining(DOSSIER));
    expect(after.marks).not.toContain('CumThiDua_DeNghiKhenThuong');
  });
});

describe('Office shell (the pane’s Nominate on the Excel fake)', () => {
  let fake: InstalledFakeOffice | undefined;
  afterEach(() => {
    fake?.uninstall();
    fake = undefined;
  });
  const deps = { ...defaultCore, now: () => new Date(2023, 0, 10, 16, 30, 0) };
  const plain = (v: CorpusCell): FakeScalar => (v === null || typeof v === 'object' ? '' : v);
  const sheetsOf = (book: CorpusBook): Record<string, FakeScalar[][]> => Object.fromEntries(book.sheets.map((s) => [s.name, s.rows.map((r) => r.map(plain))]));

  test('a final vote writes the three; after the round-2 papers are deleted, Tờ trình and Thông báo go, the person’s sheet stays', async () => {
    const book = withNotes(conferenceCase(FINAL).book());
    const f = (fake = installFakeOffice({ sheets: sheetsOf(book) }));
    const port = createExcelPort();
    expect((await runNominate(port, deps)).written).toEqual(DOSSIER);
    for (const name of DOSSIER) expect(f.sheetNames()).toContain(name);

    // The round-2 rows of `Phiếu bầu` cleared, as a person would (column D = Vòng).
    const ballots = f.sheet('Phiếu bầu');
    const rounds2 = f.values('Phiếu bầu').flatMap((row, r) => (row[3] === 2 ? [r] : []));
    expect(rounds2).toHaveLength(6);
    for (const r of rounds2) for (let c = 0; c < 4; c++) ballots.cells.delete(ballots.key(r, c));
    const again = await runNominate(port, deps);
    expect(again.report.results!.nomination.pending).toBe(true);
    expect(again.written).toEqual(['Biên bản họp', 'Biên bản kiểm phiếu', 'Phiếu bầu (mẫu)']);
    expect(f.sheetNames()).toContain('Biên bản họp');
    expect(f.sheetNames()).not.toContain('Tờ trình');
    expect(f.sheetNames()).not.toContain('Thông báo kết quả');
    expect(f.names().map((n) => n.name)).not.toContain('CumThiDua_ToTrinh');
    expect(f.sheetNames()).toContain('Ghi chú');
    expect(f.values('Ghi chú')[1][0]).toBe('Tờ trình gửi trước 20/01');
  });

  test('v1’s marked `Đề nghị khen thưởng` is replaced by `Biên bản họp`', async () => {
    const book = conferenceCase(FINAL).book();
    const f = (fake = installFakeOffice({
      sheets: { ...sheetsOf(book), 'Đề nghị khen thưởng': [['BIÊN BẢN BÌNH XÉT, SUY TÔN KHEN THƯỞNG NĂM 2022']] },
      names: { CumThiDua_DeNghiKhenThuong: 'Đề nghị khen thưởng' },
    }));
    const r = await runNominate(createExcelPort(), deps);
    expect(r.outcome).toBe('done');
    expect(f.sheetNames()).not.toContain('Đề nghị khen thưởng');
    expect(f.sheetNames()).toContain('Biên bản họp');
    expect(f.names().map((n) => n.name)).not.toContain('CumThiDua_DeNghiKhenThuong');
  });
});

describe('web file mode (the pane’s Nominate on a file in the browser)', () => {
  const deps = { ...defaultCore, now: () => new Date(2023, 0, 10, 16, 30, 0) };

  test('v1’s marked `Đề nghị khen thưởng` is replaced by `Biên bản họp` in the downloaded file; the person’s sheet stays', async () => {
    const client = await clientWith(await toXlsxBytes(withNotes(withV1Sheet(conferenceCase(FINAL).book()))));
    const r = await runNominate(createFilePort(client), deps);
    expect(r.written).toEqual(DOSSIER);
    const wb = await downloadedBy(client);
    const sheets = wb.worksheets.map((w) => w.name);
    expect(sheets).not.toContain('Đề nghị khen thưởng');
    expect(sheets).toEqual(expect.arrayContaining([...DOSSIER, 'Ghi chú']));
    expect(wb.definedNames.model.map((n) => n.name)).not.toContain('CumThiDua_DeNghiKhenThuong');
  });
});
