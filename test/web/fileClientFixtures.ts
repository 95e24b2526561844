/** The file mode's engine in the test process: a client over the same session the worker runs. */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { PasswordHasher } from '../../src/file/sheetProtection';
import { FileClient } from '../../src/web/fileClient';
import { inlineTransport } from '../../src/web/inlineTransport';

export function inlineClient(hasher?: PasswordHasher): FileClient {
  return new FileClient(inlineTransport(hasher));
}

/** A client with this file open. */
export async function clientWith(file: string | Uint8Array, hasher?: PasswordHasher): Promise<FileClient> {
  const client = inlineClient(hasher);
  const bytes = typeof file === 'string' ? new Uint8Array(fs.readFileSync(file)) : file;
  const outcome = await client.open(bytes, 'so.xlsx');
  if (!outcome.ok) throw new Error('not a scoring workbook');
  return client;
}

/** What "Tải về kết quả" gives the user, opened with exceljs (an independent reader). */
export async function downloadedBy(client: FileClient): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await client.bytes()) as unknown as ArrayBuffer);
  return wb;
}
