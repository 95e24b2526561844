/**
 * A synthetic large cluster for the performance test: 34 members, 30 groups of 10 leaves
 * (300 leaf criteria, 1000 points), self-scoring and one cross-scoring sheet per member —
 * about 350 000 score cells, like a whole-country cluster would have.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/grid';

export function largeInput(memberCount = 34, groups = 30, leavesPerGroup = 10): WorkbookInput {
  const codes = Array.from({ length: memberCount }, (_, i) => `M${i + 1}`);
  const members: CellValue[][] = [['Mã', 'Tên đơn vị'], ...codes.map((c, i) => [c, `Tỉnh Số ${i + 1}`])];
  const criteria: CellValue[][] = [['Mã', 'Nội dung', 'Điểm tối đa', 'Loại']];
  const leafCodes: string[] = [];
  for (let g = 1; g <= groups; g++) {
    criteria.push([`G${g}`, `Nhóm ${g}`, leavesPerGroup * 3, null]);
    for (let l = 1; l <= leavesPerGroup; l++) {
      criteria.push([`G${g}.${l}`, `Tiêu chí ${g}.${l}`, 3, null]);
      leafCodes.push(`G${g}.${l}`);
    }
  }
  const scores = (seed: number): CellValue[][] => [
    ['Mã', 'Nội dung', 'Điểm tối đa', ...codes],
    ...leafCodes.map((code, i) => [code, null, 3, ...codes.map((_, m) => ((i * 7 + m * 3 + seed) % 12) * 0.25)]),
  ];
  return {
    sheets: [
      {
        name: 'Cấu hình',
        values: [
          ['Tham số', 'Giá trị'],
          ['Tên cụm', 'Cụm thi đua thử nghiệm'],
          ['Năm', 2025],
          ['Cụm trưởng', 'M1'],
          ['Cụm phó', 'M2; M3'],
          ['Bước điểm', 0.25],
        ],
      },
      { name: 'Thành viên', values: members },
      { name: 'Tiêu chí', values: criteria },
      { name: 'Tự chấm', values: scores(0) },
      ...codes.map((c, k) => ({ name: `Chấm chéo - ${c}`, values: scores(k + 1) })),
    ],
  };
}
