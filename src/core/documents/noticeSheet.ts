/**
 * `Thông báo kết quả` — the one-page notice to the members (docs/tai-lieu-in.md "Thông báo kết
 * quả"): the ranking (the leaders, then every member by band), the nominees with their votes,
 * next year's head and deputy; signed for the cluster by its head, `Nơi nhận` the members. Written
 * only when the vote is final (describeOutputSheets.ts).
 */
import type { Award } from '../model';
import type { SheetDescription } from '../sheet';
import { VI } from '../words';
import { nextLeaderLines } from '../words/resultTexts';
import type { ResultInputs } from './documentInputs';
import { buildDocument } from './buildDocument';
import { addDocumentHeader } from './headerBlock';
import { factText } from './meetingFacts';
import { nomineeFigures } from './nomineeFacts';
import { pointText } from './numberText';
import { FONT_SIZE } from './pageSetup';
import { addLockWarning } from './provenance';
import { addRecipientsBeside } from './recipients';
import { SheetBuilder } from './sheetBuilder';
import { addSignatureBlocks, clusterHeadBlock } from './signatureBlock';
import { clusterFullName, conferenceName, countText } from './wording';

const WIDTHS = [22, 22, 22, 22];
const BODY = FONT_SIZE.body;
/** The leaders named with their totals. */
const LEADERS = 3;

/** "Dẫn đầu: tỉnh Nghệ An (95,50 điểm); hạng 2: …; hạng 3: …." */
export function leadersLine(x: ResultInputs): string {
  const top = x.results.ranking.filter((e) => e.rank <= LEADERS);
  const items = top.map((e) => `${e.rank === 1 ? 'hạng 1 (dẫn đầu)' : `hạng ${e.rank}`}: ${VI.memberInSentence(x.names.name(e.member))} (${pointText(x.scoreOf.get(e.member)?.total)} điểm)`);
  return items.length > 0 ? `${items.join('; ')}.` : '';
}

/** One line per band that has members, highest first: "Xếp loại Xuất sắc (02 đơn vị): tỉnh Nghệ An, tỉnh Thừa Thiên Huế." */
export function bandLines(x: ResultInputs): string[] {
  const byBand = new Map<string | null, string[]>();
  for (const e of x.results.ranking) {
    const band = x.scoreOf.get(e.member)?.band ?? null;
    byBand.set(band, [...(byBand.get(band) ?? []), VI.memberInSentence(x.names.name(e.member))]);
  }
  const order: (string | null)[] = [...x.workbook.bands.map((b) => b.name), null];
  return order
    .filter((band) => (byBand.get(band) ?? []).length > 0)
    .map((band) => {
      const members = byBand.get(band) ?? [];
      return `${band === null ? 'Không đạt xếp loại' : `Xếp loại ${band}`} (${countText(members.length)} đơn vị): ${members.join(', ')}.`;
    });
}

function nomineeLine(x: ResultInputs, award: Award): string {
  const a = x.results.nomination[award];
  const grant = award === 'flag' ? 'Đề nghị Chính phủ tặng Cờ thi đua' : 'Đề nghị Thủ tướng Chính phủ tặng Bằng khen';
  if (a.nominees.length === 0) return `${grant}: không có đơn vị nào được suy tôn.`;
  return `${grant}: ${a.nominees.map((m) => `${VI.memberInSentence(x.names.name(m))} (${nomineeFigures(x, award, m)})`).join('; ')}.`;
}

export function describeNoticeSheet(x: ResultInputs): SheetDescription {
  const s = x.workbook.settings;
  const meeting = x.workbook.meeting;
  const b = new SheetBuilder(WIDTHS);
  addDocumentHeader(
    b,
    { clusterName: s.clusterName, placeName: s.placeName, number: { number: null, unknownSuffix: '/TB' }, titleRule: true },
    'THÔNG BÁO',
    `Kết quả bình xét, suy tôn thi đua năm ${s.year} của ${clusterFullName(s.clusterName)}`,
  );
  const para = (text: string, style = {}) => b.paragraph(text, style, BODY);
  const bullet = (text: string) => para('– ' + text);
  const section = (heading: string): void => b.keep(para(heading, { bold: true }), b.rowCount);
  para(`Tại ${conferenceName(s.clusterName, s.year)}, tổ chức vào ${factText(meeting?.start)} tại ${factText(meeting?.place)}, các đơn vị thành viên đã thống nhất kết quả như sau:`);
  section('1. Kết quả chấm điểm, xếp hạng thi đua');
  const leaders = leadersLine(x);
  if (leaders !== '') bullet(leaders.charAt(0).toUpperCase() + leaders.slice(1));
  bandLines(x).forEach(bullet);
  section('2. Kết quả bình xét, suy tôn');
  bullet(nomineeLine(x, 'flag'));
  bullet(nomineeLine(x, 'certificate'));
  section(`3. Cụm trưởng, Cụm phó năm ${s.year + 1}`);
  const next = nextLeaderLines(x.results.nomination, s.year, x.names, VI);
  bullet(`${next.head}.`);
  bullet(`${next.deputies}.`);
  para('Chi tiết kết quả tại Biên bản Hội nghị và bảng “Xếp hạng”, bảng “Tổng hợp điểm” kèm theo.');

  addLockWarning(b, x.lock);
  const signRows = b.rowCount + 1;
  addSignatureBlocks(b, [null, clusterHeadBlock(x.people)]);
  addRecipientsBeside(b, signRows, [], ['Các đơn vị thành viên Cụm', 'Ban Thi đua - Khen thưởng Trung ương', 'Lưu: VT']);
  return buildDocument(b, 'notice', { orientation: 'portrait', table: null, freezeRows: 0, provenance: x });
}
