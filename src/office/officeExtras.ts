/**
 * The Office shell's commands a pane uses only once the user acts, gathered for the
 * "office-extras" chunk that excelPort.ts loads with import() the first time one is used.
 */
export { writeOutputs } from './writeOutputs';
export { clearProblemHighlights, highlightProblemCells } from './highlights';
export { createTemplateSheets } from './createInputSheets';
export { protectSheets, unprotectSheets } from './sheetProtection';
export { fillInputCells } from './fillInputCells';
