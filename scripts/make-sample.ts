/**
 * Builds the sample workbook samples/bac-trung-bo-2022.xlsx from its readable source,
 * samples/source/bac-trung-bo-2022.json (`npm run sample`). The numbers are illustrative: only
 * the published outcome is real (Tỉnh Nghệ An led the cluster in 2022 and was proposed for the
 * Government Emulation Flag; Tỉnh Thừa Thiên Huế for the Prime Minister's Certificate of Merit).
 *
 * The `Hội nghị` sheet's people, numbers, time and place are illustrative too, and say so on the sheet.
 *
 * The file's document dates are fixed, so regenerating gives the same values (the zip itself
 * stamps each part with the time of writing, so the bytes differ).
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import type { Workbook } from '../src/file/book/workbook';
import { a1, a1Range, workingPageSetup, type CellStyle, type SheetDescription, type StyledRange } from '../src/core/index';
import { writeWorkbookFile } from '../src/file/nodeFiles';
import { applySheetDescriptions, newWorkbook } from '../src/file/writeXlsx';

type Score = number | null;

export interface SampleSource {
  about: string;
  illustrativeNote: string;
  title: string;
  settings: [string, string | number][];
  bands: [string, number][];
  members: { code: string; name: string; aliases: string; signed: string; ineligible: string }[];
  /** [Mã, Nội dung, Điểm tối đa, Loại, Hướng dẫn chấm] */
  criteria: [string, string, number, string, string][];
  /** Leaf code → one score per member, in `members` order (each member fills its own). */
  selfScores: Record<string, Score[]>;
  crossSheets: { scorer: string; headers: string[]; scores: Record<string, Score[]> }[];
  /** [Phiếu số, Cờ thi đua, Bằng khen] */
  ballots: [number, string, string][];
  /** Says on the `Hội nghị` sheet that its names are illustrative. */
  meetingNote: string;
  /** `Hội nghị`: [Mục, Nội dung]. */
  meeting: [string, string][];
}

/** The day the sample's document properties carry (the 2022 review conference season). */
export const SAMPLE_DATE = new Date(Date.UTC(2022, 11, 15));

const FONT = { name: 'Times New Roman', size: 12 };
const HEADER: CellStyle = { bold: true, fill: 'DDEBF7', hAlign: 'center', vAlign: 'middle', wrap: true, border: true };
const TITLE: CellStyle = { bold: true, fontSize: 14 };
const NOTE: CellStyle = { italic: true, color: 'C00000', wrap: true, vAlign: 'top' };
const GROUP: CellStyle = { bold: true, fill: 'F2F2F2' };
const SCORE_FORMAT = '0.00';

interface Layout {
  name: string;
  /** Rows above the table (title, notes); each becomes one merged row. */
  above: { text: string; style: CellStyle; height?: number }[];
  header: string[];
  rows: (string | number | null)[][];
  widths: number[];
  /** Extra styles on body rows, by 0-based body row. */
  rowStyles?: { row: number; style: CellStyle }[];
  /** 0-based columns holding scores (number format). */
  scoreColumns?: number[];
  validations?: { col: number; list: string[] }[];
}

/** One input sheet as a description the file shell applies (key 'input', no mark). */
function describe(l: Layout): SheetDescription {
  const width = l.header.length;
  const pad = (r: (string | number | null)[]): (string | number | null)[] => [...r, ...Array(width - r.length).fill(null)].slice(0, width);
  const values: (string | number | null)[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  for (const a of l.above) {
    const r = values.length;
    values.push(pad([a.text]));
    merges.push(a1Range(r, 0, r, width - 1));
    styles.push({ range: a1(r, 0), style: a.style });
    if (a.height) rowHeights.push({ row: r, height: a.height });
  }
  if (l.above.length > 0) values.push(pad([]));
  const headerRow = values.length;
  values.push(pad(l.header));
  styles.push({ range: a1Range(headerRow, 0, headerRow, width - 1), style: HEADER });
  const first = values.length;
  for (const r of l.rows) values.push(pad(r));
  const last = values.length - 1;
  if (last >= first) {
    styles.push({ range: a1Range(first, 0, last, width - 1), style: { border: true, vAlign: 'middle', wrap: true } });
    for (const c of l.scoreColumns ?? []) styles.push({ range: a1Range(first, c, last, c), style: { numberFormat: SCORE_FORMAT, hAlign: 'right' } });
    for (const rs of l.rowStyles ?? []) styles.push({ range: a1Range(first + rs.row, 0, first + rs.row, width - 1), style: rs.style });
  }
  return {
    key: 'input',
    name: l.name,
    values,
    styles,
    font: FONT,
    merges,
    columnWidths: l.widths,
    rowHeights,
    links: [],
    notes: [],
    validations: (l.validations ?? []).map((v) => ({ range: a1Range(first, v.col, Math.max(last, first), v.col), list: v.list })),
    freezeRows: headerRow + 1,
    // On A4 like the template's input sheets: the header rows repeated, one page wide.
    pageSetup: workingPageSetup(l.widths, headerRow + 1),
    mark: null,
  };
}

const isLeaf = (code: string, src: SampleSource): boolean => !src.criteria.some(([c]) => c.startsWith(code + '.'));

/** Criteria rows of a score sheet: every criterion (groups for readability), scores on leaves. */
function scoreRows(src: SampleSource, scores: Record<string, Score[]>): { rows: (string | number | null)[][]; groups: number[] } {
  const rows: (string | number | null)[][] = [];
  const groups: number[] = [];
  src.criteria.forEach(([code, text, max], i) => {
    if (isLeaf(code, src)) {
      rows.push([code, text, max, ...(scores[code] ?? src.members.map(() => null))]);
    } else {
      groups.push(i);
      rows.push([code, text, max, ...src.members.map(() => null)]);
    }
  });
  return { rows, groups };
}

export function sampleSheets(src: SampleSource): SheetDescription[] {
  const cluster = String(src.settings.find(([k]) => k === 'Tên cụm')?.[1] ?? '');
  const year = String(src.settings.find(([k]) => k === 'Năm')?.[1] ?? '');
  const nameOf = (code: string): string => src.members.find((m) => m.code === code)?.name ?? code;
  const scoreWidths = [8, 46, 9, ...src.members.map(() => 10)];
  const scoreColumns = src.members.map((_, i) => 3 + i);
  const sheets: SheetDescription[] = [];

  sheets.push(
    describe({
      name: 'Cấu hình',
      above: [
        { text: src.title, style: TITLE, height: 36 },
        { text: src.illustrativeNote, style: NOTE, height: 66 },
      ],
      header: ['Tham số', 'Giá trị'],
      rows: src.settings.map(([k, v]) => [k, v]),
      widths: [40, 62],
    }),
  );
  sheets.push(describe({ name: 'Xếp loại', above: [], header: ['Xếp loại', 'Điểm từ'], rows: src.bands, widths: [20, 12] }));
  sheets.push(
    describe({
      name: 'Thành viên',
      above: [],
      header: ['Mã', 'Tên đơn vị', 'Tên khác', 'Ký giao ước', 'Không đủ điều kiện khen thưởng'],
      rows: src.members.map((m) => [m.code, m.name, m.aliases, m.signed, m.ineligible || null]),
      widths: [8, 26, 24, 12, 34],
      validations: [{ col: 3, list: ['Có', 'Không'] }],
    }),
  );
  const groupRows = src.criteria.map(([code], i) => (isLeaf(code, src) ? -1 : i)).filter((i) => i >= 0);
  sheets.push(
    describe({
      name: 'Tiêu chí',
      above: [],
      header: ['Mã', 'Nội dung', 'Điểm tối đa', 'Loại', 'Hướng dẫn chấm'],
      rows: src.criteria.map(([code, text, max, type, guidance]) => [code, text, max, type, guidance || null]),
      widths: [8, 52, 11, 10, 44],
      rowStyles: groupRows.map((row) => ({ row, style: GROUP })),
      validations: [{ col: 3, list: ['Điểm', 'Thưởng', 'Trừ'] }],
    }),
  );

  const self = scoreRows(src, src.selfScores);
  sheets.push(
    describe({
      name: 'Tự chấm',
      above: [{ text: `TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year} — ${cluster.toUpperCase()}`, style: TITLE, height: 24 }],
      header: ['Mã', 'Nội dung', 'Điểm tối đa', ...src.members.map((m) => m.code)],
      rows: self.rows,
      widths: scoreWidths,
      rowStyles: self.groups.map((row) => ({ row, style: GROUP })),
      scoreColumns,
    }),
  );
  for (const sheet of src.crossSheets) {
    const cross = scoreRows(src, sheet.scores);
    sheets.push(
      describe({
        name: `Chấm chéo - ${sheet.scorer}`,
        above: [{ text: `ĐIỂM CHẤM CHÉO NĂM ${year} — ĐƠN VỊ CHẤM: ${nameOf(sheet.scorer).toUpperCase()}`, style: TITLE, height: 24 }],
        header: ['Mã', 'Nội dung', 'Điểm tối đa', ...sheet.headers],
        rows: cross.rows,
        widths: scoreWidths,
        rowStyles: cross.groups.map((row) => ({ row, style: GROUP })),
        scoreColumns,
      }),
    );
  }
  sheets.push(
    describe({
      name: 'Phiếu bầu',
      above: [{ text: `KẾT QUẢ BỎ PHIẾU SUY TÔN NĂM ${year}`, style: TITLE, height: 24 }],
      header: ['Phiếu số', 'Cờ thi đua', 'Bằng khen'],
      rows: src.ballots,
      widths: [10, 30, 30],
    }),
  );
  sheets.push(
    describe({
      name: 'Hội nghị',
      above: [
        { text: `HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${year}`, style: TITLE, height: 24 },
        { text: src.meetingNote, style: NOTE, height: 48 },
      ],
      header: ['Mục', 'Nội dung'],
      rows: src.meeting,
      widths: [24, 62],
    }),
  );
  return sheets;
}

export function readSampleSource(file: string): SampleSource {
  return JSON.parse(readFileSync(file, 'utf8')) as SampleSource;
}

export function sampleWorkbook(src: SampleSource): Workbook {
  const wb = newWorkbook(SAMPLE_DATE, { title: src.title, description: src.about });
  applySheetDescriptions(wb, sampleSheets(src));
  return wb;
}

export async function makeSample(sourceFile: string, outFile: string): Promise<void> {
  await writeWorkbookFile(sampleWorkbook(readSampleSource(sourceFile)), outFile);
}

/** The project folder: the nearest one above this file with the project's package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'samples'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('project folder not found above ' + from);
    dir = parent;
  }
  return dir;
}

if (require.main === module) {
  const root = projectRoot();
  const source = path.join(root, 'samples', 'source', 'bac-trung-bo-2022.json');
  const out = path.join(root, 'samples', 'bac-trung-bo-2022.xlsx');
  makeSample(source, out).then(
    () => process.stdout.write(`Đã tạo ${path.relative(root, out)}\n`),
    (e: unknown) => {
      process.stderr.write(`Không tạo được tệp mẫu: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
