/**
 * Next year's head and deputy (rules.md §9): as set in `Cấu hình`, else suggested from the
 * rotation — the member after this year's head, and the one after that (wrapping round).
 */
import type { Settings } from '../model';

export function nextLeaders(settings: Settings): { head: string | null; deputies: string[]; suggested: boolean } {
  const rot = settings.rotation;
  const after = (code: string | null, steps: number): string | null => {
    if (code === null || rot.length === 0) return null;
    const i = rot.indexOf(code);
    if (i < 0) return null;
    return rot[(i + steps) % rot.length];
  };
  const head = settings.nextHead ?? after(settings.head, 1);
  const deputies = settings.nextDeputies ?? (head !== null ? [after(head, 1)].filter((x): x is string => x !== null && x !== head) : []);
  return { head, deputies, suggested: settings.nextHead === null || settings.nextDeputies === null };
}
