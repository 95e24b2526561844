/**
 * What we ask the Office host about itself: which API sets it supports and which language it
 * shows. The only file besides the Excel calls that reads the `Office` global; everything here
 * answers "no" quietly when there is no Office at all (web mode, tests without the fake).
 */
import { PortError } from '../core/index';

/**
 * The lowest ExcelApi the core commands need, and what the manifest asks for (manifest.xml): the
 * marks are names with a formula (NamedItem.formula), links, frozen rows, workbook protection and
 * a password on sheet protection are ExcelApi 1.7. Everything newer is detected at run time and
 * done another way or left out with a notice: multi-area ranges and copyFrom (1.9), page layout
 * (1.9), drop-down lists (1.8), waiting out cell-edit mode (1.11), notes (1.18), telling our own
 * events apart (1.14). ExcelApi 1.7 reaches Microsoft 365 and Office 2019 or later on Windows,
 * Excel on the web, and Excel on Mac from 16.9 (src/office/README.md, "Reach").
 */
export const REQUIRED_EXCEL_API = '1.7';

/** True when the host supports `set` at `version` or newer. */
export function isSetSupported(set: string, version: string): boolean {
  if (typeof Office === 'undefined') return false;
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
  try {
    return requirements.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

/** Shorthand for the Excel requirement sets. */
export function excelApi(version: string): boolean {
  return isSetSupported('ExcelApi', version);
}

/** The language Office shows its own interface in, e.g. "vi-VN"; null outside Office. */
export function displayLanguage(): string | null {
  if (typeof Office === 'undefined') return null;
  const lang = Office.context?.displayLanguage;
  return typeof lang === 'string' && lang.length > 0 ? lang : null;
}

/** Refuses to start a command on an Excel too old for the shell. */
export function requireExcelApi(): void {
  if (excelApi(REQUIRED_EXCEL_API)) return;
  throw new PortError(
    'host',
    'Phiên bản Excel này quá cũ cho phần bổ trợ (cần ExcelApi ' + REQUIRED_EXCEL_API + ' trở lên). Hãy cập nhật Office hoặc dùng Excel trên web.',
    'This version of Excel is too old for the add-in (ExcelApi ' + REQUIRED_EXCEL_API + ' or later is needed). Update Office or use Excel on the web.',
  );
}
