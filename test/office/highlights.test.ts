import { createExcelPort } from '../../src/office/excelPort';
import { HIGHLIGHT_FILL } from '../../src/office/highlights';
import type { PortNotice } from '../../src/office/notices';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook } from './fixtures';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

function setup(extra: Parameters<typeof installFakeOffice>[0] = {}): InstalledFakeOffice {
  const sheets = memberWorkbook(6);
  return installFakeOffice({
    sheets: { ...sheets, 'Tự chấm': { values: sheets['Tự chấm'], fills: { D3: '#FFFF00' } }, 'Xếp hạng': [['Hạng']] },
    names: { CumThiDua_XepHang: 'Xếp hạng' },
    ...extra,
  });
}

describe('highlighting colours problem cells, and clearing gives back exactly the fills they had', () => {
  test('errors red, warnings amber, info not at all; values untouched', async () => {
    fake = setup();
    const values = fake.values('Tự chấm');
    const port = createExcelPort();
    await port.readInput(); // the pane colours after a Check, which read the workbook
    const read = fake.syncCount;
    await port.highlightCells!([
      { sheet: 'Tự chấm', cell: 'C3', severity: 'error' },
      { sheet: 'Tự chấm', cell: 'D3', severity: 'warning' },
      { sheet: 'Tự chấm', cell: 'E3', severity: 'info' },
    ]);
    expect(fake.cell('Tự chấm', 'C3')?.fill.color).toBe(HIGHLIGHT_FILL.error);
    expect(fake.cell('Tự chấm', 'D3')?.fill.color).toBe(HIGHLIGHT_FILL.warning);
    expect(fake.cell('Tự chấm', 'E3')?.fill.color ?? null).toBeNull();
    expect(fake.values('Tự chấm')).toEqual(values);
    // Sheets, protection, the shared record and the fills now; then colour and record.
    expect(fake.syncCount - read).toBe(2);
  });

  test('clear restores "no fill" and a yellow fill alike; the record is emptied', async () => {
    fake = setup();
    const before = fake.snapshot('Tự chấm');
    const port = createExcelPort();
    await port.highlightCells!([
      { sheet: 'Tự chấm', cell: 'C3', severity: 'error' },
      { sheet: 'Tự chấm', cell: 'D3', severity: 'warning' },
    ]);
    // Two groups (two fills before, two fills applied) in the shared state sheet, from row 11.
    expect(fake.values('~ctd-state').slice(10).map((r) => r.slice(0, 6))).toEqual([
      ['highlight', 'Tự chấm', HIGHLIGHT_FILL.error, '#FFFFFF', 'None', 'C3'],
      ['highlight', 'Tự chấm', HIGHLIGHT_FILL.warning, '#FFFF00', 'Solid', 'D3'],
    ]);
    await port.clearHighlights!();
    expect(fake.snapshot('Tự chấm')).toBe(before);
    expect(fake.values('~ctd-state').slice(10)).toEqual([]);
    expect(fake.documentSettings).toEqual({});
  });

  test('a cell the user re-coloured meanwhile keeps the user\u2019s colour', async () => {
    fake = setup();
    const port = createExcelPort();
    await port.highlightCells!([{ sheet: 'Tự chấm', cell: 'C3', severity: 'error' }]);
    fake.sheet('Tự chấm').cell(2, 2).fill = { color: '#00B050', pattern: 'Solid' };
    await port.clearHighlights!();
    expect(fake.cell('Tự chấm', 'C3')?.fill.color).toBe('#00B050');
  });

  test('highlighting again moves the colouring: old cells given back, originals kept for the rest', async () => {
    fake = setup();
    const before = fake.snapshot('Tự chấm');
    const port = createExcelPort();
    await port.highlightCells!([
      { sheet: 'Tự chấm', cell: 'C3', severity: 'error' },
      { sheet: 'Tự chấm', cell: 'D3', severity: 'warning' },
    ]);
    await port.highlightCells!([{ sheet: 'Tự chấm', cell: 'D3', severity: 'error' }]);
    expect(fake.cell('Tự chấm', 'C3')?.fill).toEqual({ color: null, pattern: 'None' });
    expect(fake.cell('Tự chấm', 'D3')?.fill.color).toBe(HIGHLIGHT_FILL.error);
    await port.clearHighlights!();
    expect(fake.snapshot('Tự chấm')).toBe(before);
  });

  test('the record survives the task pane: a new port (same document) clears it', async () => {
    fake = setup();
    const before = fake.snapshot('Tự chấm');
    await createExcelPort().highlightCells!([{ sheet: 'Tự chấm', cell: 'D3', severity: 'error' }]);
    await createExcelPort().clearHighlights!();
    expect(fake.snapshot('Tự chấm')).toBe(before);
  });

  test('our output sheets, missing sheets and sheets protected against formatting are never coloured', async () => {
    fake = setup({});
    fake.sheet('Thành viên').protected = true;
    const notices: PortNotice[] = [];
    await createExcelPort({ onNotice: (n) => notices.push(n) }).highlightCells!([
      { sheet: 'Xếp hạng', cell: 'A1', severity: 'error' },
      { sheet: 'Không có', cell: 'A1', severity: 'error' },
      { sheet: 'Thành viên', cell: 'B2', severity: 'error' },
    ]);
    expect(fake.cell('Xếp hạng', 'A1')?.fill.color ?? null).toBeNull();
    expect(fake.cell('Thành viên', 'B2')?.fill.color ?? null).toBeNull();
    expect(notices.map((n) => [n.code, n.sheets])).toEqual([['protectedCellsSkipped', ['Thành viên']]]);
  });

  test('ExcelApi 1.8 (no fill pattern): a white-looking cell is cleared, a coloured one recoloured', async () => {
    fake = setup({ supported: { ExcelApi: '1.8' } });
    const before = fake.snapshot('Tự chấm');
    const port = createExcelPort();
    await port.highlightCells!([
      { sheet: 'Tự chấm', cell: 'C3', severity: 'error' },
      { sheet: 'Tự chấm', cell: 'D3', severity: 'warning' },
    ]);
    expect(fake.cell('Tự chấm', 'C3')?.fill.color).toBe(HIGHLIGHT_FILL.error);
    await port.clearHighlights!();
    expect(fake.snapshot('Tự chấm')).toBe(before);
  });
});
