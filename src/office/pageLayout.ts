/**
 * The printed page of a sheet (docs/tai-lieu-in.md, common page setup) through
 * `worksheet.pageLayout`, `worksheet.horizontalPageBreaks` and `worksheet.showGridlines`. All but
 * the last are ExcelApi 1.9 (headers and footers with a first page of its own — HeaderFooterGroup
 * `state` "FirstAndDefault", `firstPage`, `defaultForAllPages` — and the PageBreakCollection
 * included); showGridlines is 1.8. The caller checks the requirement sets first and tells the user
 * when the host cannot do it (the sheet then prints with Excel's defaults). Sources in README.md.
 */
import type { PageSetup } from '../core/index';

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
  if (setup.printArea !== null) layout.setPrintArea(setup.printArea);
  const hf = layout.headersFooters;
  hf.state = setup.firstPage ? 'FirstAndDefault' : 'Default';
  hf.defaultForAllPages.centerHeader = setup.headerCenter;
  hf.defaultForAllPages.centerFooter = setup.footerCenter;
  if (setup.firstPage) {
    hf.firstPage.centerHeader = setup.firstPage.headerCenter;
    hf.firstPage.centerFooter = setup.firstPage.footerCenter;
  }
  // The breaks of the previous run go first: a sheet rewritten in place keeps its old ones.
  const breaks = sheet.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const row of setup.rowBreaks) breaks.add('A' + String(row + 1));
}

/** Gridlines on screen (ExcelApi 1.8): off on documents, where the tables draw their borders. */
export function applyGridlines(sheet: Excel.Worksheet, setup: PageSetup): void {
  sheet.showGridlines = setup.gridlines;
}
