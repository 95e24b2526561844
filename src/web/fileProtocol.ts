/**
 * The messages between the page and the file mode's worker (fileWorker.ts): one request, one
 * answer, matched by id; progress notes in between. Errors cross as plain data and become the
 * file shell's typed errors again on the page's side (so that filePort.ts can word them).
 */
import type { CheckReport, InputFill, LogAppend, OutputSheetKey, Problem, SheetDescription, SheetGrid, WorkbookInput } from '../core/index';
import { FormulaCellError, OutputSheetNotOursError, WorkbookFileError, WrongPasswordError, type FileProblemPlace, type WorkbookFileProblem } from '../file/errors';
import { NoWebCryptoError } from './webPasswordHasher';

export type FileRequest =
  | { op: 'open'; bytes: ArrayBuffer; name: string }
  | { op: 'new'; created: number }
  /** `have`: the version of the workbook whose input the page holds already (then only "same" comes back). */
  | { op: 'readInput'; have?: number }
  | { op: 'writeSheets'; sheets: SheetDescription[]; remove?: string[] }
  /** Describe these output sheets from the worker's own check of the workbook as it is, and write them (deferredSheets.ts). */
  | { op: 'writeDescribed'; keys: OutputSheetKey[]; computedAt: string; remove?: string[] }
  | { op: 'createInputSheets'; sheets: SheetDescription[] }
  | { op: 'appendLog'; entry: LogAppend }
  | { op: 'fillInputCells'; fill: InputFill }
  | { op: 'protect'; sheets: string[]; password?: string }
  | { op: 'unprotect'; sheets: string[]; password?: string }
  | { op: 'bytes' };

/** What opening a file found: a scoring workbook, or why not. */
export type OpenOutcome = { ok: true } | { ok: false; notScoring: Problem | null };

/** The core's input, sheet by sheet (each sheet its own message, so that no single one is long to take in). */
export interface InputHeader {
  /** The version of the workbook this input is of (FileSession.version). */
  version: number;
  /** True when the page's input of that version is still current: no sheet was sent. */
  same?: boolean;
  sheets: number;
  markedSheets: string[];
  marks: WorkbookInput['marks'];
  /** The worker's check of this very input (src/web/workerCore.ts); absent with `same`. */
  report?: CheckReport;
}

export type FileAnswer = { ok: true; value: unknown } | { ok: false; error: PlainError };

export type FileMessage =
  | { id: number; kind: 'answer'; answer: FileAnswer }
  | { id: number; kind: 'progress'; stage: ProgressStage; fraction: number }
  | { id: number; kind: 'sheet'; index: number; sheet: SheetGrid };

/** What the worker is doing during a request: reading the package, checking, writing, hashing. */
export type ProgressStage = 'reading' | 'checking' | 'writing' | 'hashing' | 'packing';

export interface PlainError {
  name: string;
  message: string;
  kind?: string;
  file?: string;
  at?: FileProblemPlace;
  sheet?: string;
  sheets?: string[];
  given?: boolean;
  cells?: { sheet: string; cell: string }[];
}

/** A sheet of the template exists already (createInputSheets refuses to replace it). */
export class SheetsExistError extends Error {
  constructor(readonly sheets: string[]) {
    super(`sheets exist: ${sheets.join(', ')}`);
    this.name = 'SheetsExistError';
  }
}

export function toPlainError(e: unknown): PlainError {
  if (e instanceof WorkbookFileError) return { name: e.name, message: e.message, kind: e.kind, file: e.file, at: e.at };
  if (e instanceof OutputSheetNotOursError) return { name: e.name, message: e.message, sheet: e.sheet };
  if (e instanceof WrongPasswordError) return { name: e.name, message: e.message, sheets: e.sheets, given: e.given };
  if (e instanceof SheetsExistError) return { name: e.name, message: e.message, sheets: e.sheets };
  if (e instanceof FormulaCellError) return { name: e.name, message: e.message, cells: e.cells };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: 'Error', message: String(e) };
}

export function fromPlainError(p: PlainError): Error {
  switch (p.name) {
    case 'WorkbookFileError':
      return new WorkbookFileError(p.kind as WorkbookFileProblem, p.file ?? '', undefined, p.at ?? {});
    case 'OutputSheetNotOursError':
      return new OutputSheetNotOursError(p.sheet ?? '');
    case 'WrongPasswordError':
      return new WrongPasswordError(p.sheets ?? [], p.given ?? false);
    case 'SheetsExistError':
      return new SheetsExistError(p.sheets ?? []);
    case 'NoWebCryptoError':
      return new NoWebCryptoError();
    case 'FormulaCellError':
      return new FormulaCellError(p.cells ?? []);
    default: {
      const e = new Error(p.message);
      e.name = p.name;
      return e;
    }
  }
}
