/**
 * The real core, for the task pane's entry point. Kept apart from the commands so that tests
 * never load the whole core (they inject fakes through CoreFunctions).
 */
import { checkWorkbook, loadRanking, problemMessage, loadTemplate } from '../core/index';
import type { CoreFunctions } from './deps';

export const defaultCore: CoreFunctions = {
  checkWorkbook,
  // Loaded at the first Check or Rank: the documents are a chunk of their own (src/core/index.ts, loadRanking).
  rankWorkbook: async (input, options) => (await loadRanking()).rankWorkbook(input, options),
  // Loaded on first use: only "new workbook" needs the template (src/core/index.ts, loadTemplate).
  describeTemplate: async (options) => (await loadTemplate()).describeTemplate(options),
  problemMessage,
};
