/**
 * One engine on one .xlsx file, in a process of its own (bench/fileBench.ts starts it), printing
 * its figures as JSON: read, check, rank and write times in ms and the process's peak memory.
 *   engine "file":    the file shell (src/file) — read, core check, core rank, apply the output
 *                     sheets and the log row, write the file.
 *   engine "exceljs": exceljs as the program used it before issue 11 — load, every cell to a grid,
 *                     the same core check and rank, writeBuffer of the loaded workbook to a file
 *                     (without applying the output sheets: the old writer is gone; applying them
 *                     cost exceljs more on top).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook, rankWorkbook, type CellValue, type WorkbookInput } from '../src/core/index';
import { readXlsxFile, writeWorkbookFile } from '../src/file/nodeFiles';
import { applySheetDescriptions } from '../src/file/writeXlsx';

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

function exceljsValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  const o = v as { result?: unknown; richText?: { text: string }[]; error?: string };
  if ('result' in o) return exceljsValue(o.result);
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if (o.error) return o.error;
  return null;
}

async function run(engine: string, file: string): Promise<Record<string, number>> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-bench-')), 'ket-qua.xlsx');
  const computedAt = '01/01/2026 08:00';
  if (engine === 'file') {
    let t = process.hrtime.bigint();
    const { workbook, input } = await readXlsxFile(file);
    const read = ms(t);
    t = process.hrtime.bigint();
    checkWorkbook(input);
    const check = ms(t);
    t = process.hrtime.bigint();
    const report = rankWorkbook(input, { computedAt });
    const rank = ms(t);
    t = process.hrtime.bigint();
    applySheetDescriptions(workbook, report.sheets);
    await writeWorkbookFile(workbook, out);
    const write = ms(t);
    return { read, check, rank, write };
  }
  let t = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const input: WorkbookInput = { sheets: [] };
  for (const ws of wb.worksheets) {
    const values: CellValue[][] = [];
    ws.eachRow((row, r) => {
      const line: CellValue[] = [];
      row.eachCell((cell, c) => void (line[c - 1] = exceljsValue(cell.value)));
      values[r - 1] = line;
    });
    input.sheets.push({ name: ws.name, values: Array.from(values, (l) => l ?? []) });
  }
  const read = ms(t);
  t = process.hrtime.bigint();
  checkWorkbook(input);
  const check = ms(t);
  t = process.hrtime.bigint();
  rankWorkbook(input, { computedAt });
  const rank = ms(t);
  t = process.hrtime.bigint();
  await wb.xlsx.writeFile(out);
  const write = ms(t);
  return { read, check, rank, write };
}

run(process.argv[2], process.argv[3]).then(
  (figures) => process.stdout.write(JSON.stringify({ ...figures, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\n'),
  (e: unknown) => {
    process.stderr.write(String(e) + '\n');
    process.exitCode = 1;
  },
);
