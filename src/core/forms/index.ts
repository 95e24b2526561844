/**
 * The member forms' public surface (docs/phieu-cham.md): issuing the forms, reading them back,
 * planning and logging a gathering, and their words. A second entry into the core beside
 * src/core/index.ts, so that the task pane loads all of it on demand with its "Phiếu chấm" view
 * instead of at start-up (scripts/check-bundle.js); shells import the forms only through here
 * (test/architecture).
 */
export { issueForms, type FormsRefusal, type FormsRequest, type FormsResult, type FormsReport } from './issueForms';
export { describeForm, formFileName, usesCrossScoring, type FormOptions } from './describeForm';
export type { FormBook, FormSheet, FormNumberInput, FormIdentity } from './formTypes';
export { readForm, type FormRead, type FormCell } from './readForm';
export {
  planGather,
  applyWrites,
  type GatherPlan,
  type GatherBook,
  type GatherRefusal,
  type GatherOptions,
  type FormFile,
  type FormOutcome,
  type CellChange,
  type CellWrite,
} from './planGather';
export type { GatherProblem, GatherCode, GatherParamsByCode } from './gatherProblems';
export { gatherMessage, gatherLine } from './gatherText';
export { gatherLogRows, gatherLogAppends, gatherNote } from './gatherLog';
export { parseDeadline } from './deadline';
export { criteriaFingerprint } from './criteriaFingerprint';
export { FORM_COVER_SHEET, FORM_IDENTITY_SHEET, FORM_MARK } from '../words/formFormat';
export { formWordsFor, FORM_WORDS, type FormWords } from '../words/formWords';
