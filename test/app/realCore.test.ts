/**
 * The commands with the real core (src/app/defaultCore.ts), on the input sheets of a fresh
 * template read back as grids: the wiring the task pane uses in Excel.
 */
import { runCheck, runRank, createNewWorkbook } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import type { SheetDescription } from '../../src/core/sheet';
import { fakePort } from './fakes/fakePort';

const FORM = {
  clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ',
  year: '2022',
  members: 'TH=Tỉnh Thanh Hóa; NA=Tỉnh Nghệ An; HT=Tỉnh Hà Tĩnh; QT=Tỉnh Quảng Trị',
};

/** A port whose workbook holds the sheets createInputSheets was given, as value grids. */
function templatePort() {
  const port = fakePort();
  const created: SheetDescription[] = [];
  const create = port.createInputSheets.bind(port);
  port.createInputSheets = async (sheets) => {
    created.push(...sheets);
    await create(sheets);
    port.input = { sheets: created.map((s) => ({ name: s.name, values: s.values })) };
  };
  return port;
}

describe('the real core behind the commands', () => {
  test('a fresh template is a scoring workbook; Check writes only `Kết quả kiểm tra`', async () => {
    const port = templatePort();
    const made = await createNewWorkbook(port, defaultCore, FORM);
    expect(made.ok).toBe(true);
    const r = await runCheck(port, defaultCore);
    expect(r.outcome).not.toBe('notScoring');
    expect(port.count('readInput')).toBe(1);
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    expect(r.report.workbook?.members.map((m) => m.name)).toEqual(['Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Quảng Trị']);
    for (const p of r.report.problems) expect(defaultCore.problemMessage(p, 'vi')).not.toBe('');
  });

  test('Rank on the blank template: the missing scores block it, only `Kết quả kiểm tra` is written', async () => {
    const port = templatePort();
    await createNewWorkbook(port, defaultCore, FORM);
    const r = await runRank(port, defaultCore);
    expect(r.report.problems.some((p) => p.code === 'SCORE_MISSING')).toBe(true);
    expect(r.outcome).toBe('blocked');
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
    expect(port.count('saveSetting')).toBe(0);
  });
});
