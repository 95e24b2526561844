/**
 * What the application commands need from the core, passed in rather than imported so that the
 * task pane and its tests can run against a fake core (the real wiring is in defaultCore.ts).
 */
import type { CheckReport, Lang, Problem, RankOptions, RankReport, SheetDescription, TemplateOptions, WorkbookInput } from '../core/index';

export interface CoreFunctions {
  checkWorkbook(input: WorkbookInput): CheckReport;
  rankWorkbook(input: WorkbookInput, options: RankOptions): RankReport;
  /** May load the template first (the pane fetches it on demand). */
  describeTemplate(options: TemplateOptions): SheetDescription[] | Promise<SheetDescription[]>;
  problemMessage(p: Problem, lang: Lang): string;
}

/** The steps a command goes through, shown to the user while it runs. */
export type Stage = 'read' | 'check' | 'rank' | 'write' | 'save' | 'template' | 'lock' | 'unlock';

export interface CommandDeps {
  checkWorkbook: CoreFunctions['checkWorkbook'];
  rankWorkbook: CoreFunctions['rankWorkbook'];
  describeTemplate: CoreFunctions['describeTemplate'];
  onProgress?: (stage: Stage) => void;
  /** The clock, for `computedAt` (tests pass a fixed date). */
  now?: () => Date;
}

export type { Lang, TemplateOptions };
