/**
 * Warnings computed from the scores (docs/quy-tac-tinh-diem.md §11): final far from self score, and scorers who
 * are consistently more lenient or harsher than the others in cross-scoring.
 */
import type { ParsedWorkbook } from '../model';
import { a1 } from '../grid';
import { asPercent, type Points } from '../hundredths';
import { problem, type Problem } from '../problems';
import type { ScorerDeviation } from '../results';

/** |final − self| beyond `Ngưỡng chênh lệch (%)` of the leaf's maximum, compared exactly. */
export function selfDeviationProblems(wb: ParsedWorkbook, finals: (Points | null)[][]): Problem[] {
  const out: Problem[] = [];
  const self = wb.self;
  if (!self || wb.settings.scoreSource === 'self') return out;
  const threshold = wb.settings.deviationThreshold; // hundredths of a percent
  for (let m = 0; m < wb.members.length; m++) {
    for (const leaf of wb.leaves) {
      if (leaf.type !== 'score') continue;
      const f = finals[m][leaf.leafIndex];
      const s = self.values[m]?.[leaf.leafIndex];
      if (f === null || s === null || s === undefined) continue;
      const gap = Math.abs(f - s);
      // gap / max > threshold / 10000  ⇔  gap × 10000 > threshold × max
      if (gap * 10000 <= threshold * leaf.max) continue;
      const row = self.leafRows[leaf.leafIndex];
      const col = self.memberCols[m];
      out.push(
        problem(
          'warning',
          'SCORE_DEVIATION',
          self.sheet,
          row >= 0 && col >= 0 ? a1(row, col) : '',
          {
            member: wb.members[m].name,
            criterion: leaf.code,
            final: f,
            self: s,
            percent: asPercent(Math.round((gap * 10000) / leaf.max)),
            threshold,
          },
          { member: wb.members[m].code, criterion: leaf.code },
        ),
      );
    }
  }
  return out;
}

function medianOf(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The limit as the warning shows it, in hundredths: never at or above the scorer's shown
 * deviation. Both are rounded to hundredths for display, and a deviation just over the limit
 * (0,114 against 0,106) would read "0,11 … vượt mức 0,11". Showing the limit rounded down, and
 * below the shown deviation, keeps the sentence true (the real limit is at least the one shown)
 * and visibly so.
 */
export function shownLimit(meanSigned: Points, limit: number): Points {
  return Math.max(0, Math.min(Math.floor(limit), Math.abs(meanSigned) - 1)) as Points;
}

/** Below this mean deviation per cell (in hundredths) a scorer is never flagged: 0,10 point. */
const MIN_FLAGGED_DEVIATION = 10;

/**
 * Each cross scorer's mean signed deviation from the mean of the other scorers on the same cells.
 * A scorer is flagged when its |mean deviation| exceeds twice the median of all scorers'
 * |mean deviations| and at least 0,10 point. This is a report, not a total: plain floating
 * point is fine here; figures are rounded to hundredths for display.
 */
export function scorerDeviations(wb: ParsedWorkbook): { deviations: ScorerDeviation[]; problems: Problem[] } {
  const sheets = wb.cross;
  if (wb.settings.scoreSource !== 'cross' || sheets.length < 3) return { deviations: [], problems: [] };
  const sums = sheets.map(() => ({ signed: 0, absolute: 0, cells: 0 }));
  const nMembers = wb.members.length;
  for (let m = 0; m < nMembers; m++) {
    for (const leaf of wb.leaves) {
      const l = leaf.leafIndex;
      let total = 0;
      let count = 0;
      for (const s of sheets) {
        const v = s.values[m]?.[l];
        if (v !== null && v !== undefined) {
          total += v;
          count++;
        }
      }
      if (count < 2) continue;
      for (let k = 0; k < sheets.length; k++) {
        const v = sheets[k].values[m]?.[l];
        if (v === null || v === undefined) continue;
        const othersMean = (total - v) / (count - 1);
        const d = v - othersMean;
        sums[k].signed += d;
        sums[k].absolute += Math.abs(d);
        sums[k].cells++;
      }
    }
  }
  const means = sums.map((s) => (s.cells ? s.signed / s.cells : 0));
  const limit = 2 * medianOf(means.map(Math.abs));
  const deviations: ScorerDeviation[] = sheets.map((s, k) => ({
    scorer: s.scorer ?? s.sheet,
    cells: sums[k].cells,
    meanSigned: Math.round(means[k]),
    meanAbsolute: Math.round(sums[k].cells ? sums[k].absolute / sums[k].cells : 0),
    flagged: sums[k].cells > 0 && Math.abs(means[k]) > limit && Math.abs(means[k]) >= MIN_FLAGGED_DEVIATION,
  }));
  const problems: Problem[] = [];
  deviations.forEach((d, k) => {
    if (!d.flagged) return;
    const member = wb.members.find((m) => m.code === d.scorer);
    problems.push(
      problem(
        'warning',
        'SCORER_BIASED',
        sheets[k].sheet,
        '',
        { scorer: member ? member.name : d.scorer, meanSigned: d.meanSigned, limit: shownLimit(d.meanSigned, limit) },
        { member: d.scorer },
      ),
    );
  });
  return { deviations, problems };
}
