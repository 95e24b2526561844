/**
 * What a read of the workbook leaves for the commands that follow it in the same pane: the sheets
 * and names as they were, the box within which each sheet's values were loaded, the extent of our
 * output sheets (to be cleared when rewritten in place), the grids (to tell a value change from a
 * format change, inputEvents.ts), the shared state (workbookState.ts) and where the run log ends.
 * A command reads the workbook again before it writes; this only lets that read, and the write
 * after it, take one round trip each.
 */
import type { SheetGrid } from '../core/index';
import type { Rect } from './cellAreas';
import type { WorkbookShape } from './workbookShape';
import type { WorkbookState } from './workbookState';

export interface ReadCache {
  shape: WorkbookShape;
  structureProtected: boolean;
  /** Sheet id → the box its values were loaded within. */
  boxes: Map<string, Rect>;
  /** Output sheet id → its used range, formats included (null when empty). */
  extents: Map<string, Rect | null>;
  /** Sheet id → its grid as read (input sheets and the log). */
  grids: Map<string, SheetGrid>;
  state: WorkbookState;
  /** The run log: its sheet and the 0-based row under its last used row. */
  log: { id: string; name: string; nextRow: number } | null;
}
