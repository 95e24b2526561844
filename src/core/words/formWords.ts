/**
 * The shape of the vocabulary about member forms (docs/phieu-cham.md): the message of each
 * gathering problem, where it is, why a gathering or an issuing is refused, and how a conflict
 * reads. One object per language (./vi/forms.ts, ./en/forms.ts). Kept out of Words (./words.ts)
 * so that the task pane loads them with its "Phiếu chấm" view (src/core/forms/index.ts).
 */
import type { CellValue } from '../grid';
import type { Points } from '../hundredths';
import type { GatherCode, GatherParamsByCode, GatherProblem } from '../forms/gatherProblems';
import type { GatherRefusal } from '../forms/planGather';
import type { Lang } from '../lang';
import { enForms } from './en/forms';
import { viForms } from './vi/forms';

export type GatherTexts = { readonly [C in GatherCode]: (p: GatherParamsByCode[C]) => string };

export interface FormWords {
  readonly problems: GatherTexts;
  /** Where a problem is: "NA.xlsx › Tự chấm!E7", or the scoring workbook's sheet and cell. */
  place(p: Pick<GatherProblem, 'file' | 'place' | 'sheet' | 'cell'>): string;
  readonly gatherRefusal: Readonly<Record<GatherRefusal, string>>;
  readonly formsRefusal: {
    readonly notScoring: string;
    structure(errors: number): string;
    readonly noSelfSheet: string;
    unknownMembers(asked: readonly string[]): string;
  };
  /** Workbook cells to write that hold a formula (the file engine does not replace a formula): nothing written. */
  formulaCells(cells: readonly string[]): string;
  /** "Tự chấm!E7: 9,50 → 9,75" (old blank: "(trống)"; old text quoted). */
  conflict(c: { sheet: string; cell: string; old: CellValue; value: Points }): string;
}

export const FORM_WORDS: Readonly<Record<Lang, FormWords>> = { vi: viForms, en: enForms };

/** The words about forms of a language (Vietnamese for anything else). */
export const formWordsFor = (lang: Lang): FormWords => FORM_WORDS[lang] ?? viForms;

