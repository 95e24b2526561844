/**
 * Which sheets the lock protects: the input sheets the reader used (docs/huong-dan-so-lieu.md, Input
 * sheets) — never the program's own sheets, which it rewrites on every run, and never a
 * person's other sheets (notes, drafts), which the lock does not vouch for. When the workbook
 * cannot be read far enough to know them (an unlock of a workbook that has since broken), every
 * sheet that is not the program's.
 */
import type { WorkbookInput } from '../grid';
import type { ParsedWorkbook } from '../model';
import { matchKey } from '../text';

export function lockTargets(input: WorkbookInput, workbook: ParsedWorkbook | null): string[] {
  const out: string[] = [];
  const add = (name: string | null | undefined): void => {
    if (name && !out.includes(name)) out.push(name);
  };
  if (workbook) {
    const n = workbook.sheetNames;
    [n.settings, n.members, n.criteria, n.bands, n.self, n.appraisal].forEach(add);
    for (const s of workbook.cross) add(s.sheet);
    add(n.ballots);
    // `Hội nghị` is counted in the data fingerprint like the ballots: locked with them.
    add(n.meeting);
    // In tab order, as the user sees them.
    const order = input.sheets.map((s) => s.name);
    return out.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  const ours = new Set((input.markedSheets ?? []).map((s) => matchKey(s)));
  for (const s of input.sheets) if (!ours.has(matchKey(s.name))) add(s.name);
  return out;
}
