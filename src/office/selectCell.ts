/** Showing a problem's cell (WorkbookPort.selectCell): activate its sheet and select it, one round trip. */
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { runBatch } from './runBatch';

export async function showCell(sheetName: string, cell: string, env: ShellEnv): Promise<void> {
  await runBatch(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell).select();
    await timedSync(context, env.timeoutMs);
  }, env.timeoutMs);
}
