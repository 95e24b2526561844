/**
 * `Biên bản họp` — the conference's minutes (docs/tai-lieu-in.md "Biên bản họp"; Decree 30/2020
 * form 1.9; docs/quy-tac-tinh-diem.md §7–§10). It replaces v1's `Đề nghị khen thưởng`
 * (src/core/outputSheets.ts, RETIRED_OUTPUT_SHEETS). A4 portrait.
 *
 * With ballots: the minutes — header with `Số:`, "BIÊN BẢN" and the subject line with a rule
 * under it; time, place, chair, secretary, attendance; the content (scoring result referring to
 * the annexes, each award's vote round by round, members not eligible, ballot figures, the points
 * settled, next year's head and deputy); the closing time; THƯ KÝ and CHỦ TỌA; `Nơi nhận`.
 * Marked DỰ THẢO while a round is pending. Without ballots: a proposal for the meeting ("DỰ KIẾN
 * ĐỀ XUẤT …"), signed by the cluster's head, without the facts of a meeting not held yet.
 *
 * No print titles here: the sheet holds two tables, and repeating the Flag table's header above
 * the Certificate table on a second page would mislabel it.
 */
import type { Award } from '../model';
import type { AwardResult, Candidate, NominationResult } from '../results';
import type { SheetDescription } from '../sheet';
import type { ResultInputs } from './documentInputs';
import { addDocumentHeader } from './headerBlock';
import { attendance, factText, personText } from './meetingFacts';
import { addRecipients } from './recipients';
import { pointText } from './numberText';
import { formatPercent } from '../hundredths';
import { buildDocument } from './buildDocument';
import { FONT_SIZE } from './pageSetup';
import { addLockWarning } from './provenance';
import { SheetBuilder, type OutCell } from './sheetBuilder';
import { addSignatureBlocks, clusterHeadBlock, minutesBlocks } from './signatureBlock';
import { addTableHeader, fitRow, styleTableBody } from './table';
import { clusterFullName, conferenceName, countText, notFirstMinutesText, scoreSourceText, voteRuleText, type VoteCounts } from './wording';
import { meetingPoints } from '../rules/meetingPoints';
import { VI } from '../words';
import { ineligibilityGroups, meetingPointText, nextLeaderLines, roundLines } from '../words/resultTexts';

/** Portrait: 88 units ≈ the 16.5 cm between the margins. */
const WIDTHS = [23, 9, 6, 10, 8, 9, 23];
const HEADERS = ['Đơn vị', 'Tổng điểm', 'Hạng', 'Xếp loại', 'Số phiếu', 'Tỷ lệ', 'Kết quả'];
const BODY = FONT_SIZE.body;

/** The title and the subject line: the minutes of the conference, or a proposal for it. */
export function minutesTitle(nom: NominationResult, clusterName: string, year: number): { title: string; subject: string } {
  return nom.mode === 'vote'
    ? { title: 'BIÊN BẢN', subject: conferenceName(clusterName, year) }
    : { title: `DỰ KIẾN ĐỀ XUẤT BÌNH XÉT, SUY TÔN THI ĐUA NĂM ${year}`, subject: `Trình ${conferenceName(clusterName, year)}` };
}

/** The counts the vote base names. */
export function voteCounts(x: ResultInputs): VoteCounts {
  return { members: x.workbook.members.length, present: x.results.nomination.quorum.present };
}

/** The paragraph that opens the content: how the scores were made, the quorum, the vote rule. */
export function openingParagraph(x: ResultInputs): string {
  const s = x.workbook.settings;
  const nom = x.results.nomination;
  const cluster = clusterFullName(s.clusterName);
  const n = x.workbook.members.length;
  const rule = voteRuleText(s, voteCounts(x));
  const source = scoreSourceText(s);
  if (nom.mode === 'vote') {
    const q = nom.quorum;
    const quorum = q.met
      ? `đủ số lượng tối thiểu theo Quy chế hoạt động của Cụm (${countText(q.required)} đơn vị)`
      : `chưa đủ số lượng tối thiểu theo Quy chế hoạt động của Cụm (${countText(q.required)} đơn vị)`;
    return (
      `Hội nghị có ${countText(q.present)}/${countText(q.members)} đơn vị thành viên dự họp, ${quorum}. ` +
      `Kết quả chấm điểm, xếp hạng dựa trên ${source}. ` +
      `Các đơn vị bỏ phiếu kín; đơn vị được suy tôn phải đủ điều kiện khen thưởng và đạt ${rule}, theo Quy chế hoạt động của Cụm.`
    );
  }
  return (
    `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm ${s.year} của ${cluster} (${countText(n)} đơn vị thành viên), dựa trên ${source}, ` +
    `danh sách dưới đây đề xuất các đơn vị để Hội nghị bình xét, suy tôn. ` +
    `Tại Hội nghị, đơn vị được suy tôn phải đủ điều kiện khen thưởng và đạt ${rule}; ` +
    `theo Quy chế hoạt động của Cụm, Hội nghị cần có ít nhất ${countText(nom.quorum.required)} đơn vị dự họp.`
  );
}

/** The scoring result in a sentence, referring to the annexes: who leads, who follows. */
export function scoringParagraph(x: ResultInputs): string {
  const s = x.workbook.settings;
  const top = x.results.ranking.filter((e) => e.rank <= 3);
  const list = top.map((e) => `${VI.memberInSentence(x.names.name(e.member))} (hạng ${e.rank}, ${pointText(x.scoreOf.get(e.member)?.total)} điểm)`);
  return (
    `Hội nghị thống nhất kết quả chấm điểm, xếp hạng thi đua năm ${s.year} của ${countText(x.workbook.members.length)} đơn vị thành viên ` +
    `(chi tiết tại bảng “Xếp hạng” và bảng “Tổng hợp điểm” kèm theo Biên bản này)` +
    (list.length > 0 ? `; dẫn đầu là ${joinList(list)}.` : '.')
  );
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('; ')} và ${items[items.length - 1]}`;
}

/** The sentence after an award's table, in the form clusters use in their minutes. */
export function awardSentence(x: ResultInputs, a: AwardResult): string {
  const s = x.workbook.settings;
  const nom = x.results.nomination;
  const cluster = clusterFullName(s.clusterName);
  const who = VI.membersInSentence(x.names.names(a.nominees));
  const vote = nom.mode === 'vote';
  const grant = a.award === 'flag' ? 'đề nghị Chính phủ tặng Cờ thi đua' : 'đề nghị Thủ tướng Chính phủ tặng Bằng khen';
  if (a.nominees.length > 0) {
    const lead = a.award === 'flag' ? ` – ${a.nominees.length > 1 ? 'các đơn vị' : 'đơn vị'} dẫn đầu ${cluster} năm ${s.year} –` : '';
    const pending =
      vote && a.runoffNeeded && a.nextRound !== null
        ? ` Suất còn lại: cần bỏ phiếu vòng ${a.nextRound} giữa ${VI.membersInSentence(x.names.names(a.runoffAmong))}.`
        : '';
    return vote ? `Suy tôn ${who}${lead} ${grant}.${pending}` : `Đề xuất ${who}${lead} để Hội nghị bình xét, suy tôn ${grant}.`;
  }
  if (vote && a.runoffNeeded && a.nextRound !== null) {
    const among = VI.membersInSentence(x.names.names(a.runoffAmong));
    return `Chưa có đơn vị được suy tôn ${VI.award.name[a.award]}${a.nominees.length > 0 ? ' cho suất còn lại' : ''}: cần bỏ phiếu vòng ${a.nextRound} giữa ${among}.`;
  }
  if (vote && a.exhausted) {
    return `Sau ${a.round ?? 1} vòng bỏ phiếu, chưa có đơn vị đủ điều kiện và đạt ${voteRuleText(s, voteCounts(x))} để ${grant}; theo Quy chế hoạt động của Cụm, suất này để trống.`;
  }
  if (vote) {
    return `Không có đơn vị nào đủ điều kiện và đạt ${voteRuleText(s, voteCounts(x))} để ${grant}.`;
  }
  return `Không có đơn vị nào đủ điều kiện để đề xuất tặng ${VI.award.name[a.award]}.`;
}

function candidateCells(x: ResultInputs, c: Candidate, mode: NominationResult['mode']): OutCell[] {
  const score = x.scoreOf.get(c.member);
  const voted = mode === 'vote' && c.votes !== null;
  return [
    x.names.name(c.member),
    pointText(score?.total),
    c.rank,
    score?.band ?? '–',
    voted && c.base !== null ? `${c.votes}/${c.base}` : voted ? String(c.votes) : null,
    voted && c.percent !== null ? formatPercent(c.percent, 'vi', 'fixed') : null,
    VI.outcome.label(c, mode),
  ];
}

function addAwardSection(b: SheetBuilder, x: ResultInputs, a: AwardResult, number: number): void {
  const mode = x.results.nomination.mode;
  const verb = mode === 'vote' ? 'Bình xét, suy tôn' : 'Đề xuất';
  const heading = b.paragraph(`${number}. ${verb} ${VI.award.name[a.award]} (chỉ tiêu: ${countText(a.quota)} đơn vị)`, { bold: true }, BODY);
  // Every round before the last as a line; the table shows the last round.
  if (a.rounds.length > 1) {
    for (const line of roundLines(a, x.names, VI).slice(0, -1)) b.paragraph(line, {}, BODY);
    b.paragraph(`Kết quả ${VI.round(a.round ?? 1).toLowerCase()}:`, { italic: true }, BODY);
  }
  addTableHeader(b, HEADERS, FONT_SIZE.table);
  const first = b.rowCount;
  for (const c of a.candidates) {
    const cells = candidateCells(x, c, mode);
    const r = b.row(cells);
    fitRow(b, r, cells, [0, 6], FONT_SIZE.table);
  }
  const last = b.rowCount - 1;
  // The heading stays with the table's header and first row; the rows of the table are even.
  b.keep(heading, Math.min(first, last));
  b.evenHeights(first, last);
  styleTableBody(b, first, last, WIDTHS.length - 1, FONT_SIZE.table);
  if (last >= first) {
    b.style(first, 0, last, 0, { hAlign: 'left', wrap: true });
    b.style(first, 1, last, 1, { hAlign: 'right' });
    b.style(first, 2, last, 4, { hAlign: 'center' });
    b.style(first, 5, last, 5, { hAlign: 'right' });
    b.style(first, 6, last, 6, { hAlign: 'center', wrap: true });
    // The nominees' rows in bold: the line the meeting reads out.
    a.candidates.forEach((c, i) => {
      if (a.nominees.includes(c.member)) b.style(first + i, 0, first + i, 6, { bold: true });
    });
  }
  // The whole section on one page when it fits there.
  b.keep(heading, b.paragraph(awardSentence(x, a), { bold: true }, BODY));
  b.blank();
}

/** "Tỉnh Quảng Trị: không đủ điều kiện đề nghị Cờ và Bằng khen (chưa ký giao ước)." per member, in rank order. */
export function ineligibleLines(x: ResultInputs): string[] {
  const out: string[] = [];
  for (const entry of x.results.ranking) {
    const groups = ineligibilityGroups(entry.eligible.flag, entry.eligible.certificate, VI);
    if (groups.length === 0) continue;
    const parts = groups.map((g) => `không đủ điều kiện đề nghị ${g.awards} (${g.reasons})`);
    out.push(`${x.names.name(entry.member)}: ${parts.join('; ')}.`);
  }
  return out;
}

export function ballotLines(nom: NominationResult): string[] {
  const awards: Award[] = ['flag', 'certificate'];
  return awards.flatMap((award) => {
    const a = nom[award];
    const name = VI.award.name[award];
    if (nom.mode === 'vote' && a.rounds.length > 1) return a.rounds.map((r) => `${name}, ${VI.round(r.round).toLowerCase()}: ${VI.ballots(r.ballots)}.`);
    if (nom.mode === 'vote' && a.ballots !== null) return [`${name}: ${VI.ballots(a.ballots)}.`];
    return [`${name}: số phiếu phát ra ……; số phiếu thu về ……; hợp lệ ……; không hợp lệ ……; phiếu trống …….`];
  });
}

/** The points the meeting must act on, one sentence each (src/core/rules/meetingPoints.ts). */
export function meetingWarnings(x: ResultInputs): string[] {
  const nom = x.results.nomination;
  return meetingPoints(x.results).map((p) =>
    // In the signed minutes the reason is the conference's to write, not an instruction of the program's.
    p.kind === 'notFirst' && nom.mode === 'vote' ? notFirstMinutesText(x.names.name(p.member), p.rank) : meetingPointText(p, nom.mode, x.names, VI),
  );
}

export function nextLeadersLine(x: ResultInputs): string {
  const lines = nextLeaderLines(x.results.nomination, x.workbook.settings.year, x.names, VI);
  return `${lines.head}; ${lines.deputies}${lines.suggested ? ` (${VI.next.suggested})` : ''}.`;
}

export function describeMinutesSheet(x: ResultInputs): SheetDescription {
  const s = x.workbook.settings;
  const nom = x.results.nomination;
  const vote = nom.mode === 'vote';
  const meeting = x.workbook.meeting;
  const b = new SheetBuilder(WIDTHS);
  const { title, subject } = minutesTitle(nom, s.clusterName, s.year);
  addDocumentHeader(
    b,
    {
      clusterName: s.clusterName,
      placeName: s.placeName,
      number: vote ? { number: meeting?.number?.text ?? null, unknownSuffix: '/BB' } : undefined,
      draft: nom.pending,
      titleRule: true,
    },
    title,
    subject,
  );

  const bullet = (text: string) => b.paragraph('– ' + text, {}, BODY);
  const line = (label: string, text: string) => b.paragraph(`${label}: ${text}`, {}, BODY);
  // A section's heading stays on the page of its first line.
  const section = (heading: string): void => b.keep(b.paragraph(heading, { bold: true }, BODY), b.rowCount);

  if (vote) {
    const who = attendance(x);
    line('Thời gian bắt đầu', factText(meeting?.start));
    line('Địa điểm', factText(meeting?.place));
    section('Thành phần tham dự:');
    bullet(`Đại biểu Trung ương: ${who.central.length > 0 ? who.central.join('; ') : '……'}.`);
    bullet('Đại biểu các đơn vị thành viên:');
    who.members.forEach((m) => b.paragraph(`   + ${m}`, {}, BODY));
    bullet(`Số đơn vị thành viên dự họp: ${who.presentLine}.`);
    line('Chủ trì', personText(meeting?.chair));
    line('Thư ký', personText(meeting?.secretary));
    b.blank();
    section('Nội dung:');
  }
  b.paragraph(openingParagraph(x), {}, BODY);
  b.blank();
  let next = 1;
  if (vote) {
    section(`${next++}. Kết quả chấm điểm, xếp hạng thi đua`);
    b.paragraph(scoringParagraph(x), {}, BODY);
    b.blank();
  }
  addAwardSection(b, x, nom.flag, next++);
  addAwardSection(b, x, nom.certificate, next++);

  section(`${next++}. Đơn vị không đủ điều kiện đề nghị khen thưởng`);
  const inel = ineligibleLines(x);
  if (inel.length === 0) bullet('Tất cả các đơn vị đều đủ điều kiện đề nghị khen thưởng.');
  inel.forEach(bullet);

  b.blank();
  section(vote ? `${next++}. Kết quả kiểm phiếu` : `${next++}. Kết quả kiểm phiếu (ghi tại Hội nghị)`);
  ballotLines(nom).forEach(bullet);

  // Only when there is something to settle or record: "nothing to settle" is the program's voice, not the minutes'.
  const warnings = meetingWarnings(x);
  if (warnings.length > 0) {
    b.blank();
    section(`${next++}. ${vote ? 'Những nội dung Hội nghị xem xét, quyết định' : 'Những vấn đề Hội nghị cần xử lý'}`);
    warnings.forEach(bullet);
  }

  b.blank();
  section(`${next}. Cụm trưởng, Cụm phó năm ${s.year + 1}`);
  bullet(nextLeadersLine(x));

  if (vote) {
    b.blank();
    b.paragraph(`Hội nghị kết thúc vào ${factText(meeting?.end)}.`, {}, BODY);
  }

  addLockWarning(b, x.lock);
  // The minutes are signed by the secretary and the chair; the proposal by the cluster's head.
  addSignatureBlocks(b, vote ? minutesBlocks(x.people) : [null, clusterHeadBlock(x.people)]);
  if (vote) addRecipients(b, meeting?.recipients.map((r) => r.text) ?? [], MINUTES_RECIPIENTS);

  return buildDocument(b, 'minutes', { orientation: 'portrait', table: null, freezeRows: 0, provenance: x });
}

/** Who gets the minutes when `Hội nghị` lists nobody. */
const MINUTES_RECIPIENTS = ['Ban Thi đua - Khen thưởng Trung ương', 'Các đơn vị thành viên Cụm', 'Lưu: VT'];
