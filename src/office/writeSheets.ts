/**
 * Writing output sheets (WorkbookPort.writeSheets) with a fixed number of round trips:
 *
 *   1. survey — sheets, defined names, workbook protection and the active sheet, in one load;
 *   2. data — every new sheet added hidden under a temporary name, the values as whole blocks,
 *      then all formats, in one request; a further request only for each extra chunk when the
 *      estimate exceeds the request budget (Excel on the web refuses requests over 5 MB);
 *   3. swap — old sheets step aside, new ones take their names, places and marks, old ones go.
 *
 * So a write costs 3 syncs + 1 per extra chunk, whatever the size of the workbook. A failure in
 * 2 or 3 adds recovery's 2 (look, fix; see recovery.ts). No undo grouping: deleting a sheet is
 * not undoable in Excel, and `mergeUndoGroup` (ExcelApi 1.20) throws UndoNotSupported for a
 * group that contains one, so a write clears the user's undo stack like any sheet deletion.
 */
import { PortError } from '../core/port';
import type { SheetDescription } from '../core/sheet';
import { notesSkipped, pageLayoutSkipped, validationSkipped } from './notices';
import { toPortError } from './officeErrors';
import { recoverWrite } from './recovery';
import { actionBytes, RequestPlanner, type Step } from './requestBudget';
import { formatSteps, skippedFeatures, valuesStep } from './sheetFormat';
import { hostFeatures, type HostFeatures, type ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { queueShape, type WorkbookShape } from './workbookShape';
import { planWrite, type WritePlan } from './writePlan';

export function protectedWorkbook(): PortError {
  return new PortError(
    'protected',
    'Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm hoặc xóa trang tính. Hãy bỏ bảo vệ (Xem lại › Bảo vệ Sổ làm việc) rồi chạy lại.',
    'The workbook structure is protected, so sheets cannot be added or deleted. Unprotect it (Review › Protect Workbook) and run again.',
  );
}

/** Steps repeated at the start of each data request: they last only until the next sync. */
export function dataPrelude(context: Excel.RequestContext, features: HostFeatures): Step[] {
  const prelude: Step[] = [];
  if (features.suspendCalculation) prelude.push({ bytes: actionBytes(), queue: () => context.application.suspendApiCalculationUntilNextSync() });
  if (features.screenUpdating) prelude.push({ bytes: actionBytes(), queue: () => context.application.suspendScreenUpdatingUntilNextSync() });
  return prelude;
}

/** Tells the user what this host could not do for these sheets. */
export function reportSkipped(descs: readonly SheetDescription[], features: HostFeatures, env: ShellEnv): void {
  const skipped = skippedFeatures(descs, features);
  if (skipped.pageLayout.length > 0) env.notify(pageLayoutSkipped(skipped.pageLayout));
  if (skipped.notes.length > 0) env.notify(notesSkipped(skipped.notes));
  if (skipped.validation.length > 0) env.notify(validationSkipped(skipped.validation));
}

function queueSwap(context: Excel.RequestContext, plan: WritePlan, fresh: readonly Excel.Worksheet[]): void {
  const sheets = context.workbook.worksheets;
  const olds = plan.swaps.map((s) => (s.old ? sheets.getItem(s.old.id) : null));
  plan.swaps.forEach((s, k) => {
    const old = olds[k];
    if (old) old.name = s.awayName;
  });
  plan.swaps.forEach((s, k) => {
    fresh[k].name = s.desc.name;
    fresh[k].visibility = 'Visible';
  });
  for (const m of plan.moves) fresh[m.swap].position = m.position;
  plan.swaps.forEach((s, k) => {
    if (s.existingMark !== null) context.workbook.names.getItem(s.existingMark).delete();
    context.workbook.names.add(s.mark, fresh[k].getRange('A1'));
  });
  for (const old of olds) if (old) old.delete();
  if (plan.activate !== null) fresh[plan.activate].activate();
}

/** How far a write got: written inside the Excel.run callback, read by the recovery. */
export interface WriteProgress {
  plan: WritePlan | null;
  stage: 'survey' | 'data' | 'swap';
  /** Ids of the new sheets, by swap, once the first data request has answered. */
  newIds: (string | undefined)[];
}

/**
 * Runs a write (`run` makes its own Excel.run) with the event gate closed, and on failure
 * after the survey puts the workbook back in order (recovery.ts) before rethrowing as a
 * PortError. Shared by writeSheets and the creation of the run log (appendLog.ts).
 */
export async function guardedWrite(env: ShellEnv, run: (progress: WriteProgress) => Promise<void>): Promise<void> {
  const progress: WriteProgress = { plan: null, stage: 'survey', newIds: [] };
  env.gate.beginWrite();
  try {
    await run(progress);
  } catch (error) {
    const failure = toPortError(error);
    if (progress.stage !== 'survey' && progress.plan !== null) env.gate.addOurs(await recoverWrite(progress.plan, progress.newIds, env.timeoutMs));
    throw failure;
  } finally {
    env.gate.endWrite();
  }
}

/**
 * Stages 2 (data) and 3 (swap) of a write whose plan the caller made from a survey in the same
 * Excel.run: 2 syncs plus 1 per extra chunk of the request budget.
 */
export async function writePlanned(context: Excel.RequestContext, plan: WritePlan, features: HostFeatures, env: ShellEnv, progress: WriteProgress): Promise<void> {
  progress.plan = plan;
  progress.stage = 'data';
  const sheets = context.workbook.worksheets;
  const fresh: Excel.Worksheet[] = [];
  const planner = new RequestPlanner(env.budgetBytes, dataPrelude(context, features));
  planner.add({
    bytes: actionBytes() * (plan.leftovers.length + 3 * plan.swaps.length),
    queue() {
      for (const l of plan.leftovers) sheets.getItem(l.id).delete();
      for (const s of plan.swaps) {
        const sheet = sheets.add(s.tempName);
        sheet.visibility = 'Hidden';
        sheet.load('id');
        fresh.push(sheet);
      }
    },
  });
  plan.swaps.forEach((s, k) => planner.addRows(valuesStep(() => fresh[k], s.desc)));
  plan.swaps.forEach((s, k) => {
    for (const step of formatSteps(() => fresh[k], s.desc, features)) planner.add(step);
  });
  let first = true;
  for (const request of planner.plan()) {
    for (const step of request) step.queue();
    await timedSync(context, env.timeoutMs);
    if (first) fresh.forEach((f, k) => (progress.newIds[k] = f.id));
    first = false;
  }
  env.gate.addOurs(progress.newIds);

  // 3. swap
  progress.stage = 'swap';
  queueSwap(context, plan, fresh);
  await timedSync(context, env.timeoutMs);
}

/** What every write surveys first, in one request: sheets, names, structure protection, active sheet. */
export function queueSurvey(context: Excel.RequestContext): () => { now: WorkbookShape; activeId: string } {
  const shape = queueShape(context);
  const protection = context.workbook.protection;
  protection.load('protected');
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('id');
  return () => {
    if (protection.protected) throw protectedWorkbook();
    return { now: shape(), activeId: active.id };
  };
}

export async function writeOutputSheets(descs: readonly SheetDescription[], env: ShellEnv): Promise<void> {
  if (descs.length === 0) return;
  const features = hostFeatures();
  await guardedWrite(env, (progress) =>
    Excel.run(async (context) => {
      // 1. survey
      const survey = queueSurvey(context);
      await timedSync(context, env.timeoutMs);
      const { now, activeId } = survey();
      env.gate.learn(now);
      // 2. data, 3. swap
      await writePlanned(context, planWrite(now, descs, activeId), features, env, progress);
    }),
  );
  reportSkipped(descs, features, env);
}
