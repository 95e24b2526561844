/**
 * Creating the input sheets of a new workbook from the template descriptions
 * (WorkbookPort.createInputSheets): refused when any of them already exists, so a user's data is
 * never mixed with the template. Two round trips plus one per extra chunk: (1) the sheet names
 * and workbook protection; (2) all sheets added with values, formats and drop-down lists. If
 * (2) fails, the sheets it managed to add are deleted again (one look, one fix).
 */
import { PortError, matchKey, type SheetDescription } from '../core/index';
import { toPortError } from './officeErrors';
import { actionBytes, RequestPlanner } from './requestBudget';
import { formatSteps, valuesStep } from './sheetFormat';
import { excelNameKey } from './sheetMarks';
import { hostFeatures, type ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { runBatch } from './runBatch';
import { queueShape } from './workbookShape';
import { dataPrelude, protectedWorkbook, reportSkipped } from './writeOutputs';

function exists(names: string[]): PortError {
  const list = names.map((n) => '“' + n + '”').join(', ');
  return new PortError(
    'exists',
    'Sổ làm việc đã có trang tính ' + list + ', nên không tạo mẫu để tránh trộn với dữ liệu đang có. Hãy tạo mẫu trong một sổ làm việc mới.',
    'The workbook already has the sheet(s) ' + list + ', so the template was not created, to avoid mixing it with existing data. Create the template in a new workbook.',
  );
}

async function removeCreated(names: readonly string[], timeoutMs: number): Promise<void> {
  try {
    await runBatch(async (context) => {
      const shape = queueShape(context);
      await timedSync(context, timeoutMs);
      const wanted = new Set(names.map(excelNameKey));
      const created = shape().sheets.filter((s) => wanted.has(excelNameKey(s.name)));
      if (created.length === 0) return;
      for (const s of created) context.workbook.worksheets.getItem(s.id).delete();
      await timedSync(context, timeoutMs);
    }, timeoutMs);
  } catch {
    // Nothing more to do: the user sees the original error and can delete the sheets by hand.
  }
}

export async function createTemplateSheets(descs: readonly SheetDescription[], env: ShellEnv): Promise<void> {
  if (descs.length === 0) return;
  const features = hostFeatures();
  const progress = { adding: false };
  env.gate.beginWrite();
  try {
    await runBatch(async (context) => {
      const shape = queueShape(context);
      const protection = context.workbook.protection;
      protection.load('protected');
      await timedSync(context, env.timeoutMs);
      const now = shape();
      // Forgiving comparison, as the core finds input sheets (docs/huong-dan-so-lieu.md, General rules).
      const present = new Map(now.sheets.map((s) => [matchKey(s.name), s.name] as const));
      const clashes = descs.flatMap((d) => {
        const found = present.get(matchKey(d.name));
        return found === undefined ? [] : [found];
      });
      if (clashes.length > 0) throw exists(clashes);
      if (protection.protected) throw protectedWorkbook();

      progress.adding = true;
      const sheets: Excel.Worksheet[] = [];
      const planner = new RequestPlanner(env.budgetBytes, dataPrelude(context, features));
      planner.add({
        bytes: actionBytes() * descs.length,
        queue() {
          for (const d of descs) sheets.push(context.workbook.worksheets.add(d.name));
        },
      });
      descs.forEach((d, k) => planner.addRows(valuesStep(() => sheets[k], d)));
      descs.forEach((d, k) => {
        for (const step of formatSteps(() => sheets[k], d, features)) planner.add(step);
      });
      planner.add({ bytes: actionBytes(), queue: () => sheets[0].activate() });
      for (const request of planner.plan()) {
        for (const step of request) step.queue();
        await timedSync(context, env.timeoutMs);
      }
    }, env.timeoutMs);
  } catch (error) {
    const failure = toPortError(error);
    if (progress.adding) await removeCreated(descs.map((d) => d.name), env.timeoutMs);
    throw failure;
  } finally {
    env.gate.endWrite();
  }
  reportSkipped(descs, features, env);
}
