/** The ranking as the pane draws it: rows, bar parts, legend and scale (docs/quy-tac-tinh-diem.md §4–§6). */
import { rankingPicture } from '../../src/app/rankingRows';
import { memberNames } from '../../src/core/memberNames';
import { results, workbook } from './fixtures/bacTrungBo';

describe('ranking rows (docs/quy-tac-tinh-diem.md §4–§6)', () => {
  const picture = rankingPicture(workbook(), results());

  test('rows follow the ranking, with names, ranks and shared ranks', () => {
    expect(picture.rows.map((r) => [r.rank, r.name, r.shared])).toEqual([
      [1, 'Tỉnh Nghệ An', false],
      [2, 'Tỉnh Thanh Hóa', false],
      [3, 'Tỉnh Hà Tĩnh', true],
      [3, 'Tỉnh Quảng Bình', true],
      [5, 'Tỉnh Quảng Trị', false],
      [6, 'Tỉnh Thừa Thiên Huế', false],
    ]);
  });

  test('the bar parts are the top-level Điểm groups then the bonus; the deduction is separate', () => {
    const na = picture.rows[0];
    expect(na.parts.map((p) => [p.key, p.value])).toEqual([
      ['I', 3800],
      ['II', 5500],
      ['bonus', 250],
    ]);
    expect(na.deduction).toBe(0);
    // TTH has no bonus: no bonus part; 78,00 + 0 − 2,00 = 76,00
    const tth = picture.rows[5];
    expect(tth.parts.map((p) => p.key)).toEqual(['I', 'II']);
    expect(tth.total).toBe(7600);
  });

  test('the legend lists the Điểm groups only; the scale is at least the base maximum', () => {
    expect(picture.groups.map((g) => g.key)).toEqual(['I', 'II']);
    // largest base + bonus is TH: 94,00 + 2,00 = 96,00 < 100,00
    expect(picture.scale).toBe(10000);
  });

  test('band position: Xuất sắc 0, Tốt 1, Khá 2', () => {
    expect(picture.rows.map((r) => r.bandIndex)).toEqual([0, 0, 1, 1, 1, 2]);
  });

  test('unknown member codes show as themselves', () => {
    expect(memberNames(workbook()).name('XX')).toBe('XX');
    expect(memberNames(null).name('NA')).toBe('NA');
  });
});
