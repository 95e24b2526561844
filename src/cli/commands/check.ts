/** `cum-thi-dua check <book.xlsx>`: every problem of the workbook, nothing written. */
import { checkWorkbook, hasErrors } from '../../core/index';
import { type Context, printJson, progress, readBook, resolvePath } from '../context';
import { EXIT } from '../exitCodes';
import { checkJson } from '../jsonReport';
import { headerLines, joinBlocks, problemLines, summaryLine } from '../textReport';

export async function runCheck(ctx: Context, cmd: { book: string; json: boolean }): Promise<number> {
  const file = resolvePath(ctx, cmd.book);
  const loaded = await readBook(ctx, file, cmd.json);
  if (typeof loaded === 'number') return loaded;

  progress(ctx, ctx.s.checking);
  const report = checkWorkbook(loaded.input);
  if (cmd.json) printJson(ctx, checkJson(report, ctx.lang));
  else ctx.io.stdout(joinBlocks([headerLines(report, ctx.lang), problemLines(report.problems, ctx.lang), [summaryLine(report.problems, ctx.lang)]]));

  if (report.notScoringWorkbook) {
    ctx.io.stderr(ctx.s.notScoringWorkbook(file) + '\n');
    return EXIT.cannotRead;
  }
  return hasErrors(report.problems) ? EXIT.workbookErrors : EXIT.ok;
}
