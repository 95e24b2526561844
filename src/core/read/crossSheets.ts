/**
 * Cross-scoring (docs/huong-dan-so-lieu.md, `Chấm chéo - <MÃ>`; docs/quy-tac-tinh-diem.md §3): one sheet per scoring
 * member. When cross-scoring is the score source, every (member, `Điểm` leaf) needs at least
 * one score that counts — a member's own sheet counts for itself only when
 * `Tính điểm tự chấm khi chấm chéo = Có` — and a member that scored nobody is pointed out.
 */
import type { ScoreSheet } from '../model';
import type { ProblemParamsByCode } from '../problems';
import { crossSheetName } from '../words/format';
import type { MemberLookup } from './memberLookup';
import type { ProblemSink } from './problemSink';
import { BLANKS_LISTED_PER_COLUMN } from './readScoreSheet';
import type { CrossCandidate } from './sheetRoles';
import type { SheetView } from './sheetView';

export interface CrossSheetFound {
  view: SheetView;
  /** Member index of the scorer. */
  scorer: number;
}

/** Resolves each cross sheet's scorer; refuses unknown scorers and second sheets of a scorer. */
export function resolveScorers(candidates: readonly CrossCandidate[], lookup: MemberLookup, sink: ProblemSink): CrossSheetFound[] {
  const found: CrossSheetFound[] = [];
  const sheetOf = new Map<number, SheetView>();
  for (const c of candidates) {
    const scorer = lookup.indexOf(c.scorerText);
    if (scorer < 0) {
      if (!c.tentative) sink.sheet(c.view, 'error', 'SCORER_UNKNOWN', { scorer: c.scorerText, sheet: c.view.name });
      continue;
    }
    const first = sheetOf.get(scorer);
    if (first) {
      sink.sheet(c.view, 'error', 'SCORER_DUPLICATE', { scorer: lookup.members[scorer].name, first: first.name }, { member: lookup.members[scorer].code });
      continue;
    }
    sheetOf.set(scorer, c.view);
    found.push({ view: c.view, scorer });
  }
  return found;
}

export interface CrossSheetRead {
  view: SheetView;
  scorer: number;
  sheet: ScoreSheet;
}

export function checkCrossCoverage(
  sheets: readonly CrossSheetRead[],
  lookup: MemberLookup,
  leaves: readonly { code: string; type: string; leafIndex: number }[],
  countSelf: boolean,
  sink: ProblemSink,
): void {
  const members = lookup.members;
  const hasSheet = new Set(sheets.map((s) => s.scorer));
  for (let m = 0; m < members.length; m++)
    if (!hasSheet.has(m))
      sink.workbook('warning', 'CROSS_SHEET_ABSENT', { member: members[m].name, sheet: crossSheetName(members[m].code) }, { member: members[m].code });

  for (let m = 0; m < members.length; m++) {
    const counted = sheets.filter((s) => countSelf || s.scorer !== m);
    const none: number[] = [];
    for (const leaf of leaves) {
      if (leaf.type !== 'score') continue;
      let any = false;
      for (const s of counted)
        if (s.sheet.values[m][leaf.leafIndex] !== null) {
          any = true;
          break;
        }
      if (!any) none.push(leaf.leafIndex);
    }
    if (none.length === 0) continue;
    const member = members[m];
    const report = (leafIndex: number, params: ProblemParamsByCode['CROSS_SCORE_NONE'], about: { member: string; criterion?: string }): void => {
      // Point at the first counted sheet that has both the row and the column, if any.
      const at = counted.find((s) => s.sheet.leafRows[leafIndex] >= 0 && s.sheet.memberCols[m] >= 0);
      if (at) sink.sheetCell(at.view, at.sheet.leafRows[leafIndex], at.sheet.memberCols[m], 'error', 'CROSS_SCORE_NONE', params, about);
      else if (counted.length > 0) sink.sheet(counted[0].view, 'error', 'CROSS_SCORE_NONE', params, about);
      else sink.workbook('error', 'CROSS_SCORE_NONE', params, about);
    };
    if (none.length > BLANKS_LISTED_PER_COLUMN) {
      const first = leaves.find((l) => l.leafIndex === none[0]) as { code: string };
      report(none[0], { member: member.name, criterion: first.code, count: none.length }, { member: member.code });
    } else
      for (const leafIndex of none) {
        const code = (leaves.find((l) => l.leafIndex === leafIndex) as { code: string }).code;
        report(leafIndex, { member: member.name, criterion: code }, { member: member.code, criterion: code });
      }
  }
}
