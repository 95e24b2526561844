/**
 * What the user reads when a command fails: a PortError carries its own sentence in both
 * languages; anything else is a bug or a host failure we did not foresee, shown as one plain
 * sentence (never a stack trace).
 */
import type { Lang } from '../core/messages';
import { PortError } from '../core/port';
import type { Strings } from './strings';

function isPortError(e: unknown): e is PortError {
  // instanceof fails when two bundles each carry a copy of the class; the shape does not.
  if (e instanceof PortError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { name?: unknown; vi?: unknown; en?: unknown };
  return o.name === 'PortError' && typeof o.vi === 'string' && typeof o.en === 'string';
}

export function errorText(e: unknown, lang: Lang, t: Strings): string {
  if (isPortError(e)) return lang === 'en' ? e.en : e.vi;
  return t.unexpectedError;
}
