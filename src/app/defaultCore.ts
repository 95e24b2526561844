/**
 * The real core, for the task pane's entry point. Kept apart from the commands so that tests
 * never load the whole core (they inject fakes through CoreFunctions).
 */
import { checkWorkbook, rankWorkbook, problemMessage, describeTemplate } from '../core/index';
import type { CoreFunctions } from './deps';

export const defaultCore: CoreFunctions = { checkWorkbook, rankWorkbook, describeTemplate, problemMessage };
