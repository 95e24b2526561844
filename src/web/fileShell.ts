/**
 * The part of the file shell (src/file, exceljs) the browser mode needs. Reached only through
 * loadFileShell's import(), so that exceljs lands in its own chunk, fetched in the file mode
 * alone and never by the add-in (scripts/check-bundle.js checks that).
 */
import type ExcelJS from 'exceljs';
import type { WorkbookInput } from '../core/index';
import { marksOf, rawFromExcelJs } from '../file/definedNames';
import { workbookInput } from '../file/readXlsx';

export { readXlsxBytes } from '../file/readXlsx';
export { applySheetDescriptions, newWorkbook, workbookBytes } from '../file/writeXlsx';
export { WorkbookFileError, OutputSheetNotOursError } from '../file/errors';
export { sameName } from '../file/definedNames';
// The run log and the sign-off lock (src/core/log, src/core/lock) travel in this chunk too.
export { appendLogRow } from '../file/logSheet';
export { protectSheets, unprotectSheets } from '../file/sheetProtection';
export { WrongPasswordError } from '../file/errors';
export { webPasswordHasher, NoWebCryptoError } from './webPasswordHasher';

/**
 * The core's input from the workbook as it is now in memory, our marks included: after a
 * command has written its sheets, the next read must know them as ours, not as input.
 */
export function currentInput(workbook: ExcelJS.Workbook): WorkbookInput {
  const marks = marksOf(rawFromExcelJs(workbook), workbook.worksheets.map((w) => w.name));
  return workbookInput(workbook, marks);
}
