/**
 * Where a gathering problem is, the same way in every language (./vi/forms.ts, ./en/forms.ts):
 * "NA.xlsx › Tự chấm!E7" for the form's own cells, `<the workbook's word> › sheet!cell` for the
 * scoring workbook's.
 */
import type { FormWords } from './formWords';

export function placeText(book: string): FormWords['place'] {
  return (p) => {
    const where = p.sheet === '' ? '' : p.cell === '' ? p.sheet : `${p.sheet}!${p.cell}`;
    const file = p.place === 'form' ? p.file : book;
    return where === '' ? file : `${file} › ${where}`;
  };
}
