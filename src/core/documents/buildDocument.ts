/**
 * The last step of every printed output sheet: its name and mark, the document font, and the A4
 * page setup with the table's header row repeated on each page (docs/tai-lieu-in.md).
 */
import { outputSheet } from '../outputSheets';
import type { OutputSheetKey, PageSetup, SheetDescription } from '../sheet';
import { a4PageSetup, DOCUMENT_FONT } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';

export interface DocumentLayout {
  orientation: PageSetup['orientation'];
  /** 0-based row of the table header repeated on every page; null for none. */
  titleRow: number | null;
  /** Rows frozen on screen (0 = none). */
  freezeRows: number;
  /** Last printed column when the table is narrower than the builder's widest row. */
  lastCol?: number;
}

export function buildDocument(b: SheetBuilder, key: OutputSheetKey, layout: DocumentLayout): SheetDescription {
  const info = outputSheet(key);
  const titles = layout.titleRow === null ? null : { first: layout.titleRow + 1, last: layout.titleRow + 1 };
  return b.build({
    key: info.key,
    name: info.name,
    mark: info.mark,
    font: DOCUMENT_FONT,
    freezeRows: layout.freezeRows,
    pageSetup: a4PageSetup(layout.orientation, b.rowCount - 1, layout.lastCol ?? b.lastCol, titles),
  });
}
