/**
 * Colouring problem cells on the input sheets (WorkbookPort.highlightCells / clearHighlights), an
 * explicit option the task pane offers, off by default. It changes fills only, never values.
 *
 * At the scale of a real cluster (issue 12): the cells are grouped per sheet and per fill into as
 * few rectangles as possible (cellAreas.ts) and coloured through multi-area ranges (RangeAreas,
 * ExcelApi 1.9; one range per rectangle below it), and the requests are packed under the request
 * budget (requestBudget.ts) — 20 000 scattered cells fit in a few hundred kilobytes where one range
 * per cell cost over 10 MB as Office.js sends it. At most MAX_HIGHLIGHT_CELLS cells are coloured,
 * errors first; the pane is told when there were more (notice `highlightCapped`).
 *
 * To take exactly our colouring away again, the fill each cell had before is recorded (colour and,
 * from ExcelApi 1.9, pattern — "no fill" and a white fill read the same colour) with the fill we
 * gave it, grouped the same way: one row per sheet, fill before and fill applied, with the cells as
 * a multi-area address. The record lives in the workbook's shared state (workbookState.ts), read
 * in the same request as the fills, so every co-author's pane sees and can clear the same
 * colouring. A cell is given back its old fill only if it still has ours.
 *
 * Sheets under the sign-off lock allow formatting cells (sheetProtection.ts, LOCK_OPTIONS), so they
 * are coloured like the others; only a sheet protected without that permission is skipped (notice
 * `protectedCellsSkipped`).
 *
 * Round trips: 2 — (1) sheets, protection, the record and the fills the cells have now;
 * (2) restore, colour and record — plus one when a co-author changed the record in between, and
 * one per extra chunk of the request budget.
 */
import { parseA1, type HighlightCell } from '../core/index';
import { areaAddresses, parseAreas, rectAddress, rectsOf, type Rect } from './cellAreas';
import { highlightCapped, protectedCellsSkipped } from './notices';
import { actionBytes, RequestPlanner, type Step } from './requestBudget';
import { runBatch } from './runBatch';
import { excelNameKey, markedSheetNames } from './sheetMarks';
import { hostFeatures, type HostFeatures, type ShellEnv } from './shellEnv';
import { isShellSheet } from './stagingNames';
import { timedSync } from './timedSync';
import { queueShape } from './workbookShape';
import { AREA_CHARS, queueHighlights, queueStateLoad, type HighlightGroup, type WorkbookState } from './workbookState';

/** Fills we use: Excel's light red for errors, light amber for warnings. Info is not coloured. */
export const HIGHLIGHT_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** The most cells coloured at once: enough for any real check, small enough for every request. */
export const MAX_HIGHLIGHT_CELLS = 20_000;

interface Cell {
  row: number;
  col: number;
}

interface Fill {
  color: string;
  pattern: string | null;
}

const sameColour = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const cellKey = (c: Cell): string => String(c.row) + ',' + String(c.col);

/** Cells of the record, by sheet key: each with the fill before and the fill applied. */
type Recorded = Map<string, { sheet: string; cells: Map<string, { cell: Cell; before: Fill; applied: string }> }>;

function recordedCells(groups: readonly HighlightGroup[]): Recorded {
  const out: Recorded = new Map();
  for (const g of groups) {
    const key = excelNameKey(g.sheet);
    const entry = out.get(key) ?? { sheet: g.sheet, cells: new Map() };
    for (const r of parseAreas(g.areas))
      for (let row = r.r0; row <= r.r1; row++)
        for (let col = r.c0; col <= r.c1; col++) entry.cells.set(cellKey({ row, col }), { cell: { row, col }, before: { color: g.color, pattern: g.pattern }, applied: g.applied });
    out.set(key, entry);
  }
  return out;
}

/** The record as groups: per sheet, fill before and fill applied, cells as areas in rows of bounded length. */
function groupsOf(recorded: Recorded): HighlightGroup[] {
  const groups: HighlightGroup[] = [];
  for (const { sheet, cells } of recorded.values()) {
    const bucket = new Map<string, { before: Fill; applied: string; cells: Cell[] }>();
    for (const c of cells.values()) {
      const k = [c.before.color, c.before.pattern ?? '', c.applied].join('|');
      const b = bucket.get(k) ?? { before: c.before, applied: c.applied, cells: [] };
      b.cells.push(c.cell);
      bucket.set(k, b);
    }
    for (const b of bucket.values()) {
      for (const areas of areaAddresses(rectsOf(b.cells), AREA_CHARS)) groups.push({ sheet, applied: b.applied, color: b.before.color, pattern: b.before.pattern, areas });
    }
  }
  return groups;
}

/** Queues a fill on many rectangles: multi-area ranges from ExcelApi 1.9, one range per rectangle below. */
function fillSteps(sheet: () => Excel.Worksheet, rects: Rect[], features: HostFeatures, apply: (fill: Excel.RangeFill) => void, label: string): Step[] {
  if (features.copyAndAreas) {
    return areaAddresses(rects).map((areas) => ({ bytes: actionBytes(areas) + actionBytes(label) * 3, queue: () => apply(sheet().getRanges(areas).format.fill) }));
  }
  return rects.map((r) => ({ bytes: actionBytes(rectAddress(r)) * 4, queue: () => apply(sheet().getRange(rectAddress(r)).format.fill) }));
}

function restore(fill: Excel.RangeFill, before: Fill): void {
  if (before.pattern === 'None' || (before.pattern === null && sameColour(before.color, '#FFFFFF'))) fill.clear();
  else {
    fill.color = before.color;
    if (before.pattern !== null && before.pattern !== 'Solid') fill.pattern = before.pattern as Excel.FillPattern;
  }
}

interface FillProbe {
  sheet: string;
  rect: Rect;
  read(): Fill[][];
}

/** Queues loading each cell's fill in these rectangles (getCellProperties, ExcelApi 1.9; per cell below). */
function probeFills(context: Excel.RequestContext, sheet: string, rects: Rect[], features: HostFeatures): FillProbe[] {
  const ws = context.workbook.worksheets.getItem(sheet);
  return rects.map((rect) => {
    if (features.copyAndAreas) {
      const props = ws.getRange(rectAddress(rect)).getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return { sheet, rect, read: () => props.value.map((row) => row.map((p) => ({ color: p.format?.fill?.color ?? '#FFFFFF', pattern: p.format?.fill?.pattern ?? null }))) };
    }
    const cells: Excel.RangeFill[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const line: Excel.RangeFill[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) {
        const fill = ws.getRange(rectAddress({ r0: r, c0: c, r1: r, c1: c })).format.fill;
        fill.load('color');
        line.push(fill);
      }
      cells.push(line);
    }
    return { sheet, rect, read: () => cells.map((line) => line.map((f) => ({ color: f.color, pattern: null }))) };
  });
}

function fillsByCell(probes: readonly FillProbe[]): Map<string, Map<string, Fill>> {
  const out = new Map<string, Map<string, Fill>>();
  for (const p of probes) {
    const m = out.get(excelNameKey(p.sheet)) ?? new Map<string, Fill>();
    p.read().forEach((line, i) => line.forEach((f, j) => m.set(cellKey({ row: p.rect.r0 + i, col: p.rect.c0 + j }), f)));
    out.set(excelNameKey(p.sheet), m);
  }
  return out;
}

/** The wanted cells, one fill each (an error wins), capped; per sheet key. */
function wantedCells(cells: readonly HighlightCell[], env: ShellEnv): Map<string, { sheet: string; cells: Map<string, { cell: Cell; fill: string }> }> {
  const byKey = new Map<string, { sheet: string; cell: Cell; fill: string; error: boolean }>();
  for (const c of cells) {
    if (c.severity === 'info') continue;
    const p = parseA1(c.cell.replace(/\$/g, ''));
    if (!p) continue;
    const key = excelNameKey(c.sheet) + '!' + cellKey(p);
    const had = byKey.get(key);
    if (had && had.error) continue;
    byKey.set(key, { sheet: c.sheet, cell: p, fill: HIGHLIGHT_FILL[c.severity], error: c.severity === 'error' });
  }
  let list = [...byKey.values()];
  if (list.length > MAX_HIGHLIGHT_CELLS) {
    list = [...list.filter((x) => x.error), ...list.filter((x) => !x.error)].slice(0, MAX_HIGHLIGHT_CELLS);
    env.notify(highlightCapped(MAX_HIGHLIGHT_CELLS, byKey.size));
  }
  const out = new Map<string, { sheet: string; cells: Map<string, { cell: Cell; fill: string }> }>();
  for (const x of list) {
    const k = excelNameKey(x.sheet);
    const entry = out.get(k) ?? { sheet: x.sheet, cells: new Map() };
    entry.cells.set(cellKey(x.cell), { cell: x.cell, fill: x.fill });
    out.set(k, entry);
  }
  return out;
}

interface Look {
  /** Sheets by key that may be coloured: not ours, and not protected against formatting. */
  open: Map<string, string>;
  locked: Map<string, string>;
  state: WorkbookState;
  fills: Map<string, Map<string, Fill>>;
}

/**
 * Round trip (1): sheets with their protection, the shared record, and the fills of `probe` cells
 * (the wanted ones and those the record is believed to hold; again for the record as it really is
 * when a co-author changed it).
 */
async function look(context: Excel.RequestContext, probe: Map<string, { sheet: string; cells: Cell[] }>, features: HostFeatures, env: ShellEnv): Promise<Look> {
  const shape = queueShape(context, ['protection/protected', 'protection/options']);
  const sheets = context.workbook.worksheets;
  const state = queueStateLoad(context);
  const known = new Set((env.cache?.shape.sheets ?? []).map((s) => excelNameKey(s.name)));
  const probes: FillProbe[] = [];
  const queued = new Set<string>();
  // Each probe is a range path and an action in the request (a few hundred bytes as Office.js sends it).
  const perProbe = actionBytes() * 2;
  let bytes = 0;
  const queueProbes = async (which: Map<string, { sheet: string; cells: Cell[] }>, exists: (key: string) => boolean): Promise<void> => {
    for (const [key, { sheet, cells }] of which) {
      if (!exists(key) || queued.has(key) || cells.length === 0) continue;
      queued.add(key);
      for (const rect of rectsOf(cells)) {
        if (bytes + perProbe > env.budgetBytes) {
          await timedSync(context, env.timeoutMs);
          bytes = 0;
        }
        probes.push(...probeFills(context, sheet, [rect], features));
        bytes += perProbe * (features.copyAndAreas ? 1 : (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1));
      }
    }
  };
  // Before the first sync only sheets known to exist can be probed: a missing one fails the request.
  await queueProbes(probe, (key) => known.has(key));
  await timedSync(context, env.timeoutMs);
  bytes = 0;
  const now = shape();
  const ours = new Set(markedSheetNames(now.names, now.sheets.map((s) => s.name)).map(excelNameKey));
  const open = new Map<string, string>();
  const locked = new Map<string, string>();
  for (const item of sheets.items) {
    const key = excelNameKey(item.name);
    if (ours.has(key) || isShellSheet(item.name)) continue;
    const allows = !item.protection.protected || (item.protection.options as { allowFormatCells?: boolean } | undefined)?.allowFormatCells === true;
    (allows ? open : locked).set(key, item.name);
  }
  const fresh = state();
  const recorded = recordedCells(fresh.highlights);
  const more = new Map<string, { sheet: string; cells: Cell[] }>(probe);
  for (const [key, r] of recorded) {
    const list = [...(more.get(key)?.cells ?? []), ...[...r.cells.values()].map((c) => c.cell)];
    more.set(key, { sheet: r.sheet, cells: list });
  }
  const missing = [...more.keys()].filter((k) => open.has(k) && !queued.has(k));
  if (missing.length > 0 || [...recorded.keys()].some((k) => queued.has(k) && !sameCells(probe.get(k)?.cells ?? [], more.get(k)!.cells))) {
    queued.clear();
    probes.length = 0;
    await queueProbes(more, (key) => open.has(key));
    await timedSync(context, env.timeoutMs);
  }
  return { open, locked, state: fresh, fills: fillsByCell(probes) };
}

function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  const s = new Set(a.map(cellKey));
  return b.every((c) => s.has(cellKey(c)));
}

/** The cells the pane believes are recorded, so that their fills are probed in the first request. */
function believedRecord(env: ShellEnv): Map<string, { sheet: string; cells: Cell[] }> {
  const out = new Map<string, { sheet: string; cells: Cell[] }>();
  for (const [key, r] of recordedCells(env.cache?.state.highlights ?? [])) out.set(key, { sheet: r.sheet, cells: [...r.cells.values()].map((c) => c.cell) });
  return out;
}

async function applyHighlights(wanted: ReturnType<typeof wantedCells>, env: ShellEnv): Promise<void> {
  const features = hostFeatures();
  env.gate.beginWrite();
  try {
    await runBatch(async (context) => {
      const probe = believedRecord(env);
      for (const [key, w] of wanted) probe.set(key, { sheet: w.sheet, cells: [...(probe.get(key)?.cells ?? []), ...[...w.cells.values()].map((c) => c.cell)] });
      const seen = await look(context, probe, features, env);
      const record = recordedCells(seen.state.highlights);

      const skipped = [...wanted.keys()].filter((k) => seen.locked.has(k)).map((k) => seen.locked.get(k) as string);
      if (skipped.length > 0) env.notify(protectedCellsSkipped(skipped));

      // The record after this call: cells still wanted keep their fill before; new ones get theirs now.
      const next: Recorded = new Map();
      const restoreNow: { sheet: string; cells: { cell: Cell; before: Fill }[] }[] = [];
      const colour: { sheet: string; fill: string; cells: Cell[] }[] = [];
      const sheetKeys = new Set([...wanted.keys(), ...record.keys()]);
      for (const key of sheetKeys) {
        const w = wanted.get(key);
        const r = record.get(key);
        const sheet = w?.sheet ?? r?.sheet ?? '';
        const fills = seen.fills.get(key) ?? new Map<string, Fill>();
        const entry = { sheet, cells: new Map<string, { cell: Cell; before: Fill; applied: string }>() };
        if (!seen.open.has(key)) {
          // Gone, or protected against formatting: what is recorded there waits until it can be given back.
          if (r && seen.locked.has(key)) for (const [k, c] of r.cells) entry.cells.set(k, c);
          if (entry.cells.size > 0) next.set(key, entry);
          continue;
        }
        const back: { cell: Cell; before: Fill }[] = [];
        for (const [k, c] of r?.cells ?? []) {
          if (w?.cells.has(k)) continue;
          const now = fills.get(k);
          if (now && sameColour(now.color, c.applied)) back.push(c);
        }
        if (back.length > 0) restoreNow.push({ sheet, cells: back });
        const byFill = new Map<string, Cell[]>();
        for (const [k, c] of w?.cells ?? []) {
          const before = r?.cells.get(k)?.before ?? fills.get(k) ?? { color: '#FFFFFF', pattern: features.fillPattern ? 'None' : null };
          entry.cells.set(k, { cell: c.cell, before: features.fillPattern ? before : { color: before.color, pattern: null }, applied: c.fill });
          byFill.set(c.fill, [...(byFill.get(c.fill) ?? []), c.cell]);
        }
        for (const [fill, cells] of byFill) colour.push({ sheet, fill, cells });
        if (entry.cells.size > 0) next.set(key, entry);
      }

      // (2) One request (chunked only when the budget needs it): the record of every cell that may
      // carry our fill first, so that whatever fails next, clearing still finds them; then restore,
      // colour, and the final record.
      // Our own format changes raise change events too: the gate knows them for ours (inputEvents.ts).
      for (const x of [...restoreNow.map((r) => ({ sheet: r.sheet, cells: r.cells.map((c) => c.cell) })), ...colour]) env.gate.formatting(x.sheet, rectsOf(x.cells));
      const planner = new RequestPlanner(env.budgetBytes);
      const union: Recorded = new Map(next);
      for (const x of restoreNow) {
        const key = excelNameKey(x.sheet);
        const entry = union.get(key) ?? { sheet: x.sheet, cells: new Map() };
        for (const c of x.cells) entry.cells.set(cellKey(c.cell), { ...c, applied: record.get(key)?.cells.get(cellKey(c.cell))?.applied ?? '' });
        union.set(key, entry);
      }
      const before = groupsOf(union);
      const after = groupsOf(next);
      let state = seen.state;
      planner.add({ bytes: actionBytes(before), queue: () => (state = queueHighlights(context, state, before)) });
      for (const x of restoreNow) {
        const sheet = (): Excel.Worksheet => context.workbook.worksheets.getItem(x.sheet);
        const byBefore = new Map<string, { before: Fill; cells: Cell[] }>();
        for (const c of x.cells) {
          const k = c.before.color + '|' + (c.before.pattern ?? '');
          byBefore.set(k, { before: c.before, cells: [...(byBefore.get(k)?.cells ?? []), c.cell] });
        }
        for (const b of byBefore.values()) for (const step of fillSteps(sheet, rectsOf(b.cells), features, (f) => restore(f, b.before), 'restore')) planner.add(step);
      }
      for (const x of colour) {
        const sheet = (): Excel.Worksheet => context.workbook.worksheets.getItem(x.sheet);
        for (const step of fillSteps(sheet, rectsOf(x.cells), features, (f) => (f.color = x.fill), x.fill)) planner.add(step);
      }
      planner.add({ bytes: actionBytes(after), queue: () => (state = queueHighlights(context, state, after)) });
      for (const request of planner.plan()) {
        for (const step of request) step.queue();
        await timedSync(context, env.timeoutMs);
      }
      if (env.cache) env.cache.state = state;
    }, env.timeoutMs);
  } finally {
    env.gate.endWrite();
  }
}

export async function highlightProblemCells(cells: readonly HighlightCell[], env: ShellEnv): Promise<void> {
  await applyHighlights(wantedCells(cells, env), env);
}

export async function clearProblemHighlights(env: ShellEnv): Promise<void> {
  await applyHighlights(new Map(), env);
}
