/**
 * Renders output sheets the way a printer would: each sheet alone in an .xlsx written by the
 * file shell, converted to PDF by LibreOffice (soffice --headless), read back with poppler's
 * pdfinfo/pdftotext and turned into PNG pages by pdftoppm. Used by the document tests and by
 * `npm run render-docs` (the pictures in the README). Node only; never part of the add-in.
 *
 * Column widths in a workbook are counted in digits of its Normal font (Calibri 11, 7 px, in the
 * workbooks we write and in most others). LibreOffice lays them out with that font's metrics, so
 * the machine needs Carlito, the metric-compatible Calibri (Debian fonts-crosextra-carlito, in
 * test/setup/system-packages.js): with another substitute the columns come out about a third wider
 * than in Excel and every page prints smaller than it will. `calibriSubstitute` says which font
 * is used.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetDescription } from '../core/index';
import { applySheetDescriptions, newWorkbook, workbookBytes } from '../file/writeXlsx';

export interface RenderedPdf {
  pdf: string;
  pages: number;
  /** Width × height in PostScript points of the first page (A4 portrait ≈ 595 × 842). */
  pageSize: { width: number; height: number };
  /** The same for every page, in order. */
  pageSizes: { width: number; height: number }[];
  /** Text of each page (pdftotext -layout). */
  pageTexts: string[];
}

/** A LibreOffice profile of our own, so that a run never touches (or waits for) the user's. */
function profileDir(): string {
  const dir = path.join(os.tmpdir(), 'cum-thi-dua-lo-profile');
  fs.mkdirSync(dir, { recursive: true });
  return 'file://' + dir;
}

/** The font fontconfig gives for Calibri on this machine (Carlito when the renders match Excel's geometry). */
export function calibriSubstitute(): string {
  try {
    return execFileSync('fc-match', ['-f', '%{family}', 'Calibri'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Writes one sheet description into its own .xlsx file. */
export async function writeSheetFile(sheet: SheetDescription, file: string): Promise<void> {
  const wb = newWorkbook(new Date(Date.UTC(2026, 0, 1)));
  applySheetDescriptions(wb, [sheet]);
  fs.writeFileSync(file, await workbookBytes(wb));
}

export function convertToPdf(xlsx: string, outDir: string): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profileDir()}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, xlsx],
    { stdio: 'pipe', timeout: 180000 },
  );
  const pdf = path.join(outDir, path.basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  return pdf;
}

export function inspectPdf(pdf: string): RenderedPdf {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const each = execFileSync('pdfinfo', ['-f', '1', '-l', String(Math.max(1, pages)), pdf], { encoding: 'utf8' });
  const pageSizes = [...each.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const pageTexts: string[] = [];
  for (let p = 1; p <= pages; p++) {
    pageTexts.push(execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }));
  }
  return { pdf, pages, pageSize: { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) }, pageSizes, pageTexts };
}

/** Renders one sheet to PDF in `outDir` and inspects it. */
export async function renderSheet(sheet: SheetDescription, outDir: string, baseName: string): Promise<RenderedPdf> {
  fs.mkdirSync(outDir, { recursive: true });
  const xlsx = path.join(outDir, baseName + '.xlsx');
  await writeSheetFile(sheet, xlsx);
  return inspectPdf(convertToPdf(xlsx, outDir));
}

/**
 * PNG of one page at the given resolution; returns the file written. `crop` (points from the
 * top-left corner of the page) keeps only that part.
 */
export function pageToPng(pdf: string, page: number, outFileWithoutExt: string, dpi = 80, crop?: { x: number; y: number; width: number; height: number }): string {
  const px = (pt: number): string => String(Math.round((pt * dpi) / 72));
  const box = crop ? ['-x', px(crop.x), '-y', px(crop.y), '-W', px(crop.width), '-H', px(crop.height)] : [];
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...box, '-f', String(page), '-l', String(page), '-singlefile', pdf, outFileWithoutExt]);
  return outFileWithoutExt + '.png';
}
