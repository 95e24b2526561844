/**
 * The Cài đặt tab (settingLines) and the results name the same next year's head and deputies,
 * for every rotation case: both take them from rules/nextLeaders.ts. Before issue 9 the tab made
 * its own guess from the rotation (the head's next and the one after), so with `Cụm phó năm sau`
 * written and `Cụm trưởng năm sau` left out it could propose the written deputy as head too,
 * while the results named someone else.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/grid';
import { memberNames } from '../../../src/core/memberNames';
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import { computeResults } from '../../../src/core/rules/computeResults';
import { settingLines } from '../../../src/core/settings/settingLines';
import { VI } from '../../../src/core/words';

const CODES = ['TH', 'NA', 'HT', 'QB', 'QT'];
const NAMES: Record<string, string> = { TH: 'Tỉnh Thanh Hóa', NA: 'Tỉnh Nghệ An', HT: 'Tỉnh Hà Tĩnh', QB: 'Tỉnh Quảng Bình', QT: 'Tỉnh Quảng Trị' };

interface Case {
  /** `Chọn Cụm trưởng năm sau` as written (null: not written, the rotation). */
  rule?: string | null;
  members: string[];
  rotation: string[] | null;
  head: string;
  deputy: string;
  nextHead: string | null;
  nextDeputy: string | null;
}

function input(c: Case): WorkbookInput {
  const settings: CellValue[][] = [
    ['Tham số', 'Giá trị'],
    ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'],
    ['Năm', 2022],
    ['Cụm trưởng', c.head],
    ['Cụm phó', c.deputy],
    ['Nguồn điểm', 'Tự chấm'],
  ];
  if (c.rotation) settings.push(['Thứ tự luân phiên', c.rotation.join('; ')]);
  if (c.nextHead) settings.push(['Cụm trưởng năm sau', c.nextHead]);
  if (c.nextDeputy) settings.push(['Cụm phó năm sau', c.nextDeputy]);
  if (c.rule) settings.push(['Chọn Cụm trưởng năm sau', c.rule]);
  return {
    sheets: [
      { name: 'Cấu hình', values: settings },
      { name: 'Thành viên', values: [['Mã', 'Tên đơn vị'], ...c.members.map((m) => [m, NAMES[m]])] },
      { name: 'Tiêu chí', values: [['Mã', 'Nội dung', 'Điểm tối đa'], ['I', 'Kết quả công tác', 10]] },
      { name: 'Tự chấm', values: [['Mã', ...c.members], ['I', ...c.members.map((_, i) => 10 - i)]] },
    ],
  };
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const n of [2, 3, 4]) {
    const members = CODES.slice(0, n);
    for (const rotation of [null, ...permutations(members)]) {
      for (const head of members) {
        const deputy = members.find((m) => m !== head)!;
        for (const nextHead of [null, ...members]) {
          for (const nextDeputy of [null, ...members]) {
            if (nextHead !== null && nextHead === nextDeputy) continue; // refused by the reader
            out.push({ members, rotation, head, deputy, nextHead, nextDeputy });
            out.push({ rule: 'Cụm phó lên Cụm trưởng', members, rotation, head, deputy, nextHead, nextDeputy });
          }
        }
      }
    }
  }
  return out;
}

describe("the Cài đặt tab's next leaders are the results' (rules/nextLeaders.ts)", () => {
  const all = cases();
  it('covers many rotation cases', () => expect(all.length).toBeGreaterThan(1000));

  it('for every rotation, head, and written or suggested next head and deputy', () => {
    const suffix = ` (${VI.next.suggested})`;
    for (const c of all) {
      const wb = readWorkbook(input(c)).workbook!;
      const nom = computeResults(wb).results.nomination;
      const names = memberNames(wb);
      const lines = settingLines(wb, 'vi');
      const tab = (id: 'nextHead' | 'nextDeputies'): string[] =>
        lines
          .find((l) => l.id === id)!
          .value.split(suffix)
          .join('')
          .split(', ')
          .filter((s) => s !== '');
      const results = { head: nom.nextHead === null ? [] : [names.name(nom.nextHead)], deputies: names.names(nom.nextDeputies) };
      expect({ case: c, head: tab('nextHead'), deputies: tab('nextDeputies') }).toEqual({ case: c, ...results });
      // Never the same member as head and deputy.
      expect(results.deputies).not.toContain(results.head[0]);
    }
  });

  it('marks a suggested leader as suggested, and a written one as written', () => {
    const c: Case = { members: ['TH', 'NA', 'HT'], rotation: null, head: 'NA', deputy: 'HT', nextHead: null, nextDeputy: 'HT' };
    const lines = settingLines(readWorkbook(input(c)).workbook!, 'vi');
    // HT is written as next deputy; the head suggested after NA skips HT: TH.
    expect(lines.find((l) => l.id === 'nextHead')).toMatchObject({ value: `Tỉnh Thanh Hóa (${VI.next.suggested})`, isDefault: true });
    expect(lines.find((l) => l.id === 'nextDeputies')).toMatchObject({ value: 'Tỉnh Hà Tĩnh', isDefault: false });
  });
});

describe('`Chọn Cụm trưởng năm sau` (issue 10)', () => {
  const base: Case = { members: ['TH', 'NA', 'HT', 'QB', 'QT'], rotation: null, head: 'NA', deputy: 'QB', nextHead: null, nextDeputy: null };
  const next = (c: Case) => computeResults(readWorkbook(input(c)).workbook!).results.nomination;
  it('`Luân phiên` (the default): the member after this year\'s head, then the one after it', () => {
    expect([next(base).nextHead, next(base).nextDeputies]).toEqual(['HT', ['QB']]);
  });
  it('`Cụm phó lên Cụm trưởng`: this year\'s deputy becomes head; the member after it in the rotation deputy', () => {
    const n = next({ ...base, rule: 'Cụm phó lên Cụm trưởng' });
    expect([n.nextHead, n.nextDeputies, n.nextSuggested]).toEqual(['QB', ['QT'], true]);
  });
  it('… unless the deputy is written as next year\'s deputy: then the rotation names the head', () => {
    const n = next({ ...base, rule: 'Cụm phó lên Cụm trưởng', nextDeputy: 'QB' });
    expect([n.nextHead, n.nextDeputies]).toEqual(['HT', ['QB']]);
  });
  it('an unknown word is refused, naming the two choices', () => {
    const r = readWorkbook(input({ ...base, rule: 'Bầu' }));
    expect(r.problems.find((p) => p.code === 'SETTING_INVALID')?.params).toMatchObject({ setting: 'nextHeadRule', value: 'Bầu', reason: { kind: 'choice' } });
  });
});
