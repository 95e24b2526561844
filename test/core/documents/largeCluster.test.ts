/**
 * A large cluster (34 members × 300 criteria) must be described with styles over blocks, not
 * one entry per cell (its speed is measured by `npm run bench`, not by a timed test): a shell applies every style entry as one call, so their
 * number, not the number of cells, sets the writing time in Excel.
 */
import { asPercent } from '../../../src/core/hundredths';
import { describeOutputSheets } from '../../../src/core/documents/describeOutputSheets';
import { problem, type Problem } from '../../../src/core/problems';
import { bigCluster } from './fixtures';
import { shapeProblems } from './sheetQueries';

const MEMBERS = 34;
const GROUPS = 30;
const PER_GROUP = 9; // 30 groups + 270 leaves = 300 criteria rows

function run(threshold: number) {
  const { workbook, results } = bigCluster(MEMBERS, GROUPS, PER_GROUP);
  workbook.settings.deviationThreshold = asPercent(threshold);
  const problems: Problem[] = [];
  for (let i = 0; i < 2000; i++) problems.push(problem(i % 3 === 0 ? 'info' : 'warning', 'SCORE_STEP', 'Tự chấm', `D${i + 2}`, { value: '9,30', step: 25, criterion: 'I.1', member: 'M1' }, { member: 'M1' }));
  const sheets = describeOutputSheets({ workbook, results, problems, fingerprint: 'ABCD-0123-4567-89EF', computedAt: '27/11/2026 14:05' });
  return { sheets };
}

describe('34 members × 300 criteria', () => {
  it('keeps the style entries to blocks: a few per sheet, one per group row, not one per cell', () => {
    const { sheets } = run(2000);
    const detail = sheets.find((s) => s.key === 'detail')!;
    expect(detail.values.length).toBeGreaterThan(300);
    expect(detail.values[0]).toHaveLength(3 + MEMBERS);
    // One per group row plus a fixed number for header, body, columns and small print.
    expect(detail.styles.length).toBeLessThan(GROUPS + 60);
    const check = sheets.find((s) => s.key === 'check')!;
    expect(check.styles.length).toBeLessThan(40);
    for (const s of sheets) expect(shapeProblems(s)).toEqual([]);
  });

  it('shades every marked cell of a row with one range when all cells deviate', () => {
    // Finals are 80 % of the maximum and self scores the maximum: a gap of 20 %. With a 10 %
    // threshold every leaf cell is marked, and each leaf row is one run across all members.
    const { sheets } = run(1000);
    const detail = sheets.find((s) => s.key === 'detail')!;
    const shades = detail.styles.filter((s) => s.style.fill === 'D9D9D9');
    expect(shades).toHaveLength(GROUPS * PER_GROUP);
    expect(shades[0].range).toMatch(/^D\d+:AK\d+$/);
  });
});
