/**
 * The numbers of a described page setup (src/core/sheet.ts, docs/tai-lieu-in.md "Common to every printed
 * sheet") as a worksheet writes them: Excel stores margins in inches, the description gives
 * centimetres; the print area and the rows repeated on every page are defined names.
 */

/** Excel's paper size code for A4. */
export const PAPER_A4 = 9;

const CM_PER_INCH = 2.54;

/** Centimetres → inches, kept to 4 decimals so the file holds tidy numbers. */
export const cmToInches = (cm: number): number => Math.round((cm / CM_PER_INCH) * 10000) / 10000;

/** "A1:H20" → "$A$1:$H$20", the fully absolute form Excel writes in a print area. */
export function absoluteRange(range: string): string {
  const plain = range.replace(/\$/g, '');
  return (plain.includes(':') ? plain : plain + ':' + plain)
    .split(':')
    .map((part) => part.replace(/^([A-Za-z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

/** Rows 7–8 repeated at the top of each page → "$7:$8". */
export const titleRows = (rows: { first: number; last: number }): string => `$${rows.first}:$${rows.last}`;
