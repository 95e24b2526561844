/**
 * Reading the printed output sheets back as a person would: the ranking table of `Xếp hạng`
 * (the row under the header "Hạng | Đơn vị | … | Tổng điểm") and the nominees of `Đề nghị khen
 * thưởng` (the rows marked "Được suy tôn" under each award's heading). Works on plain 2-D
 * values, whether they come from the fake Excel or from a downloaded file read with exceljs.
 */
import type ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null | undefined;

export interface RankRow {
  rank: number;
  name: string;
  total: string;
}

const text = (v: Cell): string => (v === null || v === undefined ? '' : String(v)).trim();

/** The ranking table: every row under the header until the first row without a rank. */
export function rankingOf(values: Cell[][]): RankRow[] {
  const headerAt = values.findIndex((row) => ['Hạng', 'Đơn vị', 'Tổng điểm'].every((h) => row.some((v) => text(v) === h)));
  if (headerAt < 0) throw new Error('no ranking header (Hạng, Đơn vị, Tổng điểm) in the sheet');
  const header = values[headerAt].map(text);
  const col = { rank: header.indexOf('Hạng'), name: header.indexOf('Đơn vị'), total: header.indexOf('Tổng điểm') };
  const rows: RankRow[] = [];
  for (const row of values.slice(headerAt + 1)) {
    const rank = Number(text(row[col.rank]));
    if (!Number.isInteger(rank) || rank < 1 || text(row[col.rank]) === '') break;
    rows.push({ rank, name: text(row[col.name]), total: text(row[col.total]) });
  }
  return rows;
}

/** Members marked "Được suy tôn" under the Flag heading and under the Certificate heading. */
export function nomineesOf(values: Cell[][]): { flag: string[]; certificate: string[] } {
  const out = { flag: [] as string[], certificate: [] as string[] };
  let award: 'flag' | 'certificate' | null = null;
  for (const row of values) {
    const first = text(row[0]);
    // The award's heading in `Biên bản họp`: "2. Bình xét, suy tôn Cờ thi đua của Chính phủ (…)" (a proposal: "1. Đề xuất …").
    if (/^\d+\.\s*(Bình xét, suy tôn |Đề xuất )?Cờ thi đua của Chính phủ/.test(first)) award = 'flag';
    else if (/^\d+\.\s*(Bình xét, suy tôn |Đề xuất )?Bằng khen của Thủ tướng Chính phủ/.test(first)) award = 'certificate';
    else if (/^\d+\.\s/.test(first)) award = null;
    else if (award && row.some((v) => text(v) === 'Được suy tôn') && !out[award].includes(first)) out[award].push(first);
  }
  return out;
}

/** A worksheet's values as rows of plain values (a formula gives its cached result). */
export function worksheetValues(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value as unknown;
      let plain: Cell = null;
      if (v === null || v === undefined) plain = null;
      else if (typeof v === 'object' && 'result' in (v as object)) plain = (v as { result: Cell }).result;
      else if (typeof v === 'object' && 'richText' in (v as object)) plain = (v as { richText: { text: string }[] }).richText.map((p) => p.text).join('');
      else if (typeof v === 'object' && 'text' in (v as object)) plain = String((v as { text: unknown }).text);
      else plain = v as Cell;
      line[c - 1] = plain;
    });
    rows[r - 1] = line;
  });
  return Array.from(rows, (line) => line ?? []);
}
