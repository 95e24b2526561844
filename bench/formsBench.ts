/**
 * The member forms' part of `npm run bench` (issue 14, docs/phieu-cham.md), on the 34 × 300 × 34
 * cluster as .xlsx files written by exceljs: `cum-thi-dua forms` (34 forms of 300 self and
 * 9 900 cross cells each) and `cum-thi-dua gather` of the 34 forms into a copy whose score cells
 * are blank (346 800 cells written), as whole processes — fastest of three runs, largest peak
 * memory. No target is set for them; the figures say what an officer waits for.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { LARGE, largeXlsxPath, syntheticXlsx } from './largeXlsx';
import { syntheticCluster } from './synthetic';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'cum-thi-dua.js');
const REPORTER = path.join(ROOT, 'test', 'corpus', 'reportPeakRss.js');
const RUNS = 3;

/** The large cluster with every score cell of `Tự chấm` and the cross sheets blank. */
async function erasedXlsx(file: string): Promise<string> {
  if (fs.existsSync(file)) return file;
  const wb = new ExcelJS.Workbook();
  for (const sheet of syntheticCluster(LARGE).sheets) {
    const score = sheet.name === 'Tự chấm' || sheet.name.startsWith('Chấm chéo');
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => ws.addRow(row.map((v, c) => (v === undefined || (score && r > 0 && c >= 3) ? null : v))));
  }
  await wb.xlsx.writeFile(file);
  return file;
}

function run(args: string[], cwd: string): { ms: number; peakMb: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', REPORTER, BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args[0]}: exit ${r.status}: ${r.stderr.slice(-500)}`);
  return { ms, peakMb: Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024 };
}

export async function formsBench(): Promise<void> {
  const book = await syntheticXlsx(LARGE, largeXlsxPath());
  const erased = await erasedXlsx(path.join(path.dirname(book), 'large-erased.xlsx'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-forms-bench-'));
  try {
    const issue: { ms: number; peakMb: number }[] = [];
    const gather: { ms: number; peakMb: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const folder = path.join(work, `phieu-${i}`);
      issue.push(run(['forms', book, '-o', folder], work));
      const forms = fs.readdirSync(folder).map((f) => path.join(folder, f));
      gather.push(run(['gather', erased, ...forms, '-o', path.join(work, `da-thu-${i}.xlsx`)], work));
    }
    const size = fs.readdirSync(path.join(work, 'phieu-0')).reduce((n, f) => n + fs.statSync(path.join(work, 'phieu-0', f)).size, 0);
    const best = (xs: { ms: number; peakMb: number }[]) => ({ ms: Math.min(...xs.map((x) => x.ms)), peakMb: Math.max(...xs.map((x) => x.peakMb)) });
    const a = best(issue);
    const b = best(gather);
    console.log(`\nMember forms on ${LARGE.members} × ${LARGE.leaves} × ${LARGE.crossSheets} (whole processes, fastest of ${RUNS}):`);
    console.log(`  forms  (${LARGE.members} files, ${(size / 1024 / 1024).toFixed(1)} MB in all)  ${a.ms.toFixed(0).padStart(6)} ms  ${a.peakMb.toFixed(0).padStart(4)} MB peak`);
    console.log(`  gather (${LARGE.members} forms into the erased copy)      ${b.ms.toFixed(0).padStart(6)} ms  ${b.peakMb.toFixed(0).padStart(4)} MB peak`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) formsBench().catch((e: unknown) => ((process.exitCode = 1), console.error(e)));
