/**
 * The draft mark (docs/tai-lieu-in.md "Dự thảo"): while a round of the vote is pending, every
 * document of the meeting is a draft, and says so in bold above its title, so that nobody signs
 * or sends it by mistake.
 */
import { FONT_SIZE } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';

export const DRAFT_MARK = 'DỰ THẢO';

/** Appends the mark, centred across the page, when `pending`; nothing otherwise. */
export function addDraftMark(b: SheetBuilder, pending: boolean): void {
  if (!pending) return;
  b.paragraph(DRAFT_MARK, { bold: true, hAlign: 'center' }, FONT_SIZE.title);
}
