/** The cells to colour for a list of problems: one entry per cell, with its most severe problem. */
import type { HighlightCell, Problem, Severity } from '../core/index';

const WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function highlightCellsFor(problems: readonly Problem[]): HighlightCell[] {
  const byCell = new Map<string, HighlightCell>();
  for (const p of problems) {
    if (p.sheet === '' || p.cell === '') continue; // nothing to colour for a whole sheet or workbook
    const key = p.sheet + '\u0000' + p.cell.toUpperCase();
    const seen = byCell.get(key);
    if (!seen || WEIGHT[p.severity] > WEIGHT[seen.severity]) byCell.set(key, { sheet: p.sheet, cell: p.cell, severity: p.severity });
  }
  return [...byCell.values()];
}
