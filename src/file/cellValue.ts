/**
 * One exceljs cell value → the plain value the core reads (src/core/grid.ts): formulas give
 * their cached result, errors their text ("#REF!"), rich text and hyperlinks their plain text,
 * dates ISO text. Office.js hands the core the same kinds of values, so the core never needs to
 * know which shell read the workbook.
 */
import type { CellValue } from '../core/grid';

/** "2022-12-15", or "2022-12-15T08:30:00" when the time of day is not midnight. */
export function isoDateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '#VALUE!';
  // exceljs builds dates from the serial number as UTC, so the UTC fields are the cell's fields.
  const iso = d.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : iso.slice(0, 19);
}

function richTextOf(v: { richText?: unknown }): string | null {
  if (!Array.isArray(v.richText)) return null;
  let s = '';
  for (const run of v.richText as { text?: unknown }[]) if (run && typeof run.text === 'string') s += run.text;
  return s;
}

/** Converts what exceljs's `cell.value` holds. Unknown shapes become null (nothing usable). */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
      return v === '' ? null : v;
    case 'number':
      return Number.isFinite(v) ? v : '#NUM!';
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      return null;
  }
  if (v instanceof Date) return isoDateText(v);
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return o.error;
  // Formula (master or shared): the cached result, which may itself be any of these shapes.
  if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? plainValue(o.result) : null;
  const rich = richTextOf(o);
  if (rich !== null) return rich === '' ? null : rich;
  if ('hyperlink' in o || 'text' in o) return plainValue(o.text);
  return null;
}
