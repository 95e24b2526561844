/**
 * `Nơi nhận` — who receives a document (docs/tai-lieu-in.md "Nơi nhận"; Decree 30/2020 Appendix
 * I): the words "Nơi nhận:" in bold italics, then one line per recipient in small type, each
 * starting with a dash and ending with ";", the last ("Lưu: VT") with ".". The list comes from
 * `Hội nghị`; when it names nobody, the document's usual recipients.
 */
import { FONT_SIZE } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';
import { splitColumns } from './signatureBlock';

/** Type size of the recipients' lines (Decree 30: 11 pt). */
const LIST_SIZE = 11;

/** The lines as they print: "- Ban Thi đua - Khen thưởng Trung ương;" … "- Lưu: VT.". */
export function recipientLines(given: readonly string[], defaults: readonly string[]): string[] {
  const list = given.map((g) => g.trim().replace(/[;.,]+$/, '')).filter((g) => g !== '');
  const use = list.length > 0 ? list : defaults;
  return use.map((r, i) => `- ${r}${i === use.length - 1 ? '.' : ';'}`);
}

/**
 * Writes `Nơi nhận` in the left half of the rows of a single signature block placed in the right
 * half (`addSignatureBlocks(b, [null, block])`, whose heading rows start at `firstRow`), the
 * Decree 30 layout of a document one person signs; rows are appended when the list is longer.
 * Call right after addSignatureBlocks.
 */
export function addRecipientsBeside(b: SheetBuilder, firstRow: number, given: readonly string[], defaults: readonly string[]): void {
  const left = splitColumns(b.columnWidths, 2)[0];
  const lines = recipientLines(given, defaults);
  const rowAt = (k: number): number => (firstRow + k < b.rowCount ? firstRow + k : b.row());
  b.text(rowAt(0), left.c0, left.c1, 'Nơi nhận:', { hAlign: 'left', bold: true, italic: true, fontSize: FONT_SIZE.table }, FONT_SIZE.table);
  lines.forEach((line, i) => b.text(rowAt(i + 1), left.c0, left.c1, line, { hAlign: 'left', vAlign: 'top', fontSize: LIST_SIZE }, LIST_SIZE));
  b.keep(firstRow - 1, b.rowCount - 1);
}

/**
 * Appends `Nơi nhận` in the left part of the page (columns 0..lastCol), under what is there.
 * Returns the first row. The block stays on one page.
 */
export function addRecipients(b: SheetBuilder, given: readonly string[], defaults: readonly string[], lastCol = Math.max(0, Math.floor(b.lastCol / 2))): number {
  const first = b.blank();
  const head = b.row();
  b.text(head, 0, lastCol, 'Nơi nhận:', { hAlign: 'left', bold: true, italic: true, fontSize: FONT_SIZE.table }, FONT_SIZE.table);
  for (const line of recipientLines(given, defaults)) {
    const r = b.row();
    b.text(r, 0, lastCol, line, { hAlign: 'left', fontSize: LIST_SIZE }, LIST_SIZE);
  }
  b.keep(first, b.rowCount - 1);
  return head;
}
