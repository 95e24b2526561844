/**
 * The conference's documents from the cases of the vote (cases.ts; docs/tai-lieu-in.md "Hồ sơ Hội
 * nghị"; issue 10): while a round is pending the minutes are a draft (DỰ THẢO) and there is no
 * submission and no notice; once the round-2 ballots are in, the dossier is final. Expected texts
 * are worked out by hand from the corpus base (NA 98 rank 1, TH 93 rank 3; head NA) and the
 * papers of each case.
 */
import { rankWorkbook, type RankReport } from '../../src/core/index';
import type { SheetDescription } from '../../src/core/sheet';
import type { CorpusBook } from '../corpus/book';
import { gridsOf } from '../core/fingerprint/goldenBooks';
import { allText, lines } from '../core/documents/sheetQueries';
import { conferenceCase } from './cases';

/** A `Hội nghị` sheet that names no delegate (the six present come from `Cấu hình`). */
function withMeeting(b: CorpusBook): CorpusBook {
  b.sheets.push({
    name: 'Hội nghị',
    rows: [
      ['Mục', 'Nội dung'],
      ['Số biên bản', '05/BB-CTĐBTB'],
      ['Thời gian bắt đầu', '14 giờ 00, ngày 10/01/2023'],
      ['Chủ trì', 'Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng'],
      ['Thư ký', 'Trần Thị B — Ban Thi đua - Khen thưởng tỉnh Nghệ An'],
      ['Người ký tờ trình', 'Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An'],
      ['Số tờ trình', '12/TTr-UBND'],
    ],
  });
  return b;
}

const run = (name: string): RankReport => rankWorkbook(gridsOf(withMeeting(conferenceCase(name).book())), { computedAt: '10/01/2023 16:30' });
const sheet = (r: RankReport, key: string): SheetDescription | undefined => r.sheets.find((s) => s.key === key);

describe('3–3 on the Flag: round 2 pending', () => {
  const report = run('3–3 Flag: round 2 between the two');

  test('the minutes are written, marked DỰ THẢO at the top; no Tờ trình, no Thông báo', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng', 'Biên bản họp', 'Biên bản kiểm phiếu', 'Phiếu bầu (mẫu)']);
    // Every document of the meeting is a draft while a round is pending (the counting minutes too).
    expect(allText(sheet(report, 'countingMinutes')!)).toContain('DỰ THẢO');
    const minutes = sheet(report, 'minutes')!;
    expect(lines(minutes)[0]).toBe('DỰ THẢO');
    expect(allText(minutes)).toContain('Chưa có đơn vị được suy tôn Cờ thi đua của Chính phủ: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.');
  });
});

describe('3–3, then round 2 gives NA 4 of 6: the final dossier', () => {
  const report = run('3–3 Flag, round 2 decides: NA');

  test('the minutes, the submission and the notice, none of them a draft', () => {
    expect(report.sheets.map((s) => s.name)).toEqual([
      'Kết quả kiểm tra',
      'Tổng hợp điểm',
      'Xếp hạng',
      'Biên bản họp',
      'Biên bản kiểm phiếu',
      'Phiếu bầu (mẫu)',
      'Tờ trình',
      'Thông báo kết quả',
    ]);
    for (const key of ['minutes', 'countingMinutes', 'submission', 'notice']) expect(allText(sheet(report, key)!)).not.toContain('DỰ THẢO');
  });

  test('the minutes record both rounds and the Flag in the clusters’ sentence', () => {
    const text = allText(sheet(report, 'minutes')!);
    expect(text).toContain('Vòng 1: tỉnh Nghệ An 3/6 phiếu (50,00%); tỉnh Thừa Thiên Huế 3/6 phiếu (50,00%); bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.');
    expect(text).toContain('Suy tôn tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – đề nghị Chính phủ tặng Cờ thi đua.');
  });

  test('Tờ trình: number, addressee, legal bases, the proposal with totals and votes, attachments, the signer', () => {
    const s = sheet(report, 'submission')!;
    const all = lines(s);
    // The head member's People's Committee issues it (head: NA).
    expect(all[0]).toMatch(/^ỦY BAN NHÂN DÂN \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(all[1]).toMatch(/^TỈNH NGHỆ AN \| Độc lập - Tự do - Hạnh phúc$/);
    expect(all.some((l) => l.startsWith('Số: 12/TTr-UBND |'))).toBe(true);
    expect(all).toContain('TỜ TRÌNH');
    expect(all).toContain('Kính gửi: Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ).');
    expect(all).toContain('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;');
    expect(all).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;');
    expect(all).toContain('Căn cứ Quy chế hoạt động của Cụm thi đua các tỉnh Bắc Trung Bộ;');
    // NA: 98 points, rank 1, 4 of 6 in round 2 = 66,67 %. TH: 93 points, rank 3, 4 of 6 in round 1 (one round only).
    expect(all).toContain(
      '1. Tặng Cờ thi đua của Chính phủ cho tỉnh Nghệ An (tổng điểm 98,00, xếp hạng 1, đạt 4/6 phiếu, tỷ lệ 66,67% ở vòng 2), đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022.',
    );
    expect(all).toContain('2. Tặng Bằng khen của Thủ tướng Chính phủ cho tỉnh Thanh Hóa (tổng điểm 93,00, xếp hạng 3, đạt 4/6 phiếu, tỷ lệ 66,67%).');
    expect(all).toContain('- Báo cáo thành tích của tỉnh Nghệ An và tỉnh Thanh Hóa.');
    // A vice chairman signs for the committee.
    const text = allText(s);
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A', 'Nơi nhận:']) expect(text).toContain(line);
    expect(text.toLowerCase()).not.toContain('chương trình');
  });

  test('Thông báo kết quả: the ranking by band, the nominees, next year’s head and deputy', () => {
    const text = allText(sheet(report, 'notice')!);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('– Hạng 1 (dẫn đầu): tỉnh Nghệ An (98,00 điểm); hạng 2: tỉnh Thừa Thiên Huế (94,00 điểm); hạng 3: tỉnh Thanh Hóa (93,00 điểm).');
    // Bands (corpus base): NA, TTH, TH, QT Xuất sắc; HT, QB Tốt — in rank order.
    expect(text).toContain('– Xếp loại Xuất sắc (04 đơn vị): tỉnh Nghệ An, tỉnh Thừa Thiên Huế, tỉnh Thanh Hóa, tỉnh Quảng Trị.');
    expect(text).toContain('– Xếp loại Tốt (02 đơn vị): tỉnh Hà Tĩnh, tỉnh Quảng Bình.');
    expect(text).toContain('– Đề nghị Chính phủ tặng Cờ thi đua: tỉnh Nghệ An');
    expect(text).toContain('– Đề nghị Thủ tướng Chính phủ tặng Bằng khen: tỉnh Thanh Hóa');
    expect(text).toContain('Cụm trưởng năm 2023');
    // Signed for the cluster by its head, with the chair's name.
    expect(text).toContain('TM. CỤM THI ĐUA');
    expect(text).toContain('Nguyễn Văn A');
  });
});
