/**
 * `Xếp hạng` — the ranking sheet (docs/tai-lieu-in.md "Xếp hạng"; docs/quy-tac-tinh-diem.md §4–§7): one row per member
 * in rank order with its top-level group subtotals, bonus, deduction, total, band and notes
 * (shared rank, the tie-break that decided, why it cannot be nominated). A4 landscape.
 */
import type { Criterion } from '../model';
import type { SheetDescription } from '../sheet';
import type { ResultInputs } from './documentInputs';
import { addDocumentHeader } from './headerBlock';
import { pointText } from './numberText';
import { buildDocument } from './buildDocument';
import { FONT_SIZE } from './pageSetup';
import { addProvenance } from './provenance';
import { SheetBuilder, type OutCell } from './sheetBuilder';
import { addSignatures, clusterSigners } from './signatureBlock';
import { addTableHeader, alignNumbers, fitRow, styleTableBody } from './table';
import { clusterFullName, scoreSourceText, tieBreakChainText } from './wording';
import { VI } from '../words';
import { rankNoteTexts } from '../words/resultTexts';

/** Longest short name kept in a group column header before it is cut. */
const SHORT_TEXT_CHARS = 32;

/**
 * A group's text shortened for a narrow column header: whole comma/semicolon-separated pieces
 * while they fit ("Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội" → "Thực hiện
 * nhiệm vụ chính trị"); a first piece that is itself too long is cut at a word, with "…".
 */
export function shortCriterionText(text: string, maxChars = SHORT_TEXT_CHARS): string {
  const pieces = text.split(/(?=[,;(:])/);
  let out = pieces[0].trim();
  for (let i = 1; i < pieces.length; i++) {
    const next = out + pieces[i].replace(/\s+$/, '');
    if (pieces[i].startsWith('(') || next.length > maxChars) break;
    out = next;
  }
  out = out.replace(/[,;:]\s*$/, '');
  if (out.length <= maxChars) return out;
  const cut = out.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return (space > maxChars / 2 ? cut.slice(0, space) : cut) + '…';
}

/** "I. Thực hiện nhiệm vụ chính trị". */
export function groupHeader(c: Criterion): string {
  const code = c.code.endsWith('.') ? c.code : c.code + '.';
  return `${code} ${shortCriterionText(c.text)}`;
}

export function describeRankingSheet(x: ResultInputs): SheetDescription {
  const { workbook: wb, results, names } = x;
  const s = wb.settings;
  const groups = wb.criteria.filter((c) => c.parent === null && c.type === 'score');
  const wide = groups.length > 5;
  const fontSize = wide ? FONT_SIZE.wideTable : FONT_SIZE.table;

  const headers = ['Hạng', 'Đơn vị', ...groups.map(groupHeader), 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp loại', 'Ghi chú'];
  const g0 = 2;
  const gN = g0 + groups.length; // first column after the groups: Điểm thưởng
  const cTotal = gN + 2;
  const cBand = gN + 3;
  const cNotes = gN + 4;
  const widths = [6, 22, ...groups.map(() => (wide ? 10 : 12)), 9, 9, 10, 11, 32];

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
  styleTableBody(b, first, last, cNotes, fontSize);
  b.style(first, 0, last, 0, { hAlign: 'center' });
  b.style(first, 1, last, 1, { hAlign: 'left', wrap: true });
  alignNumbers(b, first, last, g0, cTotal);
  if (last >= first) b.style(first, cTotal, last, cTotal, { bold: true });
  b.style(first, cBand, last, cBand, { hAlign: 'center' });
  b.style(first, cNotes, last, cNotes, { hAlign: 'left', wrap: true });

  b.blank();
  b.paragraph(methodSentence(x), { italic: false }, FONT_SIZE.body);
  addProvenance(b, x.fingerprint, x.computedAt, x.lock);
  addSignatures(b, clusterSigners(s, names));

  return buildDocument(b, 'ranking', { orientation: 'landscape', titleRow: headerRow, freezeRows: 0 });
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
