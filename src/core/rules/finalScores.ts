/**
 * Final score of each (member, leaf) from the chosen score source (docs/quy-tac-tinh-diem.md §3).
 */
import type { ParsedWorkbook, ScoreSheet } from '../model';
import type { Points } from '../hundredths';
import { aggregate } from './aggregate';

/** finals[memberIndex][leafIndex]; null where no score counts (a `Điểm` leaf without a score). */
export function finalScores(wb: ParsedWorkbook): (Points | null)[][] {
  const { settings, members, leaves } = wb;
  const finals: (Points | null)[][] = [];
  const single: ScoreSheet | null =
    settings.scoreSource === 'self' ? wb.self : settings.scoreSource === 'appraisal' ? wb.appraisal : null;

  // For cross-scoring, the sheets whose cells count for member m: all, minus m's own sheet
  // unless the settings count self-scoring.
  const crossFor = (memberCode: string): ScoreSheet[] =>
    settings.countSelfInCross ? wb.cross : wb.cross.filter((s) => s.scorer !== memberCode);

  for (let m = 0; m < members.length; m++) {
    const row: (Points | null)[] = new Array(leaves.length);
    const sheets = settings.scoreSource === 'cross' ? crossFor(members[m].code) : [];
    for (let l = 0; l < leaves.length; l++) {
      let value: Points | null;
      if (settings.scoreSource === 'cross') {
        const counted: Points[] = [];
        for (const s of sheets) {
          const v = s.values[m]?.[l];
          if (v !== null && v !== undefined) counted.push(v);
        }
        value = aggregate(counted, settings.aggregation);
      } else {
        const v = single?.values[m]?.[l];
        value = v === undefined ? null : v;
      }
      // `Thưởng`/`Trừ` leaves with no value count 0 (docs/quy-tac-tinh-diem.md §3).
      if (value === null && leaves[l].type !== 'score') value = 0;
      row[l] = value;
    }
    finals.push(row);
  }
  return finals;
}
