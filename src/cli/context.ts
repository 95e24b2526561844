/** What every command receives: the process, the language, and a few shared steps. */
import * as path from 'path';
import { OutputSheetNotOursError, OutputWriteError, WorkbookFileError } from '../file/errors';
import type { LoadedWorkbook } from '../file/readXlsx';
import { EXIT } from './exitCodes';
import type { CliIo } from './io';
import { STRINGS, type Lang, type Strings } from './strings';

export interface Context {
  io: CliIo;
  lang: Lang;
  s: Strings;
  debug: boolean;
}

export function makeContext(io: CliIo, lang: Lang): Context {
  return { io, lang, s: STRINGS[lang], debug: io.env.CUM_THI_DUA_DEBUG === '1' };
}

/** A path typed by the user, resolved against the working folder. */
export const resolvePath = (ctx: Context, p: string): string => path.resolve(ctx.io.cwd, p);

/** One progress line on stderr (stdout stays clean for --json). */
export const progress = (ctx: Context, text: string): void => ctx.io.stderr(text + '\n');

/** Prints exactly one JSON object on stdout. */
export const printJson = (ctx: Context, value: unknown): void => ctx.io.stdout(JSON.stringify(value, null, 2) + '\n');

/** A failure that ends the command: a sentence on stderr (and a JSON error object with --json). */
export function fail(ctx: Context, code: number, kind: string, message: string, json: boolean, detail?: unknown): number {
  ctx.io.stderr(message + '\n');
  if (ctx.debug && detail !== undefined) ctx.io.stderr(String((detail as Error)?.stack ?? detail) + '\n');
  if (json) printJson(ctx, { error: { kind, message } });
  return code;
}

/**
 * Runs the steps that change and write the workbook; when one fails because the file cannot be
 * written or an output sheet is not ours, says so the one way every command does (a sentence,
 * the JSON error object with --json) and returns the exit code; null when all went well.
 * Anything else is not a write failure and goes on to main's handler.
 */
export async function writeOrFail(ctx: Context, json: boolean, write: () => Promise<void>): Promise<number | null> {
  try {
    await write();
    return null;
  } catch (e) {
    if (e instanceof OutputSheetNotOursError) return fail(ctx, EXIT.workbookErrors, 'outputSheetNotOurs', e.sentences[ctx.lang], json);
    if (e instanceof OutputWriteError) return fail(ctx, EXIT.cannotWrite, 'cannotWrite', e.sentences[ctx.lang], json, e.detail);
    throw e;
  }
}

/** Reads the workbook file, or reports why it cannot (exit code 2). */
export async function readBook(ctx: Context, file: string, json: boolean): Promise<LoadedWorkbook | number> {
  progress(ctx, ctx.s.reading(file));
  try {
    return await (await import('../file/nodeFiles')).readXlsxFile(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) return fail(ctx, EXIT.cannotRead, e.kind, e.sentences[ctx.lang], json, e.detail);
    throw e;
  }
}
