/**
 * Loads the file mode's connection to the file engine on demand, once. The magic comment names
 * the chunk: the build writes dist/file-shell.<hash>.js, which taskpane.html does not load; the
 * engine itself (fflate, src/file, the core) is in the worker's script (startFileWorker.ts).
 * ts-loader must emit ES modules for webpack to see this import() (webpack.config.js overrides
 * tsconfig's commonjs for the browser build).
 */
export type FileShell = typeof import('./fileShell');

let pending: Promise<FileShell> | null = null;

export function loadFileShell(): Promise<FileShell> {
  if (!pending) {
    pending = import(/* webpackChunkName: "file-shell" */ './fileShell');
    // A failed load (the server went away) may be retried by the next call.
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
