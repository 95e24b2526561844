/**
 * The core for the pane in the file mode: checkWorkbook answers with the worker's own check of the
 * very input the worker sent (FileClient.reportFor), so that opening a large workbook and showing
 * its status does not run the check a second time on the page's main thread. Any other input is
 * checked here as usual.
 */
import type { CoreFunctions } from '../app/deps';
import type { FileClient } from './fileClient';

export function withWorkerChecks(core: CoreFunctions, client: Pick<FileClient, 'reportFor'>): CoreFunctions {
  return {
    ...core,
    checkWorkbook: (input) => client.reportFor(input) ?? core.checkWorkbook(input),
  };
}
