/**
 * The ranking as the pane draws it: one row per member in ranking order with its name, total,
 * band and the parts of its total (one per top-level `Điểm` group, then bonus; the deduction is
 * drawn over the end). Pure data; the words are the pane's.
 */
import { memberNames, type Points, type ParsedWorkbook, type RankNote, type Results } from '../core/index';

export interface BarPart {
  /** Criterion code of a top-level group, or 'bonus'. */
  key: string;
  label: string;
  value: Points;
  /** Colour slot: 0.. for groups in `Tiêu chí` order; -1 for the bonus. */
  colour: number;
}

export interface RankingRow {
  member: string;
  name: string;
  rank: number;
  shared: boolean;
  total: Points;
  base: Points;
  bonus: Points;
  deduction: Points;
  band: string | null;
  /** Position of the band in the band table (0 = top), or -1 without a band. */
  bandIndex: number;
  parts: BarPart[];
  notes: RankNote[];
}

export interface RankingPicture {
  rows: RankingRow[];
  /** The groups, for the legend. */
  groups: { key: string; label: string; colour: number }[];
  /** Points a full-width bar stands for: the largest base + bonus, at least the base maximum. */
  scale: Points;
}

export function rankingPicture(workbook: ParsedWorkbook, results: Results): RankingPicture {
  const names = memberNames(workbook);
  const groups = workbook.criteria
    .filter((c) => c.parent === null && c.type === 'score')
    .map((c, i) => ({ key: c.code, label: c.text, colour: i }));
  const scores = new Map(results.scores.map((s) => [s.member, s] as const));
  const rows: RankingRow[] = [];
  for (const entry of results.ranking) {
    const s = scores.get(entry.member);
    if (!s) continue;
    const parts: BarPart[] = groups.map((g) => ({ key: g.key, label: g.label, value: s.subtotals[g.key] ?? 0, colour: g.colour }));
    if (s.bonus > 0) parts.push({ key: 'bonus', label: 'bonus', value: s.bonus, colour: -1 });
    rows.push({
      member: entry.member,
      name: names.name(entry.member),
      rank: entry.rank,
      shared: entry.shared,
      total: s.total,
      base: s.base,
      bonus: s.bonus,
      deduction: s.deduction,
      band: s.band,
      bandIndex: s.band === null ? -1 : workbook.bands.findIndex((b) => b.name === s.band),
      parts,
      notes: entry.notes,
    });
  }
  const scale = Math.max(workbook.baseMax, ...rows.map((r) => r.base + r.bonus), 1);
  return { rows, groups, scale };
}
