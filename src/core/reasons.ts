/**
 * Why a member cannot be nominated, in words (rules.md §6). Used by messages, documents and the
 * command line so that the same reason reads the same everywhere.
 */
import type { IneligibleReason } from './results';

export function reasonText(r: IneligibleReason, lang: 'vi' | 'en'): string {
  if (lang === 'en') {
    switch (r.kind) {
      case 'notSigned':
        return 'did not sign the emulation covenant';
      case 'declared':
        return r.text;
      case 'bandBelow':
        return r.band === null
          ? `has no classification band (the lowest allowed is “${r.minBand}”)`
          : `classified “${r.band}”, below the required “${r.minBand}”`;
      case 'flagNominee':
        return 'already nominated for the Government Emulation Flag';
    }
  }
  switch (r.kind) {
    case 'notSigned':
      return 'không ký giao ước thi đua';
    case 'declared':
      return r.text;
    case 'bandBelow':
      return r.band === null
        ? `không đạt xếp loại nào (tối thiểu phải đạt “${r.minBand}”)`
        : `xếp loại “${r.band}”, thấp hơn mức tối thiểu “${r.minBand}”`;
    case 'flagNominee':
      return 'đã được suy tôn đề nghị Cờ thi đua của Chính phủ';
  }
}

export function reasonsText(reasons: readonly IneligibleReason[], lang: 'vi' | 'en'): string {
  return reasons.map((r) => reasonText(r, lang)).join('; ');
}
