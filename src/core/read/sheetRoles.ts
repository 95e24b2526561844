/**
 * Which sheet plays which part (docs/huong-dan-so-lieu.md, Input sheets): input sheets are found by
 * name with matchKey; cross-scoring sheets by their `Chấm chéo - <MÃ>` prefix, with any dash
 * (-, –, —) and spacing. A sheet named like one of our output sheets but without our mark belongs
 * to a person and must be renamed (General rules). Any other sheet is the users' own business
 * (notes, drafts) and is ignored.
 */
import { OUTPUT_SHEETS } from '../outputSheets';
import { cleanText, matchKey } from '../text';
import { CROSS_SHEET_PREFIX, SHEET_NAMES } from '../words/format';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';

export type SingleRole = keyof typeof SHEET_NAMES;

export interface CrossCandidate {
  view: SheetView;
  /** The scorer as the sheet name writes it (code, name or alias), '' when missing. */
  scorerText: string;
  /**
   * True when the name has no dash ("Chấm chéo NA"): taken only if the rest names a member,
   * since a user's own sheet may well be called "Chấm chéo (ghi chú)".
   */
  tentative: boolean;
}

export interface SheetRoles {
  single: Partial<Record<SingleRole, SheetView>>;
  cross: CrossCandidate[];
}

const ROLE_BY_KEY = new Map<string, SingleRole>(
  (Object.keys(SHEET_NAMES) as SingleRole[]).map((role) => [matchKey(SHEET_NAMES[role]), role]),
);
const OUTPUT_KEYS = new Set(OUTPUT_SHEETS.map((s) => matchKey(s.name)));
const CROSS_KEY = matchKey(CROSS_SHEET_PREFIX);
const DASHED_TAIL = /^\s*[-\u2013\u2014]\s*(.*)$/;

export function findSheetRoles(views: readonly SheetView[], markedSheets: readonly string[], sink: ProblemSink): SheetRoles {
  const marked = new Set(markedSheets.map((n) => matchKey(n)));
  const single: Partial<Record<SingleRole, SheetView>> = {};
  const cross: CrossCandidate[] = [];
  for (const view of views) {
    const key = matchKey(view.name);
    // Our own output sheets carry the mark; they are never input, whatever their name.
    if (marked.has(key)) continue;
    if (OUTPUT_KEYS.has(key)) {
      sink.sheet(view, 'error', 'OUTPUT_SHEET_NOT_OURS', { sheet: view.name });
      continue;
    }
    const role = ROLE_BY_KEY.get(key);
    if (role) {
      const first = single[role];
      if (first) sink.sheet(view, 'error', 'SHEET_DUPLICATE', { sheet: view.name, first: first.name, role: SHEET_NAMES[role] });
      else single[role] = view;
      continue;
    }
    if (key.startsWith(CROSS_KEY)) {
      const candidate = crossCandidate(view, key.slice(CROSS_KEY.length));
      if (candidate) cross.push(candidate);
    }
  }
  return { single, cross };
}

function crossCandidate(view: SheetView, keyTail: string): CrossCandidate | null {
  if (DASHED_TAIL.test(keyTail)) {
    // Take the scorer from the name as written (the key is lower-cased); the prefix has no dash.
    const name = cleanText(view.name);
    const dash = name.search(/[-\u2013\u2014]/);
    return { view, scorerText: dash < 0 ? '' : name.slice(dash + 1).trim(), tentative: false };
  }
  if (keyTail.startsWith(' ') && keyTail.trim() !== '') {
    const name = cleanText(view.name);
    const words = name.split(' ');
    return { view, scorerText: words.slice(CROSS_SHEET_PREFIX.split(' ').length).join(' '), tentative: true };
  }
  return null;
}
