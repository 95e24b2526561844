/**
 * The vocabulary: one object of words per language (./vi, ./en, shaped by ./words.ts), and the
 * problem messages made from it. Everything the program says about the domain comes from here.
 */
import type { Lang } from '../lang';
import type { Problem } from '../problems';
import { shownText } from '../userText';
import { EN } from './en';
import { VI } from './vi';
import type { Words } from './words';

export const WORDS: Readonly<Record<Lang, Words>> = { vi: VI, en: EN };

/** The vocabulary of a language (Vietnamese for anything else). */
export const wordsFor = (lang: Lang): Words => WORDS[lang] ?? VI;

/** The problem's message in the language; never throws, even for a code or facts it does not know. */
export function problemMessage(p: Problem, lang: Lang): string {
  const texts = wordsFor(lang).problems as Record<string, ((params: unknown) => string) | undefined>;
  const params: unknown = p.params ?? {};
  const fn = texts[p.code];
  if (fn) {
    try {
      return fn(params);
    } catch {
      // fall through to the plain form below
    }
  }
  const shown = Object.entries(params as Record<string, unknown>)
    .map(([k, v]) => `${k}=${shownText(typeof v === 'object' ? JSON.stringify(v) : String(v))}`)
    .join(', ');
  return shown ? `${p.code} (${shown})` : String(p.code);
}

export type { Words, ProblemTexts } from './words';
export { VI } from './vi';
export { EN } from './en';
