/**
 * The fingerprint of the criteria table alone (docs/phieu-cham.md): the same counted part as the
 * data fingerprint's criteria (code, text, maximum, type, parent; src/core/fingerprint), hashed on
 * its own with a heading of its own. A member form carries it, so that a form made before the
 * criteria changed is told apart from one made after; scores, members and settings do not change it.
 */
import { criteriaText, formatFingerprint } from '../fingerprint/fingerprint';
import { sha256Hex, utf8 } from '../fingerprint/sha256';
import type { ParsedWorkbook } from '../model';

export function criteriaFingerprint(wb: Pick<ParsedWorkbook, 'criteria'>): string {
  return formatFingerprint(sha256Hex(utf8('cum-thi-dua/tieu-chi/1\n' + criteriaText(wb))));
}
