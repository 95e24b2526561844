/**
 * Next year's head and deputy (docs/quy-tac-tinh-diem.md §10): as set in `Cấu hình`, else
 * suggested. The head by `Chọn Cụm trưởng năm sau`: the member after this year's head in the
 * rotation (`Luân phiên`), or this year's first deputy (`Cụm phó lên Cụm trưởng`); the deputy is
 * the member after next year's head in the rotation (wrapping round). The results, the documents
 * and the Cài đặt tab all take them from here.
 */
import type { Settings } from '../model';

export function nextLeaders(settings: Settings): { head: string | null; deputies: string[]; suggested: boolean } {
  const rot = settings.rotation;
  /** The first member after `code` in the rotation (wrapping round) that is not in `taken`. */
  const after = (code: string | null, taken: readonly string[]): string | null => {
    if (code === null || rot.length === 0) return null;
    const i = rot.indexOf(code);
    if (i < 0) return null;
    for (let step = 1; step < rot.length; step++) {
      const next = rot[(i + step) % rot.length];
      if (!taken.includes(next)) return next;
    }
    return null;
  };
  // A head or deputy set in `Cấu hình` is never suggested for the other post.
  const taken = settings.nextDeputies ?? [];
  const deputy = settings.deputies[0];
  const suggestedHead =
    settings.nextHeadRule === 'deputyUp' && deputy !== undefined && !taken.includes(deputy) ? deputy : after(settings.head, taken);
  const head = settings.nextHead ?? suggestedHead;
  const deputies = settings.nextDeputies ?? (head !== null ? [after(head, [head])].filter((x): x is string => x !== null) : []);
  return { head, deputies, suggested: settings.nextHead === null || settings.nextDeputies === null };
}
