/**
 * `Đề nghị khen thưởng` — the nomination sheet (docs/tai-lieu-in.md "Đề nghị khen thưởng";
 * docs/quy-tac-tinh-diem.md §7–§10). With ballots it is the minutes of the vote ("BIÊN BẢN BÌNH XÉT, SUY TÔN …"); without,
 * a proposal for the meeting with blank vote columns ("DANH SÁCH ĐỀ XUẤT …"). A4 portrait.
 *
 * Body in the order docs/tai-lieu-in.md gives: opening paragraph; Flag table and sentence;
 * Certificate table and sentence; members that cannot be nominated; ballot figures; warnings
 * for the meeting; next year's head and deputies; small print; signatures.
 *
 * No print titles here: the sheet holds two tables, and repeating the Flag table's header above
 * the Certificate table on a second page would mislabel it.
 */
import type { Award } from '../model';
import type { AwardResult, Candidate, NominationResult } from '../results';
import type { SheetDescription } from '../sheet';
import type { ResultInputs } from './documentInputs';
import { addDocumentHeader } from './headerBlock';
import { pointText } from './numberText';
import { formatPercent } from '../hundredths';
import { buildDocument } from './buildDocument';
import { FONT_SIZE } from './pageSetup';
import { addProvenance } from './provenance';
import { SheetBuilder, type OutCell } from './sheetBuilder';
import { addSignatures, clusterSigners } from './signatureBlock';
import { addTableHeader, fitRow, styleTableBody } from './table';
import { clusterFullName, scoreSourceText, voteRuleText } from './wording';
import { meetingPoints } from '../rules/meetingPoints';
import { VI } from '../words';
import { ineligibilityGroups, meetingPointText, nextLeaderLines, roundLines } from '../words/resultTexts';

/** Portrait: 88 units ≈ the 16.5 cm between the margins. */
const WIDTHS = [24, 10, 7, 11, 9, 9, 18];
const HEADERS = ['Đơn vị', 'Tổng điểm', 'Hạng', 'Xếp loại', 'Số phiếu', 'Tỷ lệ', 'Kết quả'];
const BODY = FONT_SIZE.body;

export function nominationTitle(nom: NominationResult, year: number): string {
  return nom.mode === 'vote'
    ? `BIÊN BẢN BÌNH XÉT, SUY TÔN KHEN THƯỞNG NĂM ${year}`
    : `DANH SÁCH ĐỀ XUẤT KHEN THƯỞNG NĂM ${year}`;
}

export function openingParagraph(x: ResultInputs): string {
  const s = x.workbook.settings;
  const nom = x.results.nomination;
  const cluster = clusterFullName(s.clusterName);
  const n = x.workbook.members.length;
  const rule = voteRuleText(s, n);
  const source = scoreSourceText(s);
  if (nom.mode === 'vote') {
    const q = nom.quorum;
    const quorum = q.met
      ? `đủ số lượng tối thiểu theo Quy chế hoạt động của Cụm (${q.required} đơn vị)`
      : `chưa đủ số lượng tối thiểu theo Quy chế hoạt động của Cụm (${q.required} đơn vị)`;
    return (
      `Hội nghị bình xét, suy tôn khen thưởng năm ${s.year} của ${cluster} có ${q.present}/${q.members} đơn vị thành viên dự họp, ${quorum}. ` +
      `Kết quả chấm điểm, xếp hạng dựa trên ${source}. ` +
      `Các đơn vị bỏ phiếu kín; đơn vị được suy tôn phải đủ điều kiện khen thưởng và đạt ${rule}.`
    );
  }
  return (
    `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm ${s.year} của ${cluster} (${n} đơn vị thành viên), dựa trên ${source}, ` +
    `danh sách dưới đây đề xuất các đơn vị để Hội nghị bình xét, suy tôn. ` +
    `Tại Hội nghị, đơn vị được suy tôn phải đủ điều kiện khen thưởng và đạt ${rule}; ` +
    `Hội nghị cần có ít nhất ${nom.quorum.required} đơn vị dự họp.`
  );
}

/** The sentence after an award's table, in the form clusters use in their minutes. */
export function awardSentence(x: ResultInputs, a: AwardResult): string {
  const s = x.workbook.settings;
  const nom = x.results.nomination;
  const cluster = clusterFullName(s.clusterName);
  const who = x.names.list(a.nominees);
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
    return `Sau ${a.round ?? 1} vòng bỏ phiếu, chưa có đơn vị đủ điều kiện và đạt ${voteRuleText(s, x.workbook.members.length)} để ${grant}; theo Quy chế hoạt động của Cụm, suất này để trống.`;
  }
  if (vote) {
    return `Không có đơn vị nào đủ điều kiện và đạt ${voteRuleText(s, x.workbook.members.length)} để ${grant}.`;
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
  b.paragraph(`${number}. ${VI.award.name[a.award]} (chỉ tiêu: ${a.quota} đơn vị)`, { bold: true }, BODY);
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
  b.paragraph(awardSentence(x, a), { bold: true }, BODY);
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
  return meetingPoints(x.results).map((p) => meetingPointText(p, nom.mode, x.names, VI));
}

export function nextLeadersLine(x: ResultInputs): string {
  const lines = nextLeaderLines(x.results.nomination, x.workbook.settings.year, x.names, VI);
  return `${lines.head}; ${lines.deputies}${lines.suggested ? ` (${VI.next.suggested})` : ''}.`;
}

export function describeNominationSheet(x: ResultInputs): SheetDescription {
  const s = x.workbook.settings;
  const nom = x.results.nomination;
  const b = new SheetBuilder(WIDTHS);
  addDocumentHeader(b, { clusterName: s.clusterName, placeName: s.placeName }, nominationTitle(nom, s.year), clusterFullName(s.clusterName));

  b.paragraph(openingParagraph(x), {}, BODY);
  b.blank();
  addAwardSection(b, x, nom.flag, 1);
  addAwardSection(b, x, nom.certificate, 2);

  const bullet = (text: string) => b.paragraph('– ' + text, {}, BODY);
  b.paragraph('3. Đơn vị không đủ điều kiện đề nghị khen thưởng', { bold: true }, BODY);
  const inel = ineligibleLines(x);
  if (inel.length === 0) bullet('Tất cả các đơn vị đều đủ điều kiện đề nghị khen thưởng.');
  inel.forEach(bullet);

  b.blank();
  b.paragraph(nom.mode === 'vote' ? '4. Kết quả kiểm phiếu' : '4. Kết quả kiểm phiếu (ghi tại Hội nghị)', { bold: true }, BODY);
  ballotLines(nom).forEach(bullet);

  b.blank();
  b.paragraph('5. Những vấn đề Hội nghị cần xử lý', { bold: true }, BODY);
  const warnings = meetingWarnings(x);
  if (warnings.length === 0) bullet('Không có vấn đề nào cần Hội nghị xử lý thêm.');
  warnings.forEach(bullet);

  b.blank();
  b.paragraph(`6. Cụm trưởng, Cụm phó năm ${s.year + 1}`, { bold: true }, BODY);
  bullet(nextLeadersLine(x));

  b.blank();
  addProvenance(b, x.fingerprint, x.computedAt, x.lock);
  addSignatures(b, clusterSigners(s, x.names));

  return buildDocument(b, 'nomination', { orientation: 'portrait', titleRow: null, freezeRows: 0 });
}
