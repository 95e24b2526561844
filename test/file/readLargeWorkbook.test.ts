/**
 * A large cluster: 34 members, 300 criteria, 34 cross-scoring sheets (~350 000 cells) is read
 * whole and in the right places. How fast is measured by `npm run bench`, not here: timed tests
 * flake on shared machines.
 */
import ExcelJS from 'exceljs';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { excelJsBytes } from './fixtures';

const MEMBERS = 34;
const CRITERIA = 300;

test('34 cross-scoring sheets of 300 criteria × 34 members are read whole', async () => {
  // Written by exceljs (shared strings, as Excel writes them), read by the file shell.
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < MEMBERS; s++) {
    const ws = wb.addWorksheet(`Chấm chéo - M${s + 1}`);
    ws.addRow(['Mã', 'Nội dung', 'Điểm tối đa', ...Array.from({ length: MEMBERS }, (_, m) => `M${m + 1}`)]);
    for (let r = 0; r < CRITERIA; r++) {
      const scores = Array.from({ length: MEMBERS }, (_, m) => (m === s ? null : ((r * 7 + m * 3 + s) % 40) / 4));
      ws.addRow([`I.${r + 1}`, `Tiêu chí số ${r + 1}`, 10, ...scores]);
    }
  }
  const bytes = await excelJsBytes(wb);

  const { input } = await readXlsxBytes(bytes);

  expect(input.sheets).toHaveLength(MEMBERS);
  expect(input.sheets[0].values).toHaveLength(CRITERIA + 1);
  expect(input.sheets[0].values[0]).toHaveLength(MEMBERS + 3);
  expect(input.sheets[0].values[1][3]).toBeNull(); // M1 does not score itself
  expect(input.sheets[0].values[1][4]).toBe(((0 * 7 + 1 * 3 + 0) % 40) / 4);
}, 120000);
