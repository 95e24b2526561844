/**
 * Paper, margins and type of the printed sheets (docs/tai-lieu-in.md "Common to every printed sheet",
 * after Decree 30/2020/NĐ-CP Appendix I).
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
  /** The fingerprint and the "written by the program" line. */
  small: 10,
} as const;

/** Centimetres: top and bottom 2, left 3, right 1.5. */
export const MARGINS_CM = { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 } as const;

/**
 * Printable width in Excel width units at 100 % scale: A4 minus the margins (landscape
 * 29.7 − 4.5 = 25.2 cm ≈ 952 px; portrait 21 − 4.5 = 16.5 cm ≈ 624 px) at about 7 px per unit.
 * Wider tables are scaled down by fit-to-width; these numbers size the columns so that the
 * usual cluster (6–12 members) prints at a readable scale.
 */
export const PRINTABLE_UNITS = { landscape: 135, portrait: 88 } as const;

export function a4PageSetup(
  orientation: PageSetup['orientation'],
  lastRow: number,
  lastCol: number,
  printTitleRows: PageSetup['printTitleRows'],
): PageSetup {
  return {
    paper: 'A4',
    orientation,
    margins: { ...MARGINS_CM },
    fitToWidth: true,
    printTitleRows,
    printArea: a1Range(0, 0, Math.max(0, lastRow), Math.max(0, lastCol)),
    footerCenter: 'Trang &P/&N',
    gridlines: false,
    horizontalCentered: true,
  };
}
