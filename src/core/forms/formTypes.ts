/**
 * A member form ("phiếu chấm", docs/phieu-cham.md) as plain data: what the file engine writes
 * (src/file/forms) and what the identity sheet records so that the form can be gathered back.
 */
import type { SheetDescription } from '../sheet';
import type { FormSheetKind } from '../words/formFormat';

/** The cells of one sheet where a person types a score, with the bounds each score must keep. */
export interface FormNumberInput {
  /** A1 cells and ranges that share this maximum. */
  ranges: string[];
  /** The leaf maximum, in points (9.5, not 950). */
  max: number;
  /** Data validation texts shown by Excel, LibreOffice and WPS (Excel keeps titles to 32 characters, texts to 255). */
  title: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/** One visible sheet of a form. */
export interface FormSheet {
  kind: FormSheetKind;
  description: SheetDescription;
  /** Score cells (unlocked, validated: a number from 0 to the leaf maximum). */
  numbers: FormNumberInput[];
  /** Free-text cells (unlocked, not validated): who filled the form. */
  texts: string[];
}

/** One member's form: its visible sheets, in tab order, and the hidden identity sheet. */
export interface FormBook {
  /** The member's code. */
  member: string;
  memberName: string;
  /** "NA.xlsx". */
  fileName: string;
  /** The document title (file properties). */
  title: string;
  sheets: FormSheet[];
  /** Very hidden, protected, marked (src/core/words/formFormat.ts). */
  identity: SheetDescription;
  /** Score cells in the form. */
  inputs: number;
  /** Of those, cells filled from what the workbook holds already. */
  prefilled: number;
}

/** What a form says it is (its identity sheet). */
export interface FormIdentity {
  version: number;
  cluster: string;
  year: number | null;
  member: string;
  memberName: string;
  criteria: string;
  deadline: string;
  issuedAt: string;
}

/**
 * Where the inputs of one visible sheet are, as the identity records them: 0-based rows with the
 * leaf code each one scores, 0-based columns with the member each one is for.
 */
export interface FormBlock {
  name: string;
  kind: FormSheetKind;
  rows: { row: number; leaf: string }[];
  columns: { col: number; member: string }[];
  /** Every value of the sheet as issued, input cells blank: the locked cells the form is checked against. */
  copy: (string | number | null)[][];
}
