/**
 * The file shell's public surface that works anywhere exceljs does (Node or a browser page):
 * .xlsx bytes ↔ the core's grids and sheet descriptions. Reading and writing files on disk is
 * in ./nodeFiles (Node only), kept apart so that a browser bundle never pulls in `fs`.
 */
export { readXlsxBytes, loadWorkbook, workbookInput, sheetGrid, type LoadedWorkbook } from './readXlsx';
export { applySheetDescriptions, newWorkbook, workbookBytes, CREATOR } from './writeXlsx';
export { WorkbookFileError, OutputSheetNotOursError, OutputWriteError } from './errors';
export type { WorkbookFileProblem, OutputWriteProblem, Sentences } from './errors';
