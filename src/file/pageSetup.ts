/**
 * A described page setup (src/core/sheet.ts, docs/tai-lieu-in.md "Common to every printed sheet") as
 * exceljs page setup and header/footer. Excel stores margins in inches; the description gives
 * centimetres.
 */
import type ExcelJS from 'exceljs';
import type { PageSetup } from '../core/sheet';

/** Excel's paper size code for A4. */
export const PAPER_A4 = 9;

const CM_PER_INCH = 2.54;

/** Centimetres → inches, kept to 4 decimals so the file holds tidy numbers. */
export const cmToInches = (cm: number): number => Math.round((cm / CM_PER_INCH) * 10000) / 10000;

/**
 * exceljs writes the print area as `'Sheet'!$<first>:$<last>`, adding only the `$` before each
 * part; giving it "A$1:H$20" yields the fully absolute "$A$1:$H$20" Excel itself writes.
 */
export function printAreaForExcelJs(range: string): string {
  const plain = range.replace(/\$/g, '');
  return (plain.includes(':') ? plain : plain + ':' + plain)
    .split(':')
    .map((part) => part.replace(/^([A-Za-z]+)(\d+)$/, '$1$$$2'))
    .join(':');
}

export function applyPageSetup(ws: ExcelJS.Worksheet, p: PageSetup): void {
  const m = p.margins;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: p.orientation,
    margins: {
      top: cmToInches(m.top),
      bottom: cmToInches(m.bottom),
      left: cmToInches(m.left),
      right: cmToInches(m.right),
      header: cmToInches(m.header),
      footer: cmToInches(m.footer),
    },
    // All columns on one page wide; as many pages tall as the rows need (0 = automatic).
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: printAreaForExcelJs(p.printArea),
    printTitlesRow: p.printTitleRows ? `${p.printTitleRows.first}:${p.printTitleRows.last}` : undefined,
    showGridLines: false,
    horizontalCentered: p.horizontalCentered,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: p.footerCenter ? '&C' + p.footerCenter : undefined };
}
