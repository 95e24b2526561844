/**
 * Collects the reader's problems with the position they concern, and hands them back in the
 * order the check sheet shows them: workbook-wide problems first, then sheet by sheet in tab
 * order, and within a sheet by row, then column (src/core/index.ts: "sheet order then cell
 * order"). Addresses are built only here, when a problem is actually reported.
 */
import { a1 } from '../grid';
import { problem, type About, type Problem, type ProblemCode, type ProblemParamsByCode, type Severity } from '../problems';
import type { SheetView } from './sheetView';

export type { About };

interface Entry {
  p: Problem;
  order: number;
  row: number;
  col: number;
  seq: number;
}

export class ProblemSink {
  private readonly entries: Entry[] = [];

  /** A problem about the workbook as a whole (no sheet, no cell). */
  workbook<C extends ProblemCode>(severity: Severity, code: C, params: ProblemParamsByCode[C], about: About = {}): void {
    this.push(problem(severity, code, '', '', params, about), -1, -1, -1);
  }

  /** A problem about a whole sheet (no cell). */
  sheet<C extends ProblemCode>(view: SheetView, severity: Severity, code: C, params: ProblemParamsByCode[C], about: About = {}): void {
    this.push(problem(severity, code, view.name, '', params, about), view.order, -1, -1);
  }

  /** A problem at a grid-relative cell of the sheet (the grid's offset is added). */
  cell<C extends ProblemCode>(view: SheetView, r: number, c: number, severity: Severity, code: C, params: ProblemParamsByCode[C], about: About = {}): void {
    this.sheetCell(view, view.top + r, view.left + c, severity, code, params, about);
  }

  /** A problem at a 0-based sheet cell (already offset). */
  sheetCell<C extends ProblemCode>(
    view: SheetView,
    row0: number,
    col0: number,
    severity: Severity,
    code: C,
    params: ProblemParamsByCode[C],
    about: About = {},
  ): void {
    this.push(problem(severity, code, view.name, a1(row0, col0), params, about), view.order, row0, col0);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The problems in sheet order, then row, then column, then the order they were found. */
  sorted(): Problem[] {
    return this.entries
      .slice()
      .sort((x, y) => x.order - y.order || x.row - y.row || x.col - y.col || x.seq - y.seq)
      .map((e) => e.p);
  }

  private push(p: Problem, order: number, row: number, col: number): void {
    this.entries.push({ p, order, row, col, seq: this.entries.length });
  }
}
