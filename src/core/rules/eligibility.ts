/**
 * Who may be nominated for an award (docs/quy-tac-tinh-diem.md §7). The "already the Flag nominee" reason is added
 * by the Certificate round, once the Flag nominees are known.
 */
import type { Award, Band, Member } from '../model';
import type { IneligibleReason } from '../results';
import { bandPosition } from './totals';

export function ineligibility(
  member: Member,
  band: string | null,
  bands: readonly Band[],
  minBand: string,
): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (!member.signedCovenant) reasons.push({ kind: 'notSigned' });
  if (member.ineligibleReason) reasons.push({ kind: 'declared', text: member.ineligibleReason });
  if (bandPosition(bands, band) > bandPosition(bands, minBand)) reasons.push({ kind: 'bandBelow', band, minBand });
  return reasons;
}

export function minBandFor(award: Award, settings: { flagMinBand: string; certificateMinBand: string }): string {
  return award === 'flag' ? settings.flagMinBand : settings.certificateMinBand;
}
