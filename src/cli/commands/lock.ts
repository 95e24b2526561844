/**
 * `cum-thi-dua lock <book.xlsx> --by "<name>" [--password …]`: the sign-off lock ("Chốt số
 * liệu", src/core/lock). When the check finds no errors, protects the input sheets (with the
 * password when given), records the time, the fingerprint and the chair's name in the run log
 * `Nhật ký`, and writes the workbook (a new file, -o, or --in-place) in one atomic write.
 *
 * Refusals: errors in the workbook → 1 (nothing written); already locked → 1 (unlock first);
 * a sheet `Nhật ký` that is not ours → 1; not a scoring workbook → 2.
 */
import { checkWorkbook, countBySeverity, formatLogTime, lockNote, lockRefusal, lockTargets, signerName, unmarkedLogSheet } from '../../core/index';
import { writeWorkbookFile } from '../../file/nodeFiles';
import { nodePasswordHasher } from '../../file/nodePasswordHasher';
import { protectSheets } from '../../file/sheetProtection';
import { bookTarget } from '../bookOutput';
import { type Context, fail, printJson, progress, readBook, writeOrFail } from '../context';
import { EXIT } from '../exitCodes';
import { appendRunLog } from '../runLog';
import { joinBlocks, problemLines, summaryLine } from '../textReport';

export interface LockCommand {
  book: string;
  by: string;
  password: string | null;
  output: string | null;
  inPlace: boolean;
  json: boolean;
}

export async function runLock(ctx: Context, cmd: LockCommand): Promise<number> {
  const target = await bookTarget(ctx, cmd, 'da-chot');
  if (typeof target === 'number') return target;
  const loaded = await readBook(ctx, target.input, cmd.json);
  if (typeof loaded === 'number') return loaded;

  progress(ctx, ctx.s.checking);
  const report = checkWorkbook(loaded.input);
  const by = signerName(cmd.by);
  switch (lockRefusal(report, loaded.input, by)) {
    case 'notScoring':
      return fail(ctx, EXIT.cannotRead, 'notScoringWorkbook', ctx.s.notScoringWorkbook(target.input), cmd.json);
    case 'errors':
      if (!cmd.json) ctx.io.stdout(joinBlocks([problemLines(report.problems, ctx.lang), [summaryLine(report.problems, ctx.lang)]]));
      return fail(ctx, EXIT.workbookErrors, 'workbookErrors', ctx.s.lockErrors(Math.max(1, countBySeverity(report.problems).error)), cmd.json);
    case 'alreadyLocked':
      return fail(ctx, EXIT.workbookErrors, 'alreadyLocked', ctx.s.alreadyLocked(report.lock?.at ?? '', report.lock?.fingerprint ?? ''), cmd.json);
    case 'logNotOurs':
      return fail(ctx, EXIT.workbookErrors, 'outputSheetNotOurs', ctx.s.logNotOurs(unmarkedLogSheet(loaded.input) ?? ''), cmd.json);
    case 'nameMissing':
      return fail(ctx, EXIT.usage, 'usage', ctx.s.missingSigner, cmd.json);
    case null:
      break;
  }

  const fingerprint = report.fingerprint as string;
  const sheets = lockTargets(loaded.input, report.workbook);
  const withPassword = cmd.password !== null;
  const at = formatLogTime(ctx.io.now());
  progress(ctx, ctx.s.locking);
  await protectSheets(loaded.workbook, sheets, cmd.password ?? undefined, nodePasswordHasher);
  progress(ctx, ctx.s.writing(target.output));
  const failed = await writeOrFail(ctx, cmd.json, async () => {
    appendRunLog(ctx, loaded.workbook, loaded.input, report, 'lock', { by, note: lockNote(sheets.length, withPassword) }, at);
    await writeWorkbookFile(loaded.workbook, target.output);
  });
  if (failed !== null) return failed;

  if (cmd.json) printJson(ctx, { locked: { at, by, fingerprint, sheets, password: withPassword }, output: target.output });
  else ctx.io.stdout(joinBlocks([[ctx.s.locked(at, fingerprint, by, sheets, withPassword)], [ctx.s.written(target.output)]]));
  return EXIT.ok;
}
