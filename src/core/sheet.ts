/**
 * Output sheets described as plain data. A shell (exceljs, Office.js) only applies a
 * description: values as one 2-D block, then styles, merges, widths, links, page setup, mark.
 */
export type OutputSheetKey = 'check' | 'detail' | 'ranking' | 'minutes' | 'countingMinutes' | 'ballotForms' | 'submission' | 'notice';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  fontSize?: number;
  /** Hex RGB without '#', e.g. "C00000". */
  color?: string;
  /** Background fill, hex RGB. */
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
  /**
   * Lines on the OUTER edges of the range only (a rule under a heading is the top edge of a
   * narrower merged cell on the next row; docs/tai-lieu-in.md, header block). An edge given here
   * wins over `border` on that edge.
   */
  edges?: BorderEdges;
  /** Excel number format, e.g. "@" for text. */
  numberFormat?: string;
  /**
   * The cell stays editable when its sheet is protected (Format Cells › Protection › Locked off).
   * Only the member forms use it (src/core/forms), and only the file engine writes it.
   */
  unlocked?: boolean;
}

/** A drawn line: thin, medium or double (Excel's border styles of the same names). */
export type BorderLine = 'thin' | 'medium' | 'double';

export interface BorderEdges {
  top?: BorderLine;
  bottom?: BorderLine;
  left?: BorderLine;
  right?: BorderLine;
}

export interface StyledRange {
  /** A1 range ("A5:H12") or single cell. */
  range: string;
  style: CellStyle;
}

export interface PageSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Centimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Fit all columns on one page wide; rows flow to as many pages as needed. */
  fitToWidth: true;
  /** 1-based rows repeated at the top of each page, e.g. {first: 7, last: 8}; null for none. */
  printTitleRows: { first: number; last: number } | null;
  /** A1 range of the printed area; null: what the sheet holds (input sheets grow as people type). */
  printArea: string | null;
  /**
   * Centre of the page header, in Excel's header/footer codes (the same in the file and in
   * Office.js: `&P` page number, `&"Times New Roman,Regular"` font, `&13` size, `&&` an ampersand);
   * '' for none. With `firstPage`, pages 2 onwards.
   */
  headerCenter: string;
  /** Centre of the page footer, same codes; '' for none. */
  footerCenter: string;
  /**
   * Page 1's own header and footer ("different first page"): a document prints no page number
   * on its first page (Decree 30/2020, docs/tai-lieu-in.md). null: page 1 like the others.
   */
  firstPage: { headerCenter: string; footerCenter: string } | null;
  /** 0-based rows that start a new page (manual page breaks above them), ascending. */
  rowBreaks: number[];
  /** Gridlines on screen and on paper: off on documents (borders are drawn), on for input sheets and the log. */
  gridlines: boolean;
  horizontalCentered: boolean;
}

export interface SheetDescription {
  /** 'log': the run log `Nhật ký`, which shells append to instead of replacing (src/core/log). */
  key: OutputSheetKey | 'input' | 'log';
  /** Sheet name to write. */
  name: string;
  /** Whole sheet contents from A1, row-major; every row as long as the widest. */
  values: (string | number | null)[][];
  /** Applied in order; later entries override earlier ones on overlapping cells. */
  styles: StyledRange[];
  /** Font for the whole sheet. */
  font: { name: string; size: number };
  merges: string[];
  /** Width of each column from A, in Excel character units. */
  columnWidths: number[];
  /** Explicit row heights in points by 0-based row, where automatic height is not enough. */
  rowHeights: { row: number; height: number }[];
  /** Cells that link to a place in the workbook. */
  links: { cell: string; sheet: string; target: string }[];
  /** Cell comments (notes). */
  notes: { cell: string; text: string }[];
  /** Drop-down lists (template input sheets). */
  validations: { range: string; list: string[] }[];
  /** Rows frozen at the top (0 = none). */
  freezeRows: number;
  pageSetup: PageSetup | null;
  /** The defined name that marks the sheet as the program's (null for input sheets of a template). */
  mark: string | null;
}

/** A sheet with values only: no styles, merges, widths, links, notes, validations or page setup. */
export function plainSheet(s: Pick<SheetDescription, 'key' | 'name' | 'mark' | 'values' | 'font'>): SheetDescription {
  return { ...s, styles: [], merges: [], columnWidths: [], rowHeights: [], links: [], notes: [], validations: [], freezeRows: 0, pageSetup: null };
}
