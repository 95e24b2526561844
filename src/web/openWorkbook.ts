/**
 * Opening a chosen file in the file mode, step by step, each failure turned into sentences the
 * user can act on (never a stack trace): the name and size first (fileChoice.ts), then the bytes
 * (fileKind.ts: encrypted, old .xls, not a zip), then exceljs, then whether it is a scoring
 * workbook at all (the core's NOT_A_SCORING_WORKBOOK names the missing sheets).
 */
import type ExcelJS from 'exceljs';
import type { CoreFunctions } from '../app/deps';
import type { Lang } from '../core/index';
import { WorkbookFileError } from '../file/errors';
import { fileKindOf } from '../file/fileKind';
import { formatSize, refuseEarly } from './fileChoice';
import type { FileShell } from './loadFileShell';
import { readFileBytes, type ReadableFile } from './readBlob';
import { webStrings } from './strings';

export type OpenStage =
  | { kind: 'reading'; fraction: number }
  | { kind: 'loadingReader' }
  | { kind: 'opening' }
  | { kind: 'checking' };

export interface ChosenFile extends ReadableFile {
  name: string;
}

export type OpenResult =
  | { ok: true; name: string; workbook: ExcelJS.Workbook; shell: FileShell }
  | { ok: false; lines: string[] };

export interface OpenDeps {
  lang: Lang;
  core: Pick<CoreFunctions, 'checkWorkbook' | 'problemMessage'>;
  loadShell(): Promise<FileShell>;
  onStage?(stage: OpenStage): void;
}

/** Lets the page paint the progress between long steps. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const refusal = (...lines: string[]): OpenResult => ({ ok: false, lines });

/** The file error's sentence in the pane's language (the same sentences the command line prints). */
function fileError(kind: WorkbookFileError['kind'], name: string, lang: Lang): OpenResult {
  return refusal(new WorkbookFileError(kind, name).sentences[lang]);
}

function isWorkbookFileError(e: unknown): e is WorkbookFileError {
  // The exceljs chunk and this one each hold the class; the name tells them apart safely.
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

  // Start fetching exceljs while the bytes are read; the two do not wait for each other.
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
  try {
    shell = await shellPromise;
  } catch {
    return refusal(t.refuse.readerFailed);
  }

  deps.onStage?.({ kind: 'opening' });
  await nextTurn();
  let loaded: Awaited<ReturnType<FileShell['readXlsxBytes']>>;
  try {
    loaded = await shell.readXlsxBytes(bytes, name);
  } catch (e) {
    if (isWorkbookFileError(e)) return fileError(e.kind, name, lang);
    return fileError('corrupt', name, lang);
  }

  deps.onStage?.({ kind: 'checking' });
  await nextTurn();
  const report = deps.core.checkWorkbook(loaded.input);
  if (report.notScoringWorkbook) {
    const why = report.problems.find((p) => p.code === 'NOT_A_SCORING_WORKBOOK') ?? report.problems[0];
    return refusal(t.refuse.notScoring(name, why ? deps.core.problemMessage(why, lang) : ''));
  }
  return { ok: true, name, workbook: loaded.workbook, shell };
}
