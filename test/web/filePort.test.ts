/**
 * The file mode's port (src/web/filePort.ts) over the file engine's session (the worker's, run in
 * the test process): reads give the workbook as it is now, writes replace only the program's own
 * sheets (docs/huong-dan-so-lieu.md, "Input sheets belong to people; output sheets belong to the
 * program"), the template goes only into a workbook without those sheets.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { PortError } from '../../src/core/port';
import { describeTemplate } from '../../src/core/template/describeTemplate';
import { createFilePort } from '../../src/web/filePort';
import { describeSheet } from '../file/fixtures';
import { clientWith, downloadedBy, inlineClient } from './fileClientFixtures';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');

async function sampleWith(extra: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ArrayBuffer);
  extra(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('Reading: the workbook as it is in memory', () => {
  it('gives every sheet of the sample in tab order, none of them marked as ours yet', async () => {
    const input = await createFilePort(await clientWith(SAMPLE)).readInput();
    const tabs = (await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(SAMPLE) as unknown as ArrayBuffer)).worksheets.map((w) => w.name);
    expect(input.sheets.map((s) => s.name)).toEqual(tabs);
    expect(input.sheets.map((s) => s.name)).toContain('Thành viên');
    expect(input.markedSheets).toEqual([]);
  });

  it('after a write, the next read knows the written sheet as ours (not as input)', async () => {
    const writes: number[] = [];
    const client = await clientWith(SAMPLE);
    const port = createFilePort(client, { onWrite: () => writes.push(1) });
    await port.writeSheets([describeSheet({ name: 'Xếp hạng' })]);
    const input = await port.readInput();
    expect(input.markedSheets).toEqual(['Xếp hạng']);
    expect((await downloadedBy(client)).getWorksheet('Xếp hạng')!.getRow(2).values).toEqual([undefined, 1, 'Tỉnh Nghệ An', 96.5]);
    expect(writes).toHaveLength(1);
  });
});

describe('Writing: only the program’s own sheets are replaced', () => {
  it('a second write replaces our sheet in place', async () => {
    const client = await clientWith(SAMPLE);
    const port = createFilePort(client);
    await port.writeSheets([describeSheet({ name: 'Xếp hạng' })]);
    const tabs = (await downloadedBy(client)).worksheets.map((w) => w.name);
    await port.writeSheets([describeSheet({ name: 'Xếp hạng', values: [['Hạng', 'Đơn vị'], [1, 'Tỉnh Hà Tĩnh']] })]);
    const after = await downloadedBy(client);
    expect(after.worksheets.map((w) => w.name)).toEqual(tabs);
    expect(after.getWorksheet('Xếp hạng')?.getCell('B2').value).toBe('Tỉnh Hà Tĩnh');
  });

  it('a user’s sheet that merely has the name is refused with a sentence in both languages, and nothing changes', async () => {
    const client = await clientWith(await sampleWith((wb) => void (wb.addWorksheet('Xếp hạng').getCell('A1').value = 'Bảng của văn phòng')));
    const writes: number[] = [];
    const port = createFilePort(client, { onWrite: () => writes.push(1) });
    const error = await port.writeSheets([describeSheet({ name: 'Xếp hạng' })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).kind).toBe('notOurs');
    expect((error as PortError).vi).toContain('Sổ tính đã có trang “Xếp hạng” không do chương trình tạo ra.');
    expect((error as PortError).en).toContain('The workbook already has a sheet “Xếp hạng”');
    expect((await downloadedBy(client)).getWorksheet('Xếp hạng')?.getCell('A1').value).toBe('Bảng của văn phòng');
    expect(writes).toHaveLength(0);
  });
});

describe('Tạo sổ mới: the template goes into a workbook that does not have its sheets', () => {
  const template = () =>
    describeTemplate({
      clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ',
      year: 2023,
      members: [
        { code: 'NA', name: 'Tỉnh Nghệ An' },
        { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
      ],
    });

  it('creates the input sheets in a new, empty workbook', async () => {
    const client = inlineClient();
    await client.newWorkbook(new Date(2023, 0, 9));
    await createFilePort(client).createInputSheets(template());
    const names = (await downloadedBy(client)).worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Cấu hình', 'Thành viên', 'Tiêu chí']));
  });

  it('refuses when the workbook already has them, naming them', async () => {
    const client = await clientWith(SAMPLE);
    const before = (await downloadedBy(client)).worksheets.length;
    const error = await createFilePort(client).createInputSheets(template()).catch((e: unknown) => e);
    expect((error as PortError).kind).toBe('exists');
    expect((error as PortError).vi).toContain('“Cấu hình”');
    expect((error as PortError).en).toContain('“Thành viên”');
    expect((await downloadedBy(client)).worksheets.length).toBe(before);
  });
});

describe('No grid to show: a cell is named instead of selected, and there is nothing to colour', () => {
  it('selectCell tells the mode which cell; the port offers no highlighting or change events', async () => {
    const seen: string[] = [];
    const port = createFilePort(inlineClient(), { onSelectCell: (sheet, cell) => seen.push(`${sheet}!${cell}`) });
    await port.selectCell('Tự chấm', 'G7');
    expect(seen).toEqual(['Tự chấm!G7']);
    expect(port.highlightCells).toBeUndefined();
    expect(port.onInputChanged).toBeUndefined();
  });
});

describe('The worker’s check travels with the input', () => {
  it('the pane’s core answers a check of the input it received with the worker’s report (without the score grids), and checks any other input itself', async () => {
    const { withWorkerChecks } = await import('../../src/web/workerCore');
    const { defaultCore } = await import('../../src/app/defaultCore');
    const client = await clientWith(SAMPLE);
    const input = await client.readInput();
    let calls = 0;
    const core = withWorkerChecks({ ...defaultCore, checkWorkbook: (i) => (calls++, defaultCore.checkWorkbook(i)) }, client);
    const report = core.checkWorkbook(input);
    expect(calls).toBe(0);
    // The same findings as the core computes here, independently.
    const own = defaultCore.checkWorkbook(input);
    expect(JSON.stringify(report.problems)).toBe(JSON.stringify(own.problems));
    expect(JSON.stringify(report.results)).toBe(JSON.stringify(own.results));
    expect(report.fingerprint).toBe(own.fingerprint);
    expect(JSON.stringify(report.workbook?.members)).toBe(JSON.stringify(own.workbook?.members));
    // The score grids stayed in the worker (the page never reads them): each keeps its sheet, not its numbers.
    expect(own.workbook!.cross.length).toBeGreaterThan(0);
    expect(report.workbook!.cross.map((g) => g.sheet)).toEqual(own.workbook!.cross.map((g) => g.sheet));
    expect(report.workbook!.cross.every((g) => g.values.length === 0)).toBe(true);
    core.checkWorkbook({ ...input });
    expect(calls).toBe(1);
  });

  it('a ranking of that input leaves its sheets to the worker, which writes the same sheets the core describes on its own', async () => {
    const { withWorkerChecks } = await import('../../src/web/workerCore');
    const { defaultCore } = await import('../../src/app/defaultCore');
    const { isDeferred } = await import('../../src/web/deferredSheets');
    const options = { computedAt: '09/01/2023 08:00' };
    const viaWorker = await clientWith(SAMPLE);
    const input = await viaWorker.readInput();
    const ranked = await withWorkerChecks(defaultCore, viaWorker).rankWorkbook(input, options);
    const own = await defaultCore.rankWorkbook(input, options);
    expect(JSON.stringify(ranked.results)).toBe(JSON.stringify(own.results));
    expect(ranked.sheets.map((s) => [s.key, s.name])).toEqual(own.sheets.map((s) => [s.key, s.name]));
    expect(ranked.sheets.every(isDeferred)).toBe(true);
    const keys = ['check', 'detail', 'ranking'];
    await createFilePort(viaWorker).writeSheets(ranked.sheets.filter((s) => keys.includes(s.key)));
    const onPage = await clientWith(SAMPLE);
    await createFilePort(onPage).writeSheets(own.sheets.filter((s) => keys.includes(s.key)));
    const [a, b] = [await downloadedBy(viaWorker), await downloadedBy(onPage)];
    expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    for (const s of own.sheets.filter((x) => keys.includes(x.key))) {
      const values = (wb: ExcelJS.Workbook) => wb.getWorksheet(s.name)!.getSheetValues();
      expect(values(a).length).toBeGreaterThan(2);
      expect(values(a)).toEqual(values(b));
    }
  });
});

describe('A large input crosses from the worker once per change', () => {
  it('read twice without a change: the same input again; after a write: a new one, with the written sheet', async () => {
    const client = await clientWith(SAMPLE);
    const first = await client.readInput();
    expect(await client.readInput()).toBe(first);
    await client.writeSheets([describeSheet({ name: 'Xếp hạng' })]);
    const after = await client.readInput();
    expect(after).not.toBe(first);
    expect(after.markedSheets).toEqual(['Xếp hạng']);
    expect(client.reportFor(after)).toBeDefined();
  });
});
