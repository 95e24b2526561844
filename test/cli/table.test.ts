/**
 * Terminal tables: Vietnamese typed on different keyboards arrives in NFC or NFD; both must line
 * up the same (docs/huong-dan-so-lieu.md, "treat NFC/NFD as equal everywhere").
 */
import { displayWidth, renderTable } from '../../src/cli/table';
import { formatComputedAt } from '../../src/core/computedAt';

describe('display width counts letters, not combining marks', () => {
  test('"Tỉnh Quảng Bình" is 15 columns in NFC and in NFD', () => {
    const nfc = 'Tỉnh Quảng Bình'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    expect(displayWidth(nfc)).toBe(15);
    expect(displayWidth(nfd)).toBe(15);
  });
});

describe('aligned columns', () => {
  test('a decomposed name pads like a composed one; numbers align right', () => {
    const lines = renderTable(
      ['Hạng', 'Đơn vị', 'Tổng điểm'],
      [
        ['1', 'Tỉnh Nghệ An'.normalize('NFD'), '98,65'],
        ['10', 'Tỉnh Thừa Thiên Huế', '9,50'],
      ],
      ['right', 'left', 'right'],
    );
    expect(lines).toEqual([
      'Hạng  Đơn vị               Tổng điểm',
      '────  ───────────────────  ─────────',
      '   1  Tỉnh Nghệ An             98,65',
      '  10  Tỉnh Thừa Thiên Huế       9,50',
    ]);
  });

  test('no trailing spaces after a left-aligned last column', () => {
    const lines = renderTable(['Đơn vị', 'Ghi chú'], [['Tỉnh Hà Tĩnh', ''], ['Tỉnh Quảng Trị', 'Đồng hạng với Tỉnh Hà Tĩnh']], ['left', 'left']);
    for (const l of lines) expect(l).toBe(l.trimEnd());
  });
});

describe('computed-at time as the sheets print it', () => {
  test('dd/mm/yyyy HH:MM in local time', () => {
    expect(formatComputedAt(new Date(2026, 10, 27, 14, 5))).toBe('27/11/2026 14:05');
    expect(formatComputedAt(new Date(2022, 0, 3, 8, 0))).toBe('03/01/2022 08:00');
  });
});
