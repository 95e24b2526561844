/** Problems grouped by sheet then member, errors first, filtered and paged (issue 13, finding 5). */
import { countFor, groupProblems, membersMentioned, NO_FILTER, pageOf } from '../../src/app/problemGroups';
import { problem, type Problem } from '../../src/core/problems';
import { ERROR_PROBLEMS, MEMBERS, P } from './fixtures/bacTrungBo';

describe('problems grouped by sheet then member', () => {
  test('sheets with errors first, then warnings, then information; within a sheet the groups with errors first, then general, then `Thành viên` order', () => {
    const groups = groupProblems(ERROR_PROBLEMS, MEMBERS, NO_FILTER);
    expect(groups.map((g) => [g.sheet, g.members.map((m) => m.member)])).toEqual([
      ['Tự chấm', ['HT', 'QB']],
      ['Thẩm định', ['TH']],
      ['Cấu hình', [null]],
    ]);
    expect(groups[0].members[0].problems).toEqual([P.aboveMax, P.asText]);
    expect(groups[0].counts).toEqual({ error: 2, warning: 1, info: 0 });
  });

  test('within a group, errors before warnings before information, whatever the core’s order', () => {
    const info = problem('info', 'SETTING_DEFAULT_USED', 'Tự chấm', 'E9', { setting: 'scoreSource', value: 'appraisal' }, { member: 'HT' });
    const groups = groupProblems([info, P.asText, P.aboveMax], MEMBERS, NO_FILTER);
    expect(groups[0].members[0].problems.map((p) => p.severity)).toEqual(['error', 'warning', 'info']);
  });

  test('the member filter keeps only that member’s problems', () => {
    const groups = groupProblems(ERROR_PROBLEMS, MEMBERS, { member: 'HT', severity: null });
    expect(groups).toEqual([
      { sheet: 'Tự chấm', counts: { error: 1, warning: 1, info: 0 }, members: [{ member: 'HT', counts: { error: 1, warning: 1, info: 0 }, problems: [P.aboveMax, P.asText] }] },
    ]);
  });

  test('the severity filter keeps only that severity (the badges)', () => {
    const groups = groupProblems(ERROR_PROBLEMS, MEMBERS, { member: null, severity: 'warning' });
    expect(groups.flatMap((g) => g.members.flatMap((m) => m.problems))).toEqual([P.asText, P.deviation]);
    expect(countFor(ERROR_PROBLEMS, 'HT')).toEqual({ error: 1, warning: 1, info: 0 });
  });

  test('members mentioned, in `Thành viên` order', () => {
    expect(membersMentioned(ERROR_PROBLEMS, MEMBERS)).toEqual(['TH', 'HT', 'QB']);
  });
});

describe('a page at a time', () => {
  const many: Problem[] = Array.from({ length: 5000 }, (_, i) =>
    problem(i % 7 === 0 ? 'error' : 'warning', 'SCORE_MISSING', `Chấm chéo - ${i % 5}`, `C${i + 2}`, { member: 'X', criterion: 'I.1' }, { member: ['TH', 'NA', 'HT'][i % 3] }),
  );

  test('5 000 problems: the first page holds exactly the limit, the total is all of them', () => {
    const started = Date.now();
    const groups = groupProblems(many, MEMBERS, NO_FILTER);
    const page = pageOf(groups, 100);
    expect(page.shown).toBe(100);
    expect(page.total).toBe(5000);
    expect(page.groups.flatMap((g) => g.members.flatMap((m) => m.problems))).toHaveLength(100);
    // the first page starts with errors
    expect(page.groups[0].members[0].problems[0].severity).toBe('error');
    expect(Date.now() - started).toBeLessThan(2000); // generous: one pass and sorts, no quadratic search
  });

  test('a page larger than the list shows everything, unchanged', () => {
    const groups = groupProblems(ERROR_PROBLEMS, MEMBERS, NO_FILTER);
    expect(pageOf(groups, 100)).toEqual({ groups, shown: 5, total: 5 });
  });
});
