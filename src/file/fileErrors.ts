/**
 * Any failure met while reading a package — in its directory, while inflating a part, in a part's
 * XML, in a cell — as the WorkbookFileError the user reads (errors.ts). Used where a workbook is
 * read and where an edit reads one of its parts for the first time (styles, a sheet to lock).
 */
import { NotAWorkbook } from './book/workbookPart';
import { WorkbookFileError } from './errors';
import { XmlProblem } from './xml/xmlProblem';
import { InflateProblem } from './zip/inflateEntry';
import { ZipProblem } from './zip/zipDirectory';

/** The failure as the sentence the user reads; anything else passes unchanged. */
export function asFileError(e: unknown, file: string): unknown {
  if (e instanceof WorkbookFileError) return e;
  if (e instanceof ZipProblem) {
    const part = e.entry ? { part: e.entry } : {};
    switch (e.kind) {
      case 'notZip':
        return new WorkbookFileError('notXlsx', file, e);
      case 'duplicate':
        return new WorkbookFileError('duplicateEntry', file, e, part);
      default:
        return new WorkbookFileError('corrupt', file, e, part);
    }
  }
  if (e instanceof InflateProblem) {
    const kind = e.kind === 'tooLarge' ? 'tooLarge' : e.kind === 'crc' ? 'damaged' : 'damaged';
    return new WorkbookFileError(kind, file, e, { part: e.entry });
  }
  if (e instanceof XmlProblem) return new WorkbookFileError(e.kind === 'malformed' ? 'corrupt' : 'unsafeXml', file, e);
  if (e instanceof NotAWorkbook) return new WorkbookFileError('notXlsx', file, e);
  return e;
}


/** Runs an edit of the workbook in `file`; a part found damaged on the way is reported as such. */
export function asFileErrors<T>(file: string, edit: () => T): T {
  try {
    return edit();
  } catch (e) {
    throw asFileError(e, file);
  }
}
