/**
 * The page's side of the file mode's worker: each call sends one request (fileProtocol.ts) and
 * resolves with its answer; progress notes are passed to whoever listens (the page shows them;
 * a percentage display can build on `onProgress`). The input arrives sheet by sheet and is put
 * together here, with the worker's check of it, which workerCore.ts hands to the pane's commands.
 */
import type { CheckReport, InputFill, LogAppend, OutputSheetKey, SheetDescription, SheetGrid, WorkbookInput } from '../core/index';
import { fromPlainError, type FileMessage, type FileRequest, type InputHeader, type OpenOutcome, type ProgressStage } from './fileProtocol';

/** How requests reach the session: a worker, or the page itself (fallback and tests). */
export interface Transport {
  send(id: number, request: FileRequest, transfer: Transferable[]): void;
  /** Set by the client: every message of the session. */
  onMessage: ((m: FileMessage) => void) | null;
  close(): void;
}

export type ProgressListener = (stage: ProgressStage, fraction: number) => void;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  sheets: SheetGrid[];
  /** A readInput: its answer is an input header. */
  input: boolean;
}

export class FileClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<ProgressListener>();
  /** The worker's check of each input it sent (by the input object the page received). */
  private readonly reports = new WeakMap<WorkbookInput, CheckReport>();
  /**
   * The last input received and the workbook version it is of. Asked again before any change,
   * the worker answers "same" and this input is handed out again: a large workbook crosses from
   * the worker to the page once per change, not once per command. The input is never modified by
   * the pane's commands (they only read it).
   */
  private held: { version: number; input: WorkbookInput } | null = null;

  constructor(private readonly transport: Transport) {
    transport.onMessage = (m) => this.receive(m);
  }

  /** Listens to progress; returns the function that stops listening. */
  onProgress(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private receive(m: FileMessage): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.kind === 'progress') {
      for (const l of this.listeners) l(m.stage, m.fraction);
    } else if (m.kind === 'sheet') {
      p.sheets[m.index] = m.sheet;
    } else {
      this.pending.delete(m.id);
      if (m.answer.ok) {
        const header = m.answer.value as InputHeader | null;
        if (p.input && header && typeof header === 'object') {
          if (header.same && this.held) {
            p.resolve(this.held.input);
            return;
          }
          const input: WorkbookInput = { sheets: p.sheets.slice(0, header.sheets), markedSheets: header.markedSheets, marks: header.marks };
          if (header.report) this.reports.set(input, header.report);
          this.held = { version: header.version, input };
          p.resolve(input);
        } else p.resolve(m.answer.value);
      } else p.reject(fromPlainError(m.answer.error));
    }
  }

  private call<T>(request: FileRequest, transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, sheets: [], input: request.op === 'readInput' });
      try {
        this.transport.send(id, request, transfer);
      } catch (e) {
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** Opens a file's bytes (handed over: the page keeps no copy). */
  open(bytes: Uint8Array, name: string): Promise<OpenOutcome> {
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    return this.call({ op: 'open', bytes: own.buffer as ArrayBuffer, name }, [own.buffer as ArrayBuffer]);
  }

  newWorkbook(created: Date): Promise<void> {
    return this.call({ op: 'new', created: created.getTime() });
  }

  readInput(): Promise<WorkbookInput> {
    return this.call({ op: 'readInput', have: this.held?.version });
  }

  /** The worker's check of an input this client received, if it was this very input. */
  reportFor(input: WorkbookInput): CheckReport | undefined {
    return this.reports.get(input);
  }

  writeSheets(sheets: SheetDescription[], remove: string[] = []): Promise<void> {
    return this.call({ op: 'writeSheets', sheets, remove });
  }

  /** Has the worker describe and write these output sheets (deferredSheets.ts). */
  writeDescribed(keys: OutputSheetKey[], computedAt: string, remove: string[] = []): Promise<void> {
    return this.call({ op: 'writeDescribed', keys, computedAt, remove });
  }

  createInputSheets(sheets: SheetDescription[]): Promise<void> {
    return this.call({ op: 'createInputSheets', sheets });
  }

  appendLog(entry: LogAppend): Promise<void> {
    return this.call({ op: 'appendLog', entry });
  }

  fillInputCells(fill: InputFill): Promise<void> {
    return this.call({ op: 'fillInputCells', fill });
  }

  protectSheets(sheets: string[], password?: string): Promise<string[]> {
    return this.call({ op: 'protect', sheets, password });
  }

  unprotectSheets(sheets: string[], password?: string): Promise<string[]> {
    return this.call({ op: 'unprotect', sheets, password });
  }

  /** The workbook as .xlsx bytes, for the download. */
  bytes(): Promise<Uint8Array> {
    return this.call({ op: 'bytes' });
  }

  close(): void {
    this.transport.close();
    for (const p of this.pending.values()) p.reject(new Error('closed'));
    this.pending.clear();
  }
}

/** A transport over a Worker. */
export function workerTransport(worker: Worker): Transport {
  const t: Transport = {
    onMessage: null,
    send: (id, request, transfer) => worker.postMessage({ id, request }, transfer),
    close: () => worker.terminate(),
  };
  worker.onmessage = (e: MessageEvent<FileMessage>) => t.onMessage?.(e.data);
  return t;
}
