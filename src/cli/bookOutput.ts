/**
 * Where a command that rewrites the workbook (rank, lock, unlock) writes it: into a new file
 * beside the input (default `<name>-<suffix>.xlsx`), to `-o <file>`, or with --in-place into
 * the input itself. Naming the input with -o is refused: --in-place must be meant.
 */
import { fail, resolvePath, type Context } from './context';
import { EXIT } from './exitCodes';
import { defaultOutputPath, isSameFile } from './outputPath';

export interface BookTarget {
  input: string;
  output: string;
}

export async function bookTarget(
  ctx: Context,
  cmd: { book: string; output: string | null; inPlace: boolean; json: boolean },
  suffix: string,
): Promise<BookTarget | number> {
  const input = resolvePath(ctx, cmd.book);
  const output = cmd.inPlace ? input : resolvePath(ctx, cmd.output ?? defaultOutputPath(cmd.book, suffix));
  if (!cmd.inPlace && (await isSameFile(input, output))) {
    return fail(ctx, EXIT.usage, 'usage', ctx.s.wouldOverwriteInput(input), cmd.json);
  }
  return { input, output };
}
