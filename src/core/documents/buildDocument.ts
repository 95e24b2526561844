/**
 * The last step of every printed output sheet: its name and mark, the document font, the A4 page
 * setup — the table's header row repeated on each page, the page number at the top from page 2,
 * the fingerprint in the footer (provenance.ts) — every row's height set, and the page breaks
 * placed so that no heading ends a page (pagination.ts; docs/tai-lieu-in.md).
 */
import type { LockLine } from '../lock/describeLock';
import { outputSheet } from '../outputSheets';
import type { OutputSheetKey, PageSetup, SheetDescription } from '../sheet';
import { a4PageSetup, DOCUMENT_FONT } from './pageSetup';
import { pageBreaks } from './pagination';
import { fingerprintFooter } from './provenance';
import type { SheetBuilder } from './sheetBuilder';

export interface DocumentLayout {
  orientation: PageSetup['orientation'];
  /**
   * The sheet's main table: its header row (0-based), repeated at the top of the pages the table
   * flows onto, and its last body row, which stays on the page of what follows the table (so a
   * page never starts with the repeated header and nothing of the table under it). null: none
   * (the header of a sheet with two tables would mislabel the second).
   */
  table: { header: number; lastBody: number } | null;
  /** Rows frozen on screen (0 = none). */
  freezeRows: number;
  /** Last printed column (a table column) when the table is narrower than the builder's widest row. */
  lastCol?: number;
  /** Rows that always start a new page (pagination.ts `pageStarts`). */
  pageStarts?: readonly number[];
  /** What the footer says: the data the sheet was made from. */
  provenance: { fingerprint: string | null; computedAt: string; lock: LockLine | null };
}

export function buildDocument(b: SheetBuilder, key: OutputSheetKey, layout: DocumentLayout): SheetDescription {
  const info = outputSheet(key);
  b.fillHeights(DOCUMENT_FONT.size);
  const lastCol = b.sheetColumnOf(layout.lastCol ?? b.lastCol);
  const draft = b.build({ key: info.key, name: info.name, mark: info.mark, font: DOCUMENT_FONT, freezeRows: layout.freezeRows, pageSetup: null });
  const heights = draft.values.map((_, r) => b.heightOf(r) ?? 0);
  const table = layout.table;
  const columnWidths = draft.columnWidths.slice(0, lastCol + 1);
  const count = (titles: { first: number; last: number } | null, keeps: readonly { r0: number; r1: number }[]): number[] =>
    pageBreaks({ orientation: layout.orientation, columnWidths, heights, titleRows: titles, keeps, pageStarts: layout.pageStarts });
  let breaks = count(null, b.keeps);
  // A table that flows onto another page gets its header repeated there; its last row then stays
  // with what follows the table, so that no page shows the repeated header over nothing of it.
  const flows = (list: number[]): boolean => table !== null && list.some((r) => r > table.header && r <= table.lastBody);
  let titles: { first: number; last: number } | null = null;
  if (table !== null && flows(breaks)) {
    titles = { first: table.header, last: table.header };
    breaks = count(titles, [...b.keeps, ...(table.lastBody > table.header ? [{ r0: table.lastBody, r1: draft.values.length - 1 }] : [])]);
  }
  const p = layout.provenance;
  const pageSetup = a4PageSetup({
    orientation: layout.orientation,
    printArea: { lastRow: draft.values.length - 1, lastCol },
    printTitleRows: titles === null ? null : { first: titles.first + 1, last: titles.last + 1 },
    footer: fingerprintFooter(p.fingerprint, p.computedAt, p.lock),
    gridlines: false,
    rowBreaks: breaks,
  });
  return { ...draft, pageSetup };
}
