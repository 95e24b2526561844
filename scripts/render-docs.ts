/**
 * `npm run render-docs`: ranks the bundled sample, renders `Xếp hạng`, `Đề nghị khen thưởng`,
 * `Tổng hợp điểm` and `Kết quả kiểm tra` to PDF with LibreOffice and saves the first page of
 * each as a PNG under docs/images/ (the pictures in the README).
 */
import * as path from 'path';
import * as fs from 'fs';
import { rankWorkbook } from '../src/core/index';
import { readXlsxFile } from '../src/file/nodeFiles';
import { pageToPng, renderSheet } from '../src/render/renderPdf';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const sample = path.join(root, 'samples', 'bac-trung-bo-2022.xlsx');
  const outDir = path.join(root, 'out', 'render');
  const imagesDir = path.join(root, 'docs', 'images');
  fs.mkdirSync(imagesDir, { recursive: true });
  const loaded = await readXlsxFile(sample);
  const report = rankWorkbook(loaded.input, { computedAt: '15/01/2023 09:00' });
  for (const sheet of report.sheets) {
    const rendered = await renderSheet(sheet, outDir, sheet.key);
    const png = pageToPng(rendered.pdf, 1, path.join(imagesDir, sheet.key), 70);
    console.log(`${sheet.name}: ${rendered.pages} trang, ${rendered.pageSize.width}×${rendered.pageSize.height} pt → ${path.relative(root, png)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
