/**
 * Writing output sheets and the run's log row (WorkbookPort.writeOutputs, writeSheets, appendLog)
 * in one request, with the layout in a second one that may fail without undoing anything:
 *
 *   data   — each new sheet is written complete to a hidden staging sheet of this write
 *            (`~ctd-<run>-<k>`, stagingNames.ts); then every staging sheet is renamed "-ok"; then
 *            each output sheet that exists is rewritten IN PLACE — its old extent and the new block
 *            copied over from the staging sheet in one action (Range.copyFrom, ExcelApi 1.9; below
 *            it, cleared and written again from the description) — and the staging sheet deleted;
 *            an output sheet written for the first time is the staging sheet itself, given our mark,
 *            its name and made visible; then our sheets this run must not leave behind (`remove`:
 *            marks, src/core/outputSheets.ts staleMarks) are deleted with their marks — found
 *            through the mark only, so a person's sheet is never deleted. Last, the log row goes under the log's last used row,
 *            found by Excel when it runs the request (getRowsBelow), so a co-author's row written
 *            meanwhile is never overwritten. One request unless the 5 MB cap needs the staging
 *            values in chunks (requestBudget.ts).
 *   layout — frozen rows, page setup, notes, drop-down lists, and the shared settings
 *            (workbookState.ts): a failure here is told (notice `layoutFailed`), the data stays.
 *
 * An output sheet keeps its identity: formulas, charts and names that point at `Xếp hạng` or
 * `Tổng hợp điểm` keep pointing at it (Excel does not rebind a reference to a new sheet of the
 * same name, so the shell before issue 12, which replaced the sheet, broke them all).
 *
 * A failure of the data request: Excel keeps the actions before the failing one. Until every
 * staging sheet is "-ok" no output sheet has been touched, so recovery deletes this write's
 * staging sheets (rollback). Once they all are, recovery goes forward from them: copies what is
 * left to copy, names and marks the new sheets, appends the log row if it is not there — into
 * whatever sheet carries the mark NOW, so a co-author who created the output sheets or the log
 * between our read and our write simply gets them rewritten (not an error for either pane).
 * Recovery looks and fixes in a fresh Excel.run (2 round trips, up to 3 times) and touches only
 * this write's staging sheets. Staging sheets abandoned by a pane that closed mid-write are
 * deleted by a later write once they are half an hour old (isAbandoned).
 */
import { LOG_HEADERS, LOG_ROW_FORMAT, LOG_SHEET, PortError, type LogAppend, type SheetDescription } from '../core/index';
import { bounding, rectAddress, type Rect } from './cellAreas';
import { layoutFailed, notesSkipped, pageLayoutSkipped, validationSkipped } from './notices';
import { toPortError } from './officeErrors';
import type { ReadCache } from './readCache';
import { actionBytes, RequestPlanner, type Step } from './requestBudget';
import { runBatch } from './runBatch';
import { blockAddress, formatSteps, skippedFeatures, valuesStep } from './sheetFormat';
import { excelNameKey, isMarkName, marksIn } from './sheetMarks';
import { hostFeatures, type HostFeatures, type ShellEnv } from './shellEnv';
import { isAbandoned, newRunId, stagingName } from './stagingNames';
import { cellInput, cellInputs } from './textGuard';
import { timedSync } from './timedSync';
import type { SheetShape, WorkbookShape } from './workbookShape';
import { NO_STATE, queueSettings } from './workbookState';

export interface OutputRequest {
  sheets: readonly SheetDescription[];
  log: LogAppend | null;
  settings: Record<string, string> | null;
  /** Marks of our output sheets to delete (the sheet each points at, and the mark). */
  remove?: readonly string[];
}

export interface OutputResult {
  /** The log row: 'none' when none was asked. */
  log: 'written' | 'failed' | 'none';
  logError?: unknown;
}

export function protectedWorkbook(): PortError {
  return new PortError(
    'protected',
    'Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm hoặc xóa trang tính. Hãy bỏ bảo vệ (Xem lại › Bảo vệ Sổ làm việc) rồi chạy lại.',
    'The workbook structure is protected, so sheets cannot be added or deleted. Unprotect it (Review › Protect Workbook) and run again.',
  );
}

export function notOurs(name: string): PortError {
  return new PortError(
    'notOurs',
    'Sổ làm việc đã có trang tính “' + name + '” nhưng trang này không do phần bổ trợ tạo ra, nên không thể ghi đè. Hãy đổi tên (hoặc xóa) trang tính đó rồi chạy lại.',
    'The workbook already has a sheet named “' + name + '” that the add-in did not create, so it will not be overwritten. Rename (or delete) that sheet and run again.',
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

/** Checks the descriptions the core handed over: each must be an output sheet with a mark. */
export function checkDescriptions(descs: readonly SheetDescription[]): void {
  const seen = new Set<string>();
  for (const d of descs) {
    if (d.mark === null || !isMarkName(d.mark)) throw new Error('output sheet "' + d.name + '" has no mark');
    const key = excelNameKey(d.name);
    if (seen.has(key)) throw new Error('output sheet "' + d.name + '" given twice');
    seen.add(key);
  }
}

export interface Target {
  desc: SheetDescription;
  mark: string;
  /** The sheet carrying the mark, to be rewritten in place; null when the sheet is new. */
  sheet: SheetShape | null;
  /** Its used range with formats, as the read found it. */
  extent: Rect | null;
  /** The mark as the workbook spells it when it exists but points nowhere (to be replaced). */
  danglingMark: string | null;
  /** This is the run log being created (its first row). */
  isLog: boolean;
}

export function sheetByMark(shape: WorkbookShape, mark: string): { sheet: SheetShape | null; name: string | null } {
  const m = marksIn(shape.names).get(excelNameKey(mark));
  if (!m) return { sheet: null, name: null };
  const sheet = m.sheet === null ? null : shape.sheets.find((s) => excelNameKey(s.name) === excelNameKey(m.sheet as string)) ?? null;
  return { sheet, name: m.name };
}

/** What each description writes to, from the workbook as the last read saw it. Refuses a person's sheet of that name. */
export function planTargets(cache: ReadCache, descs: readonly SheetDescription[]): Target[] {
  checkDescriptions(descs);
  const targets = descs.map((desc): Target => {
    const mark = desc.mark as string;
    const found = sheetByMark(cache.shape, mark);
    return {
      desc,
      mark,
      sheet: found.sheet,
      extent: found.sheet ? cache.extents.get(found.sheet.id) ?? null : null,
      danglingMark: found.sheet === null ? found.name : null,
      isLog: excelNameKey(mark) === excelNameKey(LOG_SHEET.mark),
    };
  });
  const replaced = new Set(targets.flatMap((t) => (t.sheet ? [t.sheet.id] : [])));
  for (const t of targets) {
    const holder = cache.shape.sheets.find((s) => excelNameKey(s.name) === excelNameKey(t.desc.name));
    if (holder && !replaced.has(holder.id)) throw notOurs(holder.name);
  }
  return targets;
}

function block(desc: SheetDescription): Rect {
  const width = desc.values.reduce((w, r) => Math.max(w, r.length), 0);
  return { r0: 0, c0: 0, r1: Math.max(0, desc.values.length - 1), c1: Math.max(0, width - 1) };
}

/** The range to copy (or clear) on an output sheet rewritten in place: its old extent and the new block. */
function rewriteArea(t: Target): string {
  const fresh = block(t.desc);
  return rectAddress(t.extent ? bounding({ r0: 0, c0: 0, r1: t.extent.r1, c1: t.extent.c1 }, fresh) : fresh);
}

/** Queues rewriting `sheet` in place from `staging` (or from the description below ExcelApi 1.9). */
export function queueRewrite(sheet: () => Excel.Worksheet, staging: () => Excel.Worksheet, t: Target, features: HostFeatures): Step[] {
  const area = rewriteArea(t);
  if (features.copyAndAreas) {
    return [
      {
        bytes: actionBytes(area) * 3,
        queue() {
          const dest = sheet().getRange(area);
          dest.unmerge();
          dest.copyFrom(staging().getRange(area), 'All');
        },
      },
      ...formatSteps(sheet, t.desc, features, 'sizes'),
    ];
  }
  const steps: Step[] = [{ bytes: actionBytes(area), queue: () => sheet().getRange(area).clear('All') }];
  const values = valuesStep(sheet, t.desc);
  steps.push({ bytes: values.rowBytes.reduce((a, b) => a + b + 1, 200), queue: () => values.queueRows(0, values.rowBytes.length) });
  steps.push(...formatSteps(sheet, t.desc, features, 'data'));
  return steps;
}

/** Queues the log row under the log's last used row, as Excel finds it when the request runs. */
export function queueLogRow(context: Excel.RequestContext, sheetKey: string, row: LogAppend['row'], atTop: boolean): void {
  const width = LOG_HEADERS.length;
  const line = [...row, ...Array<null>(Math.max(0, width - row.length)).fill(null)].slice(0, Math.max(width, row.length));
  const sheet = context.workbook.worksheets.getItem(sheetKey);
  const rows = atTop ? [LOG_HEADERS as readonly (string | number | null)[], line] : [line];
  const range = atTop
    ? sheet.getRange(blockAddress(0, 2, line.length))
    : sheet.getUsedRange(true).getRowsBelow(1).getEntireRow().getCell(0, 0).getResizedRange(0, line.length - 1);
  // Formats first, values last and in one action: a failed request leaves no half row.
  range.format.font.name = LOG_ROW_FORMAT.font.name;
  range.format.font.size = LOG_ROW_FORMAT.font.size;
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
  range.values = cellInputs(rows);
}

/** The values a row reads back as (blank = ''), to tell whether it is already in the log. */
export const asRead = (row: readonly (string | number | null)[]): unknown[] => row.map((v) => (v === null ? '' : typeof v === 'string' ? String(cellInput(v)).replace(/^'/, '') : v));

interface Written {
  targets: Target[];
  /** The final sheets' ids, by target (new sheets: the staging sheet's id). */
  ids: (string | undefined)[];
  /** Staging sheets copied over, left for the layout request to delete. */
  done: string[];
}

export async function writeOutputs(req: OutputRequest, env: ShellEnv): Promise<OutputResult> {
  const features = hostFeatures();
  // A write without a read before it (not the commands' way): a small read first (writeSurvey.ts).
  const cache = env.cache ?? (await (await import(/* webpackChunkName: "office-extras" */ './writeSurvey')).survey(env));
  if (cache.structureProtected) throw protectedWorkbook();
  const outputs = planTargets(cache, req.sheets);
  const logRow = req.log;
  // The log: appended to the sheet that carries its mark, or created like a new output sheet.
  const logSheet = logRow ? cache.log : null;
  const createLog = logRow !== null && logSheet === null;
  let targets = outputs;
  if (createLog && logRow) {
    try {
      targets = [...outputs, ...planTargets(cache, [logRow.create])];
    } catch (error) {
      // A person's sheet named `Nhật ký`: the results are written, the row is not.
      return finishWithoutLog(await writeOutputs({ ...req, log: null }, env), error);
    }
  }
  const stale = staleTargets(cache, req.remove ?? [], targets);
  if (targets.length === 0 && !logRow && stale.length === 0) return { log: 'none' };

  const run = newRunId();
  const staging: Excel.Worksheet[] = [];
  const written: Written = { targets, ids: [], done: [] };
  env.gate.beginWrite();
  try {
    try {
      await runBatch(async (context) => {
        const sheets = context.workbook.worksheets;
        const planner = new RequestPlanner(env.budgetBytes, dataPrelude(context, features));
        const finalOf = (k: number): Excel.Worksheet => (targets[k].sheet ? sheets.getItem(targets[k].sheet!.id) : staging[k]);
        planner.add({
          bytes: actionBytes() * 3 * targets.length,
          queue() {
            targets.forEach((_, k) => {
              const s = sheets.add(stagingName(run, k));
              s.visibility = 'Hidden';
              s.load('id');
              staging.push(s);
            });
          },
        });
        targets.forEach((t, k) => planner.addRows(valuesStep(() => staging[k], t.desc)));
        targets.forEach((t, k) => {
          for (const step of formatSteps(() => staging[k], t.desc, features, 'data')) planner.add(step);
        });
        // Complete: from here on recovery goes forward.
        planner.add({ bytes: actionBytes() * targets.length, queue: () => targets.forEach((_, k) => (staging[k].name = stagingName(run, k, 'ok'))) });
        // Sheets rewritten in place first (and renamed back when a user renamed one), then the new ones.
        targets.forEach((t, k) => {
          if (!t.sheet) return;
          for (const step of queueRewrite(() => finalOf(k), () => staging[k], t, features)) planner.add(step);
          // Kept until the layout request deletes it: it tells recovery this sheet is done.
          planner.add({ bytes: actionBytes(), queue: () => (staging[k].name = stagingName(run, k, 'done')) });
          if (t.sheet.name !== t.desc.name) planner.add({ bytes: actionBytes(), queue: () => (finalOf(k).name = t.desc.name) });
        });
        targets.forEach((t, k) => {
          if (t.sheet) return;
          planner.add({
            bytes: actionBytes() * 4,
            queue() {
              if (t.danglingMark) context.workbook.names.getItem(t.danglingMark).delete();
              context.workbook.names.add(t.mark, staging[k].getRange('A1'));
              staging[k].name = t.desc.name;
              staging[k].visibility = 'Visible';
            },
          });
        });
        if (stale.length > 0) {
          planner.add({
            bytes: actionBytes() * 2 * stale.length,
            queue() {
              for (const s of stale) {
                context.workbook.names.getItem(s.mark).delete();
                sheets.getItem(s.sheet.id).delete();
              }
            },
          });
        }
        if (logRow && logSheet) {
          planner.add({ bytes: actionBytes(logRow.row) * 6, queue: () => queueLogRow(context, logSheet.id, logRow.row, logSheet.nextRow === 0) });
        }
        for (const request of planner.plan()) {
          for (const step of request) step.queue();
          await timedSync(context, env.timeoutMs);
        }
        written.ids = targets.map((t, k) => t.sheet?.id ?? staging[k].id);
        written.done = targets.flatMap((t, k) => (t.sheet ? [staging[k].id] : []));
      }, env.timeoutMs);
    } catch (error) {
      const failure = toPortError(error);
      // Recovery is needed only after a failure: its code is a chunk of its own (writeRecovery.ts).
      const { recoverWrite } = await import(/* webpackChunkName: "office-extras" */ './writeRecovery');
      const recovered = await recoverWrite(run, targets, logRow, logSheet, features, env);
      if (recovered.outcome === 'back') throw recovered.error ?? failure;
      written.ids = recovered.ids;
      written.done = recovered.done;
      env.gate.addOurs(recovered.ids);
      updateCache(env, written, logRow, logSheet);
      await layoutPhase(written, req, features, env);
      // Whether the stale sheets went before the failure is not known: the next read looks again
      // (a stale sheet that survived goes on the next run).
      if (stale.length > 0) env.cache = null;
      return recovered.logWritten ? { log: logRow ? 'written' : 'none' } : { log: 'failed', logError: failure };
    }
    env.gate.addOurs(written.ids);
    updateCache(env, written, logRow, logSheet);
    forgetRemoved(env, stale);
    await layoutPhase(written, req, features, env);
    return { log: logRow ? 'written' : 'none' };
  } finally {
    env.gate.endWrite();
    reportSkipped(req.sheets, features, env);
  }
}

/** A sheet to delete: found through our mark (as the workbook spells it), and not one this write rewrites. */
interface StaleTarget {
  mark: string;
  sheet: SheetShape;
}

export function staleTargets(cache: ReadCache, remove: readonly string[], targets: readonly Target[]): StaleTarget[] {
  const rewritten = new Set(targets.flatMap((t) => (t.sheet ? [t.sheet.id] : [])));
  const out: StaleTarget[] = [];
  for (const mark of remove) {
    const found = sheetByMark(cache.shape, mark);
    if (found.sheet && found.name && !rewritten.has(found.sheet.id) && !out.some((s) => s.sheet.id === found.sheet!.id)) out.push({ mark: found.name, sheet: found.sheet });
  }
  return out;
}

/** The deleted sheets and their marks leave the cache, so that the next read still takes one round trip. */
function forgetRemoved(env: ShellEnv, stale: readonly StaleTarget[]): void {
  const cache = env.cache;
  if (!cache || stale.length === 0) return;
  const ids = new Set(stale.map((s) => s.sheet.id));
  const marks = new Set(stale.map((s) => excelNameKey(s.mark)));
  for (const id of ids) cache.extents.delete(id);
  cache.shape = {
    sheets: cache.shape.sheets.filter((s) => !ids.has(s.id)),
    names: cache.shape.names.filter((n) => !marks.has(excelNameKey(n.name))),
  };
}

function finishWithoutLog(result: OutputResult, error: unknown): OutputResult {
  return { ...result, log: 'failed', logError: error };
}

/** What the write changed, so that the next read still takes one round trip. */
function updateCache(env: ShellEnv, written: Written, logRow: LogAppend | null, logSheet: ReadCache['log']): void {
  const cache = env.cache;
  if (!cache) return;
  // Sheets renamed back to their output name (a user had renamed them).
  const sheets = cache.shape.sheets.map((s) => {
    const t = written.targets.find((x) => x.sheet?.id === s.id);
    return t ? { ...s, name: t.desc.name } : s;
  });
  let names = [...cache.shape.names];
  written.targets.forEach((t, k) => {
    const id = written.ids[k];
    if (id === undefined) return;
    const area = block(t.desc);
    cache.extents.set(id, area);
    if (t.sheet) return;
    sheets.push({ id, name: t.desc.name, position: sheets.length, visible: true });
    names = names.filter((n) => excelNameKey(n.name) !== excelNameKey(t.mark));
    names.push({ name: t.mark, formula: "='" + t.desc.name.replace(/'/g, "''") + "'!$A$1" });
    if (t.isLog) {
      cache.extents.delete(id);
      cache.log = { id, name: t.desc.name, nextRow: t.desc.values.length };
      cache.grids.set(id, { name: t.desc.name, values: t.desc.values, top: 0, left: 0 });
    }
  });
  if (logRow && logSheet && cache.log) cache.log = { ...cache.log, nextRow: Math.max(cache.log.nextRow, logSheet.nextRow === 0 ? 2 : logSheet.nextRow + 1) };
  cache.shape = { sheets, names };
}

/** Layout, shared settings and the cleanup of abandoned staging sheets: best effort, never undoing the data. */
async function layoutPhase(written: Written, req: OutputRequest, features: HostFeatures, env: ShellEnv): Promise<void> {
  const cache = env.cache;
  const hasLayout = (d: SheetDescription): boolean =>
    d.freezeRows > 0 || ((features.pageLayout || features.gridlines) && d.pageSetup !== null) || (features.notes && d.notes.length > 0) || (features.validation && d.validations.length > 0);
  const layout = written.targets.flatMap((t, k) => {
    const id = written.ids[k];
    return id !== undefined && hasLayout(t.desc) ? [{ t, id }] : [];
  });
  const settings = req.settings && Object.keys(req.settings).length > 0 ? req.settings : null;
  const abandoned = (cache?.shape.sheets ?? []).filter((s) => isAbandoned(s.name));
  if (layout.length > 0 || settings || written.done.length > 0) {
    try {
      await runBatch(async (context) => {
        for (const id of written.done) context.workbook.worksheets.getItem(id).delete();
        for (const { t, id } of layout) {
          const sheet = context.workbook.worksheets.getItem(id);
          for (const step of formatSteps(() => sheet, t.desc, features, 'layout')) step.queue();
        }
        if (settings && cache) cache.state = queueSettings(context, cache.state ?? NO_STATE, settings);
        await timedSync(context, env.timeoutMs);
      }, env.timeoutMs);
    } catch (error) {
      if (layout.length > 0) env.notify(layoutFailed(layout.map((x) => x.t.desc.name), toPortError(error)));
      if (written.done.length > 0) await deleteSheets(written.done, env);
    }
  }
  if (abandoned.length > 0 && (await deleteSheets(abandoned.map((s) => s.id), env)) && cache) {
    cache.shape = { ...cache.shape, sheets: cache.shape.sheets.filter((s) => !abandoned.includes(s)) };
  }
}

/** Deletes our own hidden sheets, best effort: another pane may have removed them first; a later write tries again. */
async function deleteSheets(ids: readonly string[], env: ShellEnv): Promise<boolean> {
  try {
    await runBatch(async (context) => {
      for (const id of ids) context.workbook.worksheets.getItem(id).delete();
      await timedSync(context, env.timeoutMs);
    }, env.timeoutMs);
    return true;
  } catch {
    return false;
  }
}
