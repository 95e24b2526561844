/**
 * The real core, for the task pane's entry point. Kept apart from the commands so that tests
 * never load the whole core (they inject fakes through CoreFunctions).
 */
import { checkWorkbook, rankWorkbook, problemMessage, loadTemplate } from '../core/index';
import type { CoreFunctions } from './deps';

export const defaultCore: CoreFunctions = {
  checkWorkbook,
  rankWorkbook,
  // Loaded on first use: only "new workbook" needs the template (src/core/index.ts, loadTemplate).
  describeTemplate: async (options) => (await loadTemplate()).describeTemplate(options),
  problemMessage,
};
