/** Helpers for the file shell tests: temporary folders and small sheet descriptions. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { PageSetup, SheetDescription } from '../../src/core/sheet';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'cum-thi-dua-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The page setup docs/tai-lieu-in.md asks for on a landscape sheet. */
export const LANDSCAPE_A4: PageSetup = {
  paper: 'A4',
  orientation: 'landscape',
  margins: { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 },
  fitToWidth: true,
  printTitleRows: { first: 7, last: 8 },
  printArea: 'A1:H20',
  footerCenter: 'Trang &P/&N',
  gridlines: false,
  horizontalCentered: true,
};

/** An output sheet description with nothing but values; override what a test needs. */
export function describeSheet(over: Partial<SheetDescription> & { name: string }): SheetDescription {
  return {
    key: 'ranking',
    values: [['Hạng', 'Đơn vị', 'Tổng điểm'], [1, 'Tỉnh Nghệ An', 96.5]],
    styles: [],
    font: { name: 'Times New Roman', size: 12 },
    merges: [],
    columnWidths: [],
    rowHeights: [],
    links: [],
    notes: [],
    validations: [],
    freezeRows: 0,
    pageSetup: null,
    mark: 'CumThiDua_XepHang',
    ...over,
  };
}
