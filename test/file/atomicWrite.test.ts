/**
 * Fault tolerance of the file shell (issue 6): the result file is written atomically — the
 * bytes go to a temporary file beside the target, then a rename. Whatever fails on the way
 * (the disk fills up in the middle of the temporary file, the rename is refused), the file
 * that was there before is byte-identical afterwards and no temporary file is left. Failures
 * are injected into Node's fs, the layer nodeFiles.ts writes through.
 */
import { promises as fsp, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/file/readXlsx';
import { OutputWriteError } from '../../src/file/errors';
import { readXlsxFile, writeWorkbookFile } from '../../src/file/nodeFiles';
import { appendLogRow } from '../../src/file/logSheet';
import { applySheetDescriptions } from '../../src/file/writeXlsx';
import { describeLogSheet } from '../../src/core/log/describeLog';
import { runCli } from '../cli/run';
import { smallWorkbook, writeBook } from '../cli/workbooks';
import { describeSheet, tempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cum-thi-dua-atomic-')));
afterEach(() => {
  jest.restoreAllMocks();
  cleanup();
});

function diskFullHalfway(): void {
  const real = fsp.writeFile.bind(fsp);
  jest.spyOn(fsp, 'writeFile').mockImplementation(async (file, data, options) => {
    // Half of the bytes reach the temporary file, then the disk is full.
    const bytes = data as Uint8Array;
    await real(file, bytes.subarray(0, Math.floor(bytes.length / 2)), options as never);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  });
}

function renameRefused(): void {
  jest.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' }));
}

/** An existing result file from an earlier run, then a second run of the output sheets and the log over it. */
async function secondRunOver(target: string): Promise<void> {
  const { workbook } = await readXlsxFile(target);
  applySheetDescriptions(workbook, [describeSheet({ name: 'Xếp hạng', mark: 'CumThiDua_XepHang', values: [['Lần chạy 2']] })]);
  appendLogRow(workbook, { row: ['15/12/2022 10:00:00', 'Xếp hạng'], create: describeLogSheet([['15/12/2022 10:00:00', 'Xếp hạng']]), sheet: 'Nhật ký' });
  await writeWorkbookFile(workbook, target);
}

async function firstRun(target: string): Promise<Buffer> {
  const input = new ExcelJS.Workbook();
  input.addWorksheet('Cấu hình').addRows([['Tham số', 'Giá trị'], ['Năm', 2022]]);
  const wb = loadWorkbook(new Uint8Array(await input.xlsx.writeBuffer()), 'so.xlsx').workbook;
  applySheetDescriptions(wb, [describeSheet({ name: 'Xếp hạng', mark: 'CumThiDua_XepHang', values: [['Lần chạy 1']] })]);
  appendLogRow(wb, { row: ['15/12/2022 09:00:00', 'Xếp hạng'], create: describeLogSheet([['15/12/2022 09:00:00', 'Xếp hạng']]), sheet: null });
  await writeWorkbookFile(wb, target);
  return readFileSync(target);
}

describe('a failed write leaves the previous file byte-identical and no temporary file', () => {
  test.each([
    ['the disk fills up halfway through the temporary file', diskFullHalfway, 'failed'],
    ['the rename over the old file is refused (open in Excel)', renameRefused, 'locked'],
  ])('%s', async (_label, inject, kind) => {
    const target = path.join(dir, 'so-ket-qua.xlsx');
    const before = await firstRun(target);
    inject();
    const error = await secondRunOver(target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    if (kind === 'locked' && process.platform !== 'win32') expect((error as OutputWriteError).kind).toBe('locked');
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['so-ket-qua.xlsx']);

    // Nothing was lost: the old file still reads, with its one log row; the next run succeeds.
    jest.restoreAllMocks();
    const old = await readXlsxFile(target);
    expect(old.input.sheets.find((s) => s.name === 'Nhật ký')!.values.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 09:00:00']);
    await secondRunOver(target);
    const now = await readXlsxFile(target, { outputSheets: true });
    expect(now.input.sheets.find((s) => s.name === 'Nhật ký')!.values.map((r) => r[0])).toEqual(['Thời gian', '15/12/2022 09:00:00', '15/12/2022 10:00:00']);
    expect(now.input.sheets.find((s) => s.name === 'Xếp hạng')!.values).toEqual([['Lần chạy 2']]);
  });
});

describe('the command line: rank --in-place and lock --in-place over a file when the write fails', () => {
  test.each([['rank'], ['lock']])('%s: exit 73, the workbook byte-identical, no temporary file', async (command) => {
    const book = await writeBook(dir, 'so.xlsx', smallWorkbook());
    const before = readFileSync(book);
    diskFullHalfway();
    const argv = command === 'lock' ? ['lock', 'so.xlsx', '--by', 'Nguyễn Văn A', '--in-place'] : ['rank', 'so.xlsx', '--in-place'];
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(73);
    expect(r.stderr).toContain('Không ghi được tệp');
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['so.xlsx']);
    jest.restoreAllMocks();
    expect((await runCli(argv, { cwd: dir })).code).toBe(0);
  });
});
