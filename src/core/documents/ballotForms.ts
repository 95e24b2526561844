/**
 * `Phiếu bầu (mẫu)` — blank ballot forms for the conference (docs/tai-lieu-in.md "Phiếu bầu
 * (mẫu)"; the choice of round in docs/quyet-dinh.md). One form per member present, each award on
 * forms of its own: the members that may be voted for, each with a box to tick, how many may be
 * chosen, the round, and a space for the stamp. Two forms to an A4 page, cut in the middle; a form
 * too tall for half a page gets a page of its own.
 *
 * Which round the forms are for (ballotFormRounds):
 * - no ballots yet: round 1 of both awards;
 * - a round pending: only that round, of the award(s) that need it, among its run-off candidates;
 * - the vote final: each award's last round held, as it was voted (to reprint or file).
 */
import type { Award } from '../model';
import type { AwardResult, Results } from '../results';
import type { SheetDescription } from '../sheet';
import { buildDocument } from './buildDocument';
import type { ResultInputs } from './documentInputs';
import { balancedLines } from './balancedLines';
import { countText } from './numberText';
import { FONT_SIZE } from './pageSetup';
import { pageCapacity } from './pagination';
import { SheetBuilder } from './sheetBuilder';
import { unitsToPoints } from './textWidth';
import { choiceLimitText, voteSubject } from './voteWording';
import { clusterFullName } from './wording';

/** The forms of one award in one round. */
export interface FormRound {
  award: Award;
  round: number;
  /** How many members a paper may name: the places open in that round. */
  places: number;
  /** The members listed, in ranking order. */
  candidates: string[];
  /** Round 1 of the Certificate before the Flag is settled: the form says the Flag's nominee does not count for it. */
  flagNote: boolean;
}

/** Portrait, 88 units ≈ the 16.5 cm between the margins: margin | STT | Đơn vị | box (the form's text) | the stamp's place. */
const WIDTHS = [4, 7, 45, 12, 20];
const TABLE_SIZE = FONT_SIZE.table;
/** Height of a row of the candidates' table (points): room to tick the box. */
const ROW_HEIGHT = 20;
/** A seal is about 3.5 cm across: the box spans the issuer's rows, the title and the round. */
/** Points between the two forms of a page, the cutting line in the middle of them. */
const GAP = 24;
const STAMP_LABEL = 'Dấu của Ban tổ chức';

/** The round each award's forms are for (see the file's comment). */
export function ballotFormRounds(results: Results): FormRound[] {
  const nom = results.nomination;
  const awards: Award[] = ['flag', 'certificate'];
  const order = new Map(results.ranking.map((e, i) => [e.member, i]));
  const byRank = (codes: readonly string[]): string[] => [...codes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const eligible = (award: Award): string[] => {
    const known = nom.mode === 'vote' && award === 'certificate' ? new Set(nom.flag.nominees) : new Set<string>();
    return results.ranking
      .filter((e) => e.eligible[award].every((r) => r.kind === 'flagNominee') && !known.has(e.member))
      .map((e) => e.member);
  };
  const firstRound = (a: AwardResult): FormRound => ({
    award: a.award,
    round: 1,
    places: a.quota,
    candidates: eligible(a.award),
    flagNote: a.award === 'certificate' && nom.mode === 'proposal',
  });

  if (nom.mode === 'proposal') return awards.map((award) => firstRound(nom[award]));
  if (nom.pending) {
    return awards
      .map((award) => nom[award])
      .filter((a) => a.runoffNeeded && a.nextRound !== null)
      .map((a) => ({ award: a.award, round: a.nextRound!, places: a.openPlaces, candidates: byRank(a.runoffAmong), flagNote: false }));
  }
  return awards.map((award) => {
    const a = nom[award];
    const last = a.rounds[a.rounds.length - 1];
    if (!last || last.among === null) return firstRound(a);
    return { award, round: last.round, places: last.places, candidates: byRank(last.among), flagNote: false };
  });
}

/**
 * The round whose forms are written while a round is pending (the lowest of the awards that need
 * one), with those awards; null when none is pending.
 */
export function pendingFormsRound(results: Results): { round: number; awards: Award[] } | null {
  if (!results.nomination.pending) return null;
  const forms = ballotFormRounds(results);
  if (forms.length === 0) return null;
  const round = Math.min(...forms.map((f) => f.round));
  return { round, awards: forms.filter((f) => f.round === round).map((f) => f.award) };
}

/** Appends one form; returns its first and last row. */
function addForm(b: SheetBuilder, x: ResultInputs, f: FormRound): { r0: number; r1: number } {
  const s = x.workbook.settings;
  const stamp = b.lastCol;
  const body = stamp - 1;
  const heading = FONT_SIZE.heading;
  const r0 = b.rowCount;
  // Left: the issuer in balanced lines, the title, what is voted on and the round, centred over
  // the text's columns; right: the stamp's place, a framed box as tall as those lines.
  const centred = (text: string, size: number, bold = true): number => {
    const r = b.row();
    b.text(r, 0, body, text, { hAlign: 'center', bold, fontSize: size }, size);
    return r;
  };
  const issuer = balancedLines(clusterFullName(s.clusterName).toUpperCase(), { maxWidthPt: unitsToPoints(b.spanWidth(0, body)) - 10, fontSize: heading, bold: true });
  issuer.forEach((line) => centred(line, heading));
  centred('PHIẾU BẦU', FONT_SIZE.title);
  centred(voteSubject(f.award, s.year), FONT_SIZE.body);
  const roundRow = centred(`Vòng ${f.round}`, FONT_SIZE.body);
  b.set(r0, stamp, STAMP_LABEL);
  b.merge(r0, stamp, roundRow, stamp);
  b.style(r0, stamp, roundRow, stamp, { border: true, italic: true, fontSize: 9, color: '808080', hAlign: 'center', vAlign: 'middle', wrap: true });
  const limit = b.row();
  b.text(limit, 0, body, `Đánh dấu X vào ô của đơn vị được chọn; ${choiceLimitText(f.places)}.`, { hAlign: 'center', italic: true, fontSize: TABLE_SIZE }, TABLE_SIZE);

  const header = b.row([null, 'STT', 'Tên đơn vị', 'Chọn']);
  b.style(header, 1, header, 3, { bold: true, border: true, hAlign: 'center', vAlign: 'middle', fontSize: TABLE_SIZE });
  b.setHeight(header, ROW_HEIGHT);
  f.candidates.forEach((m, i) => {
    const r = b.row([null, i + 1, x.names.name(m), null]);
    b.style(r, 1, r, 3, { border: true, vAlign: 'middle', fontSize: TABLE_SIZE });
    b.style(r, 1, r, 1, { hAlign: 'center' });
    b.style(r, 2, r, 2, { hAlign: 'left', wrap: true });
    b.fitText(r, x.names.name(m), b.spanWidth(2, 2), TABLE_SIZE);
    b.minHeight(r, ROW_HEIGHT);
  });

  const notes = [`Phiếu chọn quá ${countText(f.places)} đơn vị hoặc ghi tên đơn vị ngoài danh sách là phiếu không hợp lệ.`];
  if (f.flagNote) notes.push('Đơn vị được suy tôn Cờ thi đua không tính vào suất Bằng khen.');
  for (const n of notes) {
    const r = b.row();
    b.text(r, 0, body, n, { italic: true, fontSize: FONT_SIZE.table }, FONT_SIZE.table);
  }
  return { r0, r1: b.rowCount - 1 };
}

export function describeBallotFormsSheet(x: ResultInputs): SheetDescription {
  const s = x.workbook.settings;
  const copies = Math.max(1, s.present > 0 ? s.present : x.workbook.members.length);
  const b = new SheetBuilder(WIDTHS);
  const pageStarts: number[] = [];
  const capacity = pageCapacity('portrait', WIDTHS);
  const rounds = ballotFormRounds(x.results).filter((f) => f.candidates.length > 0);
  if (rounds.length === 0) b.paragraph('Không có đơn vị đủ điều kiện để bầu.', { italic: true }, FONT_SIZE.body);
  for (const f of rounds) {
    // Each award's forms start on a page of their own (they may be printed on paper of another colour).
    for (let i = 0; i < copies; i++) {
      const start = b.rowCount;
      const form = addForm(b, x, f);
      b.fillHeights(FONT_SIZE.body);
      let height = 0;
      for (let r = form.r0; r <= form.r1; r++) height += b.heightOf(r) ?? 0;
      const twoToAPage = 2 * height + GAP <= capacity;
      const top = !twoToAPage || i % 2 === 0;
      if (start > 0 && top) pageStarts.push(start);
      if (twoToAPage && top && i + 1 < copies) {
        // Fill the top half, with the cutting line in the middle of the page.
        const cut = b.blank();
        b.setHeight(cut, Math.max(1, capacity / 2 - height - GAP / 2));
        b.style(cut, 0, cut, b.lastCol, { edges: { bottom: 'thin' } });
        b.setHeight(b.blank(), GAP / 2);
      }
    }
  }
  return buildDocument(b, 'ballotForms', { orientation: 'portrait', table: null, freezeRows: 0, provenance: x, pageStarts });
}
