/**
 * `cum-thi-dua rank <book.xlsx>`: check, rank, and write the input workbook plus the output
 * sheets to a new file (or, with --in-place, into the input). A workbook with errors gets no
 * result file at all. The run is recorded in the run log `Nhật ký` of the file written
 * (src/cli/runLog.ts); on a locked workbook whose data changed since, stderr says so too.
 */
import { countBySeverity, describeLock, formatComputedAt, hasErrors, OUTPUT_SHEETS, outputKeys, outputSheet, pendingFormsRound, rankWorkbook, staleMarks } from '../../core/index';
import { writeWorkbookFile } from '../../file/nodeFiles';
import { applySheetDescriptions } from '../../file/writeXlsx';
import { bookTarget } from '../bookOutput';
import { type Context, printJson, progress, readBook, writeOrFail } from '../context';
import { EXIT } from '../exitCodes';
import { rankJson } from '../jsonReport';
import { appendRunLog } from '../runLog';
import { headerLines, joinBlocks, nominationLines, problemLines, rankingLines, summaryLine } from '../textReport';

export interface RankCommand {
  book: string;
  output: string | null;
  inPlace: boolean;
  json: boolean;
}

export async function runRank(ctx: Context, cmd: RankCommand): Promise<number> {
  const target = await bookTarget(ctx, cmd, 'ket-qua');
  if (typeof target === 'number') return target;
  const { input, output } = target;

  const loaded = await readBook(ctx, input, cmd.json);
  if (typeof loaded === 'number') return loaded;

  progress(ctx, ctx.s.checking);
  progress(ctx, ctx.s.ranking);
  const report = rankWorkbook(loaded.input, { computedAt: formatComputedAt(ctx.io.now()) });
  const blocked = report.notScoringWorkbook || hasErrors(report.problems) || report.results === null;

  let written: string | null = null;
  if (!blocked) {
    progress(ctx, ctx.s.writing(output));
    const failed = await writeOrFail(ctx, cmd.json, async () => {
      // Every output sheet is described, so any of ours this run did not produce goes (a
      // submission from a vote that is pending again, v1's nomination sheet).
      applySheetDescriptions(loaded.workbook, report.sheets, staleMarks(OUTPUT_SHEETS.map((s) => s.key), outputKeys(report.sheets)));
      appendRunLog(ctx, loaded.workbook, loaded.input, report, 'rank');
      await writeWorkbookFile(loaded.workbook, output);
    });
    if (failed !== null) return failed;
    written = output;
  }

  const forms = report.results ? pendingFormsRound(report.results) : null;
  if (cmd.json) {
    printJson(ctx, rankJson(report, ctx.lang, written, report.sheets.map((s) => s.name)));
  } else {
    ctx.io.stdout(
      joinBlocks([
        headerLines(report, ctx.lang),
        rankingLines(report, ctx.lang),
        nominationLines(report, ctx.lang),
        problemLines(report.problems, ctx.lang),
        [summaryLine(report.problems, ctx.lang)],
        written ? [ctx.s.written(written)] : [],
        written && forms ? [ctx.s.ballotFormsWritten(forms.round, outputSheet('ballotForms').name)] : [],
      ]),
    );
  }

  if (report.notScoringWorkbook) {
    ctx.io.stderr(ctx.s.notScoringWorkbook(input) + '\n');
    return EXIT.cannotRead;
  }
  if (blocked) {
    ctx.io.stderr(ctx.s.errorsNoOutput(countBySeverity(report.problems).error) + '\n');
    return EXIT.workbookErrors;
  }
  // The printed sheets say it in red; the terminal says it too (the exit code stays 0: ranked).
  const lock = describeLock(report.lock, report.fingerprint, ctx.lang);
  if (lock?.mismatch) ctx.io.stderr(lock.text + '\n');
  return EXIT.ok;
}
