/**
 * The file-system side of the file shell (Node only): read a workbook file, write a workbook
 * atomically, and the one-call "input + output sheets → result file".
 *
 * Reading refuses what is not a regular file (a folder, a pipe, a device) before opening it, and
 * opens without blocking, so a FIFO given by mistake never hangs the program.
 *
 * Writes are atomic: the bytes go to a temporary file in the target's folder, which is then
 * renamed over the target. A crash or a full disk never leaves a half-written workbook, and the
 * target is only touched once the new file is complete. Writing over an existing file keeps what
 * the user set up: through a symbolic link the real file is replaced (the link stays a link), the
 * file's permissions and owner are kept, and a read-only file is refused, not overwritten.
 */
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import type { SheetDescription } from '../core/index';
import type { Workbook } from './book/workbook';
import { OutputWriteError, WorkbookFileError, type OutputWriteProblem } from './errors';
import { MAX_FILE_BYTES } from './limits';
import { readXlsxBytes, type LoadedWorkbook, type ReadOptions } from './readXlsx';
import { applySheetDescriptions, workbookBytes } from './writeXlsx';
import { installNodeCodec } from './nodeCodec';

// On the command line zlib inflates and deflates (same bounds and checks as fflate, a faster start).
installNodeCodec();

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** The file's bytes, refusing what is not a regular file. Throws WorkbookFileError. */
export async function readWorkbookFileBytes(file: string): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new WorkbookFileError('unreadable', file);
    if (!st.isFile()) throw new WorkbookFileError('notAFile', file);
    if (st.size > MAX_FILE_BYTES) throw new WorkbookFileError('tooLarge', file);
    // O_NONBLOCK: should the path have become a pipe since, opening it does not wait for a writer.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(codeOf(e) === 'ENOENT' ? 'missing' : 'unreadable', file, e);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new WorkbookFileError('notAFile', file);
    if (st.size > MAX_FILE_BYTES) throw new WorkbookFileError('tooLarge', file);
    const bytes = await handle.readFile();
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError('unreadable', file, e);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads an .xlsx file. Throws WorkbookFileError with the reason it cannot be used. */
export async function readXlsxFile(file: string, options: ReadOptions = {}): Promise<LoadedWorkbook> {
  return readXlsxBytes(await readWorkbookFileBytes(file), file, options);
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

/** What is at the target now: its real path (links followed) and, when it exists, its status. */
async function targetOf(target: string): Promise<{ real: string; stat: import('fs').Stats | null }> {
  let real = target;
  try {
    real = await fs.realpath(target);
  } catch {
    // No file there yet (or a link pointing nowhere: then the link's own folder is written).
    try {
      const link = await fs.readlink(target);
      real = path.resolve(path.dirname(target), link);
    } catch {
      real = target;
    }
  }
  try {
    return { real, stat: await fs.stat(real) };
  } catch {
    return { real, stat: null };
  }
}

/** A file nobody may write to (no write permission bit), or that this user may not write. */
async function readOnly(file: string, stat: import('fs').Stats): Promise<boolean> {
  if ((stat.mode & 0o222) === 0) return true;
  try {
    await fs.access(file, constants.W_OK);
    return false;
  } catch (e) {
    return codeOf(e) === 'EACCES' || codeOf(e) === 'EPERM' || codeOf(e) === 'EROFS';
  }
}

/** Writes bytes to a file atomically (temporary file, then rename). */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const { real, stat } = await targetOf(target);
  if (stat !== null || (await exists(target))) {
    if (options.overwrite === false) throw new OutputWriteError('exists', target);
  }
  if (stat !== null) {
    if (!stat.isFile()) throw new OutputWriteError('failed', target);
    if (await readOnly(real, stat)) throw new OutputWriteError('readOnly', target);
  }
  const temp = tempPathFor(real);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx', mode: stat ? stat.mode & 0o777 : 0o666 });
    if (stat) {
      await fs.chmod(temp, stat.mode & 0o7777);
      // Only the superuser may give a file away; anyone else keeps their own files anyway.
      await fs.chown(temp, stat.uid, stat.gid).catch(() => undefined);
    }
    await fs.rename(temp, real);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new OutputWriteError(writeProblem(e), target, e);
  }
}

/** True when something (a file, a folder, a link) is at that path. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a workbook to a file atomically. */
export async function writeWorkbookFile(workbook: Workbook, target: string, options: WriteOptions = {}): Promise<void> {
  await writeFileAtomic(target, await workbookBytes(workbook), options);
}

/**
 * Reads the input workbook, applies the output sheets and writes the result to `outputPath`
 * (which may be the input path itself). Input sheets keep every byte.
 */
export async function writeResultFile(inputPath: string, outputPath: string, sheets: readonly SheetDescription[]): Promise<void> {
  const { workbook } = await readXlsxFile(inputPath);
  applySheetDescriptions(workbook, sheets);
  await writeWorkbookFile(workbook, outputPath);
}
