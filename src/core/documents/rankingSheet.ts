/**
 * `Xếp hạng` — the ranking sheet (docs/tai-lieu-in.md "Xếp hạng"; docs/quy-tac-tinh-diem.md §4–§7): one row per member
 * in rank order with its top-level group subtotals, bonus, deduction, total, band and notes
 * (shared rank, the tie-break that decided, why it cannot be nominated). A4 landscape. Group
 * headings wrap; one too long for its column shows its first phrases or its code, and the full
 * names follow the table. Member rows are all as tall as the tallest (an even table).
 */
import type { Criterion } from '../model';
import type { SheetDescription } from '../sheet';
import type { ResultInputs } from './documentInputs';
import { addDocumentHeader } from './headerBlock';
import { pointText } from './numberText';
import { buildDocument } from './buildDocument';
import { FONT_SIZE } from './pageSetup';
import { addLockWarning } from './provenance';
import { SheetBuilder, type OutCell } from './sheetBuilder';
import { addSignatureBlocks, clusterHeadBlock } from './signatureBlock';
import { addLegend, addTableHeader, alignNumbers, columnHeading, fitRow, styleTableBody, type ColumnHeading } from './table';
import { clusterFullName, scoreSourceText, tieBreakChainText } from './wording';
import { VI } from '../words';
import { rankNoteTexts } from '../words/resultTexts';

/** A group's column heading: its code and name, shortened (never with "…") when too tall for the column. */
export function groupHeading(c: Criterion, widthUnits: number, fontSize: number): ColumnHeading {
  return columnHeading(c.code, c.text, widthUnits, fontSize);
}

export function describeRankingSheet(x: ResultInputs): SheetDescription {
  const { workbook: wb, results, names } = x;
  const s = wb.settings;
  const groups = wb.criteria.filter((c) => c.parent === null && c.type === 'score');
  const wide = groups.length > 5;
  const fontSize = wide ? FONT_SIZE.wideTable : FONT_SIZE.table;

  const groupWidth = wide ? 10 : 12;
  const headings = groups.map((g) => groupHeading(g, groupWidth, fontSize));
  const headers = ['Hạng', 'Đơn vị', ...headings.map((h) => h.text), 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp loại', 'Ghi chú'];
  const g0 = 2;
  const gN = g0 + groups.length; // first column after the groups: Điểm thưởng
  const cTotal = gN + 2;
  const cBand = gN + 3;
  const cNotes = gN + 4;
  const widths = [6, 22, ...groups.map(() => groupWidth), 9, 9, 10, 11, 38];

  const b = new SheetBuilder(widths);
  addDocumentHeader(
    b,
    { clusterName: s.clusterName, placeName: s.placeName },
    `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${s.year}`,
    clusterFullName(s.clusterName),
  );

  const headerRow = addTableHeader(b, headers, fontSize);
  const first = b.rowCount;
  for (const entry of results.ranking) {
    const score = x.scoreOf.get(entry.member);
    const notes = rankNoteTexts(entry.notes, names, VI);
    const cells: OutCell[] = [
      entry.rank,
      names.name(entry.member),
      ...groups.map((g) => pointText(score?.subtotals[g.code] ?? null)),
      pointText(score?.bonus),
      pointText(score?.deduction),
      pointText(score?.total),
      score?.band ?? '–',
      notes.length > 0 ? notes.join('\n') : null,
    ];
    const r = b.row(cells);
    fitRow(b, r, cells, [1, cNotes], fontSize);
  }
  const last = b.rowCount - 1;
  b.evenHeights(first, last);
  styleTableBody(b, first, last, cNotes, fontSize);
  b.style(first, 0, last, 0, { hAlign: 'center' });
  b.style(first, 1, last, 1, { hAlign: 'left', wrap: true });
  alignNumbers(b, first, last, g0, cTotal);
  if (last >= first) b.style(first, cTotal, last, cTotal, { bold: true });
  b.style(first, cBand, last, cBand, { hAlign: 'center' });
  b.style(first, cNotes, last, cNotes, { hAlign: 'left', wrap: true });

  addLegend(b, groups.filter((_, i) => !headings[i].full).map((g) => ({ code: g.code, name: g.text })), FONT_SIZE.table);
  // The legend stays with the table it explains.
  b.keep(last, b.rowCount - 1);
  b.blank();
  b.paragraph(methodSentence(x), { italic: false }, FONT_SIZE.body);
  addLockWarning(b, x.lock);
  addSignatureBlocks(b, [null, clusterHeadBlock(x.people)]);

  return buildDocument(b, 'ranking', { orientation: 'landscape', table: { header: headerRow, lastBody: last }, freezeRows: 0, provenance: x });
}

/** The line under the table: score source, aggregation, total formula, bands, tie-break chain. */
export function methodSentence(x: ResultInputs): string {
  const s = x.workbook.settings;
  const parts = [`Điểm xếp hạng là ${scoreSourceText(s)}.`];
  if (s.scoreSource === 'cross') parts.push('Điểm tổng hợp của mỗi tiêu chí được làm tròn đến 2 chữ số thập phân trước khi cộng.');
  parts.push('Tổng điểm = điểm các nhóm tiêu chí + điểm thưởng − điểm trừ.');
  if (x.workbook.bands.length > 0) {
    parts.push('Xếp loại: ' + x.workbook.bands.map((band) => `${band.name} từ ${pointText(band.from)} điểm`).join('; ') + '.');
  }
  parts.push(tieBreakChainText(s.tieBreak));
  return parts.join(' ');
}
