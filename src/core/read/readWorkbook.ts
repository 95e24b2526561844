/**
 * The reader: every input sheet's grid → a ParsedWorkbook plus the problems found on the way
 * (docs/huong-dan-so-lieu.md, Input sheets). It never throws; anything wrong in the workbook is a
 * Problem with its sheet and cell. Sheets are read in dependency order — members and criteria
 * first, since settings and score sheets refer to them — and the problems are handed back in
 * sheet order, then cell order.
 */
import type { WorkbookInput } from '../grid';
import type { ParsedWorkbook, ReadResult, ScoreSheet } from '../model';
import { problem } from '../problems';
import { checkCrossCoverage, resolveScorers, type CrossSheetRead } from './crossSheets';
import { sizeProblem } from './limits';
import { crossSheetName, SHEET_NAMES } from '../words/format';
import { quorumOf } from '../rules/quorum';
import { ProblemSink } from './problemSink';
import { readBallots } from './readBallots';
import { readBands } from './readBands';
import { readCriteria } from './readCriteria';
import { readMeeting, type MeetingRead } from './readMeeting';
import { readMembers } from './readMembers';
import { readScoreSheet } from './readScoreSheet';
import { readSettings } from './readSettings';
import { makeScoreContext } from './scoreContext';
import { findSheetRoles } from './sheetRoles';
import { SheetView } from './sheetView';

const REQUIRED = ['settings', 'members', 'criteria'] as const;

export function readWorkbook(input: WorkbookInput): ReadResult {
  // Limits instead of freezes: a workbook too large to check is refused before any parsing.
  const tooLarge = sizeProblem(input);
  if (tooLarge) return { workbook: null, problems: [tooLarge], notScoringWorkbook: false };

  const sink = new ProblemSink();
  const grids = Array.isArray(input?.sheets) ? input.sheets : [];
  const views = grids.map((g, i) => new SheetView(g, i));
  const marked = Array.isArray(input?.markedSheets) ? input.markedSheets.filter((n): n is string => typeof n === 'string') : [];
  const roles = findSheetRoles(views, marked, sink);
  const { single } = roles;

  // A workbook with none of the required sheets is some other workbook: say so, and nothing else.
  const missing = REQUIRED.filter((role) => !single[role]).map((role) => SHEET_NAMES[role]);
  if (missing.length === REQUIRED.length) {
    return {
      workbook: null,
      problems: [problem('error', 'NOT_A_SCORING_WORKBOOK', '', '', { sheets: missing })],
      notScoringWorkbook: true,
    };
  }
  for (const name of missing) sink.workbook('error', 'SHEET_MISSING', { sheet: name });

  const lookup = single.members ? readMembers(single.members, sink) : null;
  const criteria = single.criteria ? readCriteria(single.criteria, sink) : null;
  const bands = readBands(single.bands ?? null, criteria ? criteria.baseMax : 0, sink);
  const crossFound = lookup ? resolveScorers(roles.cross, lookup, sink) : [];
  const hasCross = crossFound.length > 0 || roles.cross.some((c) => !c.tentative);
  // `Hội nghị` before `Cấu hình`: its delegates give `Số thành viên dự họp` its default.
  const meetingRead: MeetingRead | null = single.meeting && lookup ? readMeeting(single.meeting, lookup, sink) : null;
  const delegatesPresent = meetingRead?.meeting.present.length ?? 0;
  const settingsRead = readSettings(
    single.settings ?? null,
    { lookup, criteria, bands: bands.bands, hasCross, hasAppraisal: single.appraisal !== undefined, delegatesPresent },
    sink,
  );
  const settings = settingsRead.settings;
  // Members present written in `Cấu hình` and listed in `Hội nghị` must agree (docs/huong-dan-so-lieu.md, `Hội nghị`).
  const presentAt = settingsRead.at.present;
  const written = settingsRead.written.present;
  if (meetingRead?.firstDelegate && single.meeting && single.settings && presentAt && written !== undefined && written !== delegatesPresent) {
    const d = meetingRead.firstDelegate;
    const settingsCell = `${single.settings.name}!${single.settings.address(presentAt.r, presentAt.c)}`;
    const meetingCell = `${single.meeting.name}!${single.meeting.address(d.r, d.c)}`;
    sink.cell(single.settings, presentAt.r, presentAt.c, 'error', 'PRESENT_CONFLICT', { present: written, delegates: delegatesPresent, other: meetingCell });
    sink.cell(single.meeting, d.r, d.c, 'error', 'PRESENT_CONFLICT', { present: written, delegates: delegatesPresent, other: settingsCell });
  }
  const source = settings.scoreSource;

  let self: ScoreSheet | null = null;
  let appraisal: ScoreSheet | null = null;
  const cross: ScoreSheet[] = [];
  if (lookup && criteria) {
    const ctx = makeScoreContext(lookup, criteria, settings.scoreStep);
    // `Tự chấm` is always required: the final score is compared with it (docs/huong-dan-so-lieu.md).
    if (single.self) self = readScoreSheet({ view: single.self, kind: 'self', scorer: -1, blanks: 'required' }, ctx, sink);
    else sink.workbook('error', 'SCORE_SHEET_MISSING', { sheet: SHEET_NAMES.self, reason: 'self' });

    if (single.appraisal)
      appraisal = readScoreSheet(
        { view: single.appraisal, kind: 'appraisal', scorer: -1, blanks: source === 'appraisal' ? 'required' : 'ignore' },
        ctx,
        sink,
      );
    else if (source === 'appraisal') sink.workbook('error', 'SCORE_SHEET_MISSING', { sheet: SHEET_NAMES.appraisal, reason: 'source' });

    const crossRead: CrossSheetRead[] = [];
    for (const found of crossFound) {
      const sheet = readScoreSheet(
        { view: found.view, kind: 'cross', scorer: found.scorer, blanks: source === 'cross' ? 'crossWarn' : 'ignore' },
        ctx,
        sink,
      );
      if (sheet) {
        cross.push(sheet);
        crossRead.push({ view: found.view, scorer: found.scorer, sheet });
      }
    }
    if (source === 'cross') {
      if (crossFound.length === 0) sink.workbook('error', 'SCORE_SHEET_MISSING', { sheet: crossSheetName('<MÃ>'), reason: 'source' });
      else checkCrossCoverage(crossRead, lookup, criteria.leaves, settings.countSelfInCross, sink);
    }
  }

  let ballots: ParsedWorkbook['ballots'] = null;
  if (single.ballots && lookup) {
    ballots = readBallots(
      single.ballots,
      { lookup, writtenQuota: { flag: settingsRead.written.flagQuota, certificate: settingsRead.written.certificateQuota }, present: settings.present },
      sink,
    );
    // A vote needs two thirds of the members present (docs/quy-tac-tinh-diem.md, "Bỏ phiếu").
    const quorum = quorumOf(settings.present, lookup.members.length);
    if (!quorum.met) {
      const params = { present: quorum.present, members: quorum.members, required: quorum.required };
      const at = settingsRead.at.present;
      if (single.settings && at) sink.cell(single.settings, at.r, at.c, 'error', 'QUORUM_NOT_MET', params);
      else sink.sheet(single.ballots, 'error', 'QUORUM_NOT_MET', params);
    }
  }

  const usable =
    settingsRead.usable && lookup !== null && lookup.members.length > 0 && criteria !== null && criteria.criteria.length > 0;
  const workbook: ParsedWorkbook | null =
    usable && single.settings && single.members && single.criteria && lookup && criteria
      ? {
          settings,
          writtenSettings: settingsRead.written,
          settingCells: settingsRead.cells,
          members: [...lookup.members],
          criteria: criteria.criteria,
          leaves: criteria.leaves,
          bands: bands.bands,
          defaultBands: bands.defaultBands,
          baseMax: criteria.baseMax,
          self,
          appraisal,
          cross,
          ballots,
          meeting: meetingRead?.meeting ?? null,
          sheetNames: {
            settings: single.settings.name,
            members: single.members.name,
            criteria: single.criteria.name,
            bands: single.bands?.name ?? null,
            self: single.self?.name ?? null,
            appraisal: single.appraisal?.name ?? null,
            ballots: single.ballots?.name ?? null,
            meeting: single.meeting?.name ?? null,
          },
        }
      : null;

  return { workbook, problems: sink.sorted(), notScoringWorkbook: false };
}
