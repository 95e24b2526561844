/**
 * docs/tai-lieu-in.md "Biên bản họp" (v1's `Đề nghị khen thưởng`, issue 10: Decree 30 form 1.9);
 * docs/quy-tac-tinh-diem.md §7 (eligibility), §7 (proposal), §8 (vote), §9 (next year's head and
 * deputy). Numbering in a vote: 1 scoring, 2 Flag, 3 Certificate, 4 ineligible, 5 ballots,
 * 6 points settled (when any), then next year; in a proposal the scoring section is left out.
 */
import { resultInputs } from '../../../src/core/documents/documentInputs';
import { describeMinutesSheet } from '../../../src/core/documents/minutesSheet';
import { VI } from '../../../src/core/words';
import { reasonText } from '../../../src/core/words/resultTexts';
import type { NominationResult } from '../../../src/core/results';
import type { SheetDescription } from '../../../src/core/sheet';
import { NAME_DOTS } from '../../../src/core/documents/signatureBlock';
import type { MeetingInfo, MeetingPerson, MeetingText } from '../../../src/core/model';
import { candidate, makeResults, makeWorkbook, proposal, vote } from './fixtures';
import { allText, lines, mergeAt, printedRow, rowOf, shapeProblems, styleAt } from './sheetQueries';

function sheet(nom: NominationResult, settings = {}): SheetDescription {
  const wb = makeWorkbook({ settings });
  return describeMinutesSheet(resultInputs(wb, makeResults(wb, nom), '3F2A-91C0-7D4E-0B18', '27/11/2026 14:05'));
}

/** Rows of the table under the heading that starts with `heading`, as arrays of 7 cells. */
function tableUnder(s: SheetDescription, heading: RegExp): (string | number | null)[][] {
  const h = rowOf(s, heading) + 1;
  expect(printedRow(s, h)).toEqual(['Đơn vị', 'Tổng điểm', 'Hạng', 'Xếp loại', 'Số phiếu', 'Tỷ lệ', 'Kết quả']);
  const out: (string | number | null)[][] = [];
  for (let r = h + 1; printedRow(s, r).length === 7 && printedRow(s, r)[1] !== null; r++) out.push(printedRow(s, r));
  return out;
}

/** The text lines after a numbered heading, up to the next blank row. */
function section(s: SheetDescription, heading: RegExp): string[] {
  const all = lines(s);
  const start = all.findIndex((l) => heading.test(l));
  const out: string[] = [];
  for (let i = start + 1; i < all.length && all[i] !== ''; i++) out.push(all[i]);
  return out;
}

describe('title: minutes of the vote when ballots exist, a proposal otherwise', () => {
  it('is the minutes with ballots: "BIÊN BẢN" and the conference as its subject (form 1.9)', () => {
    const s = sheet(vote());
    expect(lines(s)).toContain('BIÊN BẢN');
    expect(lines(s)).toContain('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm thi đua các tỉnh Bắc Trung Bộ');
    expect(allText(s)).not.toContain('DỰ KIẾN ĐỀ XUẤT');
  });

  it('is a proposal without ballots ("DỰ KIẾN ĐỀ XUẤT", bình xét, suy tôn thi đua)', () => {
    const s = sheet(proposal());
    expect(allText(s)).toContain('DỰ KIẾN ĐỀ XUẤT BÌNH XÉT, SUY TÔN THI ĐUA NĂM 2022');
    expect(allText(s)).not.toContain('BIÊN BẢN');
    expect(allText(s)).not.toContain('KHEN THƯỞNG NĂM');
  });

  it('is portrait A4 and well formed in both modes', () => {
    for (const nom of [vote(), proposal()]) {
      const s = sheet(nom);
      expect(s.pageSetup!.orientation).toBe('portrait');
      expect(shapeProblems(s)).toEqual([]);
    }
  });
});

describe('1. the opening paragraph', () => {
  it('vote: members present out of the total, the score source and the vote rule in words', () => {
    const text = allText(sheet(vote()));
    expect(text).toContain('có 06/06 đơn vị thành viên dự họp, đủ số lượng tối thiểu theo Quy chế hoạt động của Cụm (04 đơn vị)'); // issue 10: a rule of the cluster, not the law
    expect(text).toContain('dựa trên điểm chấm chéo giữa các đơn vị');
    // docs/tai-lieu-in.md §4.3: the base named with its number, with a leading zero.
    expect(text).toContain('đạt trên 50% số phiếu tính trên tổng số thành viên Cụm (06 đơn vị)');
  });

  it('vote: a threshold of 66,67% of the valid ballots', () => {
    const text = allText(sheet(vote(), { voteThreshold: 6667, voteBase: 'validBallots' }));
    expect(text).toContain('đạt trên 66,67% số phiếu tính trên số phiếu hợp lệ');
  });

  it('vote: the members present as the base, with their number', () => {
    const nom = vote();
    nom.quorum = { present: 5, members: 6, required: 4, met: true };
    expect(allText(sheet(nom, { voteBase: 'present' }))).toContain('đạt trên 50% số phiếu tính trên số thành viên dự họp (05 đơn vị)');
  });

  it('proposal: says the list is for the meeting to vote on', () => {
    const text = allText(sheet(proposal()));
    expect(text).toContain('danh sách dưới đây đề xuất các đơn vị để Hội nghị bình xét, suy tôn');
    expect(text).toContain('theo Quy chế hoạt động của Cụm, Hội nghị cần có ít nhất 04 đơn vị dự họp');
  });

  it('is merged across the table and tall enough to print whole', () => {
    const s = sheet(vote());
    const r = rowOf(s, /^Hội nghị có/);
    expect(mergeAt(s, `A${r + 1}`)).toEqual({ r0: r, c0: 0, r1: r, c1: s.columnWidths.length - 1 });
    expect(styleAt(s, `A${r + 1}`).wrap).toBe(true);
    // About 400 characters over 88 units at 13 pt: at least five lines.
    expect(s.rowHeights.find((h) => h.row === r)!.height).toBeGreaterThanOrEqual(5 * 13);
  });
});

describe('2. the Flag table and sentence', () => {
  it('vote: votes as count/base and share with a decimal comma (5/6 = 83,33%)', () => {
    const rows = tableUnder(sheet(vote()), /^2\. Bình xét, suy tôn Cờ thi đua của Chính phủ/);
    expect(rows[0]).toEqual(['Tỉnh Nghệ An', '95,50', 1, 'Xuất sắc', '5/6', '83,33%', 'Được suy tôn']);
    expect(rows[1]).toEqual(['Tỉnh Hà Tĩnh', '93,00', 2, 'Xuất sắc', '1/6', '16,67%', 'Không đạt tỷ lệ phiếu']);
    expect(rows[2][6]).toBe('Không đủ điều kiện');
  });

  it('proposal: blank vote columns to fill in at the meeting', () => {
    const rows = tableUnder(sheet(proposal()), /^1\. Đề xuất Cờ thi đua/);
    expect(rows[0]).toEqual(['Tỉnh Nghệ An', '95,50', 1, 'Xuất sắc', null, null, 'Đề xuất']);
    for (const r of rows) expect([r[4], r[5]]).toEqual([null, null]);
  });

  it('vote, one nominee: the sentence names the unit and the cluster it leads', () => {
    expect(allText(sheet(vote()))).toContain(
      'Suy tôn tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – đề nghị Chính phủ tặng Cờ thi đua.',
    );
  });

  it('proposal, one nominee: proposed for the meeting to vote on', () => {
    expect(allText(sheet(proposal()))).toContain(
      'Đề xuất tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – để Hội nghị bình xét, suy tôn đề nghị Chính phủ tặng Cờ thi đua.',
    );
  });

  it('vote, no nominee: says nobody reached the threshold', () => {
    const nom = vote();
    nom.flag = { ...nom.flag, nominees: [], openPlaces: 1, candidates: [candidate('NA', 'belowThreshold', 3, 6)] };
    const text = allText(sheet(nom));
    expect(text).toContain('Không có đơn vị nào đủ điều kiện và đạt trên 50% số phiếu tính trên tổng số thành viên Cụm (06 đơn vị) để đề nghị Chính phủ tặng Cờ thi đua.');
    expect(text).not.toContain('Suy tôn tỉnh Nghệ An');
  });

  it('proposal, no nominee: says nobody can be proposed', () => {
    const nom = proposal();
    nom.flag = { ...nom.flag, nominees: [] };
    expect(allText(sheet(nom))).toContain('Không có đơn vị nào đủ điều kiện để đề xuất tặng Cờ thi đua của Chính phủ.');
  });

  it('vote, a round 2 pending for the only place: no "no Flag" sentence, round 2 between the two (issue 10)', () => {
    const nom = vote();
    nom.flag = {
      ...nom.flag,
      nominees: [],
      runoffNeeded: true,
      runoffAmong: ['NA', 'HT'],
      nextRound: 2,
      runoffReason: 'threshold',
      openPlaces: 1,
      candidates: [candidate('NA', 'nextRound', 3, 6), candidate('HT', 'nextRound', 3, 6)],
    };
    nom.pending = true;
    const s = sheet(nom);
    const text = allText(s);
    expect(text).toContain('Chưa có đơn vị được suy tôn Cờ thi đua của Chính phủ: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Hà Tĩnh.');
    expect(text).not.toContain('Không có đơn vị nào đủ điều kiện');
    expect(tableUnder(s, /^2\. Bình xét, suy tôn Cờ/).map((r) => r[6])).toEqual(['Vào vòng bỏ phiếu sau', 'Vào vòng bỏ phiếu sau']);
    expect(section(s, /^6\. /)).toContain('– Chưa đủ tỷ lệ phiếu để suy tôn Cờ thi đua: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Hà Tĩnh.');
  });

  it('prints the nominee rows in bold', () => {
    const s = sheet(vote());
    const r = rowOf(s, 'Tỉnh Nghệ An');
    expect(styleAt(s, `A${r + 1}`).bold).toBe(true);
    expect(styleAt(s, `A${r + 2}`).bold).toBeUndefined();
  });
});

describe('3. the Certificate table and sentence', () => {
  it('vote, several nominees: listed together', () => {
    const s = sheet(vote());
    expect(allText(s)).toContain('Suy tôn tỉnh Hà Tĩnh và tỉnh Thanh Hóa đề nghị Thủ tướng Chính phủ tặng Bằng khen.');
    const rows = tableUnder(s, /^3\. Bình xét, suy tôn Bằng khen của Thủ tướng Chính phủ/);
    expect(rows.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['Tỉnh Hà Tĩnh', '5/6', '83,33%'],
      ['Tỉnh Thanh Hóa', '4/6', '66,67%'],
      ['Tỉnh Quảng Bình', '3/6', '50,00%'],
    ]);
  });

  it('proposal: proposed for the meeting', () => {
    expect(allText(sheet(proposal()))).toContain(
      'Đề xuất tỉnh Hà Tĩnh và tỉnh Thanh Hóa để Hội nghị bình xét, suy tôn đề nghị Thủ tướng Chính phủ tặng Bằng khen.',
    );
  });

  it('vote, no nominee', () => {
    const nom = vote();
    nom.certificate = { ...nom.certificate, nominees: [] };
    expect(allText(sheet(nom))).toContain('để đề nghị Thủ tướng Chính phủ tặng Bằng khen.');
    expect(allText(sheet(nom))).toMatch(/Không có đơn vị nào đủ điều kiện và đạt trên 50%/);
  });
});

describe('4. members that cannot be nominated, with the reason (docs/quy-tac-tinh-diem.md §7)', () => {
  it('lists each in rank order with its reasons per award', () => {
    // Reasons read as everywhere else (the vocabulary, src/core/words); the sentence around them is ours.
    const notSigned = reasonText({ kind: 'notSigned' }, VI);
    const below = (band: string, min: string) => reasonText({ kind: 'bandBelow', band, minBand: min }, VI);
    const s = sheet(vote());
    expect(section(s, /^4\. Đơn vị không đủ điều kiện/)).toEqual([
      `– Tỉnh Quảng Bình: không đủ điều kiện đề nghị Cờ thi đua (${below('Tốt', 'Xuất sắc')}).`,
      `– Tỉnh Quảng Trị: không đủ điều kiện đề nghị Cờ thi đua (${notSigned}; ${below('Tốt', 'Xuất sắc')}); không đủ điều kiện đề nghị Bằng khen (${notSigned}).`,
      `– Tỉnh Thừa Thiên Huế: không đủ điều kiện đề nghị Cờ thi đua (Đang thanh tra có dấu hiệu vi phạm; ${below('Trung bình', 'Xuất sắc')}); ` +
        `không đủ điều kiện đề nghị Bằng khen (Đang thanh tra có dấu hiệu vi phạm; ${below('Trung bình', 'Tốt')}).`,
    ]);
  });

  it('does not list the Flag nominee as ineligible for the Certificate', () => {
    expect(section(sheet(vote()), /^4\. /).join('\n')).not.toContain('Nghệ An');
  });
});

describe('5. ballot figures per award', () => {
  it('vote: issued, valid, invalid, abstained', () => {
    expect(section(sheet(vote()), /^5\. Kết quả kiểm phiếu$/)).toEqual([
      '– Cờ thi đua của Chính phủ: số phiếu phát ra 6; số phiếu thu về 6; hợp lệ 6; không hợp lệ 0; phiếu trống (không bầu đơn vị nào) 0.',
      '– Bằng khen của Thủ tướng Chính phủ: số phiếu phát ra 6; số phiếu thu về 6; hợp lệ 5; không hợp lệ 1; phiếu trống (không bầu đơn vị nào) 1.',
    ]);
  });

  it('proposal: dots to fill in at the meeting', () => {
    const lines2 = section(sheet(proposal()), /^4\. Kết quả kiểm phiếu \(ghi tại Hội nghị\)$/);
    expect(lines2).toHaveLength(2);
    for (const l of lines2) expect(l).toContain('số phiếu phát ra ……');
  });
});

describe('6. warnings the meeting must act on', () => {
  it('none: the section is left out — "nothing to settle" is the program speaking, not the minutes (issue 10)', () => {
    const s = sheet(vote());
    expect(rowOf(s, /Những vấn đề Hội nghị cần xử lý/)).toBe(-1);
    expect(allText(s)).not.toContain('Không có vấn đề nào');
    expect(rowOf(s, /Những nội dung Hội nghị xem xét/)).toBe(-1);
    expect(rowOf(s, /^6\. Cụm trưởng, Cụm phó năm 2023$/)).toBeGreaterThan(0);
  });

  it('a Flag nominee that is not rank 1 (docs/quy-tac-tinh-diem.md §9)', () => {
    const nom = vote();
    nom.flag = { ...nom.flag, nominees: ['HT'], candidates: [candidate('NA', 'belowThreshold', 3, 6), candidate('HT', 'nominated', 4, 6)] };
    const s = sheet(nom);
    // The signed minutes leave the reason to the conference (dots), with no instruction of the program's.
    expect(section(s, /^6\. /)).toContain(
      '– Tỉnh Hà Tĩnh được suy tôn Cờ thi đua của Chính phủ nhưng xếp hạng 2, không phải hạng nhất; lý do Hội nghị thống nhất: ……………',
    );
    expect(allText(s)).not.toContain('biên bản cần ghi rõ lý do');
    expect(allText(s)).toContain('Suy tôn tỉnh Hà Tĩnh – đơn vị dẫn đầu');
  });

  it('a shared rank at the cut-off of a proposal (docs/quy-tac-tinh-diem.md §8)', () => {
    const nom = proposal();
    nom.certificate = {
      ...nom.certificate,
      nominees: ['HT', 'QB', 'QT'],
      tiedAtCutoff: ['QB', 'QT'],
      candidates: [candidate('HT', 'nominated'), candidate('QB', 'toBeVoted'), candidate('QT', 'toBeVoted')],
    };
    const s = sheet(nom);
    expect(section(s, /^5\. /)).toContain(
      '– Tỉnh Quảng Bình và tỉnh Quảng Trị đồng hạng 4 ở vị trí cuối của chỉ tiêu Bằng khen của Thủ tướng Chính phủ: Hội nghị cần bỏ phiếu để quyết định.',
    );
    expect(tableUnder(s, /^2\. /).map((r) => r[6])).toEqual(['Đề xuất', 'Đề xuất, cần bỏ phiếu', 'Đề xuất, cần bỏ phiếu']);
  });

  it('fewer nominees than the quota', () => {
    const nom = vote();
    nom.certificate = { ...nom.certificate, nominees: ['HT'], openPlaces: 1 };
    // Issue 10: a Certificate place nobody passed stays empty (the quota is a maximum).
    expect(section(sheet(nom), /^6\. /)).toContain('– Còn 1 suất Bằng khen chưa có đơn vị đạt tỷ lệ phiếu; suất này để trống.');
  });

  it('no quorum', () => {
    const nom = vote();
    nom.quorum = { present: 3, members: 6, required: 4, met: false };
    const s = sheet(nom);
    expect(section(s, /^6\. /)[0]).toBe('– Chỉ có 3/6 thành viên dự họp, chưa đạt tối thiểu 4 thành viên (hai phần ba): kết quả bỏ phiếu chưa có giá trị.');
    expect(allText(s)).toContain('có 03/06 đơn vị thành viên dự họp, chưa đủ số lượng tối thiểu');
  });
});

describe('7. next year’s head and deputy (docs/quy-tac-tinh-diem.md §10)', () => {
  it('marks a suggestion from the rotation', () => {
    expect(section(sheet(proposal()), /^\d\. Cụm trưởng, Cụm phó năm 2023$/)).toEqual([
      '– Cụm trưởng năm 2023: Tỉnh Hà Tĩnh; Cụm phó năm 2023: Tỉnh Quảng Bình (đề xuất theo thứ tự luân phiên, Hội nghị xác nhận).',
    ]);
  });

  it('states a choice made in the workbook without the mark', () => {
    expect(section(sheet(vote()), /^\d\. Cụm trưởng/)).toEqual(['– Cụm trưởng năm 2023: Tỉnh Hà Tĩnh; Cụm phó năm 2023: Tỉnh Quảng Bình.']);
  });

  it('leaves dots when nobody is known', () => {
    const nom = vote();
    nom.nextHead = null;
    nom.nextDeputies = [];
    expect(section(sheet(nom), /^\d\. Cụm trưởng/)[0]).toBe('– Cụm trưởng năm 2023: ……………; Cụm phó năm 2023: …………….');
  });
});

describe('order of the body (docs/tai-lieu-in.md)', () => {
  it('facts of the meeting, opening, scoring, Flag, Certificate, ineligible, ballots, next year, closing, signatures, recipients', () => {
    const s = sheet(vote());
    // The fixture's vote leaves nothing to settle: section 6 is next year's leaders.
    const order = [/^Thời gian bắt đầu/, /^Thành phần tham dự/, /^Chủ trì/, /^Thư ký/, /^Nội dung/, /^Hội nghị có/, /^1\. Kết quả chấm điểm/, /^2\. /, /^3\. /, /^4\. /, /^5\. /, /^6\. Cụm trưởng/, /^Hội nghị kết thúc/, /^CHỦ TỌA$/, /^Nơi nhận:$/].map((re) =>
      rowOf(s, re),
    );
    expect(order.every((r) => r >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

/** A `Hội nghị` as the reader gives it (src/core/model.ts MeetingInfo); cells are not printed. */
function meeting(over: Partial<MeetingInfo> = {}): MeetingInfo {
  const t = (text: string): MeetingText => ({ text, cell: 'B1' });
  const p = (name: string, title: string): MeetingPerson => ({ text: `${name} — ${title}`, cell: 'B1', name, title });
  return {
    number: t('05/BB-CTĐBTB'),
    start: t('14 giờ 00, ngày 10/01/2023'),
    end: t('16 giờ 30'),
    place: t('Hội trường UBND tỉnh Nghệ An'),
    chair: p('Nguyễn Văn A', 'Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng'),
    secretary: p('Trần Thị B', 'Ban Thi đua - Khen thưởng tỉnh Nghệ An'),
    centralDelegates: [p('Lê Văn C', 'Ban Thi đua - Khen thưởng Trung ương')],
    delegates: [{ ...p('Phạm Văn D', 'Phó Chủ tịch UBND tỉnh'), member: 'NA' }],
    countingPanel: null,
    submissionSigner: null,
    submissionNumber: null,
    recipients: [t('Ban Thi đua - Khen thưởng Trung ương'), t('Lưu: VT')],
    present: ['NA'],
    ...over,
  };
}

function minutesWith(nom: NominationResult, m: MeetingInfo | null): SheetDescription {
  const wb = { ...makeWorkbook(), meeting: m };
  return describeMinutesSheet(resultInputs(wb, makeResults(wb, nom), '3F2A-91C0-7D4E-0B18', '27/11/2026 14:05'));
}

describe('the minutes as Decree 30 form 1.9 (issue 10)', () => {
  it('prints the number, time, place, attendance, chair, secretary and closing time that Hội nghị gives', () => {
    const nom = vote();
    nom.quorum = { present: 1, members: 6, required: 4, met: false };
    const s = minutesWith(nom, meeting());
    const all = lines(s);
    // Under the left half of the header block, on the row of the place and date.
    expect(all).toContain('Số: 05/BB-CTĐBTB | Nghệ An, ngày …… tháng …… năm ……');
    expect(all).toContain('Thời gian bắt đầu: 14 giờ 00, ngày 10/01/2023');
    expect(all).toContain('Địa điểm: Hội trường UBND tỉnh Nghệ An');
    expect(all).toContain('– Đại biểu Trung ương: Lê Văn C — Ban Thi đua - Khen thưởng Trung ương.');
    // Each member in `Thành viên` order: its delegate, or absent.
    expect(all).toContain('   + Tỉnh Nghệ An: Phạm Văn D — Phó Chủ tịch UBND tỉnh');
    expect(all).toContain('   + Tỉnh Hà Tĩnh: vắng mặt');
    expect(all).toContain('– Số đơn vị thành viên dự họp: 01/06.');
    expect(all).toContain('Chủ trì: Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng');
    expect(all).toContain('Thư ký: Trần Thị B — Ban Thi đua - Khen thưởng tỉnh Nghệ An');
    expect(all).toContain('Hội nghị kết thúc vào 16 giờ 30.');
  });

  it('signs THƯ KÝ on the left and CHỦ TỌA on the right with the persons’ names, then Nơi nhận', () => {
    const s = minutesWith(vote(), meeting());
    const sec = rowOf(s, /^THƯ KÝ$/);
    expect(rowOf(s, /^CHỦ TỌA$/)).toBe(sec);
    const names = rowOf(s, 'Trần Thị B');
    expect(printedRow(s, names).filter((v) => v !== null)).toEqual(['Trần Thị B', 'Nguyễn Văn A']);
    const recipients = rowOf(s, /^Nơi nhận:$/);
    expect(recipients).toBeGreaterThan(names);
    expect(lines(s).slice(lines(s).indexOf('Nơi nhận:') + 1, lines(s).indexOf('Nơi nhận:') + 3)).toEqual(['- Ban Thi đua - Khen thưởng Trung ương;', '- Lưu: VT.']);
  });

  it('prints dots for what Hội nghị does not give, and the usual recipients', () => {
    const s = minutesWith(vote(), null);
    const all = lines(s);
    expect(all).toContain('Số: ……/BB | Nghệ An, ngày …… tháng …… năm ……');
    expect(all).toContain('Thời gian bắt đầu: ……');
    expect(all).toContain('Chủ trì: ……');
    expect(all).toContain('Hội nghị kết thúc vào …….');
    // The names under THƯ KÝ and CHỦ TỌA: dotted lines, on one row.
    expect(all).toContain(`${NAME_DOTS} | ${NAME_DOTS}`);
    expect(all).toContain('- Lưu: VT.');
  });

  it('refers to the annexes for the scoring result', () => {
    expect(allText(minutesWith(vote(), meeting()))).toContain('(chi tiết tại bảng “Xếp hạng” và bảng “Tổng hợp điểm” kèm theo Biên bản này)');
  });

  it('carries no program text in the signed part', () => {
    const text = allText(minutesWith(vote(), meeting())).toLowerCase();
    for (const phrase of ['chương trình', 'không sửa trực tiếp', 'không có vấn đề nào', 'theo quy định']) expect(text).not.toContain(phrase);
  });

  it('is marked DỰ THẢO only while a round is pending', () => {
    const nom = vote();
    expect(allText(minutesWith(nom, meeting()))).not.toContain('DỰ THẢO');
    nom.pending = true;
    const s = minutesWith(nom, meeting());
    // Above everything else, in a drawn box.
    expect(rowOf(s, /^DỰ THẢO$/)).toBe(0);
    expect(styleAt(s, 'A1').border ?? styleAt(s, cellOf(s, 'DỰ THẢO')).border).toBe(true);
  });

  it('a proposal has no number, no meeting facts and is signed by the cluster’s head', () => {
    const s = minutesWith(proposal(), meeting());
    expect(allText(s)).not.toContain('Số:');
    expect(rowOf(s, /^Thành phần tham dự/)).toBe(-1);
    expect(rowOf(s, /^CỤM TRƯỞNG$/)).toBeGreaterThan(0);
    expect(rowOf(s, /^THƯ KÝ$/)).toBe(-1);
  });
});

/** The A1 address of the first cell holding exactly `text`. */
function cellOf(s: SheetDescription, text: string): string {
  for (let r = 0; r < s.values.length; r++) {
    const c = s.values[r].indexOf(text);
    if (c >= 0) return `${String.fromCharCode(65 + c)}${r + 1}`;
  }
  return 'A1';
}
