/**
 * The blank workbook (docs/huong-dan-so-lieu.md "Input sheets"): the sheets and their headers, the
 * settings with their values or defaults, explanations in notes (a third column would be an
 * unknown header), the default bands, the members, a sample criteria table whose sums hold,
 * score sheets with a column per member, drop-down lists, and the house style.
 */
import { describeTemplate } from '../../../src/core/template/describeTemplate';
import { DEFAULT_CRITERIA } from '../../../src/core/template/defaultCriteria';
import type { SheetDescription } from '../../../src/core/sheet';
import { rect, shapeProblems, styleAt } from '../documents/sheetQueries';

const MEMBERS = [
  { code: 'TH', name: 'Tỉnh Thanh Hóa' },
  { code: 'NA', name: 'Tỉnh Nghệ An' },
  { code: 'HT', name: 'Tỉnh Hà Tĩnh' },
  { code: 'QT', name: 'Tỉnh Quảng Trị' },
  { code: 'HUE', name: 'Thành phố Huế' },
];

const sheets = () => describeTemplate({ clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ', year: 2025, members: MEMBERS });

function sheet(name: string): SheetDescription {
  const s = sheets().find((x) => x.name === name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}

/** Rows under the header row (the row whose first cell is `firstHeader`) as objects by header. */
function records(s: SheetDescription, firstHeader: string): Record<string, string | number | null>[] {
  const h = s.values.findIndex((r) => r[0] === firstHeader);
  const headers = s.values[h];
  return s.values.slice(h + 1).map((row) => Object.fromEntries(headers.map((name, c) => [String(name), row[c]])));
}

describe('the sheets of a new workbook', () => {
  it('has the input sheets in a sensible order, all as input sheets without a mark', () => {
    const list = sheets();
    expect(list.map((s) => s.name)).toEqual(['Cấu hình', 'Xếp loại', 'Thành viên', 'Tiêu chí', 'Tự chấm', 'Thẩm định', 'Phiếu bầu', 'Hội nghị']);
    for (const s of list) {
      expect(s.key).toBe('input');
      expect(s.mark).toBeNull();
      expect(shapeProblems(s)).toEqual([]);
    }
  });

  it('bolds and fills the header rows and freezes them', () => {
    for (const s of sheets()) {
      const h = s.freezeRows - 1;
      expect(h).toBeGreaterThanOrEqual(0);
      const style = styleAt(s, `A${h + 1}`);
      expect(style.bold).toBe(true);
      expect(style.fill).toBeDefined();
      expect(s.columnWidths.every((w) => w >= 8 && w <= 60)).toBe(true);
    }
  });
});

describe('Cấu hình', () => {
  it('has exactly the two columns Tham số | Giá trị (a third would be an unknown header)', () => {
    const s = sheet('Cấu hình');
    expect(s.values[0]).toEqual(['Tham số', 'Giá trị']);
    expect(s.columnWidths).toHaveLength(2);
  });

  it('has a row for every setting of docs/huong-dan-so-lieu.md, each explained in a note', () => {
    const s = sheet('Cấu hình');
    const keys = s.values.slice(1).map((r) => r[0]);
    expect(keys).toEqual([
      'Tên cụm',
      'Năm',
      'Cụm trưởng',
      'Cụm phó',
      'Nguồn điểm',
      'Cách tổng hợp',
      'Tính điểm tự chấm khi chấm chéo',
      'Số Cờ thi đua Chính phủ',
      'Số Bằng khen Thủ tướng',
      'Xếp loại tối thiểu đề nghị Cờ',
      'Xếp loại tối thiểu đề nghị Bằng khen',
      'Tỷ lệ phiếu tối thiểu (%)',
      'Cơ sở tính tỷ lệ phiếu',
      'Số thành viên dự họp',
      'Khi bằng phiếu ở suất cuối',
      'Số vòng bỏ phiếu tối đa',
      'Thứ tự ưu tiên khi bằng điểm',
      'Ngưỡng chênh lệch (%)',
      'Bước điểm',
      'Địa danh',
      'Chọn Cụm trưởng năm sau',
      'Cụm trưởng năm sau',
      'Cụm phó năm sau',
      'Thứ tự luân phiên',
    ]);
    for (let r = 2; r <= keys.length + 1; r++) {
      const note = s.notes.find((n) => n.cell === `A${r}`);
      expect(note?.text.length).toBeGreaterThan(20);
    }
  });

  it('fills the given values, the documented defaults, and leaves blank what the cluster decides', () => {
    const v = Object.fromEntries(sheet('Cấu hình').values.slice(1).map((r) => [r[0], r[1]]));
    expect(v['Tên cụm']).toBe('Cụm thi đua các tỉnh Bắc Trung Bộ');
    expect(v['Năm']).toBe(2025);
    // Required settings: filled with the first two members, to be corrected (noted).
    expect(v['Cụm trưởng']).toBe('TH');
    expect(v['Cụm phó']).toBe('NA');
    expect(v['Cách tổng hợp']).toBe('Trung bình');
    expect(v['Tính điểm tự chấm khi chấm chéo']).toBe('Không');
    expect(v['Số Cờ thi đua Chính phủ']).toBe(1);
    expect(v['Số Bằng khen Thủ tướng']).toBe(1); // issue 10
    expect(v['Khi bằng phiếu ở suất cuối']).toBe('Lấy đơn vị xếp hạng cao hơn');
    expect(v['Số vòng bỏ phiếu tối đa']).toBe(2);
    expect(v['Chọn Cụm trưởng năm sau']).toBe('Luân phiên');
    expect(v['Tỷ lệ phiếu tối thiểu (%)']).toBe(50);
    expect(v['Cơ sở tính tỷ lệ phiếu']).toBe('Tổng số thành viên');
    expect(v['Thứ tự ưu tiên khi bằng điểm']).toBe('Ít điểm trừ hơn');
    expect(v['Ngưỡng chênh lệch (%)']).toBe(20);
    expect(v['Bước điểm']).toBe(0);
    expect(v['Thứ tự luân phiên']).toBe('TH; NA; HT; QT; HUE');
    for (const k of ['Số thành viên dự họp', 'Địa danh', 'Cụm trưởng năm sau', 'Cụm phó năm sau', 'Xếp loại tối thiểu đề nghị Cờ']) expect(v[k]).toBeNull();
  });

  it('sets the score source to the appraisal, the score sheet the template provides besides Tự chấm', () => {
    const v = Object.fromEntries(sheet('Cấu hình').values.slice(1).map((r) => [r[0], r[1]]));
    expect(v['Nguồn điểm']).toBe('Thẩm định');
  });

  it('offers drop-down lists for the settings with fixed choices, on their value cells', () => {
    const s = sheet('Cấu hình');
    const rowOf = (key: string) => s.values.findIndex((r) => r[0] === key) + 1;
    expect(s.validations).toContainEqual({ range: `B${rowOf('Tính điểm tự chấm khi chấm chéo')}`, list: ['Có', 'Không'] });
    expect(s.validations).toContainEqual({ range: `B${rowOf('Nguồn điểm')}`, list: ['Tự chấm', 'Thẩm định', 'Chấm chéo'] });
    expect(s.validations).toContainEqual({ range: `B${rowOf('Cách tổng hợp')}`, list: ['Trung bình', 'Trung vị', 'Trung bình cắt'] });
  });

  it('leaves the deputy blank with a single member rather than inventing one', () => {
    const s = describeTemplate({ clusterName: 'Cụm thử', year: 2025, members: [{ code: 'NA', name: 'Tỉnh Nghệ An' }] })[0];
    const v = Object.fromEntries(s.values.slice(1).map((r) => [r[0], r[1]]));
    expect(v['Cụm trưởng']).toBe('NA');
    expect(v['Cụm phó']).toBeNull();
  });
});

describe('Xếp loại: the default bands 90 / 80 / 70 / 0', () => {
  it('lists them from the highest', () => {
    expect(sheet('Xếp loại').values).toEqual([
      ['Xếp loại', 'Điểm từ'],
      ['Xuất sắc', 90],
      ['Tốt', 80],
      ['Khá', 70],
      ['Trung bình', 0],
    ]);
  });
});

describe('Thành viên', () => {
  it('lists the given members with Ký giao ước "Có"', () => {
    const rows = records(sheet('Thành viên'), 'Mã');
    expect(rows.map((r) => [r['Mã'], r['Tên đơn vị'], r['Ký giao ước'], r['Không đủ điều kiện khen thưởng']])).toEqual(
      MEMBERS.map((m) => [m.code, m.name, 'Có', null]),
    );
  });

  it('offers the short name as another name, unless it would collide', () => {
    const rows = records(sheet('Thành viên'), 'Mã');
    expect(rows.map((r) => r['Tên khác'])).toEqual(['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Huế']);
    const clash = describeTemplate({
      clusterName: 'x',
      year: 2025,
      members: [
        { code: 'HUE', name: 'Thành phố Huế' },
        { code: 'THUE', name: 'Tỉnh Huế' },
        { code: 'NA', name: 'Tỉnh Nghệ An' },
      ],
    }).find((s) => s.name === 'Thành viên')!;
    expect(records(clash, 'Mã').map((r) => r['Tên khác'])).toEqual([null, null, 'Nghệ An']);
  });

  it('has a Có/Không drop-down on Ký giao ước, also for rows added later', () => {
    const s = sheet('Thành viên');
    const v = s.validations.find((x) => x.list.join() === 'Có,Không')!;
    const r = rect(v.range);
    expect([r.c0, r.c1]).toEqual([3, 3]);
    expect(r.r0).toBe(1);
    expect(r.r1).toBeGreaterThanOrEqual(MEMBERS.length + 20);
  });
});

describe('Tiêu chí: a sample criteria table that adds up (docs/huong-dan-so-lieu.md `Tiêu chí`)', () => {
  const leaves = (code: string) => DEFAULT_CRITERIA.filter((c) => c.code.startsWith(code + '.'));

  it('has groups I–V of type Điểm summing to 100, each equal to the sum of its 2–4 leaves', () => {
    const groups = DEFAULT_CRITERIA.filter((c) => !c.code.includes('.') && c.type === 'score');
    expect(groups.map((g) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(groups.reduce((a, g) => a + g.max, 0)).toBe(100);
    for (const g of groups) {
      const children = leaves(g.code);
      expect(children.length).toBeGreaterThanOrEqual(2);
      expect(children.length).toBeLessThanOrEqual(4);
      expect(children.reduce((a, c) => a + c.max, 0)).toBe(g.max);
      for (const c of children) expect(c.type).toBe('score');
    }
  });

  it('has a Thưởng group and a Trừ group, each capped at 10, with children of the same type', () => {
    for (const [type, word] of [['bonus', 'Thưởng'], ['deduction', 'Trừ']] as const) {
      const g = DEFAULT_CRITERIA.find((c) => !c.code.includes('.') && c.type === type)!;
      expect(g.max).toBe(10);
      for (const c of leaves(g.code)) expect(c.type).toBe(type);
      const row = sheet('Tiêu chí').values.find((r) => r[0] === g.code)!;
      expect(row[3]).toBe(word);
    }
  });

  it('writes each parent above its children, with unique codes and a text for every row', () => {
    const seen = new Set<string>();
    for (const c of DEFAULT_CRITERIA) {
      expect(seen.has(c.code)).toBe(false);
      if (c.code.includes('.')) expect(seen.has(c.code.slice(0, c.code.lastIndexOf('.')))).toBe(true);
      seen.add(c.code);
      expect(c.text.length).toBeGreaterThan(5);
    }
  });

  it('labels the table as a sample above the header row, which the reader finds within the first 10 rows', () => {
    const s = sheet('Tiêu chí');
    expect(String(s.values[0][0])).toMatch(/^BỘ TIÊU CHÍ MẪU/);
    const h = s.values.findIndex((r) => r[0] === 'Mã');
    expect(h).toBeGreaterThan(0);
    expect(h).toBeLessThan(10);
    expect(s.values[h]).toEqual(['Mã', 'Nội dung', 'Điểm tối đa', 'Loại', 'Hướng dẫn chấm']);
    expect(s.freezeRows).toBe(h + 1);
    expect(records(s, 'Mã')).toHaveLength(DEFAULT_CRITERIA.length);
  });

  it('has a drop-down Điểm / Thưởng / Trừ on the Loại column', () => {
    const s = sheet('Tiêu chí');
    const v = s.validations.find((x) => x.list.join() === 'Điểm,Thưởng,Trừ')!;
    const r = rect(v.range);
    expect([r.c0, r.c1]).toEqual([3, 3]);
    expect(r.r1 - r.r0).toBeGreaterThan(DEFAULT_CRITERIA.length);
  });
});

describe('Tự chấm and Thẩm định: criteria down, one column per member', () => {
  it.each(['Tự chấm', 'Thẩm định'])('%s has a row for every criterion and a blank column per member, formatted 0.00', (name) => {
    const s = sheet(name);
    expect(s.values[0]).toEqual(['Mã', 'Nội dung', 'Điểm tối đa', ...MEMBERS.map((m) => m.name)]);
    expect(s.values.slice(1).map((r) => r[0])).toEqual(DEFAULT_CRITERIA.map((c) => c.code));
    expect(s.values.slice(1).map((r) => r[2])).toEqual(DEFAULT_CRITERIA.map((c) => c.max));
    for (const row of s.values.slice(1)) expect(row.slice(3).every((v) => v === null)).toBe(true);
    const leafRow = s.values.findIndex((r) => r[0] === 'I.1') + 1;
    expect(styleAt(s, `D${leafRow}`).numberFormat).toBe('0.00');
    expect(styleAt(s, `H${leafRow}`).numberFormat).toBe('0.00');
    expect(styleAt(s, `A${s.values.findIndex((r) => r[0] === 'II') + 1}`).bold).toBe(true);
  });
});

describe('Phiếu bầu', () => {
  it('has the headers only, the round (Vòng) included', () => {
    expect(sheet('Phiếu bầu').values).toEqual([['Phiếu số', 'Cờ thi đua', 'Bằng khen', 'Vòng']]);
  });
});

describe('Hội nghị (issue 10)', () => {
  it('writes every item with dots, one delegate row per member, three rows for the recipients', () => {
    const s = sheet('Hội nghị');
    expect(s.values).toEqual([
      ['Mục', 'Nội dung'],
      ['Số biên bản', '……'],
      ['Thời gian bắt đầu', '……'],
      ['Thời gian kết thúc', '……'],
      ['Địa điểm', '……'],
      ['Chủ trì', '……'],
      ['Thư ký', '……'],
      ['Đại biểu Trung ương', '……'],
      ['Đại biểu TH', '……'],
      ['Đại biểu NA', '……'],
      ['Đại biểu HT', '……'],
      ['Đại biểu QT', '……'],
      ['Đại biểu HUE', '……'],
      ['Ban kiểm phiếu', '……'],
      ['Người ký tờ trình', '……'],
      ['Số tờ trình', '……'],
      ['Nơi nhận', '……'],
      ['Nơi nhận', '……'],
      ['Nơi nhận', '……'],
    ]);
    expect(s.notes.find((n) => n.cell === 'A6')?.text).toContain('họ tên — chức vụ');
  });
});

describe('the sample criteria score by degree (issue 10, item 7)', () => {
  const leaves = DEFAULT_CRITERIA.filter((c) => c.code.includes('.'));
  it('no criterion gives the maximum just for reaching the target', () => {
    for (const c of leaves) expect([c.code, c.guidance]).not.toEqual([c.code, expect.stringMatching(/đạt hoặc vượt[^.]*điểm tối đa/i)]);
    // Reaching the plan earns 8 of the 10 points of I.1; only exceeding it earns the rest.
    expect(DEFAULT_CRITERIA.find((c) => c.code === 'I.1')!.guidance).toMatch(/^Đạt kế hoạch: 8 điểm\. Vượt kế hoạch: cộng/);
  });
  it('every scored leaf explains how it is scored', () => {
    for (const c of leaves) expect([c.code, c.guidance.length > 20]).toEqual([c.code, true]);
  });
  it('lateness is penalised once: in VII.3 only, not in V.2', () => {
    const v2 = DEFAULT_CRITERIA.find((c) => c.code === 'V.2')!;
    const vii3 = DEFAULT_CRITERIA.find((c) => c.code === 'VII.3')!;
    expect(vii3.text).toMatch(/gửi chậm/);
    expect(v2.text).not.toMatch(/thời hạn|chậm/);
    expect(v2.guidance).not.toMatch(/chậm[^.]*trừ \d/);
  });
  it('the bonus for a state award refers to the previous year', () => {
    expect(DEFAULT_CRITERIA.find((c) => c.code === 'VI.1')!.text).toMatch(/năm trước liền kề$/);
  });
});
