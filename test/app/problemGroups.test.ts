/** Problems grouped by sheet then member, and the member filter. */
import { groupProblems, membersMentioned } from '../../src/app/problemGroups';
import { ERROR_PROBLEMS, MEMBERS, P } from './fixtures/bacTrungBo';

describe('problems grouped by sheet then member', () => {
  test('sheets in reporting order; general problems first, then members in `Thành viên` order', () => {
    const groups = groupProblems(ERROR_PROBLEMS, MEMBERS, null);
    expect(groups.map((g) => [g.sheet, g.members.map((m) => m.member)])).toEqual([
      ['Cấu hình', [null]],
      ['Tự chấm', ['HT', 'QB']],
      ['Thẩm định', ['TH']],
    ]);
    expect(groups[1].members[0].problems).toEqual([P.aboveMax, P.asText]);
  });

  test('the member filter keeps only that member’s problems', () => {
    const groups = groupProblems(ERROR_PROBLEMS, MEMBERS, 'HT');
    expect(groups).toEqual([{ sheet: 'Tự chấm', members: [{ member: 'HT', problems: [P.aboveMax, P.asText] }] }]);
  });

  test('members mentioned, in `Thành viên` order', () => {
    expect(membersMentioned(ERROR_PROBLEMS, MEMBERS)).toEqual(['TH', 'HT', 'QB']);
  });
});
