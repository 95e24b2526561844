/**
 * What we ask the Office host about itself: which API sets it supports and which language it
 * shows. The only file besides the Excel calls that reads the `Office` global; everything here
 * answers "no" quietly when there is no Office at all (web mode, tests without the fake).
 */
import { PortError } from '../core/port';

/**
 * The lowest ExcelApi the shell cannot do without: NamedItem.formula (the marks), hyperlinks,
 * freeze panes and workbook protection are 1.7. The manifest asks for 1.9; below it the shell
 * still works and only skips what needs more (page layout, screen updating, drop-down lists),
 * saying so through a notice.
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
