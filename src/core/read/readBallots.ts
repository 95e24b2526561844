/**
 * `Phiếu bầu` (docs/huong-dan-so-lieu.md; docs/quy-tac-tinh-diem.md §9): one row per ballot paper.
 * Each award cell lists members by code, name or alias, separated by ";" or ","; blank = abstained.
 * The optional `Vòng` column says which round the paper belongs to (blank = 1).
 *
 * The reader reports what is wrong with a paper whatever the round: a name twice, something that
 * is not a member (warnings: the paper itself is valid, it does not count for that award), a round
 * that is not a whole number from 1 (an error), more papers in a round than members present (an
 * error). Whether a paper names more members than the round's places, or someone outside a
 * run-off, depends on the rounds before: the rules judge that (src/core/rules/ballotValidity.ts).
 */
import type { Award, Ballot, BallotChoice, BallotChoiceInvalid } from '../model';
import { cleanText, matchKey, splitList } from '../text';
import { cellText, errorText, isBlankValue, readNumber, showValue } from './cellValue';
import { findHeader, rowIsEmpty, warnUnknownColumns, type HeaderSpec } from './headerRow';
import type { MemberLookup } from './memberLookup';
import { BALLOT_HEADERS as H } from '../words/format';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';

const SPEC: HeaderSpec = { required: [H.number, H.flag, H.certificate], optional: [H.round] };

/**
 * The quotas the first version assumed when `Cấu hình` wrote none (src/core/fingerprint/v1Settings.ts):
 * BallotChoice.invalid keeps that version's judgement, so that a later default never changes a
 * workbook's data fingerprint.
 */
const V1_DEFAULT_QUOTA: Record<Award, number> = { flag: 1, certificate: 2 };

export interface BallotContext {
  lookup: MemberLookup;
  /** The quotas as written in `Cấu hình` (absent: not written). */
  writtenQuota: Partial<Record<Award, number>>;
  present: number;
}

export function readBallots(view: SheetView, ctx: BallotContext, sink: ProblemSink): Ballot[] | null {
  const header = findHeader(view, SPEC, sink);
  if (!header) return null;
  warnUnknownColumns(view, header, sink);
  const cNumber = header.cols.get(H.number) as number;
  const cFlag = header.cols.get(H.flag) as number;
  const cCertificate = header.cols.get(H.certificate) as number;
  const cRound = header.cols.get(H.round);
  const used = [cNumber, cFlag, cCertificate, ...(cRound === undefined ? [] : [cRound])];
  const quota: Record<Award, number> = {
    flag: ctx.writtenQuota.flag ?? V1_DEFAULT_QUOTA.flag,
    certificate: ctx.writtenQuota.certificate ?? V1_DEFAULT_QUOTA.certificate,
  };

  const ballots: Ballot[] = [];
  const numbers = new Set<string>();
  /** Papers per round, and the grid row of the first paper over the number present. */
  const perRound = new Map<number, number>();
  const firstExcess = new Map<number, number>();
  for (let r = header.row + 1; r < view.rowCount; r++) {
    if (rowIsEmpty(view, r, used)) continue;
    const rawNumber = view.get(r, cNumber);
    let number = '';
    const err = errorText(rawNumber);
    if (err !== null) sink.cell(view, r, cNumber, 'warning', 'VALUE_ERROR', { value: err });
    else number = cleanText(cellText(rawNumber));
    const round = cRound === undefined ? 1 : readRound(view, r, cRound, sink);
    if (number === '') {
      // The paper still counts; only its number is missing from the table.
      if (err === null) sink.cell(view, r, cNumber, 'warning', 'ROW_WITHOUT_CODE', { column: H.number, kind: 'ballots' });
    } else {
      // Papers are numbered afresh in each round.
      const key = `${round}|${matchKey(number)}`;
      if (numbers.has(key)) sink.cell(view, r, cNumber, 'warning', 'BALLOT_NUMBER_DUPLICATE', { number });
      numbers.add(key);
    }
    const count = (perRound.get(round) ?? 0) + 1;
    perRound.set(round, count);
    if (count === ctx.present + 1) firstExcess.set(round, r);
    ballots.push({
      number,
      row: view.sheetRow(r),
      round,
      flag: readChoice(view, r, cFlag, 'flag', number, quota.flag, ctx.lookup, sink),
      certificate: readChoice(view, r, cCertificate, 'certificate', number, quota.certificate, ctx.lookup, sink),
    });
  }
  for (const [round, r] of firstExcess) {
    const ballotsOfRound = perRound.get(round) ?? 0;
    const params = cRound === undefined ? { ballots: ballotsOfRound, present: ctx.present } : { ballots: ballotsOfRound, present: ctx.present, round };
    sink.cell(view, r, cNumber, 'error', 'BALLOTS_EXCEED_PRESENT', params);
  }
  return ballots;
}

/** `Vòng`: blank = 1; a whole number from 1; anything else is an error (the paper is read as round 1). */
function readRound(view: SheetView, r: number, c: number, sink: ProblemSink): number {
  const raw = view.get(r, c);
  const n = readNumber(raw);
  if (n.kind === 'blank') return 1;
  if (n.kind === 'number' && Number.isInteger(n.value) && n.value >= 1) return n.value;
  sink.cell(view, r, c, 'error', 'BALLOT_ROUND_INVALID', { value: n.kind === 'error' ? n.text : showValue(raw) });
  return 1;
}

function readChoice(
  view: SheetView,
  r: number,
  c: number,
  award: Award,
  number: string,
  quota: number,
  lookup: MemberLookup,
  sink: ProblemSink,
): BallotChoice {
  const cell = view.address(r, c);
  const raw = view.get(r, c);
  if (isBlankValue(raw)) return { cell, members: [], unknown: [], named: 0, abstained: true, invalid: null };
  const err = errorText(raw);
  if (err !== null) {
    sink.cell(view, r, c, 'error', 'VALUE_ERROR', { value: err });
    return { cell, members: [], unknown: [err], named: 1, abstained: false, invalid: 'unknown' };
  }
  const names = splitList(cellText(raw), /[;,]/);
  const members: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const name of names) {
    const m = lookup.find(name);
    if (!m) unknown.push(name);
    else if (members.includes(m.code)) repeated.push(m.name);
    else members.push(m.code);
  }
  let invalid: BallotChoiceInvalid | null = names.length > quota ? 'overQuota' : null;
  if (repeated.length > 0) {
    invalid = invalid ?? 'duplicate';
    sink.cell(view, r, c, 'warning', 'BALLOT_DUPLICATE_NAME', { number, award, name: repeated[0] });
  }
  if (unknown.length > 0) {
    invalid = invalid ?? 'unknown';
    sink.cell(view, r, c, 'warning', 'BALLOT_UNKNOWN_NAME', { number, award, names: unknown });
  }
  // A cell of separators only (";") names nobody: that is an abstention too.
  return { cell, members, unknown, named: names.length, abstained: names.length === 0, invalid };
}
