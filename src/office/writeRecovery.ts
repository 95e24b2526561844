/**
 * Putting the workbook in order after a failed data request of a write (writeOutputs.ts, where the
 * rules are explained): rollback while no output sheet has been touched, forward from this write's
 * complete staging sheets after that — into whatever sheet carries the mark now. Loaded only when
 * a write fails (a chunk of its own).
 */
import { LOG_SHEET, type LogAppend, type PortError } from '../core/index';
import type { ReadCache } from './readCache';
import { runBatch } from './runBatch';
import { excelNameKey } from './sheetMarks';
import type { HostFeatures, ShellEnv } from './shellEnv';
import { stagingInfo } from './stagingNames';
import { timedSync } from './timedSync';
import { queueShape } from './workbookShape';
import { asRead, notOurs, queueLogRow, queueRewrite, sheetByMark, type Target } from './writeOutputs';

type Recovery = { outcome: 'back'; error?: PortError } | { outcome: 'forward'; ids: (string | undefined)[]; done: string[]; logWritten: boolean };

/**
 * Puts the workbook in order after a failed data request (see the file comment): look, then fix,
 * in a fresh Excel.run, up to three times. Touches only this write's staging sheets.
 */
export async function recoverWrite(
  run: string,
  targets: Target[],
  logRow: LogAppend | null,
  logSheet: ReadCache['log'],
  features: HostFeatures,
  env: ShellEnv,
): Promise<Recovery> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await runBatch(async (context): Promise<Recovery> => {
        const sheets = context.workbook.worksheets;
        const shape = queueShape(context);
        const logName = logSheet?.name ?? LOG_SHEET.name;
        const lastLogRow = sheets.getItemOrNullObject(logName).getUsedRangeOrNullObject(true).getLastRow();
        lastLogRow.load('values');
        await timedSync(context, env.timeoutMs);
        const now = shape();
        env.gate.learn(now);
        const mine = now.sheets.filter((s) => stagingInfo(s.name)?.run === run);
        // Nothing of this write is there: it never got as far as the staging sheets — unless every
        // sheet was new and is now in place (only the log row can have failed then).
        const nothing = mine.length === 0 && targets.some((t) => t.sheet !== null || sheetByMark(now, t.mark).sheet === null);
        if (nothing || mine.some((s) => !stagingInfo(s.name)!.ok)) {
          for (const s of mine) sheets.getItem(s.id).delete();
          if (mine.length > 0) await timedSync(context, env.timeoutMs);
          return { outcome: 'back' };
        }
        function logWritten0(): boolean {
          if (!logRow) return true;
          if (!logSheet || lastLogRow.isNullObject) return false;
          const last = (lastLogRow.values as unknown[][])[0] ?? [];
          return JSON.stringify(asRead(logRow.row)) === JSON.stringify(last.slice(0, logRow.row.length));
        }
        const done: string[] = [];
        // A row alone (no sheets): written, or not at all — it is not appended here.
        if (targets.length === 0) return logWritten0() ? { outcome: 'forward', ids: [], done, logWritten: true } : { outcome: 'back' };
        let conflict: PortError | undefined;
        const ids: (string | undefined)[] = [];
        let logWritten = logWritten0();
        targets.forEach((t, k) => {
          const st = mine.find((s) => stagingInfo(s.name)!.k === k);
          const current = sheetByMark(now, t.mark);
          if (!st || stagingInfo(st.name)!.done) {
            if (st) done.push(st.id);
            if (t.isLog && current.sheet) logWritten = true;
            if (current.sheet && current.sheet.name !== t.desc.name) sheets.getItem(current.sheet.id).name = t.desc.name;
            ids.push(current.sheet?.id);
            return;
          }
          const stagingProxy = (): Excel.Worksheet => sheets.getItem(st.id);
          if (current.sheet && current.sheet.id !== st.id) {
            // The sheet exists (ours from before, or just created by a co-author): rewrite it in place.
            if (t.isLog) {
              queueLogRow(context, current.sheet.id, logRow!.row, false);
              logWritten = true;
            } else {
              const target = { ...t, sheet: current.sheet, extent: env.cache?.extents.get(current.sheet.id) ?? t.extent ?? { r0: 0, c0: 0, r1: 199, c1: 49 } };
              for (const step of queueRewrite(() => sheets.getItem(current.sheet!.id), stagingProxy, target, features)) step.queue();
              if (current.sheet.name !== t.desc.name) sheets.getItem(current.sheet.id).name = t.desc.name;
            }
            sheets.getItem(st.id).delete();
            ids.push(current.sheet.id);
            return;
          }
          const holder = now.sheets.find((s) => excelNameKey(s.name) === excelNameKey(t.desc.name));
          if (holder && holder.id !== st.id) {
            sheets.getItem(st.id).delete();
            conflict = notOurs(holder.name);
            ids.push(undefined);
            return;
          }
          if (current.sheet === null) {
            if (current.name) context.workbook.names.getItem(current.name).delete();
            context.workbook.names.add(t.mark, stagingProxy().getRange('A1'));
          }
          stagingProxy().name = t.desc.name;
          stagingProxy().visibility = 'Visible';
          if (t.isLog) logWritten = true;
          ids.push(st.id);
        });
        if (logRow && logSheet && !logWritten) {
          queueLogRow(context, logSheet.id, logRow.row, false);
          logWritten = true;
        }
        await timedSync(context, env.timeoutMs);
        if (conflict) return { outcome: 'back', error: conflict };
        return { outcome: 'forward', ids, done, logWritten };
      }, env.timeoutMs);
    } catch {
      // Try again from a fresh look (a co-author may have changed the workbook meanwhile).
    }
  }
  return { outcome: 'back' };
}
