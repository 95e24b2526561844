/**
 * Hand-built parsed workbooks and results for the document tests: six provinces of the Bắc
 * Trung Bộ cluster, a small criteria tree, and every number chosen by hand so that the tests can
 * state the printed text ("95,50") without running the rules.
 *
 *   Criteria: I (Điểm, 60) = I.1 (30) + I.2 (30); II (Điểm, 40) = II.1 (25) + II.2 (15);
 *             III (Thưởng, cap 5) = III.1 (5); IV (Trừ, cap 5) = IV.1 (5). Base maximum 100.
 *
 *   Finals (points)   I.1   I.2   II.1  II.2  III.1 IV.1 | I     II    bonus ded  total
 *   Tỉnh Thanh Hóa    28    27,5  23,5  13    2     1    | 55,5  36,5  2     1    93
 *   Tỉnh Nghệ An      29    28,5  24    14    2     2    | 57,5  38    2     2    95,5
 *   Tỉnh Hà Tĩnh      28    28    23    13    1     0    | 56    36    1     0    93
 *   Tỉnh Quảng Bình   25    25    20    12    0     0    | 50    32    0     0    82
 *   Tỉnh Quảng Trị    26    24    20    12    0     0    | 50    32    0     0    82
 *   Tỉnh Thừa Thiên Huế 20  22    18    10    0     3    | 42    28    0     3    67
 *
 *   Ranking: 1 Nghệ An; 2 Hà Tĩnh (above Thanh Hóa: less deduction); 3 Thanh Hóa;
 *            4 Quảng Bình and Quảng Trị (shared); 6 Thừa Thiên Huế.
 *   Self scores equal the finals except the cells of SELF_OVERRIDES.
 */
import { asPercent, type Points } from '../../../src/core/hundredths';
import { writtenOf } from '../rules/fixture';
import type { Criterion, CriterionType, Member, ParsedWorkbook, ScoreSheet, Settings, TieBreakRule } from '../../../src/core/model';
import type {
  AwardResult,
  Candidate,
  IneligibleReason,
  MemberScore,
  NominationResult,
  RankEntry,
  RankNote,
  Results,
} from '../../../src/core/results';

export const MEMBERS: readonly [string, string][] = [
  ['TH', 'Tỉnh Thanh Hóa'],
  ['NA', 'Tỉnh Nghệ An'],
  ['HT', 'Tỉnh Hà Tĩnh'],
  ['QB', 'Tỉnh Quảng Bình'],
  ['QT', 'Tỉnh Quảng Trị'],
  ['TTH', 'Tỉnh Thừa Thiên Huế'],
];

export const CLUSTER = 'Cụm thi đua các tỉnh Bắc Trung Bộ';

type CriterionSpec = [code: string, text: string, max: Points, type: CriterionType];

const CRITERIA: CriterionSpec[] = [
  ['I', 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội', 6000, 'score'],
  ['I.1', 'Tốc độ tăng trưởng GRDP so với kế hoạch', 3000, 'score'],
  ['I.2', 'Thu ngân sách nhà nước trên địa bàn so với dự toán', 3000, 'score'],
  ['II', 'Quốc phòng – an ninh, trật tự an toàn xã hội', 4000, 'score'],
  ['II.1', 'Giữ vững an ninh chính trị, trật tự an toàn xã hội', 2500, 'score'],
  ['II.2', 'Giảm tai nạn giao thông trên cả ba tiêu chí', 1500, 'score'],
  ['III', 'Điểm thưởng', 500, 'bonus'],
  ['III.1', 'Có mô hình mới được nhân rộng', 500, 'bonus'],
  ['IV', 'Điểm trừ', 500, 'deduction'],
  ['IV.1', 'Chậm gửi báo cáo theo quy định', 500, 'deduction'],
];

/** Finals by member code, in leaf order I.1, I.2, II.1, II.2, III.1, IV.1 (hundredths). */
export const FINALS: Record<string, Points[]> = {
  TH: [2800, 2750, 2350, 1300, 200, 100],
  NA: [2900, 2850, 2400, 1400, 200, 200],
  HT: [2800, 2800, 2300, 1300, 100, 0],
  QB: [2500, 2500, 2000, 1200, 0, 0],
  QT: [2600, 2400, 2000, 1200, 0, 0],
  TTH: [2000, 2200, 1800, 1000, 0, 300],
};

/**
 * Self scores that differ from the finals, [member, leaf index, self]. The threshold is 20 % of
 * the leaf maximum, and only a gap strictly above it marks the cell (docs/quy-tac-tinh-diem.md §11).
 */
export const SELF_OVERRIDES: [string, number, Points][] = [
  ['TTH', 0, 2800], // I.1: final 20, self 28, limit 6 → gap 8: marked
  ['TTH', 3, 1500], // II.2: final 10, self 15, limit 3 → gap 5: marked
  ['QT', 4, 500], // III.1 (bonus, max 5): final 0, self 5, limit 1: marked
  ['TTH', 4, 500], // III.1: marked, in the column next to Quảng Trị
  ['QB', 2, 2500], // II.1: final 20, self 25, limit 5 → gap 5 = limit: not marked
  ['QB', 0, 3000], // I.1: final 25, self 30, limit 6 → gap 5: not marked
  ['QT', 1, 3000], // I.2: final 24, self 30, limit 6 → gap 6 = limit: not marked
  ['QT', 3, 1500], // II.2: final 12, self 15, limit 3 → gap 3 = limit: not marked
];

function criteria(): Criterion[] {
  const list: Criterion[] = [];
  let leaf = 0;
  CRITERIA.forEach(([code, text, max, type], index) => {
    const parent = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
    const children = CRITERIA.filter(([c]) => c.startsWith(code + '.') && !c.slice(code.length + 1).includes('.')).map(([c]) => c);
    list.push({
      code,
      text,
      max,
      type,
      guidance: '',
      parent,
      children,
      depth: code.split('.').length - 1,
      index,
      leafIndex: children.length === 0 ? leaf++ : -1,
      cell: `A${index + 2}`,
    });
  });
  return list;
}

export const TIE_BREAK: TieBreakRule[] = [{ kind: 'lessDeduction' }, { kind: 'moreBonus' }];

export function makeSettings(over: Partial<Settings> = {}): Settings {
  return {
    clusterName: CLUSTER,
    year: 2022,
    head: 'NA',
    deputies: ['HT'],
    scoreSource: 'cross',
    aggregation: 'mean',
    countSelfInCross: false,
    flagQuota: 1,
    certificateQuota: 2,
    flagMinBand: 'Xuất sắc',
    certificateMinBand: 'Tốt',
    voteThreshold: asPercent(5000),
    voteBase: 'members',
    present: 6,
    lastPlaceTie: 'rank',
    maxRounds: 2,
    tieBreak: TIE_BREAK,
    deviationThreshold: asPercent(2000),
    scoreStep: 0,
    placeName: 'Nghệ An',
    nextHeadRule: 'rotation',
    nextHead: null,
    nextDeputies: null,
    rotation: MEMBERS.map(([c]) => c),
    ...over,
  };
}

function members(signed: (code: string) => boolean = (c) => c !== 'QT'): Member[] {
  return MEMBERS.map(([code, name], index) => ({
    code,
    name,
    aliases: [],
    signedCovenant: signed(code),
    ineligibleReason: code === 'TTH' ? 'Đang thanh tra có dấu hiệu vi phạm' : null,
    index,
    cell: `A${index + 2}`,
  }));
}

function scoreSheet(kind: ScoreSheet['kind'], sheet: string, values: (Points | null)[][], leafCount: number, memberCount: number): ScoreSheet {
  return {
    kind,
    sheet,
    scorer: null,
    values,
    leafRows: Array.from({ length: leafCount }, (_, i) => i + 1),
    memberCols: Array.from({ length: memberCount }, (_, i) => i + 3),
  };
}

export function makeWorkbook(over: { settings?: Partial<Settings> } = {}): ParsedWorkbook {
  const all = criteria();
  const leaves = all.filter((c) => c.leafIndex >= 0);
  const ms = members();
  const self = ms.map((m) => FINALS[m.code].slice());
  for (const [code, leaf, value] of SELF_OVERRIDES) self[ms.findIndex((m) => m.code === code)][leaf] = value;
  const settings = makeSettings(over.settings);
  return {
    settings,
    writtenSettings: writtenOf(settings),
    settingCells: {},
    members: ms,
    criteria: all,
    leaves,
    bands: [
      { name: 'Xuất sắc', from: 9000 },
      { name: 'Tốt', from: 8000 },
      { name: 'Khá', from: 7000 },
      { name: 'Trung bình', from: 0 },
    ],
    defaultBands: false,
    baseMax: 10000,
    self: scoreSheet('self', 'Tự chấm', self, leaves.length, ms.length),
    appraisal: null,
    cross: [],
    ballots: null,
    meeting: null,
    sheetNames: {
      settings: 'Cấu hình',
      members: 'Thành viên',
      criteria: 'Tiêu chí',
      bands: 'Xếp loại',
      self: 'Tự chấm',
      appraisal: null,
      ballots: null,
      meeting: null,
    },
  };
}

/** Subtotals by plain addition over the tree, capping Thưởng/Trừ groups (docs/quy-tac-tinh-diem.md §4). */
export function memberScore(wb: ParsedWorkbook, code: string, finals: Points[]): MemberScore {
  const subtotals: Record<string, Points> = {};
  const byCode = new Map(wb.criteria.map((c) => [c.code, c]));
  const sub = (code2: string): Points => {
    const c = byCode.get(code2)!;
    let v = c.leafIndex >= 0 ? finals[c.leafIndex] : c.children.reduce((a, ch) => a + sub(ch), 0);
    if (c.type !== 'score') v = Math.min(v, c.max);
    subtotals[code2] = v;
    return v;
  };
  let base = 0;
  let bonus = 0;
  let deduction = 0;
  for (const c of wb.criteria.filter((x) => x.parent === null)) {
    const v = sub(c.code);
    if (c.type === 'score') base += v;
    else if (c.type === 'bonus') bonus += v;
    else deduction += v;
  }
  const total = base + bonus - deduction;
  const band = wb.bands.find((b) => b.from <= total)?.name ?? null;
  return { member: code, finals, subtotals, base, bonus, deduction, total, band, selfGap: 0 };
}

const notSigned: IneligibleReason = { kind: 'notSigned' };
const declared: IneligibleReason = { kind: 'declared', text: 'Đang thanh tra có dấu hiệu vi phạm' };
const below = (band: string, minBand: string): IneligibleReason => ({ kind: 'bandBelow', band, minBand });

export const ELIGIBILITY: Record<string, { flag: IneligibleReason[]; certificate: IneligibleReason[] }> = {
  NA: { flag: [], certificate: [{ kind: 'flagNominee' }] },
  HT: { flag: [], certificate: [] },
  TH: { flag: [], certificate: [] },
  QB: { flag: [below('Tốt', 'Xuất sắc')], certificate: [] },
  QT: { flag: [notSigned, below('Tốt', 'Xuất sắc')], certificate: [notSigned] },
  TTH: { flag: [declared, below('Trung bình', 'Xuất sắc')], certificate: [declared, below('Trung bình', 'Tốt')] },
};

function ranking(): RankEntry[] {
  const entry = (member: string, rank: number, shared: boolean, extra: RankNote[]): RankEntry => {
    const e = ELIGIBILITY[member];
    const notes: RankNote[] = [...extra];
    if (e.flag.length > 0) notes.push({ kind: 'ineligible', award: 'flag', reasons: e.flag });
    if (e.certificate.length > 0) notes.push({ kind: 'ineligible', award: 'certificate', reasons: e.certificate });
    return { member, rank, shared, notes, eligible: e };
  };
  return [
    entry('NA', 1, false, []),
    entry('HT', 2, false, [{ kind: 'tieBreak', below: 'TH', rule: { kind: 'lessDeduction' } }]),
    entry('TH', 3, false, []),
    entry('QB', 4, true, [{ kind: 'shared', with: ['QT'] }]),
    entry('QT', 4, true, [{ kind: 'shared', with: ['QB'] }]),
    entry('TTH', 6, false, []),
  ];
}

const RANK: Record<string, number> = { NA: 1, HT: 2, TH: 3, QB: 4, QT: 4, TTH: 6 };

export function candidate(member: string, outcome: Candidate['outcome'], votes: number | null = null, base: number | null = null): Candidate {
  const percent = votes !== null && base !== null ? asPercent(Math.floor((votes * 10000 * 2 + base) / (2 * base))) : null;
  const passed = outcome === 'nominated';
  const e = ELIGIBILITY[member];
  return { member, rank: RANK[member], votes, base, percent, passed, reasons: outcome === 'ineligible' ? e.flag : [], outcome };
}

function award(a: Partial<AwardResult> & Pick<AwardResult, 'award'>): AwardResult {
  const quota = a.quota ?? (a.award === 'flag' ? 1 : 2);
  return {
    quota,
    nominees: [],
    runoffNeeded: false,
    tiedAtCutoff: [],
    candidates: [],
    ballots: null,
    round: a.ballots ? 1 : null,
    rounds: [],
    runoffAmong: [],
    nextRound: null,
    runoffReason: null,
    decidedByRank: [],
    openPlaces: Math.max(0, quota - (a.nominees?.length ?? 0)),
    exhausted: false,
    extraRound: null,
    ...a,
  };
}

/** The proposal before the vote: Nghệ An for the Flag; Hà Tĩnh, Thanh Hóa for the Certificate. */
export function proposal(): NominationResult {
  return {
    mode: 'proposal',
    flag: award({
      award: 'flag',
      nominees: ['NA'],
      candidates: [
        candidate('NA', 'nominated'),
        candidate('HT', 'notProposed'),
        candidate('TH', 'notProposed'),
        candidate('QB', 'ineligible'),
        candidate('QT', 'ineligible'),
        candidate('TTH', 'ineligible'),
      ],
    }),
    certificate: award({
      award: 'certificate',
      nominees: ['HT', 'TH'],
      candidates: [candidate('HT', 'nominated'), candidate('TH', 'nominated'), candidate('QB', 'notProposed'), candidate('QT', 'ineligible'), candidate('TTH', 'ineligible')],
    }),
    quorum: { present: 6, members: 6, required: 4, met: true },
    nextHead: 'HT',
    nextDeputies: ['QB'],
    nextSuggested: true,
    maxRounds: 2,
    pending: false,
  };
}

/** The vote: 6 present; Flag Nghệ An 5/6; Certificate Hà Tĩnh 5/6 and Thanh Hóa 4/6. */
export function vote(): NominationResult {
  return {
    mode: 'vote',
    flag: award({
      award: 'flag',
      nominees: ['NA'],
      candidates: [candidate('NA', 'nominated', 5, 6), candidate('HT', 'belowThreshold', 1, 6), candidate('QT', 'ineligible', 0, 6)],
      ballots: { issued: 6, returned: 6, valid: 6, invalid: 0, abstained: 0 },
    }),
    certificate: award({
      award: 'certificate',
      nominees: ['HT', 'TH'],
      candidates: [candidate('HT', 'nominated', 5, 6), candidate('TH', 'nominated', 4, 6), candidate('QB', 'belowThreshold', 3, 6)],
      ballots: { issued: 6, returned: 6, valid: 5, invalid: 1, abstained: 1 },
    }),
    quorum: { present: 6, members: 6, required: 4, met: true },
    nextHead: 'HT',
    nextDeputies: ['QB'],
    nextSuggested: false,
    maxRounds: 2,
    pending: false,
  };
}

export function makeResults(wb: ParsedWorkbook, nomination: NominationResult = proposal()): Results {
  return {
    scores: wb.members.map((m) => memberScore(wb, m.code, FINALS[m.code])),
    ranking: ranking(),
    nomination,
    deviations: [
      { scorer: 'NA', cells: 25, meanSigned: 125, meanAbsolute: 150, flagged: false },
      { scorer: 'HT', cells: 25, meanSigned: -310, meanAbsolute: 320, flagged: true },
    ],
  };
}

/**
 * A large cluster for width and speed: `m` members named "Tỉnh Thành viên k", `g` groups of
 * `perGroup` leaves, all finals equal to 80 % of the maximum.
 */
export function bigCluster(m: number, g: number, perGroup: number): { workbook: ParsedWorkbook; results: Results } {
  const specs: CriterionSpec[] = [];
  for (let i = 1; i <= g; i++) {
    specs.push([`G${i}`, `Nhóm tiêu chí số ${i} về phát triển kinh tế – xã hội, quốc phòng – an ninh và xây dựng chính quyền`, perGroup * 100, 'score']);
    for (let j = 1; j <= perGroup; j++) specs.push([`G${i}.${j}`, `Tiêu chí ${i}.${j}: hoàn thành chỉ tiêu được giao trong năm theo nghị quyết của Hội đồng nhân dân tỉnh`, 100, 'score']);
  }
  const all: Criterion[] = [];
  let leaf = 0;
  specs.forEach(([code, text, max, type], index) => {
    const isGroup = !code.includes('.');
    const children = isGroup ? specs.filter(([c]) => c.startsWith(code + '.')).map(([c]) => c) : [];
    all.push({ code, text, max, type, guidance: '', parent: isGroup ? null : code.split('.')[0], children, depth: isGroup ? 0 : 1, index, leafIndex: isGroup ? -1 : leaf++, cell: `A${index + 2}` });
  });
  const leaves = all.filter((c) => c.leafIndex >= 0);
  const ms: Member[] = Array.from({ length: m }, (_, i) => ({
    code: `M${i + 1}`,
    name: `Tỉnh Thành viên ${i + 1}`,
    aliases: [],
    signedCovenant: true,
    ineligibleReason: null,
    index: i,
    cell: `A${i + 2}`,
  }));
  const finals = leaves.map((l) => (l.max * 8) / 10);
  const selfRow = leaves.map((l) => l.max); // gap 20 % of max: never marked
  const wb: ParsedWorkbook = {
    ...makeWorkbook(),
    settings: makeSettings({ head: 'M1', deputies: ['M2'], rotation: ms.map((x) => x.code) }),
    members: ms,
    criteria: all,
    leaves,
    baseMax: g * perGroup * 100,
    self: scoreSheet('self', 'Tự chấm', ms.map(() => selfRow.slice()), leaves.length, m),
  };
  const scores = ms.map((x) => memberScore(wb, x.code, finals.slice()));
  const results: Results = {
    scores,
    ranking: ms.map((x, i) => ({
      member: x.code,
      rank: 1,
      shared: true,
      notes: [{ kind: 'shared', with: ms.filter((_, k) => k !== i).slice(0, 3).map((y) => y.code) }],
      eligible: { flag: [], certificate: [] },
    })),
    nomination: { ...proposal(), flag: award({ award: 'flag', tiedAtCutoff: ms.map((x) => x.code), candidates: ms.map((x) => ({ ...candidate('NA', 'toBeVoted'), member: x.code, rank: 1 })) }) },
    deviations: [],
  };
  return { workbook: wb, results };
}
