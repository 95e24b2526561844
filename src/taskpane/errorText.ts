/**
 * What the user reads when a command fails: a PortError carries its own sentence in both
 * languages; anything else is a bug or a host failure we did not foresee, shown as one plain
 * sentence (never a stack trace).
 */
import { isPortError, type Lang } from '../core/index';
import type { Strings } from './strings';

export function errorText(e: unknown, lang: Lang, t: Strings): string {
  if (isPortError(e)) return lang === 'en' ? e.en : e.vi;
  return t.unexpectedError;
}
