/**
 * `Có`/`Không` cells (`Ký giao ước`, `Tính điểm tự chấm khi chấm chéo`). The unaccented forms
 * are accepted too: they are what a keyboard without Vietnamese input produces, and they cannot
 * mean anything else.
 */
import { matchKey } from '../text';
import { errorText, isBlankValue } from './cellValue';

const YES = new Set(['có', 'co']);
const NO = new Set(['không', 'khong']);

/** true / false; null for blank; 'error' for an Excel error value; 'invalid' for anything else. */
export function readYesNo(v: unknown): boolean | null | 'error' | 'invalid' {
  if (isBlankValue(v)) return null;
  if (errorText(v) !== null) return 'error';
  if (typeof v !== 'string') return 'invalid';
  const key = matchKey(v);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return 'invalid';
}

export const yesNoText = (b: boolean): string => (b ? 'Có' : 'Không');
