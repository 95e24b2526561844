/** The pane's language from Office's display language: Vietnamese unless Office says otherwise. */
import type { Lang } from '../core/index';

export function detectLang(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return 'vi';
  return displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
