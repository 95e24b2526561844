/**
 * LibreOffice (soffice --headless) as the tests use it: to save a workbook the way an officer
 * using LibreOffice Calc saves it, and as an independent program that must open what we wrote.
 * A profile of its own, so that a run never touches (or waits for) the user's.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const profile = (): string => {
  const dir = path.join(os.tmpdir(), 'cum-thi-dua-lo-profile');
  fs.mkdirSync(dir, { recursive: true });
  return 'file://' + dir;
};

/** Converts files (in one run of LibreOffice) to `format` ("xlsx", "csv", "pdf") in outDir; returns the files made. */
export function convertWithLibreOffice(files: readonly string[], format: string, outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=${profile()}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  const ext = format.split(':')[0];
  return files.map((f) => {
    const out = path.join(outDir, path.basename(f).replace(/\.[^.]+$/, '.' + ext));
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not make ${out}`);
    return out;
  });
}
