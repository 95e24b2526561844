/**
 * The worker's check as the page receives it (issue 13): without the score grids of the workbook
 * (every member's score on every criterion, on every cross-scoring sheet — 350 000 numbers on the
 * 34 × 300 × 34 workbook), whose arrival took the page's main thread over 100 ms in one piece. The
 * page never reads them: its views show the results, and the sheets that need the grids are
 * described in the worker (deferredSheets.ts). Each grid keeps its sheet, rows and columns.
 */
import type { CheckReport, ParsedWorkbook } from '../core/index';

type Grid = ParsedWorkbook['cross'][number];

const withoutValues = (g: Grid): Grid => ({ ...g, values: [] });

export function pageReport(report: CheckReport): CheckReport {
  const wb = report.workbook;
  if (!wb) return report;
  return {
    ...report,
    workbook: {
      ...wb,
      self: wb.self && withoutValues(wb.self),
      appraisal: wb.appraisal && withoutValues(wb.appraisal),
      cross: wb.cross.map(withoutValues),
    },
  };
}
