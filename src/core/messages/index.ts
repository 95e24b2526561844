/**
 * Problem messages in the user's language. The texts themselves are in vi.ts and en.ts, keyed by
 * the stable problem codes.
 * (Placeholder until the message tables are written: shows the code and parameters.)
 */
import type { Problem } from '../problems';

export type Lang = 'vi' | 'en';

export function problemMessage(p: Problem, _lang: Lang): string {
  const params = Object.entries(p.params).map(([k, v]) => `${k}=${v}`).join(', ');
  return params ? `${p.code} (${params})` : p.code;
}
