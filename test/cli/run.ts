/** Runs the command line in-process with captured output. */
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], opts: { cwd: string; now?: () => Date; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    now: opts.now ?? (() => new Date(2022, 11, 15, 14, 5)),
    env: opts.env ?? {},
    cwd: opts.cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A JavaScript stack frame line ("    at fn (file.ts:12:5)"). */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
