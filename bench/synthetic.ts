/**
 * A synthetic cluster in the workbook format, as plain grids: N members, G groups of leaves,
 * one cross-scoring sheet per member, and the ballots. Deterministic (a fixed pseudo-random
 * sequence), valid by construction, for the benchmark and for tests that need size.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../src/core/index';

export interface SyntheticOptions {
  members: number;
  /** Leaf criteria in total (a multiple of `groups`). */
  leaves: number;
  groups: number;
  /** Cross-scoring sheets (one per member, from the first). */
  crossSheets: number;
  seed?: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** Park–Miller minimal standard generator: the same numbers on every machine. */
function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

export function syntheticCluster(o: SyntheticOptions): WorkbookInput {
  const rnd = random(o.seed ?? 20221231);
  const codes = Array.from({ length: o.members }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);
  const names = codes.map((_, i) => `Tỉnh Thử Nghiệm ${i + 1}`);
  const perGroup = o.leaves / o.groups;
  // Each group is worth 100 points; its leaves share them in whole quarters.
  const leafMax: number[] = [];
  for (let i = 0; i < perGroup; i++) leafMax.push(Math.floor((100 * (i + 1)) / perGroup) - Math.floor((100 * i) / perGroup));

  const criteria: CellValue[][] = [['Mã', 'Nội dung', 'Điểm tối đa', 'Loại']];
  const leafRows: { code: string; max: number }[] = [];
  for (let g = 0; g < o.groups; g++) {
    const gc = ROMAN[g] ?? `G${g + 1}`;
    criteria.push([gc, `Nhóm tiêu chí ${gc}`, 100, 'Điểm']);
    for (let i = 0; i < perGroup; i++) {
      const code = `${gc}.${i + 1}`;
      criteria.push([code, `Tiêu chí ${code}: nội dung đánh giá kết quả thực hiện nhiệm vụ`, leafMax[i], 'Điểm']);
      leafRows.push({ code, max: leafMax[i] });
    }
  }

  // A member's "true" level, so that the ranking is not just noise.
  const level = codes.map(() => 0.75 + 0.2 * rnd());
  const quarter = (x: number) => Math.round(x * 4) / 4;
  const scoreGrid = (scorer: number | null): CellValue[][] => {
    const grid: CellValue[][] = [['Mã', 'Nội dung', 'Điểm tối đa', ...codes]];
    for (const leaf of leafRows) {
      const row: CellValue[] = [leaf.code, null, leaf.max];
      for (let m = 0; m < o.members; m++) {
        if (scorer === m) row.push(null);
        else row.push(Math.min(leaf.max, quarter(leaf.max * Math.min(1, level[m] + (rnd() - 0.5) * 0.1))));
      }
      grid.push(row);
    }
    return grid;
  };

  const sheets: SheetGrid[] = [
    {
      name: 'Cấu hình',
      values: [
        ['Tham số', 'Giá trị'],
        ['Tên cụm', `Cụm thi đua thử nghiệm ${o.members} thành viên`],
        ['Năm', 2025],
        ['Cụm trưởng', codes[0]],
        ['Cụm phó', codes[1]],
        ['Số Bằng khen Thủ tướng', 2],
        ['Xếp loại tối thiểu đề nghị Bằng khen', 'Trung bình'],
        ['Xếp loại tối thiểu đề nghị Cờ', 'Trung bình'],
      ],
    },
    {
      name: 'Thành viên',
      values: [['Mã', 'Tên đơn vị', 'Tên khác', 'Ký giao ước'], ...codes.map((c, i) => [c, names[i], `TN${i + 1}`, 'Có'])],
    },
    { name: 'Tiêu chí', values: criteria },
    { name: 'Xếp loại', values: [['Xếp loại', 'Điểm từ'], ['Xuất sắc', 90 * o.groups], ['Tốt', 80 * o.groups], ['Khá', 70 * o.groups], ['Trung bình', 0]] },
    { name: 'Tự chấm', values: scoreGrid(null) },
  ];
  for (let k = 0; k < o.crossSheets; k++) sheets.push({ name: `Chấm chéo - ${codes[k]}`, values: scoreGrid(k) });
  const ballots: CellValue[][] = [['Phiếu số', 'Cờ thi đua', 'Bằng khen']];
  for (let b = 0; b < o.members; b++) ballots.push([b + 1, codes[0], `${codes[1]}; ${codes[2]}`]);
  sheets.push({ name: 'Phiếu bầu', values: ballots });
  return { sheets, markedSheets: [] };
}

/** Number of cells in all grids. */
export function cellCount(input: WorkbookInput): number {
  let n = 0;
  for (const s of input.sheets) for (const r of s.values) n += r.length;
  return n;
}
