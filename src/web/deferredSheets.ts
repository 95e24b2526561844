/**
 * Output sheets described where the workbook is (issue 13): in the file mode, describing the
 * result sheets of a large workbook (a 300-row detail sheet for 34 members) and handing the
 * descriptions to the worker took the page's main thread over 100 ms. The page's ranking therefore
 * returns placeholders — each sheet's key and name, and the time to print on it — and the file
 * port asks the worker to describe and write those sheets from its own check of the same data
 * (FileSession.writeDescribed). Which sheets exist is the core's rule (resultSheetKeys, the one
 * describeOutputSheets follows); their names are OUTPUT_SHEETS'.
 */
import { outputSheet, plainSheet, resultSheetKeys, type CheckReport, type SheetDescription } from '../core/index';

/** A placeholder: the sheet is described by the worker, at `computedAt`. */
export interface DeferredSheet extends SheetDescription {
  deferred: { computedAt: string };
}

export function deferredSheets(report: Pick<CheckReport, 'results'>, computedAt: string): DeferredSheet[] {
  return resultSheetKeys(report.results).map((key) => {
    const { name, mark } = outputSheet(key);
    return { ...plainSheet({ key, name, mark, values: [], font: { name: '', size: 0 } }), deferred: { computedAt } };
  });
}

export function isDeferred(s: SheetDescription): s is DeferredSheet {
  return typeof (s as Partial<DeferredSheet>).deferred?.computedAt === 'string';
}
