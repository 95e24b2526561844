/**
 * Issuing the member forms ("Phát phiếu chấm", docs/phieu-cham.md): one form per member, or per
 * member asked for, from a workbook whose settings, members, criteria and bands read without
 * error. Missing scores are no reason to refuse — filling them is what the forms are for — but a
 * form must not carry a wrong criteria table or a member list in doubt.
 */
import type { ParsedWorkbook } from '../model';
import type { Problem } from '../problems';
import { matchKey } from '../text';
import { describeForm, type FormOptions } from './describeForm';
import type { FormBook } from './formTypes';

export type FormsRefusal =
  /** None of the input sheets: not a scoring workbook. */
  | 'notScoring'
  /** Errors in `Cấu hình`, `Thành viên`, `Tiêu chí` or `Xếp loại` (listed in `problems`). */
  | 'structure'
  /** The workbook has no `Tự chấm` sheet to gather the self-scores into. */
  | 'noSelfSheet'
  /** Members asked for that the workbook does not have (listed in `unknown`). */
  | 'unknownMembers';

export interface FormsRequest extends FormOptions {
  /** Codes, names or aliases of the members to issue forms for; all members when absent or empty. */
  members?: readonly string[];
}

export type FormsResult =
  | { ok: true; forms: FormBook[] }
  | { ok: false; refusal: FormsRefusal; problems: Problem[]; unknown: string[] };

/** What issuing needs of a check report (checkWorkbook). */
export interface FormsReport {
  workbook: ParsedWorkbook | null;
  notScoringWorkbook: boolean;
  problems: readonly Problem[];
}

export function issueForms(report: FormsReport, request: FormsRequest): FormsResult {
  const refuse = (refusal: FormsRefusal, problems: Problem[] = [], unknown: string[] = []): FormsResult => ({ ok: false, refusal, problems, unknown });
  if (report.notScoringWorkbook) return refuse('notScoring');
  const wb = report.workbook;
  const structural = (name: string | null): boolean => name !== null && name !== '';
  const sheets = wb ? [wb.sheetNames.settings, wb.sheetNames.members, wb.sheetNames.criteria, wb.sheetNames.bands].filter(structural) : [];
  const errors = report.problems.filter((p) => p.severity === 'error' && (wb === null || sheets.includes(p.sheet)));
  if (!wb || errors.length > 0) return refuse('structure', errors);
  if (!wb.self) return refuse('noSelfSheet');

  let codes = wb.members.map((m) => m.code);
  const asked = (request.members ?? []).filter((x) => x.trim() !== '');
  if (asked.length > 0) {
    const keys = new Map<string, string>();
    for (const m of wb.members) for (const k of [m.code, m.name, ...m.aliases]) keys.set(matchKey(k), m.code);
    const found = asked.map((x) => keys.get(matchKey(x)) ?? null);
    const unknown = asked.filter((_, i) => found[i] === null);
    if (unknown.length > 0) return refuse('unknownMembers', [], unknown);
    codes = codes.filter((c) => found.includes(c));
  }
  return { ok: true, forms: codes.map((code) => describeForm(wb, code, request)) };
}
