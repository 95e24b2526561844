/**
 * The core for the pane in the file mode: a check of the input the worker sent is answered with
 * the worker's own check of it (FileClient.reportFor), and a ranking leaves its sheets to the
 * worker to describe (deferredSheets.ts), so that opening, checking and ranking a large workbook
 * run neither the check nor the sheets' description on the page's main thread. Any other input is
 * checked here as usual.
 */
import { deferredSheets } from './deferredSheets';
import type { CoreFunctions } from '../app/deps';
import type { FileClient } from './fileClient';

export function withWorkerChecks(core: CoreFunctions, client: Pick<FileClient, 'reportFor'>): CoreFunctions {
  return {
    ...core,
    checkWorkbook: (input) => client.reportFor(input) ?? core.checkWorkbook(input),
    rankWorkbook: (input, options) => {
      const report = client.reportFor(input);
      return report ? { ...report, sheets: deferredSheets(report, options.computedAt) } : core.rankWorkbook(input, options);
    },
  };
}
