/**
 * What the outputs say about the sign-off lock (docs/sign-off.md): on a locked workbook whose
 * inputs still match, the time, the fingerprint and the chair's name; when the inputs no longer
 * match the recorded fingerprint, a sentence (printed in red) that says so and gives both
 * fingerprints, so that a printed page can never pass for the signed-off result. Nothing when the
 * workbook is not locked. The printed sheets use Vietnamese; the pane and the command line their
 * user's language.
 */
import type { Lang } from '../lang';
import { wordsFor } from '../words';
import type { LockStatus } from './lockStatus';

export interface LockLine {
  text: string;
  /** True when the inputs changed after the lock: printed in red. */
  mismatch: boolean;
}

export function describeLock(status: LockStatus | null | undefined, fingerprint: string | null, lang: Lang = 'vi'): LockLine | null {
  if (!status || !status.locked) return null;
  const w = wordsFor(lang).lock;
  const at = status.at && status.at !== '' ? status.at : w.unknownTime;
  const recorded = status.fingerprint ?? w.noFingerprint;
  if (status.matches) return { text: w.signedOff(at, recorded, status.by || null), mismatch: false };
  return { text: w.changed(at, recorded, fingerprint ?? w.unreadable), mismatch: true };
}
