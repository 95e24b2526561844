/**
 * "Phiếu chấm" in the pane (docs/phieu-cham.md), free of React and Office.js like the other
 * commands (commands.ts):
 *
 * - Phát phiếu chấm: read the workbook, let the core describe each member's form (issueForms),
 *   and build each .xlsx here, in the page, with the file engine (src/file/forms). Office.js
 *   cannot write files, so the add-in offers the forms as downloads — the same files the command
 *   line writes — and the web page as one .zip besides.
 * - Thu phiếu chấm: read the chosen form files and the workbook, let the core plan the gathering
 *   (planGather) and show it; only when the user confirms, read the workbook again and, if the
 *   plan is still the one shown, write through the port (fillInputCells: values into input
 *   sheets, one `Nhật ký` row per form). A plan that changed meanwhile (a co-author typed a score)
 *   is shown again instead of being written.
 *
 * This module and the file engine are loaded with the "Phiếu chấm" view, on demand.
 */
import { checkWorkbook, formatComputedAt, formatLogTime, type CheckReport, type Problem, type WorkbookInput, type WorkbookPort } from '../core/index';
import { applyWrites, gatherLogAppends, gatherLogRows, issueForms, planGather, type FormFile, type FormsRefusal, type GatherPlan } from '../core/forms/index';
import { WorkbookFileError } from '../file/errors';
import { readFormInput } from '../file/forms/applyGather';
import { zipFiles } from '../file/forms/formsZip';
import { formBytes } from '../file/forms/writeForm';
import { yieldToHost } from './commands';
import type { CommandDeps } from './deps';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

type Deps = Pick<CommandDeps, 'checkWorkbook' | 'onProgress' | 'now'>;

/**
 * Reads the workbook and checks it here, in full: the forms are prefilled from, and gathered
 * against, every score the book holds, and the file mode's worker sends its own check to the page
 * without the score grids (src/web/pageReport.ts). Not the pane's deps.checkWorkbook for that reason.
 */
async function readAndCheckFully(port: WorkbookPort, deps: Deps): Promise<{ input: WorkbookInput; report: CheckReport }> {
  deps.onProgress?.('read');
  await yieldToHost();
  const input = await port.readInput();
  deps.onProgress?.('check');
  await yieldToHost();
  return { input, report: checkWorkbook(input) };
}

export interface IssuedForm {
  member: string;
  name: string;
  file: NamedBytes;
  inputs: number;
  prefilled: number;
}

export type IssueOutcome =
  | { ok: true; forms: IssuedForm[]; zip: NamedBytes; deadline: string | null }
  | { ok: false; refusal: FormsRefusal; problems: Problem[]; unknown: string[] };

/** "phieu-cham-2022.zip". */
export const zipName = (year: number): string => `phieu-cham-${year}.zip`;

export async function issueMemberForms(port: WorkbookPort, deps: Deps, request: { deadline: string | null; members?: string[] }): Promise<IssueOutcome> {
  const { report } = await readAndCheckFully(port, deps);
  const now = (deps.now ?? (() => new Date()))();
  const result = issueForms(report, { ...request, issuedAt: formatComputedAt(now) });
  if (!result.ok) return result;
  deps.onProgress?.('write');
  const forms: IssuedForm[] = [];
  for (const f of result.forms) {
    await yieldToHost();
    forms.push({ member: f.member, name: f.memberName, file: { name: f.fileName, bytes: await formBytes(f, now) }, inputs: f.inputs, prefilled: f.prefilled });
  }
  const year = report.workbook?.settings.year ?? now.getFullYear();
  const zip = { name: zipName(year), bytes: zipFiles(forms.map((f) => f.file), now) };
  return { ok: true, forms, zip, deadline: request.deadline };
}

export interface GatherPreview {
  plan: GatherPlan;
  /** Chosen files the engine cannot read as workbooks, with the reason in both languages. */
  unreadable: { file: string; vi: string; en: string }[];
  /** The workbook as read for this plan (the log rows are appended to its log). */
  input: WorkbookInput;
}

/** True when the preview may be written: no refusal, every file read. */
export const canGather = (p: GatherPreview): boolean => p.plan.refusal === null && p.unreadable.length === 0;

export async function previewGather(port: WorkbookPort, deps: Deps, files: readonly NamedBytes[], replace: boolean): Promise<GatherPreview> {
  const { input, report } = await readAndCheckFully(port, deps);
  const forms: FormFile[] = [];
  const unreadable: GatherPreview['unreadable'] = [];
  for (const f of files) {
    await yieldToHost();
    try {
      forms.push({ file: f.name, input: await readFormInput(f.bytes, f.name) });
    } catch (e) {
      if (!(e instanceof WorkbookFileError)) throw e;
      unreadable.push({ file: f.name, vi: e.sentences.vi, en: e.sentences.en });
    }
  }
  return { plan: planGather({ input, report }, forms, { replace }), unreadable, input };
}

/** What the user saw, to tell whether a plan made again is the same: the cells, their values, the refusals. */
function signature(p: GatherPreview): string {
  return JSON.stringify([
    p.plan.refusal,
    p.unreadable.map((u) => u.file),
    p.plan.forms.map((f) => [f.file, f.accepted, f.fills.map((c) => [c.sheet, c.cell, c.value]), f.conflicts.map((c) => [c.sheet, c.cell, c.old, c.value])]),
    p.plan.writes,
  ]);
}

export type GatherOutcome =
  /** Written: the values and one log row per form. */
  | { kind: 'done'; preview: GatherPreview; cells: number; fingerprint: string | null }
  /** The plan made again differs from the one shown: nothing written, the new one to be shown. */
  | { kind: 'changed'; preview: GatherPreview }
  /** The plan made again is refused (the workbook was locked meanwhile…): nothing written. */
  | { kind: 'refused'; preview: GatherPreview }
  /** This host cannot write into input sheets. */
  | { kind: 'unsupported' };

/** Writes the gathering the user confirmed, after checking that the plan is still the one shown. */
export async function runGather(port: WorkbookPort, deps: Deps, files: readonly NamedBytes[], shown: GatherPreview): Promise<GatherOutcome> {
  if (!port.fillInputCells) return { kind: 'unsupported' };
  const preview = await previewGather(port, deps, files, shown.plan.replace);
  if (!canGather(preview)) return { kind: 'refused', preview };
  if (signature(preview) !== signature(shown)) return { kind: 'changed', preview };
  const { plan, input } = preview;
  const after = deps.checkWorkbook(applyWrites(input, plan.writes));
  const rows = gatherLogRows(plan, after, formatLogTime((deps.now ?? (() => new Date()))()));
  deps.onProgress?.('write');
  await yieldToHost();
  await port.fillInputCells({ cells: plan.writes, log: gatherLogAppends(input, rows) });
  return { kind: 'done', preview, cells: plan.writes.length, fingerprint: after.fingerprint };
}
