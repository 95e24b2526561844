/**
 * Gathering member forms in Excel (WorkbookPort.fillInputCells, docs/phieu-cham.md): the one
 * write of the add-in into input sheets, made only after the pane showed the plan and the user
 * confirmed it. Values only (`range.values` of each cell: the cell keeps its format).
 *
 * Round trips:
 *   1. look — the protection of every sheet to write (a protected sheet refuses everything here,
 *      before any value is written: PortError 'protected');
 *   2. write — every value (one range per run of cells down a column), then the log rows under
 *      the log's last used row as Excel finds it (writeOutputs.ts, queueLogRow), in one request
 *      (+1 per extra 4 MB of a very large gathering, requestBudget.ts);
 *   +2 the first time, when the workbook has no log yet: it is created like an output sheet with
 *      all the rows (writeOutputs), after the values;
 *   +2 before all, when no read came before in this pane: where the log ends (writeSurvey.ts).
 * The log is taken as Excel has it at the write, not as the core saw it: a log a co-author made
 * or deleted since the preview still gets every row.
 * A request that fails part-way may leave some values written (Excel keeps the actions before the
 * failing one); gathering the same forms again is safe: a value already there is "the same".
 */
import { describeLogSheet, PortError, type InputFill } from '../core/index';
import { rectAddress } from './cellAreas';
import { actionBytes, RequestPlanner } from './requestBudget';
import { runBatch } from './runBatch';
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { queueLogRow, writeOutputs } from './writeOutputs';

export function sheetsProtected(sheets: readonly string[]): PortError {
  const list = sheets.map((s) => '“' + s + '”').join(', ');
  return new PortError(
    'protected',
    `Trang ${list} đang được bảo vệ nên không ghi được điểm của phiếu. Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thu lại. Chưa ghi gì vào sổ.`,
    `The sheet(s) ${list} are protected, so the forms' scores cannot be written. Unprotect them (Review › Unprotect Sheet) and gather again. Nothing was written.`,
  );
}

/** The cells as runs down one column (consecutive rows): one range write each. */
function columnRuns(cells: InputFill['cells']): { sheet: string; address: string; values: number[][] }[] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: { sheet: string; col: number; row: number; values: number[][] }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === c.sheet && last.col === c.col && last.row + last.values.length === c.row) last.values.push([c.value]);
    else runs.push({ sheet: c.sheet, col: c.col, row: c.row, values: [[c.value]] });
  }
  return runs.map((r) => ({ sheet: r.sheet, address: rectAddress({ r0: r.row, c0: r.col, r1: r.row + r.values.length - 1, c1: r.col }), values: r.values }));
}

export async function fillInputCells(fill: InputFill, env: ShellEnv): Promise<void> {
  const names = [...new Set(fill.cells.map((c) => c.sheet))];
  // Where the log is now, not where it was when the core planned: a write without a read before
  // it surveys first (as writeOutputs does), and a co-author may have made or removed the log since.
  const cache = env.cache ?? (await (await import(/* webpackChunkName: "office-extras" */ './writeSurvey')).survey(env));
  const log = cache.log;
  // Every row, whichever way the core gave them (src/core/forms/gatherLog.ts): one append whose
  // `create` holds them all when it saw no log, else one append per row.
  const all = fill.log.length === 1 ? fill.log[0].create.values.slice(1) : fill.log.map((a) => a.row);
  const rows = log ? all : [];
  env.gate.beginWrite();
  try {
    await runBatch(async (context) => {
      const sheets = context.workbook.worksheets;
      const states = names.map((n) => {
        const p = sheets.getItem(n).protection;
        p.load('protected');
        return p;
      });
      await timedSync(context, env.timeoutMs);
      const locked = names.filter((_, i) => states[i].protected);
      if (locked.length > 0) throw sheetsProtected(locked);
      // Values first, the log rows last; split only when a very large gathering passes the 5 MB cap.
      const planner = new RequestPlanner(env.budgetBytes);
      for (const run of columnRuns(fill.cells))
        planner.add({ bytes: actionBytes(run.values), queue: () => void (sheets.getItem(run.sheet).getRange(run.address).values = run.values) });
      rows.forEach((row, i) => planner.add({ bytes: actionBytes(row) * 6, queue: () => queueLogRow(context, log!.id, row, i === 0 && log!.nextRow === 0) }));
      for (const request of planner.plan()) {
        if (request.length === 0) continue;
        for (const step of request) step.queue();
        await timedSync(context, env.timeoutMs);
      }
    }, env.timeoutMs);
  } finally {
    env.gate.endWrite();
  }
  if (log) cache.log = { ...log, nextRow: log.nextRow + rows.length + (log.nextRow === 0 && rows.length > 0 ? 1 : 0) };
  if (!log && all.length > 0) {
    const r = await writeOutputs({ sheets: [], log: { ...fill.log[0], row: all[0], create: describeLogSheet(all) }, settings: null }, env);
    if (r.log === 'failed') throw r.logError;
  }
}
