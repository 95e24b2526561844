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
import { queueShape } from './workbookShape';
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

export async function writeOutputSheets(descs: readonly SheetDescription[], env: ShellEnv): Promise<void> {
  if (descs.length === 0) return;
  const features = hostFeatures();
  // Written inside the Excel.run callback, read by the recovery below.
  const progress: { plan: WritePlan | null; stage: 'survey' | 'data' | 'swap' } = { plan: null, stage: 'survey' };
  const newIds: (string | undefined)[] = [];
  env.gate.beginWrite();
  try {
    await Excel.run(async (context) => {
      // 1. survey
      const shape = queueShape(context);
      const protection = context.workbook.protection;
      protection.load('protected');
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('id');
      await timedSync(context, env.timeoutMs);
      const now = shape();
      env.gate.learn(now);
      if (protection.protected) throw protectedWorkbook();
      const currentPlan = planWrite(now, descs, active.id);
      progress.plan = currentPlan;

      // 2. data
      progress.stage = 'data';
      const sheets = context.workbook.worksheets;
      const fresh: Excel.Worksheet[] = [];
      const planner = new RequestPlanner(env.budgetBytes, dataPrelude(context, features));
      planner.add({
        bytes: actionBytes() * (currentPlan.leftovers.length + 3 * currentPlan.swaps.length),
        queue() {
          for (const l of currentPlan.leftovers) sheets.getItem(l.id).delete();
          for (const s of currentPlan.swaps) {
            const sheet = sheets.add(s.tempName);
            sheet.visibility = 'Hidden';
            sheet.load('id');
            fresh.push(sheet);
          }
        },
      });
      currentPlan.swaps.forEach((s, k) => planner.addRows(valuesStep(() => fresh[k], s.desc)));
      currentPlan.swaps.forEach((s, k) => {
        for (const step of formatSteps(() => fresh[k], s.desc, features)) planner.add(step);
      });
      let first = true;
      for (const request of planner.plan()) {
        for (const step of request) step.queue();
        await timedSync(context, env.timeoutMs);
        if (first) fresh.forEach((f, k) => (newIds[k] = f.id));
        first = false;
      }
      env.gate.addOurs(newIds);

      // 3. swap
      progress.stage = 'swap';
      queueSwap(context, currentPlan, fresh);
      await timedSync(context, env.timeoutMs);
    });
  } catch (error) {
    const failure = toPortError(error);
    if (progress.stage !== 'survey' && progress.plan !== null) env.gate.addOurs(await recoverWrite(progress.plan, newIds, env.timeoutMs));
    throw failure;
  } finally {
    env.gate.endWrite();
  }
  reportSkipped(descs, features, env);
}
