/**
 * Problem highlighting at the scale of a real cluster (issue 12): 20 000 problem cells stay under
 * Excel on the web's 5 MB request limit as Office.js serialises the requests, the record of what
 * was coloured stays small, and colouring works on input sheets under the sign-off lock (which
 * allows formatting cells) — the claim the README makes. Failed on the shell before issue 12.
 */
import type { HighlightCell } from '../../src/core/port';
import { createExcelPort } from '../../src/office/excelPort';
import { protectSheets } from '../../src/office/sheetProtection';
import { InputEventGate } from '../../src/office/inputEvents';
import type { PortNotice } from '../../src/office/notices';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';
import { memberWorkbook } from './fixtures';

let fake: InstalledFakeOffice | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const WEB_LIMIT = 5_000_000;

/** 20 000 problem cells spread over 34 cross-scoring sheets, scattered (every other row and column). */
function manyCells(): HighlightCell[] {
  const cells: HighlightCell[] = [];
  const sheets = Object.keys(memberWorkbook(34)).filter((n) => n.startsWith('Chấm chéo'));
  const columns = Array.from({ length: 36 }, (_, j) => (j < 24 ? '' : 'A') + String.fromCharCode(67 + (j < 24 ? j : j - 24)));
  for (let k = 0; cells.length < 20_000; k++) {
    const sheet = sheets[k % sheets.length];
    const i = Math.floor(k / sheets.length);
    // A checkerboard over rows 2–61 and columns C–AL: no two cells side by side.
    const row = 2 + Math.floor((2 * i) / 36);
    const j = (2 * i) % 36 + (row % 2);
    cells.push({ sheet, cell: columns[j] + String(row), severity: i % 3 === 0 ? 'warning' : 'error' });
  }
  return cells;
}

/** Everything the shell keeps about the colouring: document settings and any hidden sheet of ours. */
function recordBytes(f: InstalledFakeOffice): number {
  const settings = JSON.stringify(f.documentSettings);
  const hidden = f.model.sheets.filter((s) => s.visibility === 'VeryHidden').map((s) => JSON.stringify(f.values(s.name)));
  return new TextEncoder().encode(settings + hidden.join('')).length;
}

describe('20 000 problem cells', () => {
  test('every request stays under the web’s 5 MB as Office.js sends it; the record is small', async () => {
    const f = (fake = installFakeOffice({ sheets: memberWorkbook(34), supported: { ExcelApi: '1.9' } }));
    const cells = manyCells();
    const port = createExcelPort();
    await port.highlightCells!(cells);
    expect(f.syncs.map((s) => s.failed)).toEqual(f.syncs.map(() => undefined));
    const largest = Math.max(...f.syncs.map((s) => s.requestBytes));
    expect(largest).toBeLessThan(WEB_LIMIT);
    expect(f.cell('Chấm chéo - NA', 'C2')?.fill.color).toBe('#FFEB9C');
    expect(f.cell('Chấm chéo - NA', 'D2')?.fill.color ?? null).toBeNull();
    // The old record kept ~110 bytes per cell (2.2 MB here); a compact one is far under that.
    const record = recordBytes(f);
    expect(record).toBeLessThan(400_000);
    const before = f.syncCount;
    await port.clearHighlights!();
    expect(Math.max(...f.syncs.slice(before).map((s) => s.requestBytes))).toBeLessThan(WEB_LIMIT);
    expect(f.cell('Chấm chéo - NA', 'C2')?.fill.color ?? null).toBeNull();
    // eslint-disable-next-line no-console
    console.log(`highlight 20 000 cells: largest request ${largest} bytes; record ${record} bytes (${recordBytes(f)} after clear)`);
  });
});

describe('a cap on the cells coloured at once', () => {
  test('more than 20 000: the first 20 000, errors first, and the pane is told how many were left', async () => {
    const f = (fake = installFakeOffice({ sheets: memberWorkbook(34), supported: { ExcelApi: '1.9' } }));
    const cells = manyCells();
    // 1 020 more errors in columns AM and AN, past the checkerboard.
    const sheets = [...new Set(cells.map((c) => c.sheet))];
    const extra: HighlightCell[] = sheets.flatMap((sheet) =>
      Array.from({ length: 30 }, (_, i) => ({ sheet, cell: (i % 2 === 0 ? 'AM' : 'AN') + String(2 + Math.floor(i / 2)), severity: 'error' as const })),
    );
    const notices: PortNotice[] = [];
    await createExcelPort({ onNotice: (n) => notices.push(n) }).highlightCells!([...cells, ...extra]);
    const total = new Set([...cells, ...extra].map((c) => c.sheet + '!' + c.cell)).size;
    expect(total).toBeGreaterThan(20_000);
    expect(notices.map((n) => n.code)).toEqual(['highlightCapped']);
    expect(notices[0].vi).toContain('20.000');
    expect(notices[0].vi).toContain(total.toLocaleString('vi-VN'));
    expect(notices[0].en).toContain('20,000');
    // Every error cell is coloured (errors come first); the cap falls on warnings.
    for (const c of extra) expect(f.cell(c.sheet, c.cell)?.fill.color).toBe('#FFC7CE');
    const coloured = f.model.sheets.reduce((n, s) => n + [...s.cells.values()].filter((c) => c.fill.color === '#FFC7CE' || c.fill.color === '#FFEB9C').length, 0);
    expect(coloured).toBe(20_000);
  });
});

describe('under the sign-off lock', () => {
  test('input sheets locked by "Chốt số liệu" (formatting allowed) are coloured, and cleared again', async () => {
    const f = (fake = installFakeOffice({ sheets: memberWorkbook(6) }));
    await protectSheets(['Tự chấm', 'Thành viên'], 'Cum-2022', { timeoutMs: 1000, budgetBytes: 4_000_000, notify: () => undefined, gate: new InputEventGate() });
    const port = createExcelPort();
    await port.highlightCells!([
      { sheet: 'Tự chấm', cell: 'C3', severity: 'error' },
      { sheet: 'Thành viên', cell: 'B2', severity: 'warning' },
    ]);
    expect(f.cell('Tự chấm', 'C3')?.fill.color).toBe('#FFC7CE');
    expect(f.cell('Thành viên', 'B2')?.fill.color).toBe('#FFEB9C');
    await port.clearHighlights!();
    expect(f.cell('Tự chấm', 'C3')?.fill.color ?? null).toBeNull();
    expect(f.protectionOf('Tự chấm').protected).toBe(true);
  });
});

describe('format-only changes are not input changes', () => {
  test('a user colouring a cell (and our own colouring) calls nobody back; a value edit does', async () => {
    const f = (fake = installFakeOffice({ sheets: memberWorkbook(6), supported: { ExcelApi: '1.9' } }));
    const port = createExcelPort();
    await port.readInput();
    let calls = 0;
    await port.onInputChanged!(() => calls++);
    f.userFormat('Tự chấm', 'C3', '#00B050');
    f.userFormat('Tự chấm', 'C3:D9', '#FFFF00');
    await port.highlightCells!([{ sheet: 'Tự chấm', cell: 'E4', severity: 'error' }]);
    await f.flushEvents();
    await new Promise((r) => setTimeout(r, 50));
    await f.flushEvents();
    expect(calls).toBe(0);
    f.userEdit('Tự chấm', 'C3', 4);
    await f.flushEvents();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(1);
  });
});
