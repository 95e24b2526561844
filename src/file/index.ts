/**
 * The file shell's public surface that works anywhere (Node or a browser's worker): .xlsx bytes ↔
 * the core's grids and sheet descriptions. Reading and writing files on disk is in ./nodeFiles
 * (Node only), kept apart so that a browser bundle never pulls in `fs`.
 */
export { readXlsxBytes, loadWorkbook, workbookInput, sheetGrid, type LoadedWorkbook } from './readXlsx';
export { applySheetDescriptions, newWorkbook, workbookBytes, CREATOR, Workbook } from './writeXlsx';
export { WorkbookFileError, OutputSheetNotOursError, OutputWriteError } from './errors';
export type { WorkbookFileProblem, OutputWriteProblem, Sentences } from './errors';
// The run log and the sign-off lock's sheet protection; the password hash is injected
// (nodePasswordHasher.ts in Node; the browser passes one over Web Crypto).
export { appendLogRow, logWorksheet, lastUsedRow } from './logSheet';
export { protectSheets, unprotectSheets, isProtected, sheetProtection, type PasswordHasher } from './sheetProtection';
export { WrongPasswordError } from './errors';
