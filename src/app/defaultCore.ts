/**
 * The real core, for the task pane's entry point. Kept apart from the commands so that tests
 * never load the whole core (they inject fakes through CoreFunctions).
 */
import { checkWorkbook, rankWorkbook, problemMessage } from '../core/index';
import { describeTemplate } from '../core/template/describeTemplate';
import type { CoreFunctions } from './deps';

export const defaultCore: CoreFunctions = { checkWorkbook, rankWorkbook, describeTemplate, problemMessage };
