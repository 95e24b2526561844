/**
 * `npm run render-docs`: ranks the bundled sample, renders `Xếp hạng`, the meeting documents,
 * `Tổng hợp điểm` and `Kết quả kiểm tra` to PDF with LibreOffice and saves the first page of
 * each as a PNG under docs/images/ (the pictures in the README and docs/tai-lieu-in.md), with the
 * header block of the minutes close up and the second page of each multi-page document (the page
 * number at the top, the repeated table header, the signatures). The machine needs Carlito
 * (src/render/renderPdf.ts): it refuses to draw pictures whose columns Excel would not draw.
 */
import * as path from 'path';
import * as fs from 'fs';
import { rankWorkbook } from '../src/core/index';
import { readXlsxFile } from '../src/file/nodeFiles';
import { calibriSubstitute, pageToPng, renderSheet } from '../src/render/renderPdf';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const sample = path.join(root, 'samples', 'bac-trung-bo-2022.xlsx');
  const outDir = path.join(root, 'out', 'render');
  const imagesDir = path.join(root, 'docs', 'images');
  fs.mkdirSync(imagesDir, { recursive: true });
  if (calibriSubstitute() !== 'Carlito') throw new Error('Calibri is drawn as "' + calibriSubstitute() + '": install fonts-crosextra-carlito (test/setup/system-packages.js).');
  const loaded = await readXlsxFile(sample);
  const report = rankWorkbook(loaded.input, { computedAt: '15/01/2023 09:00' });
  for (const sheet of report.sheets) {
    const rendered = await renderSheet(sheet, outDir, sheet.key);
    const png = pageToPng(rendered.pdf, 1, path.join(imagesDir, sheet.key), 70);
    console.log(`${sheet.name}: ${rendered.pages} trang, ${rendered.pageSize.width}×${rendered.pageSize.height} pt → ${path.relative(root, png)}`);
    if (rendered.pages > 1 && sheet.key !== 'check') {
      const second = pageToPng(rendered.pdf, 2, path.join(imagesDir, sheet.key + '-2'), 70);
      console.log(`  trang 2 → ${path.relative(root, second)}`);
    }
    if (sheet.key === 'minutes') {
      const head = pageToPng(rendered.pdf, 1, path.join(imagesDir, 'header-block'), 150, { x: 60, y: 30, width: 500, height: 195 });
      console.log(`  phần đầu văn bản → ${path.relative(root, head)}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
