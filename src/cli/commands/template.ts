/**
 * `cum-thi-dua template <new.xlsx>`: a blank scoring workbook with the input sheets laid out
 * for a cluster (the layout itself is the core's describeTemplate). Never overwrites a file.
 */
import { loadTemplate } from '../../core/index';
import { writeWorkbookFile } from '../../file/nodeFiles';
import { applySheetDescriptions, newWorkbook } from '../../file/writeXlsx';
import type { MemberArg } from '../args';
import { type Context, progress, resolvePath, writeOrFail } from '../context';
import { EXIT } from '../exitCodes';

export interface TemplateCommand {
  output: string;
  name: string | null;
  year: number | null;
  members: MemberArg[] | null;
}

export async function runTemplate(ctx: Context, cmd: TemplateCommand): Promise<number> {
  const output = resolvePath(ctx, cmd.output);
  const now = ctx.io.now();
  const { describeTemplate } = await loadTemplate();
  const sheets = describeTemplate({
    clusterName: cmd.name ?? '',
    year: cmd.year ?? now.getFullYear(),
    members: cmd.members ?? [],
  });
  const workbook = newWorkbook(now);
  applySheetDescriptions(workbook, sheets);
  progress(ctx, ctx.s.writing(output));
  const failed = await writeOrFail(ctx, false, () => writeWorkbookFile(workbook, output, { overwrite: false }));
  if (failed !== null) return failed;
  ctx.io.stdout(ctx.s.templateWritten(output) + '\n');
  return EXIT.ok;
}
