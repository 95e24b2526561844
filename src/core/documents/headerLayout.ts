/**
 * Where the two halves of the header block and their rules go across the sheet's columns
 * (docs/tai-lieu-in.md, header block). A rule is the top border of a merged cell on the row under
 * the text, so it can only start and end at a column boundary: this file chooses the split
 * between the halves and the ends of both rules so that each rule is centred under its text and
 * of the right length — on the table's own boundaries when they allow it, else on new ones that
 * the sheet builder cuts (sheetBuilder.ts `cut`), as few as possible.
 *
 * All positions are in Excel width units from the left edge of the sheet.
 */
import { SNAP_UNITS } from './sheetBuilder';

export interface HeaderGeometryInput {
  /** The sheet's column boundaries, 0 and the total width included, ascending. */
  bounds: readonly number[];
  /** Widest line of the issuing body's name, in units. */
  leftText: number;
  /** Widest line of the right half (the national name, the place and date), in units. */
  rightText: number;
  /** The motto's width, in units: its rule is as long. */
  motto: number;
}

export interface HeaderGeometry {
  /** The left half is [0, split], the right half [split, total]. */
  split: number;
  leftRule: { from: number; to: number };
  rightRule: { from: number; to: number };
}

/** The left half aims at this share of the width (Decree 30 forms: a little less than half). */
const LEFT_SHARE = 0.42;
/** Room beside the text in its half, in units (the cell's padding and a little air). */
const SIDE_ROOM = 2;
/** The rule under the issuing body: between a third and a half of its text, ideally 0.4. */
const LEFT_RULE = { min: 1 / 3, ideal: 0.4, max: 0.52 } as const;
/** The rule under the motto: as long as the motto, give or take a little. */
const RIGHT_RULE = { min: 0.94, ideal: 1, max: 1.08 } as const;

interface RuleChoice {
  from: number;
  to: number;
  cuts: number;
  error: number;
}

const near = (bounds: readonly number[], x: number): boolean => bounds.some((b) => Math.abs(b - x) <= SNAP_UNITS);

/**
 * The rule of `width × share` centred at `centre`: a pair of existing boundaries when one is
 * symmetric enough, else one existing end and a cut at its mirror, else two cuts.
 */
export function chooseRule(bounds: readonly number[], centre: number, width: number, share: { min: number; ideal: number; max: number }): RuleChoice {
  const half = { min: (width * share.min) / 2, ideal: (width * share.ideal) / 2, max: (width * share.max) / 2 };
  // The ideal rule, each end on a boundary already there when one is close enough (as the builder's cut would snap it).
  const snap = (x: number): { at: number; cut: number } => {
    const b = bounds.find((y) => Math.abs(y - x) <= SNAP_UNITS);
    return b === undefined ? { at: x, cut: 1 } : { at: b, cut: 0 };
  };
  const lo = snap(centre - half.ideal);
  const hi = snap(centre + half.ideal);
  const error = (a: number, b: number): number => Math.abs((b - a) / 2 - half.ideal) + 2 * Math.abs((a + b) / 2 - centre);
  let best: RuleChoice = { from: lo.at, to: hi.at, cuts: lo.cut + hi.cut, error: error(lo.at, hi.at) };
  const better = (c: RuleChoice): boolean => c.cuts < best.cuts || (c.cuts === best.cuts && c.error < best.error);
  for (const a of bounds) {
    const h = centre - a;
    if (h < half.min || h > half.max) continue;
    const mirror = centre + h;
    const b = bounds.reduce((x, y) => (Math.abs(y - mirror) < Math.abs(x - mirror) ? y : x), bounds[0]);
    const paired = Math.abs(b - mirror) <= SNAP_UNITS;
    const c: RuleChoice = paired ? { from: a, to: b, cuts: 0, error: error(a, b) } : { from: a, to: mirror, cuts: 1, error: error(a, mirror) };
    if (better(c)) best = c;
  }
  return best;
}

export function headerGeometry(g: HeaderGeometryInput): HeaderGeometry {
  const total = g.bounds[g.bounds.length - 1];
  const inner = g.bounds.slice(1, -1);
  const fits = (x: number): boolean => x >= g.leftText + SIDE_ROOM && total - x >= g.rightText + SIDE_ROOM;
  let candidates = inner.filter(fits);
  // Columns too coarse for both halves: the split is cut where the left half would like it.
  if (candidates.length === 0) candidates = [Math.min(Math.max(g.leftText + SIDE_ROOM, LEFT_SHARE * total), total - g.rightText - SIDE_ROOM)];
  let best: (HeaderGeometry & { score: number }) | null = null;
  for (const split of candidates) {
    const left = chooseRule(g.bounds, split / 2, g.leftText, LEFT_RULE);
    const right = chooseRule(g.bounds, (split + total) / 2, g.motto, RIGHT_RULE);
    const cuts = left.cuts + right.cuts + (g.bounds.includes(split) ? 0 : 1);
    const score = cuts * 10 + Math.abs(split / total - LEFT_SHARE) * 20 + (left.error + right.error) * 0.5;
    if (best === null || score < best.score) {
      best = { split, leftRule: { from: left.from, to: left.to }, rightRule: { from: right.from, to: right.to }, score };
    }
  }
  const { split, leftRule, rightRule } = best!;
  return { split, leftRule, rightRule };
}
