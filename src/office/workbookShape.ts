/**
 * The workbook's sheets (id, name, tab position, visibility) and defined names, loaded in the
 * same request as whatever else a command needs first. Every command that must know "which
 * sheets are ours" starts with this, so it costs no round trip of its own.
 */
import type { NameInfo } from './sheetMarks';

export interface SheetShape {
  id: string;
  name: string;
  position: number;
  visible: boolean;
}

export interface WorkbookShape {
  /** In tab order. */
  sheets: SheetShape[];
  /** Workbook-scoped defined names with their formulas. */
  names: NameInfo[];
}

/**
 * Queues the loads; the returned function reads them after the next sync. `extra` adds item
 * paths to the same load (e.g. "protection/protected"), read through `sheets.items`.
 */
export function queueShape(context: Excel.RequestContext, extra: readonly string[] = []): () => WorkbookShape {
  const sheets = context.workbook.worksheets;
  sheets.load(['id', 'name', 'position', 'visibility', ...extra].map((p) => 'items/' + p).join(','));
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  return () => ({
    sheets: sheets.items
      .map((s) => ({ id: s.id, name: s.name, position: s.position, visible: s.visibility === 'Visible' }))
      .sort((a, b) => a.position - b.position),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? '') })),
  });
}
