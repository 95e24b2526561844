/**
 * Problem messages in the user's language. The texts live in vi.ts and en.ts, keyed by the
 * stable problem codes; both tables must cover every code (their Record type enforces it).
 */
import type { Problem, Severity } from '../problems';
import { EN } from './en';
import type { MessageFn } from './params';
import { VI } from './vi';

export type Lang = 'vi' | 'en';

const TABLES: Record<Lang, Record<string, MessageFn | undefined>> = { vi: VI, en: EN };

export const SEVERITY_LABEL: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Information' },
};

/** The problem's message; never throws, even for a code or parameters it does not know. */
export function problemMessage(p: Problem, lang: Lang): string {
  const table = TABLES[lang] ?? VI;
  const params = p.params ?? {};
  const fn = table[p.code];
  if (fn) {
    try {
      return fn(params);
    } catch {
      // fall through to the plain form below
    }
  }
  const shown = Object.entries(params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  return shown ? `${p.code} (${shown})` : String(p.code);
}
