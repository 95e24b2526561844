/** The English words about member forms (shape: ../formWords.ts). Workbook texts stay as written. */
import { placeText } from '../formPlace';
import type { FormWords } from '../formWords';
import { isBlank, type CellValue } from '../../grid';
import { toHundredths } from '../../hundredths';
import { kit } from '../kit';

/** What a workbook cell held: blank, a number as points, or its text quoted. */
const oldValue = (v: CellValue): string =>
  isBlank(v) ? '(blank)' : typeof v === 'number' ? k.pts(toHundredths(v) ?? Math.round(v * 100)) : k.q(String(v));

const k = kit('en', ', ');
const who = (member: string, criterion: string): string => `The score for ${k.text(member)} on criterion ${k.text(criterion)}`;

export const enForms: FormWords = {
  problems: {
    FORM_NOT_A_FORM: (p) =>
      p.book ? 'This file is a scoring workbook, not a form issued by the program.' : 'This file is not a form issued by the program (it has no form identity sheet).',
    FORM_DAMAGED: () => "The form's hidden identity sheet was edited or is damaged and cannot be read back. Issue the form again.",
    FORM_NEWER: (p) => `The form was issued by a later version of the program (layout ${k.count(p.version)}). Update the program and gather again.`,
    FORM_CLUSTER: (p) => `The form is for ${k.q(p.form)}, but the scoring workbook is for ${k.q(p.book)}.`,
    FORM_YEAR: (p) => `The form is for the year ${k.text(p.form)}, but the scoring workbook is for ${k.text(p.book)}.`,
    FORM_MEMBER_UNKNOWN: (p) => `The form is for ${k.text(p.name)} (code ${k.text(p.member)}), but the scoring workbook has no member with that code.`,
    FORM_DUPLICATE: (p) => `This gathering already has another form for ${k.text(p.member)} (file ${k.text(p.first)}). Gather one form per member at a time.`,
    FORM_CRITERIA: (p) =>
      `The form was issued with another criteria table (criteria fingerprint ${k.text(p.form)} on the form, ${k.text(p.book)} in the workbook now): the criteria changed after the form was issued, or it was issued from another workbook. Issue the form again.`,
    FORM_SHEET_MISSING: (p) => `The form has no sheet ${k.q(p.sheet)} (deleted or renamed).`,
    FORM_LOCKED_CHANGED: (p) =>
      `A locked cell was edited: issued with ${p.expected === '' ? '(blank)' : k.q(p.expected)}, now ${p.found === '' ? '(blank)' : k.q(p.found)}` +
      (p.count !== undefined ? ` (${k.count(p.count)} locked cells of this sheet were edited)` : '') +
      '. Only the yellow cells of a form may be filled.',
    FORM_TARGET_UNKNOWN: (p) => `A column scores the member with code ${k.text(p.member)}, which the scoring workbook no longer has.`,
    FORM_VALUE_INVALID: (p) => `${who(p.member, p.criterion)} is ${k.q(p.value)}, which is not a number.`,
    FORM_VALUE_NEGATIVE: (p) => `${who(p.member, p.criterion)} is ${k.text(p.value)}, a negative number (deductions too are written as positive numbers).`,
    FORM_VALUE_ABOVE_MAX: (p) => `${who(p.member, p.criterion)} is ${k.text(p.value)}, above the maximum of ${k.pts(p.max)}.`,
    FORM_VALUE_TOO_PRECISE: (p) => `${who(p.member, p.criterion)} is ${k.text(p.value)}, with more than two decimals.`,
    FORM_VALUE_AS_TEXT: (p) => `The number ${k.q(p.value)} was typed as text; the program takes ${k.pts(p.number)}.`,
    FORM_VALUE_STEP: (p) => `${who(p.member, p.criterion)} is ${k.text(p.value)}, not a multiple of the score step ${k.pts(p.step)}.`,
    BOOK_SHEET_MISSING: (p) => `The scoring workbook has no sheet ${k.q(p.sheet)} to take the form's scores. Add it (copy a sheet of the same kind) and gather again.`,
    BOOK_ROW_MISSING: (p) => `This sheet of the scoring workbook has no row for criterion ${k.text(p.criterion)}. Add the row and gather again.`,
    BOOK_COLUMN_MISSING: (p) => `This sheet of the scoring workbook has no column for ${k.text(p.member)}. Add the column and gather again.`,
  },
  place: placeText('Scoring workbook'),
  gatherRefusal: {
    notScoring: 'This file is not a scoring workbook.',
    unreadable: "The scoring workbook's settings, members or criteria cannot be read (see the errors of Check): there is nothing to check the forms against.",
    locked: 'The data of this workbook is locked: forms are not gathered into a locked workbook. If the cluster agrees to change the data, unlock it first.',
    logNotOurs: 'The workbook has a sheet “Nhật ký” that the program did not create, so the gathering cannot be logged. Rename that sheet and gather again.',
    noForms: 'No form was chosen.',
    formsRefused: 'A form was refused, so nothing was written into the workbook. Deal with the errors listed (or leave that form out) and gather again.',
  },
  formsRefusal: {
    notScoring: 'This file is not a scoring workbook.',
    structure: (n) =>
      `The scoring workbook has ${k.count(n)} errors in “Cấu hình”, “Thành viên”, “Tiêu chí” or “Xếp loại”. Fix them before issuing forms: a form must carry the right criteria and members.`,
    noSelfSheet: 'The scoring workbook has no “Tự chấm” sheet, so returned forms would have nowhere to go. Add that sheet first.',
    unknownMembers: (asked) => `The scoring workbook has no member: ${k.list(asked)}.`,
  },
  formulaCells: (cells) =>
    `These cells of the workbook hold formulas, which the program does not overwrite: ${k.list(cells)}. Replace the formulas with values (or clear the cells) and gather again. Nothing was written.`,
  conflict: (c) => `${c.sheet}!${c.cell}: ${oldValue(c.old)} → ${k.pts(c.value)}`,
};
