/**
 * Hand-built parsed workbooks for the rule tests: no reader involved, so each rule is tested on
 * exactly the data it sees. Points are written in points here and converted to hundredths.
 */
import type { Ballot, BallotChoice, Criterion, CriterionType, Member, ParsedWorkbook, ScoreSheet, Settings, WrittenSettings } from '../../../src/core/model';
import { asPercent } from '../../../src/core/hundredths';

export const PROVINCES: [string, string][] = [
  ['TH', 'Tỉnh Thanh Hóa'],
  ['NA', 'Tỉnh Nghệ An'],
  ['HT', 'Tỉnh Hà Tĩnh'],
  ['QB', 'Tỉnh Quảng Bình'],
  ['QT', 'Tỉnh Quảng Trị'],
  ['TTH', 'Tỉnh Thừa Thiên Huế'],
];

const h = (points: number): number => Math.round(points * 100);

export interface CriterionSpec {
  code: string;
  max: number;
  type?: CriterionType;
}

/** Criteria given in sheet order; parents inferred from the dotted codes. */
export function criteria(specs: CriterionSpec[]): { criteria: Criterion[]; leaves: Criterion[] } {
  const list: Criterion[] = specs.map((s, index) => {
    const dot = s.code.lastIndexOf('.');
    return {
      code: s.code,
      text: 'Tiêu chí ' + s.code,
      max: h(s.max),
      type: s.type ?? 'score',
      guidance: '',
      parent: dot < 0 ? null : s.code.slice(0, dot),
      children: [],
      depth: s.code.split('.').length - 1,
      index,
      leafIndex: -1,
      cell: 'A' + (index + 2),
    };
  });
  for (const c of list) if (c.parent) list.find((p) => p.code === c.parent)!.children.push(c.code);
  const leaves = list.filter((c) => c.children.length === 0);
  leaves.forEach((c, i) => (c.leafIndex = i));
  return { criteria: list, leaves };
}

export function members(n: number, overrides: Partial<Member>[] = []): Member[] {
  return PROVINCES.slice(0, n).map(([code, name], index) => ({
    code,
    name,
    aliases: [name.replace(/^Tỉnh /, '')],
    signedCovenant: true,
    ineligibleReason: null,
    index,
    cell: 'A' + (index + 2),
    ...(overrides[index] ?? {}),
  }));
}

export function settings(over: Partial<Settings> = {}): Settings {
  return {
    clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ',
    year: 2022,
    head: 'NA',
    deputies: ['QT'],
    scoreSource: 'self',
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
    tieBreak: [{ kind: 'lessDeduction' }],
    deviationThreshold: asPercent(2000),
    scoreStep: 0,
    placeName: 'Nghệ An',
    nextHeadRule: 'rotation',
    nextHead: null,
    nextDeputies: null,
    rotation: PROVINCES.map((p) => p[0]),
    ...over,
  };
}

/** Every setting counted as written in `Cấu hình` (next year's leaders only when set). */
export function writtenOf(s: Settings): WrittenSettings {
  const { nextHead, nextDeputies, ...rest } = s;
  return { ...rest, ...(nextHead === null ? {} : { nextHead }), ...(nextDeputies === null ? {} : { nextDeputies }) };
}

/** A score sheet from points: rows = members, columns = leaves; null = blank. */
export function sheet(kind: ScoreSheet['kind'], name: string, points: (number | null)[][], scorer: string | null = null): ScoreSheet {
  return {
    kind,
    sheet: name,
    scorer,
    values: points.map((row) => row.map((v) => (v === null ? null : h(v)))),
    leafRows: points[0]?.map((_, i) => i + 1) ?? [],
    memberCols: points.map((_, i) => i + 1),
  };
}

export interface WorkbookSpec {
  memberCount?: number;
  memberOverrides?: Partial<Member>[];
  criteria?: CriterionSpec[];
  /** Self scores: one row per member. */
  self: (number | null)[][];
  appraisal?: (number | null)[][];
  /** Cross sheets: scorer code → rows per member. */
  cross?: Record<string, (number | null)[][]>;
  settings?: Partial<Settings>;
  bands?: [string, number][];
  ballots?: Ballot[] | null;
}

export function workbook(spec: WorkbookSpec): ParsedWorkbook {
  const crit = criteria(spec.criteria ?? [{ code: 'I', max: 100 }]);
  const ms = members(spec.memberCount ?? spec.self.length, spec.memberOverrides);
  const baseMax = crit.criteria.filter((c) => c.parent === null && c.type === 'score').reduce((s, c) => s + c.max, 0);
  const bands = (spec.bands ?? [['Xuất sắc', 90], ['Tốt', 80], ['Khá', 70], ['Trung bình', 0]]).map(([name, from]) => ({ name, from: h(from) }));
  const s = settings({ rotation: ms.map((m) => m.code), present: ms.length, ...spec.settings });
  return {
    settings: s,
    writtenSettings: writtenOf(s),
    settingCells: {},
    members: ms,
    criteria: crit.criteria,
    leaves: crit.leaves,
    bands,
    defaultBands: !spec.bands,
    baseMax,
    self: sheet('self', 'Tự chấm', spec.self),
    appraisal: spec.appraisal ? sheet('appraisal', 'Thẩm định', spec.appraisal) : null,
    cross: Object.entries(spec.cross ?? {}).map(([scorer, rows]) => sheet('cross', 'Chấm chéo - ' + scorer, rows, scorer)),
    ballots: spec.ballots ?? null,
    meeting: null,
    sheetNames: {
      settings: 'Cấu hình',
      members: 'Thành viên',
      criteria: 'Tiêu chí',
      bands: spec.bands ? 'Xếp loại' : null,
      self: 'Tự chấm',
      appraisal: spec.appraisal ? 'Thẩm định' : null,
      ballots: spec.ballots ? 'Phiếu bầu' : null,
      meeting: null,
    },
  };
}

function choice(members: string[] | 'invalid', cell: string): BallotChoice {
  // An invalid paper names something that is not a member: invalid in every round.
  if (members === 'invalid') return { cell, members: [], unknown: ['Đà Nẵng'], named: 1, abstained: false, invalid: 'unknown' };
  return { cell, members, unknown: [], named: members.length, abstained: members.length === 0, invalid: null };
}

/**
 * Ballots as [flag choices, certificate choices]; 'invalid' marks an invalid paper for that award.
 * `round` is the `Vòng` of every paper; `firstRow` the 0-based sheet row of the first (header in row 0).
 */
export function ballots(papers: [string[] | 'invalid', string[] | 'invalid'][], round = 1, firstRow = 1): Ballot[] {
  return papers.map(([flag, cert], i) => ({
    number: String(i + 1),
    row: firstRow + i,
    round,
    flag: choice(flag, 'B' + (firstRow + i + 1)),
    certificate: choice(cert, 'C' + (firstRow + i + 1)),
  }));
}
