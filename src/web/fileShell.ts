/**
 * The file mode's connection to the file engine, loaded on demand (loadFileShell.ts) so that the
 * add-in never fetches it. Where the browser has workers the engine runs in one
 * (startFileWorker.ts, fileWorker.ts); elsewhere (an old browser, the tests' jsdom) in the page.
 */
import type { PasswordHasher } from '../file/sheetProtection';
import { FileClient, workerTransport } from './fileClient';

export { FileClient } from './fileClient';
export { withWorkerChecks } from './workerCore';

export interface ConnectOptions {
  /** Run the engine in the page even where workers exist (tests), with this hasher. */
  inline?: boolean;
  hasher?: PasswordHasher;
}

export async function connect(options: ConnectOptions = {}): Promise<FileClient> {
  if (!options.inline && typeof Worker !== 'undefined') {
    try {
      const { startFileWorker } = await import(/* webpackMode: "eager" */ './startFileWorker');
      return new FileClient(workerTransport(startFileWorker()));
    } catch {
      // A page that may not start workers (a strict policy): the engine runs in the page instead.
    }
  }
  const { inlineTransport } = await import(/* webpackChunkName: "file-engine" */ './inlineTransport');
  return new FileClient(inlineTransport(options.hasher));
}
