/**
 * A criterion code as written in `Tiêu chí` or a score sheet. Officers often end a code with a
 * point ("I.", "1.2.") the way numbered headings are typed in documents; that point adds no
 * level, so it is dropped — "I." and "I" are the same criterion everywhere.
 */
import { cleanText } from '../text';

export function criterionCodeText(text: string): string {
  const code = cleanText(text);
  return code.length > 1 && code.endsWith('.') && !code.endsWith('..') ? code.slice(0, -1) : code;
}
