/**
 * `Biên bản kiểm phiếu` — the counting panel's minutes (docs/tai-lieu-in.md "Biên bản kiểm
 * phiếu"): one for each award in each round counted, each starting a page of its own with the
 * header block and `Số:`, so that each can be signed and filed alone. Written only when there are
 * ballots; a draft (DỰ THẢO) while a round is pending.
 *
 * Each minutes: the conference (time, place), the panel (head and members from `Hội nghị`, dots
 * for hand filling), the ballot figures of the round (issued, returned, valid — of which blank —,
 * invalid), the votes per member with the share against the base named with its number, the
 * result of the round (the vocabulary's roundLines, as everywhere else), the ties the rank
 * settled, and the signatures of the panel's members and its head.
 */
import type { Award } from '../model';
import type { AwardResult, RoundResult } from '../results';
import type { SheetDescription } from '../sheet';
import { formatPercent } from '../hundredths';
import { VI } from '../words';
import { roundLines } from '../words/resultTexts';
import { buildDocument } from './buildDocument';
import type { ResultInputs } from './documentInputs';
import { addDraftMark } from './draftMark';
import { addHeaderBlock, addTitle, DOTS } from './headerBlock';
import { countText } from './numberText';
import { FONT_SIZE } from './pageSetup';
import { addLockWarning } from './provenance';
import { SheetBuilder } from './sheetBuilder';
import { addSignatureBlocks, NAME_DOTS, type SignatureBlock } from './signatureBlock';
import { addTableHeader, fitRow, styleTableBody } from './table';
import { choiceLimitText, shareBaseText, voteSubject } from './voteWording';
import { clusterFullName } from './wording';

/** Portrait, 88 units. */
const WIDTHS = [7, 33, 12, 12, 24];
const HEADERS = ['STT', 'Đơn vị', 'Số phiếu', 'Tỷ lệ', 'Kết quả'];
const BODY = FONT_SIZE.body;
/** Panel members printed for hand filling when `Hội nghị` names none: the head and two members. */
const UNNAMED_MEMBERS = 2;

/** The minutes the sheet holds: every round of each award, rounds in order, the Flag first in each. */
export function countedRounds(x: ResultInputs): { award: AwardResult; round: RoundResult; index: number }[] {
  const nom = x.results.nomination;
  if (nom.mode !== 'vote') return [];
  const awards: Award[] = ['flag', 'certificate'];
  const all = awards.flatMap((award) => nom[award].rounds.map((round, index) => ({ award: nom[award], round, index })));
  return all.sort((a, b) => a.round.round - b.round.round || awards.indexOf(a.award.award) - awards.indexOf(b.award.award));
}

/** "Nguyễn Văn E (Trưởng ban), Hồ Thị G, Đặng Văn H"; dots where nobody is named. */
export function panelText(x: ResultInputs): string {
  const p = x.people;
  const head = `${p.countingHead?.name ?? NAME_DOTS} (${p.countingHead?.title || 'Trưởng ban'})`;
  const members = p.countingHead === null && p.countingMembers.length === 0 ? Array.from({ length: UNNAMED_MEMBERS }, () => null) : p.countingMembers;
  return [head, ...members.map((m) => (m?.title ? `${m.name} (${m.title})` : (m?.name ?? NAME_DOTS)))].join(', ');
}

/** The ballot figures of a round, as one sentence. */
export function figuresText(r: RoundResult): string {
  const f = r.ballots;
  return (
    `Số phiếu phát ra: ${countText(f.issued)}; số phiếu thu về: ${countText(f.returned)}; ` +
    `số phiếu hợp lệ: ${countText(f.valid)} (trong đó phiếu trống: ${countText(f.abstained)}); số phiếu không hợp lệ: ${countText(f.invalid)}.`
  );
}

/** The share's base for this round, named with its number: "tổng số thành viên Cụm (06 đơn vị)". */
export function roundBaseText(x: ResultInputs, r: RoundResult): string {
  const s = x.workbook.settings;
  const base = r.candidates.find((c) => c.base !== null)?.base ?? (s.voteBase === 'members' ? x.workbook.members.length : s.voteBase === 'present' ? s.present : r.ballots.valid);
  return shareBaseText(s.voteBase, base);
}

/** The candidates and what the round decided, as sentences. */
export function resultLines(x: ResultInputs, a: AwardResult, r: RoundResult, index: number): string[] {
  const out = [roundLines(a, x.names, VI)[index]];
  for (const d of r.decidedByRank) {
    const taken = d.taken.map((m) => ({ name: x.names.name(m), rank: x.rankOf.get(m)?.rank ?? 0 }));
    out.push(VI.meeting.decidedByRank(a.award, VI.membersStartingSentence(x.names.names(d.members)), d.votes, d.base, taken));
  }
  return out;
}

function addPanelSignatures(b: SheetBuilder, x: ResultInputs): void {
  const p = x.people;
  const head: SignatureBlock = { heading: ['TRƯỞNG BAN'], name: p.countingHead?.name ?? null };
  const members: SignatureBlock[] =
    p.countingHead === null && p.countingMembers.length === 0
      ? Array.from({ length: UNNAMED_MEMBERS }, () => ({ heading: ['THÀNH VIÊN'], name: null }))
      : p.countingMembers.map((m) => ({ heading: ['THÀNH VIÊN'], name: m.name }));
  // The head signs on the right of the first line, up to two members on its left; more members on further lines.
  addSignatureBlocks(b, [...members.slice(0, 2), head]);
  for (let i = 2; i < members.length; i += 3) addSignatureBlocks(b, members.slice(i, i + 3));
}

function addMinutes(b: SheetBuilder, x: ResultInputs, a: AwardResult, r: RoundResult, index: number): void {
  const s = x.workbook.settings;
  const m = x.workbook.meeting;
  const q = x.results.nomination.quorum;
  addHeaderBlock(b, { issuer: s.clusterName, placeName: s.placeName, number: { number: null } });
  addDraftMark(b, x.results.nomination.pending);
  addTitle(b, 'BIÊN BẢN KIỂM PHIẾU', `${voteSubject(a.award, s.year)} – vòng ${r.round}`);

  const para = (text: string, bold = false): number => b.paragraph(text, bold ? { bold: true } : {}, BODY);
  para(
    `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${s.year} của ${clusterFullName(s.clusterName)} ` +
      `bắt đầu lúc ${m?.start?.text ?? DOTS}, tại ${m?.place?.text ?? DOTS}; dự họp: ${countText(q.present)}/${countText(q.members)} đơn vị thành viên.`,
  );
  para(`Ban kiểm phiếu gồm: ${panelText(x)}.`);
  const among = r.among === null ? '' : ` giữa ${VI.membersInSentence(x.names.names(r.among))}`;
  para(`Ban kiểm phiếu đã kiểm phiếu vòng ${r.round}${among} (mỗi phiếu ${choiceLimitText(r.places)}), kết quả như sau:`);

  para('1. ' + figuresText(r));

  const h = para('2. Số phiếu bầu cho từng đơn vị:');
  para(`Tỷ lệ tính trên ${roundBaseText(x, r)}; mức đạt: trên ${formatPercent(s.voteThreshold, 'vi')} số phiếu.`);
  addTableHeader(b, HEADERS, FONT_SIZE.table);
  const first = b.rowCount;
  r.candidates.forEach((c, i) => {
    const cells = [i + 1, x.names.name(c.member), c.votes ?? 0, c.percent === null ? '' : formatPercent(c.percent, 'vi', 'fixed'), VI.outcome.label(c, 'vote')];
    fitRow(b, b.row(cells), cells, [1, 4], FONT_SIZE.table);
  });
  const last = b.rowCount - 1;
  b.keep(h, Math.min(first + 1, last));
  if (last >= first) {
    b.evenHeights(first, last);
    styleTableBody(b, first, last, WIDTHS.length - 1, FONT_SIZE.table);
    b.style(first, 0, last, 0, { hAlign: 'center' });
    b.style(first, 1, last, 1, { hAlign: 'left', wrap: true });
    b.style(first, 2, last, 2, { hAlign: 'center' });
    b.style(first, 3, last, 3, { hAlign: 'right' });
    b.style(first, 4, last, 4, { hAlign: 'center', wrap: true });
  }

  // A little air between the table and the result (a short row, so that the minutes of a six-member
  // cluster still fit one page).
  b.setHeight(b.blank(), 6);
  resultLines(x, a, r, index).forEach((l, i) => para(i === 0 ? `3. Kết quả: ${l}` : l));
  para(`Biên bản lập xong lúc ${DOTS} giờ ${DOTS} cùng ngày và được công bố trước Hội nghị.`);
  addLockWarning(b, x.lock);
  addPanelSignatures(b, x);
}

export function describeCountingMinutesSheet(x: ResultInputs): SheetDescription {
  const b = new SheetBuilder(WIDTHS);
  const pageStarts: number[] = [];
  for (const { award, round, index } of countedRounds(x)) {
    if (b.rowCount > 0) pageStarts.push(b.rowCount);
    addMinutes(b, x, award, round, index);
  }
  return buildDocument(b, 'countingMinutes', { orientation: 'portrait', table: null, freezeRows: 0, provenance: x, pageStarts });
}
