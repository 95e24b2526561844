/**
 * The file mode's worker: the file engine and the core run here, off the page's main thread, so
 * that opening a large workbook, checking it, writing and packing the result never freeze the page
 * (docs/web-mode.md). It answers the page's requests (fileProtocol.ts) one at a time, in order, and
 * reports progress while it works.
 */
import type { FileMessage, FileRequest } from './fileProtocol';
import { serveRequest } from './serveRequest';
import { FileSession } from './fileSession';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number; request: FileRequest }>) => void) | null;
  postMessage(message: FileMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const session = new FileSession();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e) => {
  const { id, request } = e.data;
  queue = queue.then(() => serveRequest(session, id, request, (m, transfer) => scope.postMessage(m, transfer)));
};
