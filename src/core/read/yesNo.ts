/**
 * `Có`/`Không` cells (`Ký giao ước`, `Tính điểm tự chấm khi chấm chéo`), and their unaccented
 * forms (src/core/words/format.ts).
 */
import { matchKey } from '../text';
import { YES_NO_ALIASES, YES_NO_WORDS } from '../words/format';
import { errorText, isBlankValue } from './cellValue';

const YES = new Set([YES_NO_WORDS.yes, ...YES_NO_ALIASES.yes].map(matchKey));
const NO = new Set([YES_NO_WORDS.no, ...YES_NO_ALIASES.no].map(matchKey));

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
