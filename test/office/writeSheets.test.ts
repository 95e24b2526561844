import { OUTPUT_SHEETS } from '../../src/core/outputSheets';
import { PortError } from '../../src/core/port';
import { createExcelPort } from '../../src/office/excelPort';
import type { PortNotice } from '../../src/office/notices';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { describe as describeSheet, memberWorkbook, outputDescriptions } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

const OUTPUT_NAMES = OUTPUT_SHEETS.map((s) => s.name);
/** Every mark pointing at its sheet, in the fake's (alphabetical) order of names. */
const MARKS = OUTPUT_SHEETS.map((s) => ({ name: s.mark, formula: "='" + s.name + "'!$A$1" })).sort((a, b) => (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1)); // as Excel's Name Manager lists them (case-insensitive)

function inputSnapshots(f: InstalledFakeOffice, names: string[]): string[] {
  return names.map((n) => f.snapshot(n));
}

describe('writeSheets costs two round trips (data, layout) after a read, whatever the size of the workbook', () => {
  test.each([6, 34])('%i members: 2 syncs for the first write after the read, and 2 for a rewrite', async (n) => {
    fake = installFakeOffice({ sheets: memberWorkbook(n) });
    const port = createExcelPort();
    await port.readInput();
    const read = fake.syncCount;
    await port.writeSheets(outputDescriptions(n));
    expect(fake.syncCount - read).toBe(2);
    await port.writeSheets(outputDescriptions(n, 'Lần chạy 2'));
    expect(fake.syncCount - read).toBe(4);
    expect(fake.unsyncedRuns).toBe(0);
    // Calculation suspended for the one data request of each write; screen updating too (1.9).
    expect(fake.suspensions).toEqual(['calculation', 'screenUpdating', 'calculation', 'screenUpdating']);
    // No undo group: it would fail with UndoNotSupported, deleting a sheet cannot be undone.
    expect(fake.runs.every((r) => r.options === null)).toBe(true);
  });
});

describe('the written sheets hold exactly the descriptions', () => {
  test('values, marks and order after a first write', async () => {
    const inputs = memberWorkbook(6);
    fake = installFakeOffice({ sheets: inputs });
    const descs = outputDescriptions(6);
    await createExcelPort().writeSheets(descs);
    expect(fake.sheetNames()).toEqual([...Object.keys(inputs), ...OUTPUT_NAMES]);
    for (const d of descs) {
      const expected = d.values.map((row) => row.map((v) => (v === null ? '' : v)));
      expect(fake.values(d.name)).toEqual(expected);
    }
    const marks = OUTPUT_SHEETS.map((s) => ({ name: s.mark, formula: "='" + s.name + "'!$A$1" }));
    expect(fake.names()).toEqual(marks.sort((a, b) => (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1)));
    expect(fake.sheetNames().some((n) => n.startsWith('~'))).toBe(false);
    for (const name of OUTPUT_NAMES) expect(fake.sheet(name).visibility).toBe('Visible');
  });

  test('a rewrite writes the old sheets in place: the same sheets (ids), tab positions and marks, new contents', async () => {
    const inputs = memberWorkbook(6);
    fake = installFakeOffice({ sheets: inputs });
    const port = createExcelPort();
    await port.writeSheets(outputDescriptions(6));
    // The user moves "Xếp hạng" between two input sheets and looks at it.
    await Excel.run(async (context) => {
      const ranking = context.workbook.worksheets.getItem('Xếp hạng');
      ranking.position = 1;
      ranking.activate();
      await context.sync();
    });
    const order = fake.sheetNames();
    const oldId = fake.sheet('Xếp hạng').id;
    await port.writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    expect(fake.sheetNames()).toEqual(order);
    // The same sheet: formulas, charts and names pointing at it keep working.
    expect(fake.sheet('Xếp hạng').id).toBe(oldId);
    expect(fake.values('Xếp hạng')[1][0]).toBe('Lần chạy 2');
    expect(fake.activeSheet()).toBe('Xếp hạng');
    expect(fake.names()).toEqual(MARKS);
  });

  test('writing only the check sheet leaves the other output sheets alone', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    const port = createExcelPort();
    await port.writeSheets(outputDescriptions(6));
    const others = inputSnapshots(fake, OUTPUT_NAMES.slice(1));
    await port.writeSheets([outputDescriptions(6, 'Lần chạy 2')[0]]);
    expect(inputSnapshots(fake, OUTPUT_NAMES.slice(1))).toEqual(others);
    expect(fake.values('Kết quả kiểm tra')[1][0]).toBe('Lần chạy 2');
  });
});

describe('only our own sheets are written', () => {
  test('no input sheet changes in any way, values or formats', async () => {
    const inputs = memberWorkbook(6);
    fake = installFakeOffice({ sheets: inputs });
    const before = inputSnapshots(fake, Object.keys(inputs));
    const port = createExcelPort();
    await port.writeSheets(outputDescriptions(6));
    await port.writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    expect(inputSnapshots(fake, Object.keys(inputs))).toEqual(before);
  });

  test('a sheet with an output name but no mark is refused, and nothing is written', async () => {
    fake = installFakeOffice({ sheets: { ...memberWorkbook(6), 'Xếp hạng': [['Bảng của tôi']] } });
    const before = fake.sheetNames().map((n) => fake.snapshot(n));
    const error = await createExcelPort()
      .writeSheets(outputDescriptions(6))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ kind: 'notOurs' });
    expect((error as PortError).vi).toContain('“Xếp hạng”');
    expect((error as PortError).vi).toMatch(/đổi tên/);
    expect((error as PortError).en).toMatch(/rename/i);
    expect(fake.sheetNames().map((n) => fake.snapshot(n))).toEqual(before);
    expect(fake.syncCount).toBe(1);
    expect(fake.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
  });

  test('the same name in other letter case is the same sheet for Excel, and is refused too', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']], 'XẾP HẠNG': [['y']] } });
    await expect(createExcelPort().writeSheets(outputDescriptions(6).slice(2, 3))).rejects.toMatchObject({ kind: 'notOurs' });
  });

  test('our sheet renamed by the user is still ours: it is rewritten and takes the output name back', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']], 'XH cũ': [['cũ']] }, names: { CumThiDua_XepHang: 'XH cũ' } });
    await createExcelPort().writeSheets(outputDescriptions(6).slice(2, 3));
    expect(fake.sheetNames()).toEqual(['Tự chấm', 'Xếp hạng']);
    expect(fake.names()).toEqual([{ name: 'CumThiDua_XepHang', formula: "='Xếp hạng'!$A$1" }]);
  });

  test('a mark whose sheet was deleted (#REF!) is replaced by a good one', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] }, names: { CumThiDua_XepHang: { formula: '=#REF!$A$1' } } });
    await createExcelPort().writeSheets(outputDescriptions(6).slice(2, 3));
    expect(fake.names()).toEqual([{ name: 'CumThiDua_XepHang', formula: "='Xếp hạng'!$A$1" }]);
  });

  test('a protected workbook structure is reported before anything is written', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), structureProtected: true });
    await expect(createExcelPort().writeSheets(outputDescriptions(6))).rejects.toMatchObject({ kind: 'protected' });
    expect(fake.syncCount).toBe(1);
  });
});

describe('texts are written as texts, never interpreted', () => {
  const tricky = ['=SUM(A1)', '+84 912', '-5 điểm', '@home', '0912345678', '9,5', 'TRUE', "'trích dẫn", '  9 ', '#N/A', '(5)', 'Năm 2024'];

  test('formula-like and number-like texts read back exactly, and no cell holds a formula', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    const port = createExcelPort();
    await port.writeSheets([describeSheet('check', [tricky, ['Tỉnh Nghệ An', 9.5, null, 0, -3]])]);
    const row = fake.values('Kết quả kiểm tra');
    expect(row[0]).toEqual(tricky);
    expect(row[1]).toEqual(['Tỉnh Nghệ An', 9.5, '', 0, -3, '', '', '', '', '', '', '']);
    for (const cell of fake.sheet('Kết quả kiểm tra').cells.values()) expect(cell.formula).toBeNull();
    // Copied over from the staging sheet in place: the same texts on a second write.
    await port.writeSheets([describeSheet('check', [tricky.slice().reverse()])]);
    expect(fake.values('Kết quả kiểm tra')[0]).toEqual(tricky.slice().reverse());
    for (const cell of fake.sheet('Kết quả kiểm tra').cells.values()) expect(cell.formula).toBeNull();
  });

  test('plain text that Excel cannot misread is written without the apostrophe', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    await createExcelPort().writeSheets([describeSheet('check', [['Tỉnh Quảng Trị', '=1']])]);
    expect(fake.cell('Kết quả kiểm tra', 'A1')?.prefixed).toBe(false);
    expect(fake.cell('Kết quả kiểm tra', 'B1')?.prefixed).toBe(true);
  });
});

describe('formats follow the description', () => {
  test('styles, merges, widths in points, heights, links, frozen rows, sheet font', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    const descs = outputDescriptions(6);
    await createExcelPort().writeSheets(descs);
    const check = fake.sheet('Kết quả kiểm tra');
    expect(fake.cell('Kết quả kiểm tra', 'A1')?.font).toMatchObject({ bold: true, size: 14, name: 'Times New Roman' });
    expect(fake.cell('Kết quả kiểm tra', 'A1')?.horizontalAlignment).toBe('Center');
    expect(fake.cell('Kết quả kiểm tra', 'C4')?.fill).toEqual({ color: '#D9E1F2', pattern: 'Solid' });
    expect(fake.cell('Kết quả kiểm tra', 'C4')?.verticalAlignment).toBe('Center');
    expect(fake.cell('Kết quả kiểm tra', 'E9')?.font.size).toBe(13);
    expect(check.merges).toEqual(['A1:E1']);
    // 12 characters of Calibri 11 (7 px) + 5 px padding = 89 px = 66.75 pt.
    expect([...check.columnWidths.values()]).toEqual([66.75, 66.75, 66.75, 66.75, 66.75]);
    expect(check.rowHeights.get(0)).toBe(24);
    expect(check.frozenRows).toBe(4);
    const edges = check.borders.filter((b) => b.address === 'A4:E16').map((b) => [b.edge, b.style, b.weight]);
    expect(edges).toEqual(
      ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'].map((e) => [e, 'Continuous', 'Thin']),
    );
    expect(fake.cell('Kết quả kiểm tra', 'D5')?.hyperlink).toEqual({ documentReference: "'Tự chấm'!C2", textToDisplay: undefined });
    expect(fake.cell('Kết quả kiểm tra', 'D5')?.value).toBe('C2');
    const detail = fake.sheet('Tổng hợp điểm');
    expect(detail.peek(4, 2)?.numberFormat).toBe('0.00');
    expect(detail.peek(4, 1)?.numberFormat).toBe('General');
  });

  test('a link on plain text repeats the text as the text to display', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    await createExcelPort().writeSheets([describeSheet('check', [['Tỉnh Hà Tĩnh']], { links: [{ cell: 'A1', sheet: 'Tự chấm', target: 'B3' }] })]);
    expect(fake.cell('Kết quả kiểm tra', 'A1')?.hyperlink).toEqual({ documentReference: "'Tự chấm'!B3", textToDisplay: 'Tỉnh Hà Tĩnh' });
  });

  test('no inside border is asked for a single row or column', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    const desc = describeSheet('check', [['a', 'b'], ['c', 'd']], {
      styles: [
        { range: 'A1:B1', style: { border: true } },
        { range: 'A1:A2', style: { border: true } },
        { range: 'B2', style: { border: true } },
      ],
    });
    await createExcelPort().writeSheets([desc]);
    const edges = (address: string): string[] => fake.sheet('Kết quả kiểm tra').borders.filter((b) => b.address === address).map((b) => b.edge);
    expect(edges('A1:B1')).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical']);
    expect(edges('A1:A2')).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal']);
    expect(edges('B2')).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight']);
  });
});

describe('page layout needs ExcelApi 1.9; below it the sheets are written and the user is told', () => {
  test('ExcelApi 1.9: A4, orientation, margins in points, fit to one page wide, titles, area, footer', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    const notices: PortNotice[] = [];
    await createExcelPort({ onNotice: (n) => notices.push(n) }).writeSheets(outputDescriptions(6));
    const layout = fake.sheet('Xếp hạng').pageLayout;
    const cm = (x: number): number => (x / 2.54) * 72;
    expect(layout.orientation).toBe('Landscape');
    expect(layout.paperSize).toBe('A4');
    expect(layout.topMargin).toBeCloseTo(56.693, 3);
    expect(layout.leftMargin).toBeCloseTo(cm(3), 9);
    expect(layout.rightMargin).toBeCloseTo(42.52, 2);
    expect(layout.headerMargin).toBeCloseTo(cm(0.8), 9);
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(layout.printTitleRows).toBe('$4:$4');
    expect(layout.printArea).toBe('A1:E10');
    expect(layout.printGridlines).toBe(false);
    expect(layout.centerHorizontally).toBe(true);
    // Issue 10: the page number at the top from page 2 (page 1 has its own, empty header), the
    // fingerprint in the footer of every page; gridlines off on screen (1.8).
    const footer = '&"Times New Roman,Italic"&8Mã kiểm tra dữ liệu 3F2A-91C0-7D4E-0B18';
    expect(layout.headersFooters).toEqual({
      state: 'FirstAndDefault',
      defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&13&P', centerFooter: footer },
      firstPage: { centerHeader: '', centerFooter: footer },
    });
    expect(fake.sheet('Xếp hạng').showGridlines).toBe(false);
    // Notes need ExcelApi 1.18, which this host lacks: they are left out and the user told.
    expect(notices.map((n) => n.code)).toEqual(['notesSkipped']);
    expect(fake.sheet('Kết quả kiểm tra').notes.size).toBe(0);
  });

  test('ExcelApi 1.8: the same sheets without page layout, and a notice naming them', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), supported: { ExcelApi: '1.8' } });
    const notices: PortNotice[] = [];
    await createExcelPort({ onNotice: (n) => notices.push(n) }).writeSheets(outputDescriptions(6));
    expect(fake.syncCount).toBe(3);
    for (const name of OUTPUT_NAMES) expect(fake.sheet(name).pageLayout).toEqual({});
    // Below ExcelApi 1.9 a rewrite clears the old content and writes it again (no copyFrom).
    await createExcelPort().writeSheets(outputDescriptions(6, 'Lần chạy 2'));
    expect(fake.values('Xếp hạng')[1][0]).toBe('Lần chạy 2');
    expect(fake.syncs.some((x) => x.actions.includes('Range.copyFrom'))).toBe(false);
    expect(fake.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
    const notice = notices.find((n) => n.code === 'pageLayoutSkipped');
    expect(notice?.sheets).toEqual(OUTPUT_NAMES);
    expect(notice?.vi).toContain('ExcelApi 1.9');
    // Screen updating (1.9) is not suspended either; calculation (1.6) still is.
    expect(fake.suspensions).toEqual(['calculation', 'calculation']);
  });

  test('ExcelApi 1.18: notes are written', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), supported: { ExcelApi: '1.18' } });
    const notices: PortNotice[] = [];
    await createExcelPort({ onNotice: (n) => notices.push(n) }).writeSheets(outputDescriptions(6));
    expect([...fake.sheet('Kết quả kiểm tra').notes.entries()]).toEqual([['A4', 'Mức độ: Lỗi chặn xếp hạng; Cảnh báo thì không.']]);
    expect(notices).toEqual([]);
  });
});

describe('page breaks and drawn rules (issue 10: a heading never ends a page; rules are borders)', () => {
  test('the described row breaks are set, and a rewrite replaces those of the previous run', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    const port = createExcelPort();
    await port.readInput();
    const first = outputDescriptions(6);
    const ranking = (list: typeof first) => list.find((d) => d.key === 'detail')!;
    ranking(first).pageSetup = { ...ranking(first).pageSetup!, rowBreaks: [9, 20] };
    await port.writeSheets(first);
    expect(fake.sheet('Tổng hợp điểm').pageBreaks).toEqual([9, 20]);
    // The sheet is rewritten in place (copyFrom): the old breaks are not carried over.
    const again = outputDescriptions(6, 'Lần chạy 2');
    ranking(again).pageSetup = { ...ranking(again).pageSetup!, rowBreaks: [14] };
    await port.writeSheets(again);
    expect(fake.syncs.some((x) => x.actions.includes('Range.copyFrom'))).toBe(true);
    expect(fake.sheet('Tổng hợp điểm').pageBreaks).toEqual([14]);
  });

  test('a rule is the outer edge of its range only, in the line asked for', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['x']] } });
    const desc = describeSheet('check', [['a', null, null], [null, null, null]], {
      styles: [
        { range: 'B2:C2', style: { edges: { top: 'thin' } } },
        { range: 'A1:C1', style: { edges: { bottom: 'double', left: 'medium' } } },
      ],
    });
    await createExcelPort().writeSheets([desc]);
    const borders = fake.sheet('Kết quả kiểm tra').borders.map((b) => [b.address, b.edge, b.style, b.weight]);
    expect(borders).toEqual([
      ['B2:C2', 'EdgeTop', 'Continuous', 'Thin'],
      ['A1:C1', 'EdgeBottom', 'Double', 'Thick'],
      ['A1:C1', 'EdgeLeft', 'Continuous', 'Medium'],
    ]);
  });

  test('ExcelApi 1.8: no page setup (notice), but gridlines are turned off on screen', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6), supported: { ExcelApi: '1.8' } });
    await createExcelPort().writeSheets(outputDescriptions(6));
    expect(fake.sheet('Xếp hạng').pageLayout).toEqual({});
    expect(fake.sheet('Xếp hạng').pageBreaks).toEqual([]);
    expect(fake.sheet('Xếp hạng').showGridlines).toBe(false);
  });
});

describe('Office errors reach the user as sentences', () => {
  test('cell-editing mode that lasts longer than the wait', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    fake.cellEditMode = true;
    const error = (await createExcelPort({ syncTimeoutMs: 600 })
      .writeSheets(outputDescriptions(6))
      .catch((e: unknown) => e)) as PortError;
    expect(error).toMatchObject({ kind: 'editing' });
    expect(error.vi).toMatch(/chế độ sửa ô/);
    expect(error.en).toMatch(/cell-editing mode/);
  });

  test('a request that never answers times out', async () => {
    fake = installFakeOffice({ sheets: memberWorkbook(6) });
    fake.hangSync(2);
    const started = Date.now();
    // Sync 2 is the data request of a pane that has not read the workbook (sync 1 surveys it).
    const error = await createExcelPort({ syncTimeoutMs: 50 })
      .writeSheets(outputDescriptions(6))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fake.sheetNames().some((n) => n.startsWith('~'))).toBe(false);
  });
});
