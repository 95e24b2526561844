/**
 * Entry point of the `cum-thi-dua` command line. `main` takes the arguments and the process
 * (injected, for tests) and returns the exit code; it never throws and never prints a stack
 * trace unless CUM_THI_DUA_DEBUG=1.
 */
import { isUsageError, parseArgs } from './args';
import { makeContext } from './context';
import { WorkbookFileError } from '../file/errors';
import { EXIT } from './exitCodes';
import { processIo, type CliIo } from './io';
import { STRINGS } from './strings';
import { packageVersion } from './version';

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const parsed = parseArgs(argv);
  const ctx = makeContext(io, parsed.lang);
  if (isUsageError(parsed)) {
    io.stderr(`${parsed.usageError}\n${STRINGS[parsed.lang].usageHint}\n`);
    return EXIT.usage;
  }
  try {
    const cmd = parsed.command;
    switch (cmd.kind) {
      case 'help':
        io.stdout(ctx.s.help(packageVersion()));
        return EXIT.ok;
      case 'version':
        io.stdout(packageVersion() + '\n');
        return EXIT.ok;
      // Each command is loaded when it runs: `--help` and `--version` never load the core, and a
      // command loads only what it needs (the start-up counts in every run, docs/reliability.md).
      case 'check':
        return await (await import('./commands/check')).runCheck(ctx, cmd);
      case 'rank':
        return await (await import('./commands/rank')).runRank(ctx, cmd);
      case 'template':
        return await (await import('./commands/template')).runTemplate(ctx, cmd);
      case 'lock':
        return await (await import('./commands/lock')).runLock(ctx, cmd);
      case 'unlock':
        return await (await import('./commands/unlock')).runUnlock(ctx, cmd);
      case 'forms':
        return await (await import('./commands/forms')).runForms(ctx, cmd);
      case 'gather':
        return await (await import('./commands/gather')).runGather(ctx, cmd);
    }
  } catch (e) {
    // A part of the workbook found damaged only when the command wrote it (the styles, a sheet to lock).
    if (e instanceof WorkbookFileError) {
      io.stderr(e.sentences[ctx.lang] + '\n');
      return EXIT.cannotRead;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(ctx.s.unexpected(message.split('\n')[0]) + '\n');
    if (ctx.debug) io.stderr(String((e as Error)?.stack ?? e) + '\n');
    return EXIT.internal;
  }
}

/** Runs with the real process: arguments, streams, and the exit code. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.internal;
    },
  );
}

if (require.main === module) run();
