/**
 * The file-system side of the file shell (Node only): read a workbook file, write a workbook
 * atomically, and the one-call "input + output sheets → result file".
 *
 * Writes are atomic: the bytes go to a temporary file in the target's folder, which is then
 * renamed over the target. A crash or a full disk never leaves a half-written workbook, and the
 * target is only touched once the new file is complete.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { SheetDescription } from '../core/sheet';
import { OutputWriteError, WorkbookFileError, type OutputWriteProblem } from './errors';
import { readXlsxBytes, type LoadedWorkbook } from './readXlsx';
import { applySheetDescriptions, workbookBytes } from './writeXlsx';

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** Reads an .xlsx file. Throws WorkbookFileError with the reason it cannot be used. */
export async function readXlsxFile(file: string): Promise<LoadedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new WorkbookFileError(codeOf(e) === 'ENOENT' ? 'missing' : 'unreadable', file, e);
  }
  return readXlsxBytes(bytes, file);
}

function writeProblem(e: unknown): OutputWriteProblem {
  switch (codeOf(e)) {
    case 'EBUSY':
    case 'ETXTBSY':
      return 'locked';
    case 'EPERM':
      // On Windows a file open in Excel cannot be replaced: the rename fails with EPERM.
      return process.platform === 'win32' ? 'locked' : 'denied';
    case 'EACCES':
    case 'EROFS':
    case 'ENOENT':
    case 'ENOTDIR':
      return 'denied';
    default:
      return 'failed';
  }
}

let tempCounter = 0;

/** Temporary file name beside the target, unique per process and call. */
export function tempPathFor(target: string): string {
  tempCounter += 1;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Date.now()}-${tempCounter}.tmp`);
}

export interface WriteOptions {
  /** false: refuse (OutputWriteError 'exists') when the target already exists. Default true. */
  overwrite?: boolean;
}

/** Writes bytes to a file atomically (temporary file, then rename). */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  if (options.overwrite === false && (await exists(target))) throw new OutputWriteError('exists', target);
  const temp = tempPathFor(target);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new OutputWriteError(writeProblem(e), target, e);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a workbook to a file atomically. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, target: string, options: WriteOptions = {}): Promise<void> {
  await writeFileAtomic(target, await workbookBytes(workbook), options);
}

/**
 * Reads the input workbook, applies the output sheets and writes the result to `outputPath`
 * (which may be the input path itself). Input sheets keep every value.
 */
export async function writeResultFile(inputPath: string, outputPath: string, sheets: readonly SheetDescription[]): Promise<void> {
  const { workbook } = await readXlsxFile(inputPath);
  applySheetDescriptions(workbook, sheets);
  await writeWorkbookFile(workbook, outputPath);
}
