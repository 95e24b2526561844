/**
 * Output sheets described as plain data. A shell (exceljs, Office.js) only applies a
 * description: values as one 2-D block, then styles, merges, widths, links, page setup, mark.
 */
export type OutputSheetKey = 'check' | 'detail' | 'ranking' | 'nomination';

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
  /** Excel number format, e.g. "@" for text. */
  numberFormat?: string;
  /**
   * The cell stays editable when its sheet is protected (Format Cells › Protection › Locked off).
   * Only the member forms use it (src/core/forms), and only the file engine writes it.
   */
  unlocked?: boolean;
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
  /** A1 range of the printed area. */
  printArea: string;
  /** Centre footer text in Excel header/footer codes, e.g. "Trang &P/&N". */
  footerCenter: string;
  gridlines: false;
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
