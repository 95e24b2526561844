/**
 * `Tờ trình` — the draft submission of this year's head member's People's Committee to the
 * Central Board (docs/tai-lieu-in.md "Tờ trình"; Decree 30/2020 Appendix I): `Số: …/TTr-UBND`,
 * the title and subject line with a rule under it, "Kính gửi", the legal bases, the conference
 * and its vote, the proposal with each nominee's total, rank and votes, the documents attached,
 * the signer from `Hội nghị` (TM. ỦY BAN NHÂN DÂN; a deputy signs "KT. CHỦ TỊCH"), `Nơi nhận`.
 *
 * Written only when the vote is final (describeOutputSheets.ts): a submission drawn from a
 * pending vote would propose what the conference has not decided.
 */
import type { Award } from '../model';
import type { SheetDescription } from '../sheet';
import { VI } from '../words';
import type { ResultInputs } from './documentInputs';
import { buildDocument } from './buildDocument';
import { addHeaderBlock, addTitle, cutForTitleRule, DOTS } from './headerBlock';
import { factText } from './meetingFacts';
import { nomineeFigures } from './nomineeFacts';
import { FONT_SIZE } from './pageSetup';
import type { PersonRef } from './people';
import { addLockWarning } from './provenance';
import { addRecipientsBeside } from './recipients';
import { SheetBuilder } from './sheetBuilder';
import { addSignatureBlocks, type SignatureBlock } from './signatureBlock';
import { clusterFullName, conferenceName, countText } from './wording';

/** Portrait: one text column, cut where the header block needs it. */
const WIDTHS = [22, 22, 22, 22];
const BODY = FONT_SIZE.body;
export const CENTRAL_BOARD = 'Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ)';

/** The legal bases, in the order of their force: the Law, the Decree, the cluster's own rules. */
export function legalBases(clusterName: string): string[] {
  return [
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
    `Căn cứ Quy chế hoạt động của ${clusterFullName(clusterName)};`,
  ];
}

/** "Ủy ban nhân dân tỉnh Nghệ An": the People's Committee of this year's head member. */
export function committeeOf(x: ResultInputs): string {
  const head = x.workbook.settings.head;
  return head ? `Ủy ban nhân dân ${VI.memberInSentence(x.names.name(head))}` : `Ủy ban nhân dân ${DOTS}`;
}

/** The committee's name on two lines for the header block: "Ủy ban nhân dân" / "tỉnh Nghệ An". */
function committeeLines(committee: string): string {
  return committee.replace(/^(Ủy ban nhân dân) /, '$1\n');
}

/**
 * The signer's block: on behalf of the committee (TM.), the chairman signs as "CHỦ TỊCH", a vice
 * chairman as "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" (Decree 30 Appendix I). The office is read from the
 * start of the title `Hội nghị` gives; unknown: a dotted line to write it in.
 */
export function submissionSignerBlock(signer: PersonRef | null): SignatureBlock {
  const title = signer?.title.trim().toLowerCase() ?? '';
  const office = title.startsWith('phó chủ tịch') ? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : title.startsWith('chủ tịch') ? ['CHỦ TỊCH'] : [DOTS];
  return { heading: ['TM. ỦY BAN NHÂN DÂN', ...office], name: signer?.name ?? null };
}

function proposalLine(x: ResultInputs, award: Award, n: number): string {
  const a = x.results.nomination[award];
  const cluster = clusterFullName(x.workbook.settings.clusterName);
  const year = x.workbook.settings.year;
  const grant = award === 'flag' ? 'Tặng Cờ thi đua của Chính phủ' : 'Tặng Bằng khen của Thủ tướng Chính phủ';
  if (a.nominees.length === 0) return `${n}. ${grant}: Hội nghị không suy tôn đơn vị nào.`;
  const who = a.nominees.map((m) => `${VI.memberInSentence(x.names.name(m))} (${nomineeFigures(x, award, m)})`);
  const lead = award === 'flag' ? `, ${a.nominees.length > 1 ? 'các đơn vị' : 'đơn vị'} dẫn đầu ${cluster} năm ${year}` : '';
  return `${n}. ${grant} cho ${who.join('; ')}${lead}.`;
}

/**
 * The recipients of `Hội nghị` as the submission lists them: "Như trên" first (the board it is
 * addressed to), so the board itself is not listed again.
 */
export function submissionRecipients(given: readonly string[]): string[] {
  const list = given.filter((g) => !/^ban thi đua - khen thưởng trung ương/i.test(g.trim()) && !/^như trên/i.test(g.trim()));
  return list.length > 0 ? ['Như trên', ...list] : [];
}

export function describeSubmissionSheet(x: ResultInputs): SheetDescription {
  const s = x.workbook.settings;
  const nom = x.results.nomination;
  const meeting = x.workbook.meeting;
  const committee = committeeOf(x);
  const b = new SheetBuilder(WIDTHS);
  cutForTitleRule(b);
  addHeaderBlock(b, {
    issuer: committeeLines(committee),
    issuerAsGiven: true,
    placeName: s.placeName,
    number: { number: meeting?.submissionNumber?.text ?? null, unknownSuffix: '/TTr-UBND' },
  });
  const awards = [nom.flag.nominees.length > 0 ? 'Cờ thi đua của Chính phủ' : null, nom.certificate.nominees.length > 0 ? 'Bằng khen của Thủ tướng Chính phủ' : null].filter(
    (t): t is string => t !== null,
  );
  addTitle(b, 'TỜ TRÌNH', `Về việc đề nghị tặng ${awards.length > 0 ? awards.join(' và ') : 'danh hiệu thi đua'} năm ${s.year} cho các đơn vị thuộc ${clusterFullName(s.clusterName)}`, true);

  const para = (text: string, style = {}) => b.paragraph(text, style, BODY);
  const kg = b.row();
  b.text(kg, 0, b.lastCol, `Kính gửi: ${CENTRAL_BOARD}.`, { hAlign: 'center', fontSize: BODY }, BODY);
  b.blank();
  legalBases(s.clusterName).forEach((l) => para(l, { italic: true }));
  const when = factText(meeting?.start);
  const minutesNo = meeting?.number?.text ? ` (Biên bản số ${meeting.number.text})` : '';
  para(`Căn cứ kết quả ${conferenceName(s.clusterName, s.year)}, tổ chức vào ${when} tại ${factText(meeting?.place)}${minutesNo},`, { italic: true });
  b.blank();
  const q = nom.quorum;
  para(
    `${committee} (đơn vị Cụm trưởng năm ${s.year}) kính trình ${CENTRAL_BOARD.replace(/ \(.*\)$/, '')} xem xét, trình cấp có thẩm quyền khen thưởng. ` +
      `Hội nghị có ${countText(q.present)}/${countText(q.members)} đơn vị thành viên dự họp; các đơn vị bỏ phiếu kín theo Quy chế hoạt động của Cụm, kết quả như sau:`,
  );
  para(proposalLine(x, 'flag', 1));
  para(proposalLine(x, 'certificate', 2));
  b.blank();
  const attachedHead = para('Hồ sơ kèm theo:', { bold: true });
  const nominees = [...nom.flag.nominees, ...nom.certificate.nominees].map((m) => VI.memberInSentence(x.names.name(m)));
  const attached = [
    `Biên bản ${conferenceName(s.clusterName, s.year)};`,
    'Biên bản kiểm phiếu;',
    `Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua năm ${s.year};`,
    `Báo cáo thành tích của ${nominees.length > 0 ? VI.membersInSentence(nominees) : DOTS}.`,
  ];
  attached.forEach((t) => para(`- ${t}`));
  b.keep(attachedHead, b.rowCount - 1);
  b.blank();
  para(`${committee} kính đề nghị ${CENTRAL_BOARD.replace(/ \(.*\)$/, '')} xem xét, trình Chính phủ, Thủ tướng Chính phủ quyết định./.`);

  addLockWarning(b, x.lock);
  const signRows = b.rowCount + 1;
  addSignatureBlocks(b, [null, submissionSignerBlock(x.people.submissionSigner)]);
  addRecipientsBeside(b, signRows, submissionRecipients(meeting?.recipients.map((r) => r.text) ?? []), ['Như trên', 'Các đơn vị thành viên Cụm', 'Lưu: VT']);
  return buildDocument(b, 'submission', { orientation: 'portrait', table: null, freezeRows: 0, provenance: x });
}
