/**
 * `cum-thi-dua unlock <book.xlsx> [--password …] [--by "<name>"]`: "Mở khóa". Removes the
 * protection the lock put on the input sheets and records the unlock in the run log, in one
 * atomic write. A wrong (or missing) password unlocks nothing: a clear sentence and exit 1.
 * A workbook that is not locked: exit 1, nothing written.
 */
import { checkWorkbook, formatLogTime, lockTargets, signerName, unlockNote, unlockRefusal, unmarkedLogSheet } from '../../core/index';
import { WrongPasswordError } from '../../file/errors';
import { writeWorkbookFile } from '../../file/nodeFiles';
import { nodePasswordHasher } from '../../file/nodePasswordHasher';
import { unprotectSheets } from '../../file/sheetProtection';
import { bookTarget } from '../bookOutput';
import { type Context, fail, printJson, progress, readBook, writeOrFail } from '../context';
import { EXIT } from '../exitCodes';
import { appendRunLog } from '../runLog';
import { joinBlocks } from '../textReport';

export interface UnlockCommand {
  book: string;
  by: string | null;
  password: string | null;
  output: string | null;
  inPlace: boolean;
  json: boolean;
}

export async function runUnlock(ctx: Context, cmd: UnlockCommand): Promise<number> {
  const target = await bookTarget(ctx, cmd, 'mo-khoa');
  if (typeof target === 'number') return target;
  const loaded = await readBook(ctx, target.input, cmd.json);
  if (typeof loaded === 'number') return loaded;

  progress(ctx, ctx.s.checking);
  const report = checkWorkbook(loaded.input);
  switch (unlockRefusal(report, loaded.input)) {
    case 'notLocked':
      return fail(ctx, EXIT.workbookErrors, 'notLocked', ctx.s.notLocked, cmd.json);
    case 'logNotOurs':
      return fail(ctx, EXIT.workbookErrors, 'outputSheetNotOurs', ctx.s.logNotOurs(unmarkedLogSheet(loaded.input) ?? ''), cmd.json);
    case null:
      break;
  }

  const sheets = lockTargets(loaded.input, report.workbook);
  const at = formatLogTime(ctx.io.now());
  progress(ctx, ctx.s.unlocking);
  let unlocked: string[];
  try {
    unlocked = await unprotectSheets(loaded.workbook, sheets, cmd.password ?? undefined, nodePasswordHasher);
  } catch (e) {
    if (e instanceof WrongPasswordError) return fail(ctx, EXIT.workbookErrors, 'wrongPassword', e.sentences[ctx.lang], cmd.json);
    throw e;
  }
  const by = cmd.by === null ? undefined : signerName(cmd.by);
  progress(ctx, ctx.s.writing(target.output));
  const failed = await writeOrFail(ctx, cmd.json, async () => {
    appendRunLog(ctx, loaded.workbook, loaded.input, report, 'unlock', { by, note: unlockNote(unlocked.length) }, at);
    await writeWorkbookFile(loaded.workbook, target.output);
  });
  if (failed !== null) return failed;

  if (cmd.json) printJson(ctx, { unlocked: { at, by: by ?? null, sheets: unlocked }, output: target.output });
  else ctx.io.stdout(joinBlocks([[ctx.s.unlocked(unlocked)], [ctx.s.written(target.output)]]));
  return EXIT.ok;
}
