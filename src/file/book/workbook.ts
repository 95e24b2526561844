/**
 * An .xlsx workbook held in memory for reading and editing: the package (every part as it came,
 * until an edit replaces it) and what the program knows of its workbook part. Edits
 * (write/applySheets.ts, logSheet.ts, sheetProtection.ts) change parts of the package and then
 * call `refresh`; `workbookBytes` gives the file.
 */
import { ContentTypes, CONTENT_TYPES_PART } from '../package/contentTypes';
import { XlsxPackage } from '../package/xlsxPackage';
import { marksOf } from '../definedNames';
import { asFileError } from '../fileErrors';
import { readWorkbookInfo, type SheetEntry, type WorkbookInfo } from './workbookPart';

export class Workbook {
  info: WorkbookInfo;
  /** For a workbook the program creates: its creation date, also the zip entries' date (reproducible files). */
  created?: Date;

  constructor(
    readonly pkg: XlsxPackage,
    /** The file's name, for messages. */
    readonly file = 'workbook.xlsx',
  ) {
    this.info = readWorkbookInfo(pkg);
  }

  /**
   * Runs an edit all or nothing: if it fails halfway (a part found damaged when first read, a
   * sheet that is not ours), every part is as it was before, and a damaged part is reported as a
   * WorkbookFileError.
   */
  transaction<T>(edit: () => T): T {
    const saved = this.pkg.snapshot();
    const info = this.info;
    try {
      return edit();
    } catch (e) {
      this.pkg.restore(saved);
      this.info = info;
      throw asFileError(e, this.file);
    }
  }

  /** Reads the workbook part again after an edit. */
  refresh(): void {
    this.info = readWorkbookInfo(this.pkg);
  }

  /** Every sheet in tab order (worksheets, and chart or dialog sheets if there are any). */
  get sheets(): SheetEntry[] {
    return this.info.sheets;
  }

  /** The worksheets, in tab order. */
  get worksheets(): SheetEntry[] {
    return this.info.sheets.filter((s) => s.kind === 'worksheet' && s.part !== null);
  }

  sheet(name: string): SheetEntry | undefined {
    return this.info.sheets.find((s) => s.name === name);
  }

  /** Our marks (defined name → the sheet it points at). */
  marks(): Map<string, string> {
    return marksOf(
      this.info.definedNames,
      this.info.sheets.map((s) => s.name),
    );
  }

  contentTypes(): ContentTypes {
    const bytes = this.pkg.read(CONTENT_TYPES_PART);
    return bytes ? ContentTypes.parse(bytes) : ContentTypes.empty();
  }

  /** The package as .xlsx bytes (`onProgress`: how far the compressing is, 0…1). */
  bytes(modified: Date = new Date(), onProgress?: (fraction: number) => void): Uint8Array {
    return this.pkg.toBytes(modified, onProgress);
  }
}
