/**
 * docs/tai-lieu-in.md "`Đề nghị khen thưởng` — the nomination sheet"; docs/quy-tac-tinh-diem.md §7 (eligibility), §7
 * (proposal), §8 (vote), §9 (next year's head and deputy).
 */
import { resultInputs } from '../../../src/core/documents/documentInputs';
import { describeNominationSheet } from '../../../src/core/documents/nominationSheet';
import { VI } from '../../../src/core/words';
import { reasonText } from '../../../src/core/words/resultTexts';
import type { NominationResult } from '../../../src/core/results';
import type { SheetDescription } from '../../../src/core/sheet';
import { candidate, makeResults, makeWorkbook, proposal, vote } from './fixtures';
import { allText, lines, rowOf, shapeProblems, styleAt } from './sheetQueries';

function sheet(nom: NominationResult, settings = {}): SheetDescription {
  const wb = makeWorkbook({ settings });
  return describeNominationSheet(resultInputs(wb, makeResults(wb, nom), '3F2A-91C0-7D4E-0B18', '27/11/2026 14:05'));
}

/** Rows of the table under the heading that starts with `heading`, as arrays of 7 cells. */
function tableUnder(s: SheetDescription, heading: RegExp): (string | number | null)[][] {
  const h = rowOf(s, heading) + 1;
  expect(s.values[h]).toEqual(['Đơn vị', 'Tổng điểm', 'Hạng', 'Xếp loại', 'Số phiếu', 'Tỷ lệ', 'Kết quả']);
  const out: (string | number | null)[][] = [];
  for (let r = h + 1; s.values[r][1] !== null; r++) out.push(s.values[r]);
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
  it('is the minutes with ballots', () => {
    const s = sheet(vote());
    expect(allText(s)).toContain('BIÊN BẢN BÌNH XÉT, SUY TÔN KHEN THƯỞNG NĂM 2022');
    expect(allText(s)).not.toContain('DANH SÁCH ĐỀ XUẤT');
  });

  it('is a proposal without ballots', () => {
    const s = sheet(proposal());
    expect(allText(s)).toContain('DANH SÁCH ĐỀ XUẤT KHEN THƯỞNG NĂM 2022');
    expect(allText(s)).not.toContain('BIÊN BẢN');
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
    expect(text).toContain('có 6/6 đơn vị thành viên dự họp, đủ số lượng tối thiểu theo Quy chế hoạt động của Cụm (4 đơn vị)'); // issue 10: a rule of the cluster, not the law
    expect(text).toContain('dựa trên điểm chấm chéo giữa các đơn vị');
    expect(text).toContain('đạt trên 50% số phiếu so với tổng số thành viên của Cụm (6 đơn vị)');
  });

  it('vote: a threshold of 66,67% of the valid ballots', () => {
    const text = allText(sheet(vote(), { voteThreshold: 6667, voteBase: 'validBallots' }));
    expect(text).toContain('đạt trên 66,67% số phiếu so với số phiếu hợp lệ');
  });

  it('proposal: says the list is for the meeting to vote on', () => {
    const text = allText(sheet(proposal()));
    expect(text).toContain('danh sách dưới đây đề xuất các đơn vị để Hội nghị bình xét, suy tôn');
    expect(text).toContain('Hội nghị cần có ít nhất 4 đơn vị dự họp');
  });

  it('is merged across the table and tall enough to print whole', () => {
    const s = sheet(vote());
    const r = rowOf(s, /^Hội nghị bình xét/);
    expect(s.merges).toContain(`A${r + 1}:G${r + 1}`);
    expect(styleAt(s, `A${r + 1}`).wrap).toBe(true);
    // About 400 characters over 88 units at 13 pt: at least five lines.
    expect(s.rowHeights.find((h) => h.row === r)!.height).toBeGreaterThanOrEqual(5 * 13);
  });
});

describe('2. the Flag table and sentence', () => {
  it('vote: votes as count/base and share with a decimal comma (5/6 = 83,33%)', () => {
    const rows = tableUnder(sheet(vote()), /^1\. Cờ thi đua của Chính phủ/);
    expect(rows[0]).toEqual(['Tỉnh Nghệ An', '95,50', 1, 'Xuất sắc', '5/6', '83,33%', 'Được suy tôn']);
    expect(rows[1]).toEqual(['Tỉnh Hà Tĩnh', '93,00', 2, 'Xuất sắc', '1/6', '16,67%', 'Không đạt tỷ lệ phiếu']);
    expect(rows[2][6]).toBe('Không đủ điều kiện');
  });

  it('proposal: blank vote columns to fill in at the meeting', () => {
    const rows = tableUnder(sheet(proposal()), /^1\. Cờ thi đua/);
    expect(rows[0]).toEqual(['Tỉnh Nghệ An', '95,50', 1, 'Xuất sắc', null, null, 'Đề xuất']);
    for (const r of rows) expect([r[4], r[5]]).toEqual([null, null]);
  });

  it('vote, one nominee: the sentence names the unit and the cluster it leads', () => {
    expect(allText(sheet(vote()))).toContain(
      'Suy tôn Tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – đề nghị Chính phủ tặng Cờ thi đua.',
    );
  });

  it('proposal, one nominee: proposed for the meeting to vote on', () => {
    expect(allText(sheet(proposal()))).toContain(
      'Đề xuất Tỉnh Nghệ An – đơn vị dẫn đầu Cụm thi đua các tỉnh Bắc Trung Bộ năm 2022 – để Hội nghị bình xét, suy tôn đề nghị Chính phủ tặng Cờ thi đua.',
    );
  });

  it('vote, no nominee: says nobody reached the threshold', () => {
    const nom = vote();
    nom.flag = { ...nom.flag, nominees: [], openPlaces: 1, candidates: [candidate('NA', 'belowThreshold', 3, 6)] };
    const text = allText(sheet(nom));
    expect(text).toContain('Không có đơn vị nào đủ điều kiện và đạt trên 50% số phiếu so với tổng số thành viên của Cụm (6 đơn vị) để đề nghị Chính phủ tặng Cờ thi đua.');
    expect(text).not.toContain('Suy tôn Tỉnh Nghệ An');
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
    expect(tableUnder(s, /^1\. Cờ/).map((r) => r[6])).toEqual(['Vào vòng bỏ phiếu sau', 'Vào vòng bỏ phiếu sau']);
    expect(section(s, /^5\. /)).toContain('– Chưa đủ tỷ lệ phiếu để suy tôn Cờ thi đua: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Hà Tĩnh.');
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
    expect(allText(s)).toContain('Suy tôn Tỉnh Hà Tĩnh, Tỉnh Thanh Hóa đề nghị Thủ tướng Chính phủ tặng Bằng khen.');
    const rows = tableUnder(s, /^2\. Bằng khen của Thủ tướng Chính phủ/);
    expect(rows.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['Tỉnh Hà Tĩnh', '5/6', '83,33%'],
      ['Tỉnh Thanh Hóa', '4/6', '66,67%'],
      ['Tỉnh Quảng Bình', '3/6', '50,00%'],
    ]);
  });

  it('proposal: proposed for the meeting', () => {
    expect(allText(sheet(proposal()))).toContain(
      'Đề xuất Tỉnh Hà Tĩnh, Tỉnh Thanh Hóa để Hội nghị bình xét, suy tôn đề nghị Thủ tướng Chính phủ tặng Bằng khen.',
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
    expect(section(s, /^3\. Đơn vị không đủ điều kiện/)).toEqual([
      `– Tỉnh Quảng Bình: không đủ điều kiện đề nghị Cờ thi đua (${below('Tốt', 'Xuất sắc')}).`,
      `– Tỉnh Quảng Trị: không đủ điều kiện đề nghị Cờ thi đua (${notSigned}; ${below('Tốt', 'Xuất sắc')}); không đủ điều kiện đề nghị Bằng khen (${notSigned}).`,
      `– Tỉnh Thừa Thiên Huế: không đủ điều kiện đề nghị Cờ thi đua (Đang thanh tra có dấu hiệu vi phạm; ${below('Trung bình', 'Xuất sắc')}); ` +
        `không đủ điều kiện đề nghị Bằng khen (Đang thanh tra có dấu hiệu vi phạm; ${below('Trung bình', 'Tốt')}).`,
    ]);
  });

  it('does not list the Flag nominee as ineligible for the Certificate', () => {
    expect(section(sheet(vote()), /^3\. /).join('\n')).not.toContain('Nghệ An');
  });
});

describe('5. ballot figures per award', () => {
  it('vote: issued, valid, invalid, abstained', () => {
    expect(section(sheet(vote()), /^4\. Kết quả kiểm phiếu$/)).toEqual([
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
  it('none: says so', () => {
    expect(section(sheet(vote()), /^5\. Những vấn đề Hội nghị cần xử lý$/)).toEqual(['– Không có vấn đề nào cần Hội nghị xử lý thêm.']);
  });

  it('a Flag nominee that is not rank 1 (docs/quy-tac-tinh-diem.md §9)', () => {
    const nom = vote();
    nom.flag = { ...nom.flag, nominees: ['HT'], candidates: [candidate('NA', 'belowThreshold', 3, 6), candidate('HT', 'nominated', 4, 6)] };
    const s = sheet(nom);
    expect(section(s, /^5\. /)).toContain(
      '– Tỉnh Hà Tĩnh được suy tôn Cờ thi đua của Chính phủ nhưng xếp hạng 2, không phải hạng nhất: biên bản cần ghi rõ lý do.',
    );
    expect(allText(s)).toContain('Suy tôn Tỉnh Hà Tĩnh – đơn vị dẫn đầu');
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
    expect(section(sheet(nom), /^5\. /)).toContain('– Còn 1 suất Bằng khen chưa có đơn vị đạt tỷ lệ phiếu; suất này để trống.');
  });

  it('no quorum', () => {
    const nom = vote();
    nom.quorum = { present: 3, members: 6, required: 4, met: false };
    const s = sheet(nom);
    expect(section(s, /^5\. /)[0]).toBe('– Chỉ có 3/6 thành viên dự họp, chưa đạt tối thiểu 4 thành viên (hai phần ba): kết quả bỏ phiếu chưa có giá trị.');
    expect(allText(s)).toContain('có 3/6 đơn vị thành viên dự họp, chưa đủ số lượng tối thiểu');
  });
});

describe('7. next year’s head and deputy (docs/quy-tac-tinh-diem.md §10)', () => {
  it('marks a suggestion from the rotation', () => {
    expect(section(sheet(proposal()), /^6\. Cụm trưởng, Cụm phó năm 2023$/)).toEqual([
      '– Cụm trưởng năm 2023: Tỉnh Hà Tĩnh; Cụm phó năm 2023: Tỉnh Quảng Bình (đề xuất theo thứ tự luân phiên, Hội nghị xác nhận).',
    ]);
  });

  it('states a choice made in the workbook without the mark', () => {
    expect(section(sheet(vote()), /^6\. /)).toEqual(['– Cụm trưởng năm 2023: Tỉnh Hà Tĩnh; Cụm phó năm 2023: Tỉnh Quảng Bình.']);
  });

  it('leaves dots when nobody is known', () => {
    const nom = vote();
    nom.nextHead = null;
    nom.nextDeputies = [];
    expect(section(sheet(nom), /^6\. /)[0]).toBe('– Cụm trưởng năm 2023: ……………; Cụm phó năm 2023: …………….');
  });
});

describe('order of the body (docs/tai-lieu-in.md)', () => {
  it('opening, Flag, Certificate, ineligible, ballots, warnings, next year, small print, signatures', () => {
    const s = sheet(vote());
    const order = [/^Hội nghị bình xét/, /^1\. /, /^2\. /, /^3\. /, /^4\. /, /^5\. /, /^6\. /, /^Mã kiểm tra dữ liệu/, /^TM\. CỤM THI ĐUA$/].map((re) => rowOf(s, re));
    expect(order.every((r) => r >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
