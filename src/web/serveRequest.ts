/**
 * One request of the page carried out on the file session, its answer (and progress, and the
 * input sheet by sheet) sent back as messages. Shared by the worker and by the page's own fallback
 * where there is no worker, so that both behave alike.
 */
import type { FileMessage, FileRequest, InputHeader } from './fileProtocol';
import { toPlainError } from './fileProtocol';
import type { FileSession } from './fileSession';
import { pageReport } from './pageReport';

export type Post = (message: FileMessage, transfer?: Transferable[]) => void;

export async function serveRequest(session: FileSession, id: number, request: FileRequest, post: Post): Promise<void> {
  const progress = (stage: Parameters<NonNullable<Parameters<FileSession['read']>[0]>>[0], fraction: number): void =>
    post({ id, kind: 'progress', stage, fraction });
  try {
    let value: unknown;
    const transfer: Transferable[] = [];
    switch (request.op) {
      case 'open':
        value = session.open(new Uint8Array(request.bytes), request.name, progress);
        break;
      case 'new':
        session.newWorkbook(new Date(request.created));
        value = null;
        break;
      case 'readInput': {
        if (request.have === session.version) {
          const same: InputHeader = { version: session.version, same: true, sheets: 0, markedSheets: [], marks: [] };
          value = same;
          break;
        }
        const { input, report } = session.read(progress);
        input.sheets.forEach((sheet, index) => post({ id, kind: 'sheet', index, sheet }));
        const header: InputHeader = { version: session.version, sheets: input.sheets.length, markedSheets: input.markedSheets ?? [], marks: input.marks, report: pageReport(report) };
        value = header;
        break;
      }
      case 'writeSheets':
        progress('writing', 0);
        session.writeSheets(request.sheets, request.remove ?? []);
        value = null;
        break;
      case 'writeDescribed':
        progress('writing', 0);
        session.writeDescribed(request.keys, request.computedAt, request.remove ?? []);
        value = null;
        break;
      case 'createInputSheets':
        session.createInputSheets(request.sheets);
        value = null;
        break;
      case 'appendLog':
        session.appendLog(request.entry);
        value = null;
        break;
      case 'fillInputCells':
        progress('writing', 0);
        session.fillInputCells(request.fill);
        value = null;
        break;
      case 'protect':
        progress('hashing', 0);
        value = await session.protect(request.sheets, request.password);
        break;
      case 'unprotect':
        progress('hashing', 0);
        value = await session.unprotect(request.sheets, request.password);
        break;
      case 'bytes': {
        progress('packing', 0);
        const bytes = await session.bytes(progress);
        // A copy of its own, handed over without copying again.
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        value = own;
        transfer.push(own.buffer as ArrayBuffer);
        break;
      }
    }
    post({ id, kind: 'answer', answer: { ok: true, value } }, transfer);
  } catch (e) {
    post({ id, kind: 'answer', answer: { ok: false, error: toPlainError(e) } });
  }
}
