/**
 * The "new workbook" form: cluster name, year and the member list typed as
 * "TH=Tỉnh Thanh Hóa; NA=Tỉnh Nghệ An". Checked here, before any sheet is created, against the
 * rules the reader will apply later (docs/huong-dan-so-lieu.md, `Cấu hình` and `Thành viên`), so that a
 * fresh template never starts with errors. Issues are values; the pane words them.
 */
import { cleanText, matchKey, MAX_MEMBERS, MEMBER_CODE, MIN_MEMBERS, suggestMemberCode, YEAR_RANGE } from '../core/index';
import type { TemplateOptions } from './deps';

export interface NewWorkbookForm {
  clusterName: string;
  year: string;
  members: string;
}

export type FormIssue =
  | { field: 'clusterName'; kind: 'missing' }
  | { field: 'year'; kind: 'invalid' }
  | { field: 'members'; kind: 'tooFew' }
  | { field: 'members'; kind: 'tooMany' }
  /** An item that is not "CODE=Name". */
  | { field: 'members'; kind: 'syntax'; item: string }
  /** `suggestion`: the valid code closest to it (the core's suggestMemberCode), or null. */
  | { field: 'members'; kind: 'codeInvalid'; code: string; suggestion: string | null }
  | { field: 'members'; kind: 'codeDuplicate'; code: string }
  | { field: 'members'; kind: 'nameDuplicate'; name: string };

export type FormResult = { ok: true; options: TemplateOptions } | { ok: false; issues: FormIssue[] };

/**
 * The member limits and the code rule are the `Thành viên` sheet's (the core's MIN_MEMBERS,
 * MAX_MEMBERS, MEMBER_CODE): a code the reader accepts — “ĐL” included — is accepted here, and
 * one it refuses comes with the closest valid code (suggestMemberCode).
 */
/** Splits the member text on ";" or line breaks; each item is CODE=Name (":" also accepted). */
export function parseMembers(text: string): { members: { code: string; name: string }[]; issues: FormIssue[] } {
  const members: { code: string; name: string }[] = [];
  const issues: FormIssue[] = [];
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const raw of text.split(/[;\n\r]+/)) {
    const item = cleanText(raw);
    if (item === '') continue;
    const m = /^([^=:]+)[=:](.+)$/.exec(item);
    if (!m) {
      issues.push({ field: 'members', kind: 'syntax', item });
      continue;
    }
    const code = cleanText(m[1]);
    const name = cleanText(m[2]);
    if (!MEMBER_CODE.test(code)) {
      issues.push({ field: 'members', kind: 'codeInvalid', code, suggestion: suggestMemberCode(code) });
      continue;
    }
    if (codes.has(matchKey(code))) issues.push({ field: 'members', kind: 'codeDuplicate', code });
    if (names.has(matchKey(name))) issues.push({ field: 'members', kind: 'nameDuplicate', name });
    codes.add(matchKey(code));
    names.add(matchKey(name));
    members.push({ code, name });
  }
  return { members, issues };
}

export function validateNewWorkbook(form: NewWorkbookForm): FormResult {
  const issues: FormIssue[] = [];
  const clusterName = cleanText(form.clusterName);
  if (clusterName === '') issues.push({ field: 'clusterName', kind: 'missing' });
  const yearText = cleanText(form.year);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) issues.push({ field: 'year', kind: 'invalid' });
  const parsed = parseMembers(form.members);
  issues.push(...parsed.issues);
  if (parsed.members.length < MIN_MEMBERS) issues.push({ field: 'members', kind: 'tooFew' });
  if (parsed.members.length > MAX_MEMBERS) issues.push({ field: 'members', kind: 'tooMany' });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, options: { clusterName, year, members: parsed.members } };
}
