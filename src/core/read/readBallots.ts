/**
 * `Phiếu bầu` (docs/huong-dan-so-lieu.md; docs/quy-tac-tinh-diem.md §9): one row per ballot paper. Each award cell
 * lists members by code, name or alias, separated by ";" or ","; blank = abstained. For one
 * award a ballot does not count when it names more members than the quota, the same member
 * twice, or someone who is not a member — each a warning, since the paper itself is valid.
 */
import type { Award, Ballot, BallotChoice, BallotChoiceInvalid } from '../model';
import { cleanText, matchKey, splitList } from '../text';
import { cellText, errorText, isBlankValue } from './cellValue';
import { findHeader, rowIsEmpty, warnUnknownColumns, type HeaderSpec } from './headerRow';
import type { MemberLookup } from './memberLookup';
import { BALLOT_HEADERS as H } from '../words/format';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';

const SPEC: HeaderSpec = { required: [H.number, H.flag, H.certificate], optional: [] };

export interface BallotContext {
  lookup: MemberLookup;
  quota: Record<Award, number>;
  present: number;
}

export function readBallots(view: SheetView, ctx: BallotContext, sink: ProblemSink): Ballot[] | null {
  const header = findHeader(view, SPEC, sink);
  if (!header) return null;
  warnUnknownColumns(view, header, sink);
  const cNumber = header.cols.get(H.number) as number;
  const cFlag = header.cols.get(H.flag) as number;
  const cCertificate = header.cols.get(H.certificate) as number;
  const used = [cNumber, cFlag, cCertificate];

  const ballots: Ballot[] = [];
  const numbers = new Set<string>();
  for (let r = header.row + 1; r < view.rowCount; r++) {
    if (rowIsEmpty(view, r, used)) continue;
    const rawNumber = view.get(r, cNumber);
    let number = '';
    const err = errorText(rawNumber);
    if (err !== null) sink.cell(view, r, cNumber, 'warning', 'VALUE_ERROR', { value: err });
    else number = cleanText(cellText(rawNumber));
    if (number === '') {
      // The paper still counts; only its number is missing from the table.
      if (err === null) sink.cell(view, r, cNumber, 'warning', 'ROW_WITHOUT_CODE', { column: H.number, kind: 'ballots' });
    } else {
      const key = matchKey(number);
      if (numbers.has(key)) sink.cell(view, r, cNumber, 'warning', 'BALLOT_NUMBER_DUPLICATE', { number });
      numbers.add(key);
    }
    ballots.push({
      number,
      row: view.sheetRow(r),
      flag: readChoice(view, r, cFlag, 'flag', number, ctx, sink),
      certificate: readChoice(view, r, cCertificate, 'certificate', number, ctx, sink),
    });
  }

  if (ballots.length > ctx.present) {
    const excess = ballots[ctx.present];
    sink.sheetCell(view, excess.row, view.sheetCol(cNumber), 'error', 'BALLOTS_EXCEED_PRESENT', { ballots: ballots.length, present: ctx.present });
  }
  return ballots;
}

function readChoice(view: SheetView, r: number, c: number, award: Award, number: string, ctx: BallotContext, sink: ProblemSink): BallotChoice {
  const cell = view.address(r, c);
  const raw = view.get(r, c);
  if (isBlankValue(raw)) return { cell, members: [], unknown: [], abstained: true, invalid: null };
  const err = errorText(raw);
  if (err !== null) {
    sink.cell(view, r, c, 'error', 'VALUE_ERROR', { value: err });
    return { cell, members: [], unknown: [err], abstained: false, invalid: 'unknown' };
  }
  const names = splitList(cellText(raw), /[;,]/);
  const members: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const name of names) {
    const m = ctx.lookup.find(name);
    if (!m) unknown.push(name);
    else if (members.includes(m.code)) repeated.push(m.name);
    else members.push(m.code);
  }
  const quota = ctx.quota[award];
  let invalid: BallotChoiceInvalid | null = null;
  if (names.length > quota) {
    invalid = 'overQuota';
    sink.cell(view, r, c, 'warning', 'BALLOT_OVER_QUOTA', { number, award, count: names.length, quota });
  }
  if (repeated.length > 0) {
    invalid = invalid ?? 'duplicate';
    sink.cell(view, r, c, 'warning', 'BALLOT_DUPLICATE_NAME', { number, award, name: repeated[0] });
  }
  if (unknown.length > 0) {
    invalid = invalid ?? 'unknown';
    sink.cell(view, r, c, 'warning', 'BALLOT_UNKNOWN_NAME', { number, award, names: unknown });
  }
  // A cell of separators only (";") names nobody: that is an abstention too.
  return { cell, members, unknown, abstained: names.length === 0, invalid };
}
