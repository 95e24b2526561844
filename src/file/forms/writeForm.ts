/**
 * A member form (src/core/forms, docs/phieu-cham.md) as an .xlsx package: the core's sheet
 * descriptions written like the template (a new workbook, applySheetDescriptions), then what only
 * a form has:
 *
 * - every visible sheet protected without a password (the score cells are unlocked by their cell
 *   format, src/file/write/styleBook.ts); selecting cells and resizing columns and rows allowed;
 * - a data validation on every score cell: a decimal from 0 to the leaf maximum, with the prompt
 *   and the error message the core wrote (Excel, LibreOffice and WPS all show them);
 * - the identity sheet very hidden and protected, and the workbook's structure locked, so that a
 *   sheet is not renamed, moved, deleted or shown by accident.
 *
 * No password: the protection keeps honest hands off the locked cells; gathering compares every
 * locked cell with the copy in the identity sheet, so an edit is caught even when someone removes
 * the protection. No Node APIs here (the pane builds forms in the browser).
 */
import type { FormBook, FormNumberInput } from '../../core/forms/index';
import type { Workbook } from '../book/workbook';
import { prefixOf, sheetLayout } from '../book/sheetLayout';
import { setProtection } from '../sheetProtection';
import { applySheetDescriptions, newWorkbook, workbookBytes } from '../writeXlsx';
import { childNamed } from '../xml/xmlTree';
import { escapeAttr } from '../xml/xmlText';
import { rawText, setAttribute, spliceBytes, type Splice } from '../xml/splice';

/** A form sheet's protection: locked cells stay locked; columns and rows may still be resized. */
export const FORM_PROTECTION = 'sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"';

/** Elements that come after dataValidations in a worksheet (CT_Worksheet). */
const AFTER_VALIDATIONS = new Set([
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties',
  'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture',
  'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

/** Excel keeps a validation's title to 32 characters and its texts to 255. */
const clip = (s: string, n: number): string => (s.length <= n ? s : s.slice(0, n - 1) + '…');

function validationXml(n: FormNumberInput, p: string): string {
  const attrs = [
    'type="decimal"',
    'operator="between"',
    'allowBlank="1"',
    'showInputMessage="1"',
    'showErrorMessage="1"',
    `errorTitle="${escapeAttr(clip(n.errorTitle, 32))}"`,
    `error="${escapeAttr(clip(n.error, 225))}"`,
    `promptTitle="${escapeAttr(clip(n.title, 32))}"`,
    `prompt="${escapeAttr(clip(n.prompt, 255))}"`,
    `sqref="${escapeAttr(n.ranges.join(' '))}"`,
  ];
  return `<${p}dataValidation ${attrs.join(' ')}><${p}formula1>0</${p}formula1><${p}formula2>${n.max}</${p}formula2></${p}dataValidation>`;
}

/** Adds the number validations to a worksheet that has none yet (the form's own sheets). */
function addValidations(wb: Workbook, part: string, numbers: readonly FormNumberInput[]): void {
  if (numbers.length === 0) return;
  const layout = sheetLayout(wb.pkg, part);
  if (layout.top.some((t) => t.local === 'dataValidations')) throw new Error(`${part} has validations already`);
  const p = prefixOf(layout.root);
  const xml = `<${p}dataValidations count="${numbers.length}">${numbers.map((n) => validationXml(n, p)).join('')}</${p}dataValidations>`;
  const next = layout.top.find((t) => AFTER_VALIDATIONS.has(t.local));
  const at = next ? next.start : layout.top[layout.top.length - 1].end;
  wb.pkg.set(part, spliceBytes(layout.bytes, [{ start: at, end: at, text: xml }]));
}

/** The identity sheet very hidden, and the structure locked (CT_Workbook: after workbookPr). */
function lockWorkbook(wb: Workbook, hidden: string): void {
  const { tree, bytes, part } = wb.info;
  const edits: Splice[] = [];
  const sheets = childNamed(tree, 'sheets');
  for (const el of sheets?.children ?? []) {
    if (el.attrs.get('name') !== hidden) continue;
    edits.push({ start: el.start, end: el.openEnd, text: setAttribute(rawText(bytes, el.start, el.openEnd), 'state', 'veryHidden') });
  }
  const p = prefixOf(tree.name);
  const pr = childNamed(tree, 'workbookPr');
  const at = pr ? pr.end : (childNamed(tree, 'bookViews')?.start ?? sheets!.start);
  edits.push({ start: at, end: at, text: `<${p}workbookProtection lockStructure="1"/>` });
  wb.pkg.set(part, spliceBytes(bytes, edits));
  wb.refresh();
}

/** The form as a workbook, ready for workbookBytes. */
export function formWorkbook(form: FormBook, created: Date): Workbook {
  const wb = newWorkbook(created, { title: form.title });
  applySheetDescriptions(wb, [...form.sheets.map((s) => s.description), form.identity]);
  wb.transaction(() => {
    for (const s of form.sheets) {
      const entry = wb.sheet(s.description.name)!;
      addValidations(wb, entry.part!, s.numbers);
      setProtection(wb, entry, FORM_PROTECTION);
    }
    setProtection(wb, wb.sheet(form.identity.name)!, FORM_PROTECTION);
    lockWorkbook(wb, form.identity.name);
  });
  return wb;
}

/** The form's .xlsx bytes. */
export async function formBytes(form: FormBook, created: Date): Promise<Uint8Array> {
  return workbookBytes(formWorkbook(form, created));
}
