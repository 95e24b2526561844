/**
 * The run log `Nhật ký` as a sheet description (src/core/sheet.ts): a bold header row, frozen,
 * and the rows given. A shell uses it only to create the log the first time; afterwards it
 * appends one row at a time (LOG_ROW_FORMAT) and never rewrites the sheet. The log is a working
 * record, not a signed document: gridlines on, no header block; it prints on A4 with its
 * header row on every page (documents/pageSetup.ts `workingPageSetup`).
 */
import { workingPageSetup } from '../documents/pageSetup';
import { a1Range } from '../grid';
import { LOG_SHEET } from '../outputSheets';
import type { CellStyle, SheetDescription } from '../sheet';
import { LOG_COLUMNS } from './logColumns';
import type { LogRow } from './logEntry';

export const LOG_FONT = { name: 'Times New Roman', size: 12 } as const;

/** What each appended row gets besides its values: the sheet font, wrapping, top alignment. */
export const LOG_ROW_FORMAT: { font: { name: string; size: number }; style: CellStyle } = {
  font: LOG_FONT,
  style: { vAlign: 'top', wrap: true },
};

const HEADER_STYLE: CellStyle = { bold: true, fill: 'D9E1F2', hAlign: 'center', vAlign: 'middle', wrap: true };

export const LOG_HEADERS: readonly string[] = LOG_COLUMNS.map((c) => c.header);

export function describeLogSheet(rows: readonly LogRow[] = []): SheetDescription {
  const width = LOG_COLUMNS.length;
  const values = [LOG_HEADERS.slice(), ...rows.map((r) => [...r, ...Array<null>(Math.max(0, width - r.length)).fill(null)].slice(0, width))];
  const styles = [{ range: a1Range(0, 0, 0, width - 1), style: HEADER_STYLE }];
  if (rows.length > 0) styles.push({ range: a1Range(1, 0, rows.length, width - 1), style: LOG_ROW_FORMAT.style });
  return {
    key: 'log',
    name: LOG_SHEET.name,
    values,
    styles,
    font: LOG_FONT,
    merges: [],
    columnWidths: LOG_COLUMNS.map((c) => c.width),
    rowHeights: [],
    links: [],
    notes: [],
    validations: [],
    freezeRows: 1,
    pageSetup: workingPageSetup(LOG_COLUMNS.map((c) => c.width), 1),
    mark: LOG_SHEET.mark,
  };
}
