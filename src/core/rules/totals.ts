/**
 * Subtotals, base, bonus, deduction and total (docs/quy-tac-tinh-diem.md §4), and the band (docs/quy-tac-tinh-diem.md §5).
 */
import type { Band, ParsedWorkbook } from '../model';
import type { Points } from '../hundredths';
import type { MemberScore } from '../results';

export function memberScore(wb: ParsedWorkbook, memberIndex: number, finals: (Points | null)[]): MemberScore {
  const subtotals: Record<string, Points> = {};
  // Criteria are in sheet order and a parent always comes before its children, so walking
  // backwards sees every child before its parent.
  for (let i = wb.criteria.length - 1; i >= 0; i--) {
    const c = wb.criteria[i];
    let value: Points;
    if (c.leafIndex >= 0) {
      value = finals[c.leafIndex] ?? 0;
    } else {
      value = 0;
      for (const child of c.children) value += subtotals[child] ?? 0;
    }
    // `Thưởng` and `Trừ` groups and leaves are capped at their maximum at every level;
    // `Điểm` groups never are (each leaf is already within its maximum).
    if (c.type !== 'score' && value > c.max) value = c.max;
    subtotals[c.code] = value;
  }
  let base = 0;
  let bonus = 0;
  let deduction = 0;
  for (const c of wb.criteria) {
    if (c.parent !== null) continue;
    const v = subtotals[c.code];
    if (c.type === 'score') base += v;
    else if (c.type === 'bonus') bonus += v;
    else deduction += v;
  }
  const total = base + bonus - deduction;

  let selfGap = 0;
  const self = wb.self?.values[memberIndex];
  for (const leaf of wb.leaves) {
    if (leaf.type !== 'score') continue;
    const f = finals[leaf.leafIndex] ?? 0;
    const s = self?.[leaf.leafIndex] ?? 0;
    selfGap += Math.abs(f - s);
  }

  return {
    member: wb.members[memberIndex].code,
    finals,
    subtotals,
    base,
    bonus,
    deduction,
    total,
    band: bandOf(wb.bands, total),
    selfGap,
  };
}

/** The highest band whose lower bound is at most the total; null below the lowest (docs/quy-tac-tinh-diem.md §5). */
export function bandOf(bands: readonly Band[], total: Points): string | null {
  let best: Band | null = null;
  for (const b of bands) if (b.from <= total && (best === null || b.from > best.from)) best = b;
  return best ? best.name : null;
}

/** Position of a band from the top (0 = best); bands.length for "no band". */
export function bandPosition(bands: readonly Band[], name: string | null): number {
  if (name === null) return bands.length;
  const sorted = [...bands].sort((a, b) => b.from - a.from);
  const i = sorted.findIndex((b) => b.name === name);
  return i < 0 ? bands.length : i;
}
