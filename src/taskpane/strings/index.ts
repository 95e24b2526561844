/** The pane's texts by language. */
import type { Lang } from '../../core/index';
import { en } from './en';
import { vi, type Strings } from './vi';

export type { Strings, Lang };

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}
