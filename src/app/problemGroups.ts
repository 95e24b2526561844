/**
 * Problems as the Check view lists them (docs/add-in.md, "Danh sách vấn đề"): errors first, then
 * warnings, then information — within each group, and groups with errors before the others; by
 * sheet, then by member, so that an officer finds its own column quickly. Filters keep one member
 * and/or one severity. A long list is shown a page at a time (pageOf), so that 5 000 problems stay
 * responsive.
 */
import type { Member, Problem, Severity } from '../core/index';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type Counts = Record<Severity, number>;

export interface MemberGroup {
  /** Member code, or null for problems that concern no particular member. */
  member: string | null;
  problems: Problem[];
  counts: Counts;
}

export interface SheetGroup {
  /** Sheet name ('' for the workbook as a whole). */
  sheet: string;
  members: MemberGroup[];
  counts: Counts;
}

export interface ProblemFilter {
  /** A member code, or null for every member. */
  member: string | null;
  /** One severity, or null for all. */
  severity: Severity | null;
}

export const NO_FILTER: ProblemFilter = { member: null, severity: null };

const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });
const worst = (c: Counts): number => (c.error > 0 ? 0 : c.warning > 0 ? 1 : c.info > 0 ? 2 : 3);

/** Every member code that problems mention, in `Thành viên` order, unknown codes after. */
export function membersMentioned(problems: readonly Problem[], members: readonly Member[]): string[] {
  const mentioned = new Set(problems.map((p) => p.member).filter((m): m is string => m !== undefined));
  const known = members.map((m) => m.code).filter((c) => mentioned.has(c));
  const unknown = [...mentioned].filter((c) => !members.some((m) => m.code === c));
  return [...known, ...unknown];
}

/** The problems the filter keeps, grouped and ordered (one pass; maps, not searches). */
export function groupProblems(problems: readonly Problem[], members: readonly Member[], filter: ProblemFilter = NO_FILTER): SheetGroup[] {
  const order = new Map(members.map((m) => [m.code, m.index] as const));
  const sheets = new Map<string, { group: SheetGroup; byMember: Map<string | null, MemberGroup> }>();
  for (const p of problems) {
    if (filter.member !== null && p.member !== filter.member) continue;
    if (filter.severity !== null && p.severity !== filter.severity) continue;
    let s = sheets.get(p.sheet);
    if (!s) {
      s = { group: { sheet: p.sheet, members: [], counts: zero() }, byMember: new Map() };
      sheets.set(p.sheet, s);
    }
    const key = p.member ?? null;
    let g = s.byMember.get(key);
    if (!g) {
      g = { member: key, problems: [], counts: zero() };
      s.byMember.set(key, g);
      s.group.members.push(g);
    }
    g.problems.push(p);
    g.counts[p.severity]++;
    s.group.counts[p.severity]++;
  }
  const groups = [...sheets.values()].map((s) => s.group);
  // Within a group, errors first (sort is stable: the core's order is kept within a severity).
  for (const s of groups) for (const g of s.members) g.problems.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  // Within a sheet: the most severe groups first; then general problems, then members in
  // `Thành viên` order (the order of the score sheets' columns); unknown codes keep their order.
  const memberRank = (g: MemberGroup) => (g.member === null ? -1 : (order.get(g.member) ?? Number.MAX_SAFE_INTEGER));
  for (const s of groups) s.members.sort((a, b) => worst(a.counts) - worst(b.counts) || memberRank(a) - memberRank(b));
  // Sheets with errors before sheets with warnings only, and so on; else in the core's order.
  return groups.map((g, i) => ({ g, i })).sort((a, b) => worst(a.g.counts) - worst(b.g.counts) || a.i - b.i).map((x) => x.g);
}

/** Counts by severity for the member the filter keeps (the badges filter by severity on top). */
export function countFor(problems: readonly Problem[], member: string | null): Counts {
  const c = zero();
  for (const p of problems) if (member === null || p.member === member) c[p.severity]++;
  return c;
}

/** The groups cut after `limit` problems, for a list shown a page at a time; `total` counts them all. */
export function pageOf(groups: readonly SheetGroup[], limit: number): { groups: SheetGroup[]; shown: number; total: number } {
  let total = 0;
  for (const s of groups) for (const g of s.members) total += g.problems.length;
  const out: SheetGroup[] = [];
  let shown = 0;
  for (const s of groups) {
    if (shown >= limit) break;
    const members: MemberGroup[] = [];
    for (const g of s.members) {
      if (shown >= limit) break;
      const take = g.problems.slice(0, limit - shown);
      shown += take.length;
      members.push(take.length === g.problems.length ? g : { ...g, problems: take });
    }
    out.push(members.length === s.members.length && members.every((m, i) => m === s.members[i]) ? s : { ...s, members });
  }
  return { groups: out, shown, total };
}
