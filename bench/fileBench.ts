/**
 * The file shell's part of `npm run bench` (issue 11): on the 34 × 300 × 34 workbook as an .xlsx
 * file, side by side in one run —
 *   - in-process figures (read, check, rank, write, peak memory) of the file shell and of exceljs,
 *     each in a process of its own (bench/engineRun.ts);
 *   - whole processes, as a user runs them: `node -e 0`, the floor (bench/floor.js: Node's start,
 *     reading the file, inflating every part with zlib and scanning it for cells), and the command
 *     line's `check` and `rank`, with their ratio to the floor (targets: check ≤ 6×, rank ≤ 10×);
 *   - zip bombs refused by `check`: time and peak memory (target: well under a second, ≤ 300 MB).
 * Times are the fastest of a few runs (the machine is shared: the fastest run is the one least
 * disturbed, as for the core's figures above); peak memory is the largest maxrss of those runs.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bombBook, craftZip, entriesOf, manyCellsEntry, smallBookBytes } from '../test/corpus/hostileBooks';
import { LARGE, largeXlsxPath, syntheticXlsx } from './largeXlsx';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'cum-thi-dua.js');
const FLOOR = path.join(ROOT, 'bench', 'floor.js');
const REPORTER = path.join(ROOT, 'test', 'corpus', 'reportPeakRss.js');
const ENGINE = path.join(__dirname, 'engineRun.js');
const RUNS = 5;

interface ProcessFigures {
  ms: number;
  peakMb: number;
  code: number;
}

function runProcess(args: string[]): ProcessFigures {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', REPORTER, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, peakMb: kb / 1024, code: r.status ?? -1 };
}

const fastest = (xs: number[]): number => Math.min(...xs);

function repeated(args: string[], runs = RUNS): ProcessFigures {
  const all = Array.from({ length: runs }, () => runProcess(args));
  return { ms: fastest(all.map((f) => f.ms)), peakMb: Math.max(...all.map((f) => f.peakMb)), code: all[0].code };
}

function engine(name: string, file: string): Record<string, number> {
  const all: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [ENGINE, name, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
    all.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>);
  }
  const keys = Object.keys(all[0]);
  return Object.fromEntries(keys.map((k) => [k, k === 'peakMb' ? Math.max(...all.map((f) => f[k])) : fastest(all.map((f) => f[k]))]));
}

const f0 = (x: number): string => x.toFixed(0);
const cell = (s: string, w: number): string => s.padStart(w);

export async function fileBench(): Promise<void> {
  const file = await syntheticXlsx(LARGE, largeXlsxPath());
  const size = fs.statSync(file).size;
  console.log('');
  console.log(`Tệp / file: ${LARGE.members} × ${LARGE.leaves} × ${LARGE.crossSheets} (${(size / 1048576).toFixed(2)} MB, written by exceljs) — fastest of ${RUNS} runs`);

  console.log('');
  console.log('Trong tiến trình / in process      read      check       rank      write    peak RSS');
  const ours = engine('file', file);
  const theirs = engine('exceljs', file);
  for (const [label, f] of [
    ['file shell (fflate/zlib + own XML)', ours],
    ['exceljs 4.4 (before issue 11)', theirs],
  ] as const) {
    console.log(`${label.padEnd(33)} ${cell(f0(f.read), 6)} ms ${cell(f0(f.check), 6)} ms ${cell(f0(f.rank), 6)} ms ${cell(f0(f.write), 6)} ms ${cell(f0(f.peakMb), 6)} MB`);
  }

  console.log('');
  console.log('Cả tiến trình / whole process                 time    peak RSS   × floor');
  const nodeStart = repeated(['-e', '0']);
  const floor = repeated([FLOOR, file]);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-bench-')), 'ket-qua.xlsx');
  const check = repeated([BIN, 'check', file, '--json']);
  const rank = repeated([BIN, 'rank', file, '-o', out, '--json']);
  const row = (label: string, f: ProcessFigures, ratio = true) =>
    console.log(`${label.padEnd(44)} ${cell(f0(f.ms), 6)} ms ${cell(f0(f.peakMb), 6)} MB ${ratio ? cell((f.ms / floor.ms).toFixed(1) + '×', 8) : ''}`);
  row('node -e 0', nodeStart, false);
  row('floor: node + read + zlib inflate + scan', floor, false);
  row('cum-thi-dua check', check);
  row('cum-thi-dua rank -o', rank);
  console.log(`targets: check ≤ 6× floor → ${check.ms <= 6 * floor.ms ? 'met' : 'NOT met'}; rank ≤ 10× floor → ${rank.ms <= 10 * floor.ms ? 'met' : 'NOT met'}; exit codes ${check.code}/${rank.code}`);

  console.log('');
  console.log('Từ chối / refused by check (bombs; 2.5 M cells)             time    peak RSS   exit');
  const many = await entriesOf(await smallBookBytes());
  const self = many.findIndex((e) => e.name === 'xl/worksheets/sheet4.xml');
  many[self] = await manyCellsEntry('xl/worksheets/sheet4.xml', 50_000, 50);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-bench-bomb-'));
  const bombs: [string, Uint8Array][] = [
    ['1.6 GB of XML declared (≈1.6 MB file)', await bombBook(1600 * 1048576)],
    ['300 MB inflated, 1 MB declared (lying)', await bombBook(300 * 1048576, 1048576)],
    ['200 MB inflated, ratio ≈ 1 000 (under the size cap)', await bombBook(200 * 1048576)],
    ['2.5 million cells (the core refuses: exit 1)', craftZip(many)],
  ];
  for (const [label, bytes] of bombs) {
    const f = path.join(dir, 'bom.xlsx');
    fs.writeFileSync(f, bytes);
    const r = repeated([BIN, 'check', f]);
    console.log(`${(label + ` (${(bytes.length / 1048576).toFixed(1)} MB)`).padEnd(58)} ${cell(f0(r.ms), 6)} ms ${cell(f0(r.peakMb), 6)} MB ${cell(String(r.code), 6)}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
