/**
 * Clicking through the pane's three views as a user does (Vietnamese interface), each step
 * waiting for what the user waits for: the command's message under the tabs. The same steps
 * serve the file mode and the add-in mode, which show the same App.
 */
import type { Page } from 'playwright-core';

/** A command's message bar: the one holding `text`. */
function notice(page: Page, text: string) {
  return page.locator('.fui-MessageBar').filter({ hasText: text });
}

async function runView(page: Page, tab: string, button: string, done: string): Promise<string> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('button', { name: button, exact: true }).click();
  const bar = notice(page, done);
  await bar.waitFor();
  // The command has finished once its button is enabled again.
  await page.getByRole('button', { name: button, exact: true }).and(page.locator(':enabled')).waitFor();
  return (await bar.innerText()).trim();
}

/** Kiểm tra: writes "Kết quả kiểm tra"; the sample has 2 warnings and no error. */
export function runCheck(page: Page): Promise<string> {
  return runView(page, 'Kiểm tra', 'Kiểm tra dữ liệu', 'Đã ghi trang “Kết quả kiểm tra”');
}

/** Xếp hạng: writes the ranking sheets. */
export function runRank(page: Page): Promise<string> {
  return runView(page, 'Xếp hạng', 'Xếp hạng và ghi kết quả', 'Đã xếp hạng');
}

/** Đề nghị: writes "Biên bản họp" (and, once the vote is final, "Tờ trình" and "Thông báo kết quả"). */
export function runNominate(page: Page): Promise<string> {
  return runView(page, 'Đề nghị', 'Ghi trang đề nghị khen thưởng', 'Đã lập đề nghị khen thưởng');
}
