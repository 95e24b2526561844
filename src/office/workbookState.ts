/**
 * What the task panes of one workbook share, kept in the workbook itself: a very hidden sheet
 * `~ctd-state` that every co-author's pane reads with the workbook and writes in place. Before
 * issue 12 this lived in `Office.context.document.settings`, which each pane holds as its own
 * copy and saves whole — so two co-authors saving overwrote each other's keys.
 *
 *   rows 1–10   small settings, one per row: key in A, value in B (the last ranking's
 *               fingerprint); a key keeps its row, so writing one never touches another;
 *   rows 11–    the record of problem cells we coloured (highlights.ts), one group per row:
 *               "highlight", sheet, fill applied, fill before (colour, pattern), areas.
 *
 * Each write replaces only its own rows, from a read made just before (the read of the same
 * command, or one in the same batch), so co-authors' writes of other keys are kept. Nothing per
 * user is kept here (nor anywhere: the pane's choices last as long as the pane).
 */
import type { CellValue } from '../core/index';
import { blockAddress } from './sheetFormat';
import { cellInputs } from './textGuard';

export const STATE_SHEET = '~ctd-state';
const SETTING_ROWS = 10;
/** One cell holds at most 32 767 characters; areas are split well below that. */
export const AREA_CHARS = 8000;

export interface HighlightGroup {
  sheet: string;
  /** The fill we applied. */
  applied: string;
  /** The fill before: colour, and pattern when the host tells it (null otherwise). */
  color: string;
  pattern: string | null;
  /** Multi-area address, e.g. "C3:C9,E4". */
  areas: string;
}

export interface WorkbookState {
  exists: boolean;
  settings: Map<string, { row: number; value: string }>;
  highlights: HighlightGroup[];
  /** Rows used by the highlight record (to clear them when it shrinks). */
  highlightRows: number;
}

export const NO_STATE: WorkbookState = { exists: false, settings: new Map(), highlights: [], highlightRows: 0 };

const text = (v: CellValue): string => (v === null || v === undefined ? '' : String(v));

export function parseState(values: readonly (readonly CellValue[])[] | null): WorkbookState {
  if (values === null) return NO_STATE;
  const settings = new Map<string, { row: number; value: string }>();
  for (let r = 0; r < Math.min(SETTING_ROWS, values.length); r++) {
    const key = text(values[r]?.[0]);
    if (key !== '') settings.set(key, { row: r, value: text(values[r]?.[1]) });
  }
  const highlights: HighlightGroup[] = [];
  for (let r = SETTING_ROWS; r < values.length; r++) {
    const row = values[r] ?? [];
    if (text(row[0]) !== 'highlight') continue;
    highlights.push({ sheet: text(row[1]), applied: text(row[2]), color: text(row[3]), pattern: text(row[4]) === '' ? null : text(row[4]), areas: text(row[5]) });
  }
  return { exists: true, settings, highlights, highlightRows: Math.max(0, values.length - SETTING_ROWS) };
}

/** Queues the load of the state sheet (values only); after the sync, the state (NO_STATE when absent). */
export function queueStateLoad(context: Excel.RequestContext): () => WorkbookState {
  const used = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET).getUsedRangeOrNullObject(true);
  used.load('values,rowIndex');
  const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  sheet.load('id');
  return () => {
    if (sheet.isNullObject) return NO_STATE;
    if (used.isNullObject) return { ...NO_STATE, exists: true };
    // The used range starts at A1 in practice; pad the rows above it if a user cleared them.
    const pad = Array.from({ length: used.rowIndex }, () => [] as CellValue[]);
    return parseState([...pad, ...(used.values as CellValue[][])]);
  };
}

function stateSheet(context: Excel.RequestContext, state: WorkbookState): Excel.Worksheet {
  if (state.exists) return context.workbook.worksheets.getItem(STATE_SHEET);
  const sheet = context.workbook.worksheets.add(STATE_SHEET);
  sheet.visibility = 'VeryHidden';
  return sheet;
}

/** Queues writing settings (each in its own row). Returns the state as it will be. */
export function queueSettings(context: Excel.RequestContext, state: WorkbookState, values: Record<string, string>): WorkbookState {
  const sheet = stateSheet(context, state);
  const settings = new Map(state.settings);
  const used = new Set([...settings.values()].map((s) => s.row));
  for (const [key, value] of Object.entries(values)) {
    let row = settings.get(key)?.row;
    if (row === undefined) {
      row = 0;
      while (used.has(row)) row++;
      if (row >= SETTING_ROWS) continue; // no room: a setting more than the layout foresees
      used.add(row);
    }
    sheet.getRange(blockAddress(row, 1, 2)).values = cellInputs([[key, value]]);
    settings.set(key, { row, value });
  }
  return { ...state, exists: true, settings };
}

/** Queues replacing the highlight record with `groups`. Returns the state as it will be. */
export function queueHighlights(context: Excel.RequestContext, state: WorkbookState, groups: readonly HighlightGroup[]): WorkbookState {
  const sheet = stateSheet(context, state);
  const rows = groups.map((g) => ['highlight', g.sheet, g.applied, g.color, g.pattern ?? '', g.areas]);
  const clear = Math.max(state.highlightRows, rows.length);
  if (clear > 0) {
    const block = Array.from({ length: clear }, (_, i) => rows[i] ?? ['', '', '', '', '', '']);
    const range = sheet.getRange('A' + String(SETTING_ROWS + 1) + ':F' + String(SETTING_ROWS + clear));
    // Texts as texts: an area list such as "C3" must not become anything else.
    range.values = cellInputs(block);
  }
  return { ...state, exists: true, highlights: [...groups], highlightRows: rows.length };
}
