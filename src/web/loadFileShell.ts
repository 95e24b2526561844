/**
 * Loads the exceljs chunk on demand, once. The magic comment names the chunk: the build then
 * writes dist/exceljs.<hash>.js, which taskpane.html does not load (webpack.config.js keeps
 * exceljs in that chunk). ts-loader must emit ES modules for webpack to see this import()
 * (webpack.config.js overrides tsconfig's commonjs for the browser build).
 */
export type FileShell = typeof import('./fileShell');

let pending: Promise<FileShell> | null = null;

export function loadFileShell(): Promise<FileShell> {
  if (!pending) {
    pending = import(/* webpackChunkName: "exceljs" */ './fileShell');
    // A failed load (the server went away) may be retried by the next call.
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
