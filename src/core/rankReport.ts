/**
 * Ranking a workbook: the check, then the output sheets described from it (src/core/documents;
 * docs/tai-lieu-in.md). A module of its own so that the task pane can load it on demand
 * (index.ts, loadRanking).
 */
import { checkWorkbook, type CheckReport } from './checkReport';
import type { SheetDescription } from './sheet';
import type { WorkbookInput } from './grid';
import { describeOutputSheets } from './documents/describeOutputSheets';

export interface RankReport extends CheckReport {
  /** The output sheets to write (only `Kết quả kiểm tra` when errors block ranking). */
  sheets: SheetDescription[];
}

export interface RankOptions {
  /** When the results were computed, as printed on the sheets ("27/11/2026 14:05"). */
  computedAt: string;
}

/** Checks, ranks and describes the four output sheets. */
export function rankWorkbook(input: WorkbookInput, options: RankOptions): RankReport {
  return rankReportOf(checkWorkbook(input), options);
}

/**
 * The rank report of a check already made: the output sheets described from it. rankWorkbook is
 * exactly this after checkWorkbook; a shell that checked the input elsewhere (the web mode's
 * worker) describes the sheets from that check instead of checking again.
 */
export function rankReportOf(report: CheckReport, options: RankOptions): RankReport {
  const sheets = describeOutputSheets({
    workbook: report.workbook,
    results: report.results,
    problems: report.problems,
    fingerprint: report.fingerprint,
    computedAt: options.computedAt,
    lock: report.lock,
  });
  return { ...report, sheets };
}
