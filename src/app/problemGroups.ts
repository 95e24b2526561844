/**
 * Problems as the Check view lists them: by sheet (in the order the core reported them), then by
 * member, so that an officer finds its own column quickly; a member filter keeps only the
 * problems about one member.
 */
import type { Member, Problem } from '../core/index';

export interface MemberGroup {
  /** Member code, or null for problems that concern no particular member. */
  member: string | null;
  problems: Problem[];
}

export interface SheetGroup {
  /** Sheet name ('' for the workbook as a whole). */
  sheet: string;
  members: MemberGroup[];
}

/** Every member code that problems mention, in `Thành viên` order, unknown codes after. */
export function membersMentioned(problems: readonly Problem[], members: readonly Member[]): string[] {
  const mentioned = new Set(problems.map((p) => p.member).filter((m): m is string => m !== undefined));
  const known = members.map((m) => m.code).filter((c) => mentioned.has(c));
  const unknown = [...mentioned].filter((c) => !members.some((m) => m.code === c));
  return [...known, ...unknown];
}

/** `member` null keeps every problem; a code keeps only the problems about that member. */
export function groupProblems(problems: readonly Problem[], members: readonly Member[], member: string | null): SheetGroup[] {
  const order = new Map(members.map((m) => [m.code, m.index] as const));
  const sheets: SheetGroup[] = [];
  for (const p of problems) {
    if (member !== null && p.member !== member) continue;
    let sheet = sheets.find((s) => s.sheet === p.sheet);
    if (!sheet) {
      sheet = { sheet: p.sheet, members: [] };
      sheets.push(sheet);
    }
    const key = p.member ?? null;
    let group = sheet.members.find((g) => g.member === key);
    if (!group) {
      group = { member: key, problems: [] };
      sheet.members.push(group);
    }
    group.problems.push(p);
  }
  // Within a sheet: general problems first, then members in `Thành viên` order (the order of
  // the score sheets' columns); codes the workbook does not know keep their order of appearance.
  const rank = (g: MemberGroup) => (g.member === null ? -1 : order.get(g.member) ?? Number.MAX_SAFE_INTEGER);
  for (const s of sheets) s.members.sort((a, b) => rank(a) - rank(b));
  return sheets;
}
