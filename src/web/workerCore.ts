/**
 * The core for the pane in the file mode: a check of the input the worker sent is answered with
 * the worker's own check of it (FileClient.reportFor), and a ranking describes its sheets from
 * that check (rankReportOf), so that opening, checking and ranking a large workbook do not run
 * the check a second time on the page's main thread. Any other input is checked here as usual.
 */
import { rankReportOf } from '../core/index';
import type { CoreFunctions } from '../app/deps';
import type { FileClient } from './fileClient';

export function withWorkerChecks(core: CoreFunctions, client: Pick<FileClient, 'reportFor'>): CoreFunctions {
  return {
    ...core,
    checkWorkbook: (input) => client.reportFor(input) ?? core.checkWorkbook(input),
    rankWorkbook: (input, options) => {
      const report = client.reportFor(input);
      return report ? rankReportOf(report, options) : core.rankWorkbook(input, options);
    },
  };
}
