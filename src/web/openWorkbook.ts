/**
 * Opening a chosen file in the file mode, step by step, each failure turned into sentences the
 * user can act on (never a stack trace): the name and size first (fileChoice.ts), then the bytes
 * (fileKind.ts: encrypted, old .xls, not a zip), then the file engine in its worker (the package,
 * bounded and checked: src/file), then whether it is a scoring workbook at all (the core's
 * NOT_A_SCORING_WORKBOOK names the missing sheets).
 */
import type { Lang } from '../core/index';
import type { CoreFunctions } from '../app/deps';
import { WorkbookFileError } from '../file/errors';
import { fileKindOf } from '../file/fileKind';
import type { FileClient } from './fileClient';
import { formatSize, refuseEarly } from './fileChoice';
import type { FileShell } from './loadFileShell';
import { readFileBytes, type ReadableFile } from './readBlob';
import { webStrings } from './strings';

export type OpenStage =
  | { kind: 'reading'; fraction: number }
  | { kind: 'loadingReader' }
  | { kind: 'opening'; fraction?: number }
  | { kind: 'checking' };

export interface ChosenFile extends ReadableFile {
  name: string;
}

export type OpenResult = { ok: true; name: string; client: FileClient; shell: FileShell } | { ok: false; lines: string[] };

export interface OpenDeps {
  lang: Lang;
  core: Pick<CoreFunctions, 'problemMessage'>;
  loadShell(): Promise<FileShell>;
  /** A connection to the file engine (a new worker per file unless given: the tests pass one). */
  connect?(shell: FileShell): Promise<FileClient>;
  onStage?(stage: OpenStage): void;
}

const refusal = (...lines: string[]): OpenResult => ({ ok: false, lines });

/** The file error's sentence in the pane's language (the same sentences the command line prints). */
function fileError(kind: WorkbookFileError['kind'], name: string, lang: Lang): OpenResult {
  return refusal(new WorkbookFileError(kind, name).sentences[lang]);
}

function isWorkbookFileError(e: unknown): e is WorkbookFileError {
  return e instanceof Error && e.name === 'WorkbookFileError' && typeof (e as WorkbookFileError).kind === 'string';
}

export async function openWorkbookFile(file: ChosenFile, deps: OpenDeps): Promise<OpenResult> {
  const { lang } = deps;
  const t = webStrings(lang);
  const name = file.name;

  const early = refuseEarly(file);
  if (early?.kind === 'notXlsxName') return refusal(t.refuse.notXlsxName(name));
  if (early?.kind === 'legacyXlsName') return fileError('legacyXls', name, lang);
  if (early?.kind === 'tooLarge') return refusal(t.refuse.tooLarge(name, formatSize(early.size, lang), formatSize(early.limit, lang)));

  // Start fetching the engine while the bytes are read; the two do not wait for each other.
  const shellPromise = deps.loadShell();
  shellPromise.catch(() => undefined);

  deps.onStage?.({ kind: 'reading', fraction: 0 });
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file, (fraction) => deps.onStage?.({ kind: 'reading', fraction }));
  } catch {
    return fileError('unreadable', name, lang);
  }

  const kind = fileKindOf(bytes);
  if (kind === 'encrypted') return fileError('encrypted', name, lang);
  if (kind === 'legacyXls') return fileError('legacyXls', name, lang);
  if (kind !== 'zip') return fileError('notXlsx', name, lang);

  deps.onStage?.({ kind: 'loadingReader' });
  let shell: FileShell;
  let client: FileClient;
  try {
    shell = await shellPromise;
    client = await (deps.connect ? deps.connect(shell) : shell.connect());
  } catch {
    return refusal(t.refuse.readerFailed);
  }

  deps.onStage?.({ kind: 'opening' });
  const stop = client.onProgress((stage, fraction) => deps.onStage?.(stage === 'checking' ? { kind: 'checking' } : { kind: 'opening', fraction }));
  try {
    const outcome = await client.open(bytes, name);
    if (!outcome.ok) {
      client.close();
      return refusal(t.refuse.notScoring(name, outcome.notScoring ? deps.core.problemMessage(outcome.notScoring, lang) : ''));
    }
  } catch (e) {
    client.close();
    // The engine's own sentence, which may name a part or a cell.
    if (isWorkbookFileError(e)) return refusal(e.sentences[lang]);
    return fileError('corrupt', name, lang);
  } finally {
    stop();
  }
  return { ok: true, name, client, shell };
}
