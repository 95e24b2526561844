/**
 * Starts the file mode's worker (fileWorker.ts). webpack sees `new Worker(new URL(…,
 * import.meta.url))` and builds the worker as its own script with its own imports (the file engine,
 * fflate and the core), loaded only when the file mode opens a file. Only the browser build loads
 * this module (fileShell.ts imports it on demand where `Worker` exists); Node and the tests never do.
 */
export function startFileWorker(): Worker {
  // @ts-ignore -- import.meta exists in webpack's ES module build; tsc checks this file as CommonJS.
  return new Worker(new URL('./fileWorker.ts', import.meta.url), { name: 'cum-thi-dua-tep' });
}
