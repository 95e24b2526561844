/**
 * What the command line needs from the process, injected so that tests run `main` in-process
 * and capture what it prints.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The clock, for the "computed at" line of the output sheets and the template's year. */
  now(): Date;
  env: Record<string, string | undefined>;
  /** Folder relative paths are resolved against. */
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    now: () => new Date(),
    env: process.env,
    cwd: process.cwd(),
  };
}
