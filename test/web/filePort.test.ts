/**
 * The file mode's port (src/web/filePort.ts) over a workbook held in memory, with the real file
 * shell (exceljs): reads give the workbook as it is now, writes replace only the program's own
 * sheets (docs/huong-dan-so-lieu.md, "Input sheets belong to people; output sheets belong to the
 * program"), the template goes only into a workbook without those sheets.
 */
import { readXlsxFile } from '../../src/file/nodeFiles';
import { PortError } from '../../src/core/port';
import { describeTemplate } from '../../src/core/template/describeTemplate';
import * as shell from '../../src/web/fileShell';
import { createFilePort } from '../../src/web/filePort';
import { describeSheet } from '../file/fixtures';
import * as path from 'path';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');

describe('Reading: the workbook as it is in memory', () => {
  it('gives every sheet of the sample in tab order, none of them marked as ours yet', async () => {
    const { workbook } = await readXlsxFile(SAMPLE);
    const input = await createFilePort(workbook, shell).readInput();
    expect(input.sheets.map((s) => s.name)).toEqual(workbook.worksheets.map((w) => w.name));
    expect(input.sheets.map((s) => s.name)).toContain('Thành viên');
    expect(input.markedSheets).toEqual([]);
  });

  it('after a write, the next read knows the written sheet as ours (not as input)', async () => {
    const { workbook } = await readXlsxFile(SAMPLE);
    const writes: number[] = [];
    const port = createFilePort(workbook, shell, { onWrite: () => writes.push(1) });
    await port.writeSheets([describeSheet({ name: 'Xếp hạng' })]);
    const input = await port.readInput();
    expect(input.markedSheets).toEqual(['Xếp hạng']);
    const grid = input.sheets.find((s) => s.name === 'Xếp hạng');
    expect(grid?.values[1]).toEqual([1, 'Tỉnh Nghệ An', 96.5]);
    expect(writes).toHaveLength(1);
  });
});

describe('Writing: only the program’s own sheets are replaced', () => {
  it('a second write replaces our sheet in place', async () => {
    const { workbook } = await readXlsxFile(SAMPLE);
    const port = createFilePort(workbook, shell);
    await port.writeSheets([describeSheet({ name: 'Xếp hạng' })]);
    const tabs = workbook.worksheets.map((w) => w.name);
    await port.writeSheets([describeSheet({ name: 'Xếp hạng', values: [['Hạng', 'Đơn vị'], [1, 'Tỉnh Hà Tĩnh']] })]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(tabs);
    expect(workbook.getWorksheet('Xếp hạng')?.getCell('B2').value).toBe('Tỉnh Hà Tĩnh');
  });

  it('a user’s sheet that merely has the name is refused with a sentence in both languages, and nothing changes', async () => {
    const { workbook } = await readXlsxFile(SAMPLE);
    workbook.addWorksheet('Xếp hạng').getCell('A1').value = 'Bảng của văn phòng';
    const writes: number[] = [];
    const port = createFilePort(workbook, shell, { onWrite: () => writes.push(1) });
    const error = await port.writeSheets([describeSheet({ name: 'Xếp hạng' })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).kind).toBe('notOurs');
    expect((error as PortError).vi).toContain('Sổ tính đã có trang "Xếp hạng" không do chương trình tạo ra.');
    expect((error as PortError).en).toContain('The workbook already has a sheet "Xếp hạng"');
    expect(workbook.getWorksheet('Xếp hạng')?.getCell('A1').value).toBe('Bảng của văn phòng');
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
    const workbook = shell.newWorkbook(new Date(2023, 0, 9));
    const port = createFilePort(workbook, shell);
    await port.createInputSheets(template());
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Cấu hình', 'Thành viên', 'Tiêu chí']));
  });

  it('refuses when the workbook already has them, naming them', async () => {
    const { workbook } = await readXlsxFile(SAMPLE);
    const before = workbook.worksheets.length;
    const error = await createFilePort(workbook, shell).createInputSheets(template()).catch((e: unknown) => e);
    expect((error as PortError).kind).toBe('exists');
    expect((error as PortError).vi).toContain('“Cấu hình”');
    expect((error as PortError).en).toContain('“Thành viên”');
    expect(workbook.worksheets.length).toBe(before);
  });
});

describe('No grid to show: a cell is named instead of selected, and there is nothing to colour', () => {
  it('selectCell tells the mode which cell; the port offers no highlighting or change events', async () => {
    const seen: string[] = [];
    const port = createFilePort(shell.newWorkbook(), shell, { onSelectCell: (sheet, cell) => seen.push(`${sheet}!${cell}`) });
    await port.selectCell('Tự chấm', 'G7');
    expect(seen).toEqual(['Tự chấm!G7']);
    expect(port.highlightCells).toBeUndefined();
    expect(port.onInputChanged).toBeUndefined();
  });
});
