/**
 * What gathering member forms can find wrong (docs/phieu-cham.md), each with its facts typed per
 * code like the workbook's problems (src/core/problems.ts) and located: in the form (its file,
 * sheet and cell) or in the scoring workbook. Errors refuse the form, and a refused form stops the
 * whole gathering; warnings are told and the value is taken. Sentences are made at the edge
 * (gatherMessage, from the vocabulary: src/core/words/vi/forms.ts, src/core/words/en/forms.ts).
 */
import type { Points } from '../hundredths';

export interface GatherParamsByCode {
  /** No identity sheet: not a form of this program (`book`: it is a scoring workbook). */
  FORM_NOT_A_FORM: { book: boolean };
  /** The identity sheet is there but does not read back. */
  FORM_DAMAGED: Record<string, never>;
  /** Made by a later version of the program. */
  FORM_NEWER: { version: number };
  FORM_CLUSTER: { form: string; book: string };
  FORM_YEAR: { form: string; book: string };
  /** The form's member is not a member of the workbook. */
  FORM_MEMBER_UNKNOWN: { member: string; name: string };
  /** A second form for a member in the same gathering. */
  FORM_DUPLICATE: { member: string; first: string };
  /** Made from another criteria table (before or after the criteria changed). */
  FORM_CRITERIA: { form: string; book: string };
  /** A sheet of the form is missing (renamed or deleted). */
  FORM_SHEET_MISSING: { sheet: string };
  /** A locked cell no longer holds what the form was issued with (`count`: how many such cells in the sheet). */
  FORM_LOCKED_CHANGED: { expected: string; found: string; count?: number };
  /** A cross-scoring column for a member the workbook no longer has. */
  FORM_TARGET_UNKNOWN: { member: string };
  /** Not a number (text, an error value, a date…). */
  FORM_VALUE_INVALID: { value: string; criterion: string; member: string };
  FORM_VALUE_NEGATIVE: { value: string; criterion: string; member: string };
  FORM_VALUE_ABOVE_MAX: { value: string; max: Points; criterion: string; member: string };
  FORM_VALUE_TOO_PRECISE: { value: string; criterion: string; member: string };
  /** Warning: a number typed as text ("9,5"); its number is taken. */
  FORM_VALUE_AS_TEXT: { value: string; number: Points };
  /** Warning: not a multiple of the cluster's `Bước điểm` (as the workbook's own check warns). */
  FORM_VALUE_STEP: { value: string; step: Points; criterion: string; member: string };
  /** The workbook has no sheet to take these scores (`Tự chấm`, or the member's `Chấm chéo - <MÃ>`). */
  BOOK_SHEET_MISSING: { sheet: string };
  /** The workbook's score sheet has no row for a criterion the form scores. */
  BOOK_ROW_MISSING: { criterion: string };
  /** The workbook's score sheet has no column for a member the form scores. */
  BOOK_COLUMN_MISSING: { member: string };
}

export type GatherCode = keyof GatherParamsByCode;

interface GatherProblemBase {
  severity: 'error' | 'warning';
  /** The form's file name as the user gave it. */
  file: string;
  /** Whether sheet and cell are the form's or the scoring workbook's. */
  place: 'form' | 'book';
  /** '' when the problem concerns the whole file. */
  sheet: string;
  cell: string;
}

export type GatherProblem = { [C in GatherCode]: GatherProblemBase & { code: C; params: GatherParamsByCode[C] } }[GatherCode];

export function gatherProblem<C extends GatherCode>(
  severity: 'error' | 'warning',
  code: C,
  at: { file: string; place: 'form' | 'book'; sheet?: string; cell?: string },
  params: GatherParamsByCode[C],
): GatherProblem {
  return { severity, code, file: at.file, place: at.place, sheet: at.sheet ?? '', cell: at.cell ?? '', params } as GatherProblem;
}
