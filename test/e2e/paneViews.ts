/**
 * Going through the pane's steps as a user does (Vietnamese interface), each step waiting for what
 * the user waits for: the command's result next to its button. The same steps serve the file mode
 * and the add-in mode, which show the same App.
 */
import type { Locator, Page } from 'playwright-core';

/** The step strip's button of a step ("Kiểm tra"), whatever its state. */
export function stepButton(page: Page, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return page.getByRole('navigation', { name: 'Các bước công việc trong năm' }).getByRole('button', { name: new RegExp(`^Bước \\d: ${escaped} — `) });
}

/** The strip, once the pane is there. */
export function stepStrip(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Các bước công việc trong năm' });
}

/** Opens a step (or "Cài đặt") and waits for its view's heading. */
export async function openStep(page: Page, name: string): Promise<void> {
  if (name === 'Cài đặt') await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  else await stepButton(page, name).click();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
}

async function runView(page: Page, step: string, button: string, done: string): Promise<string> {
  await openStep(page, step);
  const run = page.getByRole('button', { name: button, exact: true });
  await run.click();
  const result = page.getByTestId('result').filter({ hasText: done });
  await result.waitFor();
  // The command has finished once its button is available again.
  await page.locator('button:not([aria-disabled])', { hasText: button }).first().waitFor();
  return (await result.innerText()).trim();
}

/** Kiểm tra: writes "Kết quả kiểm tra"; the sample has 2 warnings and no error. */
export function runCheck(page: Page): Promise<string> {
  return runView(page, 'Kiểm tra', 'Kiểm tra dữ liệu', 'Đã ghi trang “Kết quả kiểm tra”');
}

/** Xếp hạng: writes the ranking sheets. */
export function runRank(page: Page): Promise<string> {
  return runView(page, 'Xếp hạng', 'Xếp hạng và ghi kết quả', 'Đã xếp hạng');
}

/** Bầu chọn / Đề nghị: writes "Biên bản họp", the ballot forms (and the counting minutes, the submission and the notice when due). */
export function runNominate(page: Page): Promise<string> {
  return runView(page, 'Bầu chọn / Đề nghị', 'Lập hồ sơ Hội nghị', 'Đã lập hồ sơ Hội nghị');
}
