/**
 * Paper, margins, type, page number and footer of the printed sheets (docs/tai-lieu-in.md
 * "Quy cách chung", after Decree 30/2020/NĐ-CP Appendix I).
 *
 * Page number: the bare number in Times New Roman 13, centred in the top margin, from page 2 on
 * (page 1 has a header of its own, empty). Footer: the data fingerprint in small type
 * (provenance.ts).
 */
import { a1Range } from '../grid';
import type { PageSetup } from '../sheet';

export const DOCUMENT_FONT = { name: 'Times New Roman', size: 13 } as const;

/** Type sizes in points. */
export const FONT_SIZE = {
  body: 13,
  table: 12,
  /** Tables with many columns (docs/tai-lieu-in.md allows 11 pt). */
  wideTable: 11,
  title: 14,
  /** The national motto under the national name (13–14 pt). */
  motto: 13,
  /** The lines of the header block in capitals: the issuing body and the national name (12–13 pt). */
  heading: 12,
  /** The page number in the top margin. */
  pageNumber: 13,
  /** The fingerprint in the footer (8–9 pt). */
  footer: 8,
  /** The small print under the working list's table. */
  small: 10,
} as const;

/** Centimetres: top and bottom 2, left 3, right 1.5; the header and footer 0.8 from the edge. */
export const MARGINS_CM = { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 } as const;

/**
 * Printable width in Excel width units at 100 % scale: A4 minus the margins (landscape
 * 29.7 − 4.5 = 25.2 cm ≈ 952 px; portrait 21 − 4.5 = 16.5 cm ≈ 624 px) at about 7 px per unit.
 * Wider tables are scaled down by fit-to-width; these numbers size the columns so that the
 * usual cluster (6–12 members) prints at a readable scale.
 */
export const PRINTABLE_UNITS = { landscape: 135, portrait: 88 } as const;

/** Header and footer codes: "&&" is one ampersand, everything else after "&" is a code. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The code that sets the font of what follows: `&"Times New Roman,Bold Italic"&8`. */
export function fontCode(size: number, style: { bold?: boolean; italic?: boolean } = {}): string {
  const face = style.bold && style.italic ? 'Bold Italic' : style.bold ? 'Bold' : style.italic ? 'Italic' : 'Regular';
  return `&"${DOCUMENT_FONT.name},${face}"&${size}`;
}

/** The page number as it prints in the top margin: the bare number. */
export const PAGE_NUMBER_HEADER = fontCode(FONT_SIZE.pageNumber) + '&P';

/**
 * Excel keeps a header or a footer to 255 characters, codes included; a longer one is refused.
 * The footer drops what does not fit, last line first.
 */
export const HEADER_FOOTER_LIMIT = 255;

export interface PageOptions {
  orientation: PageSetup['orientation'];
  /** 0-based last row and column of the printed area; null: what the sheet holds. */
  printArea: { lastRow: number; lastCol: number } | null;
  /** 1-based rows repeated at the top of each page, or null. */
  printTitleRows: PageSetup['printTitleRows'];
  /** Footer text in header/footer codes ('' for none). */
  footer: string;
  /** Gridlines on screen and on paper (input sheets, the log). */
  gridlines: boolean;
  rowBreaks?: number[];
}

export function a4PageSetup(o: PageOptions): PageSetup {
  const area = o.printArea;
  return {
    paper: 'A4',
    orientation: o.orientation,
    margins: { ...MARGINS_CM },
    fitToWidth: true,
    printTitleRows: o.printTitleRows,
    printArea: area === null ? null : a1Range(0, 0, Math.max(0, area.lastRow), Math.max(0, area.lastCol)),
    headerCenter: PAGE_NUMBER_HEADER,
    footerCenter: o.footer,
    firstPage: { headerCenter: '', footerCenter: o.footer },
    rowBreaks: o.rowBreaks ?? [],
    gridlines: o.gridlines,
    horizontalCentered: !o.gridlines,
  };
}


/**
 * The page of an input sheet of the template or of the run log: A4, portrait when the columns
 * fit the portrait width at full size, else landscape; one page wide; the header rows repeated;
 * the page number at the top from page 2; gridlines on; the whole sheet as people fill it.
 */
export function workingPageSetup(columnWidths: readonly number[], headerRows: number): PageSetup {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return a4PageSetup({
    orientation: total <= PRINTABLE_UNITS.portrait ? 'portrait' : 'landscape',
    printArea: null,
    printTitleRows: headerRows > 0 ? { first: 1, last: headerRows } : null,
    footer: '',
    gridlines: true,
  });
}
