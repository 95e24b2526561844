/**
 * The printed page of an output sheet (docs/tai-lieu-in.md, common page setup) through
 * `worksheet.pageLayout`, ExcelApi 1.9. The caller checks the requirement set first and tells
 * the user when the host cannot do it (the sheet then prints with Excel's defaults).
 */
import type { PageSetup } from '../core/sheet';

/** Centimetres → points (Office.js margins are in points): 1 in = 2.54 cm = 72 pt. */
export function cmToPoints(cm: number): number {
  return (cm * 72) / 2.54;
}

export function applyPageSetup(sheet: Excel.Worksheet, setup: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.topMargin = cmToPoints(setup.margins.top);
  layout.bottomMargin = cmToPoints(setup.margins.bottom);
  layout.leftMargin = cmToPoints(setup.margins.left);
  layout.rightMargin = cmToPoints(setup.margins.right);
  layout.headerMargin = cmToPoints(setup.margins.header);
  layout.footerMargin = cmToPoints(setup.margins.footer);
  // All columns on one page wide; 0 pages tall leaves the height automatic.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = setup.horizontalCentered;
  layout.printGridlines = setup.gridlines;
  if (setup.printTitleRows) {
    layout.setPrintTitleRows('$' + String(setup.printTitleRows.first) + ':$' + String(setup.printTitleRows.last));
  }
  layout.setPrintArea(setup.printArea);
  layout.headersFooters.defaultForAllPages.centerFooter = setup.footerCenter;
}
