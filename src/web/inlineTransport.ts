/**
 * The file session in the page itself, for a browser without workers and for the tests: the same
 * requests and answers as the worker's (serveRequest.ts), each answered in a later task, with the
 * data copied as postMessage would copy it.
 */
import type { PasswordHasher } from '../file/sheetProtection';
import type { FileMessage } from './fileProtocol';
import type { Transport } from './fileClient';
import { FileSession } from './fileSession';
import { serveRequest } from './serveRequest';

/** What postMessage does to data: a deep copy (the identity where a test environment lacks structuredClone). */
const copyOf = <T,>(x: T): T => (typeof globalThis.structuredClone === 'function' ? globalThis.structuredClone(x) : x);

export function inlineTransport(hasher?: PasswordHasher): Transport {
  const session = new FileSession(hasher);
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  const t: Transport = {
    onMessage: null,
    send: (id, request) => {
      const copy = copyOf(request);
      queue = queue.then(() =>
        serveRequest(session, id, copy, (m: FileMessage) => {
          if (closed) return;
          const message = copyOf(m);
          setTimeout(() => t.onMessage?.(message), 0);
        }),
      );
    },
    close: () => {
      closed = true;
    },
  };
  return t;
}
