/**
 * The review conference in rounds (issue 10; docs/quy-tac-tinh-diem.md §9): one workbook per case of
 * the vote, and what each must give, worked out by hand below. The same cases go through the core
 * (grids), the command line (`rank --json` on .xlsx files) and the Office shell on the Excel fake,
 * so that all three tell the same facts.
 *
 * Every case starts from the corpus base (test/corpus/base.ts): six members, ranked
 *   NA 98 (1), TTH 94 (2), TH 93 (3), QT 91 (4), HT 87 (5), QB 85 (6);
 * NA, TTH, TH and QT are in the top band "Xuất sắc" (may have the Flag), everyone is at least
 * "Tốt" (may have the Certificate). Quotas 1 Flag and 1 Certificate, threshold 50% (strictly
 * more), base = all members (6), 6 present, at most 2 rounds (the default).
 * A share passes when votes × 100 > 50 × base: with base 6, 4 votes (66,67%) pass, 3 (50%) do not;
 * with base 5, 3 votes (60%) pass.
 */
import { baseBook } from '../corpus/base';
import { findSheet, setSetting, type CorpusBook, type CorpusCell } from '../corpus/book';

/** A paper: [Cờ thi đua, Bằng khen, Vòng]. */
export type Paper = [CorpusCell, CorpusCell, number];

/** `Phiếu bầu` with a `Vòng` column; papers are numbered afresh in each round. */
export function roundBallots(papers: Paper[]): { name: string; rows: CorpusCell[][] } {
  const numberInRound = new Map<number, number>();
  const rows = papers.map(([flag, cert, round]) => {
    const n = (numberInRound.get(round) ?? 0) + 1;
    numberInRound.set(round, n);
    return [n, flag, cert, round];
  });
  return { name: 'Phiếu bầu', rows: [['Phiếu số', 'Cờ thi đua', 'Bằng khen', 'Vòng'], ...rows] };
}

/** `n` papers alike. */
export const times = (n: number, paper: Paper): Paper[] => Array.from({ length: n }, () => [...paper] as Paper);

function book(papers: Paper[], edit: (b: CorpusBook) => void = () => {}): CorpusBook {
  const b = baseBook();
  b.sheets.push(roundBallots(papers));
  edit(b);
  return b;
}

function removeSetting(b: CorpusBook, key: string): void {
  const rows = findSheet(b, 'Cấu hình').rows;
  rows.splice(
    rows.findIndex((r) => r[0] === key),
    1,
  );
}

export interface AwardExpectation {
  nominees: string[];
  runoffNeeded: boolean;
  runoffAmong: string[];
  nextRound: number | null;
  /** The last round counted. */
  round: number;
  exhausted: boolean;
}

export interface ConferenceCase {
  name: string;
  book: () => CorpusBook;
  flag: AwardExpectation;
  certificate: AwardExpectation;
  /** A round is pending (the meeting's documents are drafts). */
  pending: boolean;
  /** Problems the case must raise: code, severity, and the Vietnamese message when it matters. */
  problems: { code: string; severity: 'warning' | 'info'; message?: string; cell?: string }[];
}

const settled = (nominees: string[], round = 1): AwardExpectation => ({ nominees, runoffNeeded: false, runoffAmong: [], nextRound: null, round, exhausted: false });

// ---- the papers of the cases ------------------------------------------------------------------

/** Round 1 of a 3–3 Flag vote: NA 3, TTH 3 (50% each: nobody passes). Certificate: TH 4 (66,67%), QT 2. */
const SPLIT_3_3: Paper[] = [...times(3, ['NA', 'TH', 1]), ['TTH', 'TH', 1], ['TTH', 'QT', 1], ['TTH', 'QT', 1]];

/** Round 1 with the Flag settled (NA 5 of 6) and Certificate papers of two names (quota 2). */
const CERTIFICATE_4_4_4: Paper[] = [
  ['NA', 'TTH; TH', 1],
  ['NA', 'TTH; TH', 1],
  ['NA', 'TTH; QT', 1],
  ['NA', 'TTH; QT', 1],
  ['NA', 'TH; QT', 1],
  ['TTH', 'TH; QT', 1],
];

export const CONFERENCE_CASES: ConferenceCase[] = [
  {
    // Round 1: NA 3/6 = 50%, TTH 3/6 = 50%: nobody passes, and the Law gives the Flag every year,
    // so round 2 between the top two (NA, TTH; nobody else has a vote). Certificate: TH 4/6 passes.
    name: '3–3 Flag: round 2 between the two',
    book: () => book(SPLIT_3_3),
    flag: { nominees: [], runoffNeeded: true, runoffAmong: ['NA', 'TTH'], nextRound: 2, round: 1, exhausted: false },
    certificate: settled(['TH']),
    pending: true,
    problems: [
      {
        code: 'RUNOFF_NEEDED',
        severity: 'warning',
        message: 'Chưa đủ tỷ lệ phiếu để suy tôn Cờ thi đua: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế.',
      },
    ],
  },
  {
    // Round 2 (papers of Vòng 2, Flag only): NA 4/6 = 66,67% passes; TTH 2/6 does not.
    name: '3–3 Flag, round 2 decides: NA',
    book: () => book([...SPLIT_3_3, ...times(4, ['NA', null, 2]), ...times(2, ['TTH', null, 2])]),
    flag: settled(['NA'], 2),
    certificate: settled(['TH']),
    pending: false,
    problems: [],
  },
  {
    // NA 2, TTH 2, TH 2: nobody passes; the top two are NA and TTH, and TH is tied with the second:
    // round 2 among the three, most votes first, then the better rank (NA 1, TTH 2, TH 3).
    name: '2–2–2 Flag: round 2 among the three',
    book: () => book([...times(2, ['NA', 'TH', 1]), ...times(2, ['TTH', 'TH', 1]), ...times(2, ['TH', 'TH', 1])]),
    flag: { nominees: [], runoffNeeded: true, runoffAmong: ['NA', 'TTH', 'TH'], nextRound: 2, round: 1, exhausted: false },
    // Certificate: TH 6/6.
    certificate: settled(['TH']),
    pending: true,
    problems: [
      {
        code: 'RUNOFF_NEEDED',
        severity: 'warning',
        message: 'Chưa đủ tỷ lệ phiếu để suy tôn Cờ thi đua: cần bỏ phiếu vòng 2 giữa tỉnh Nghệ An, tỉnh Thừa Thiên Huế và tỉnh Thanh Hóa.',
      },
    ],
  },
  {
    // Round 2 is 3–3 again; 2 rounds is the maximum: the place stays empty, nothing is pending.
    name: 'round 2 exhausted: the Flag place stays empty',
    book: () => book([...SPLIT_3_3, ...times(3, ['NA', null, 2]), ...times(3, ['TTH', null, 2])]),
    flag: { nominees: [], runoffNeeded: false, runoffAmong: [], nextRound: null, round: 2, exhausted: true },
    certificate: settled(['TH']),
    pending: false,
    problems: [
      {
        code: 'ROUNDS_EXHAUSTED',
        severity: 'warning',
        message:
          'Sau 2 vòng bỏ phiếu vẫn còn 1 suất Cờ thi đua của Chính phủ chưa có đơn vị được suy tôn; theo Quy chế hoạt động của Cụm (tối đa 2 vòng), suất này để trống. Biên bản ghi kết quả từng vòng.',
      },
    ],
  },
  {
    // Round 2: NA 4, TTH 1, and one paper names TH, who is not a candidate: that paper does not
    // count (returned 6, valid 5, invalid 1). The base is still all members: NA 4/6 passes.
    // Phiếu bầu: header row 1, round 1 rows 2–7, round 2 rows 8–13; the TH paper is row 13.
    name: 'an invalid round-2 paper (names a member outside the run-off)',
    book: () => book([...SPLIT_3_3, ...times(4, ['NA', null, 2]), ['TTH', null, 2], ['TH', null, 2]]),
    flag: settled(['NA'], 2),
    certificate: settled(['TH']),
    pending: false,
    problems: [
      {
        code: 'BALLOT_NOT_CANDIDATE',
        severity: 'warning',
        cell: 'B13',
        message:
          'Phiếu số 6 (vòng 2) ghi tỉnh Thanh Hóa cho Cờ thi đua của Chính phủ, nhưng vòng này chỉ bỏ phiếu giữa tỉnh Nghệ An và tỉnh Thừa Thiên Huế, nên phiếu không được tính cho danh hiệu này.',
      },
    ],
  },
  {
    // `Hội nghị` lists the delegates of 5 members (QT absent), so 5 are present; the base is the
    // members present: NA 3/5 = 60% passes the Flag, TTH 3/5 the Certificate.
    name: 'members present as the base: 5 of 6 present, NA on 3 of 5',
    book: () =>
      book([...times(3, ['NA', 'TTH', 1]), ...times(2, ['TTH', 'TH', 1])], (b) => {
        removeSetting(b, 'Số thành viên dự họp');
        setSetting(b, 'Cơ sở tính tỷ lệ phiếu', 'Số thành viên dự họp');
        b.sheets.push({
          name: 'Hội nghị',
          rows: [
            ['Mục', 'Nội dung'],
            ['Đại biểu TH', 'Người A — Phó Chủ tịch UBND tỉnh'],
            ['Đại biểu NA', 'Người B — Phó Chủ tịch UBND tỉnh'],
            ['Đại biểu HT', 'Người C — Phó Chủ tịch UBND tỉnh'],
            ['Đại biểu QB', 'Người D — Phó Chủ tịch UBND tỉnh'],
            ['Đại biểu QT', '……'],
            ['Đại biểu TTH', 'Người E — Phó Chủ tịch UBND tỉnh'],
          ],
        });
      }),
    flag: settled(['NA']),
    certificate: settled(['TTH']),
    pending: false,
    problems: [],
  },
  {
    // The same papers against all members (the default base): NA 3/6 = 50% does not pass: round 2.
    name: 'the same 3 of 5 against all members: round 2',
    book: () =>
      book([...times(3, ['NA', 'TTH', 1]), ...times(2, ['TTH', 'TH', 1])], (b) => {
        removeSetting(b, 'Số thành viên dự họp');
        setSetting(b, 'Số thành viên dự họp', 5);
      }),
    // NA 3, TTH 2: the top two. Certificate: TTH 3/6 = 50% does not pass either; TH 2.
    flag: { nominees: [], runoffNeeded: true, runoffAmong: ['NA', 'TTH'], nextRound: 2, round: 1, exhausted: false },
    certificate: settled([]),
    pending: true,
    problems: [{ code: 'RUNOFF_NEEDED', severity: 'warning' }],
  },
  {
    // Certificate quota 2. Flag: NA 5/6. Certificate (NA excluded): TTH 4, TH 4, QT 4 for 2
    // places, all passing: tied on votes, the better rank takes them — TTH (rank 2), TH (rank 3);
    // QT (rank 4) does not, and the minutes must say so.
    name: 'a tie on votes for the last place, settled by rank and recorded',
    book: () => book(CERTIFICATE_4_4_4, (b) => setSetting(b, 'Số Bằng khen Thủ tướng', 2)),
    flag: settled(['NA']),
    certificate: settled(['TTH', 'TH']),
    pending: false,
    problems: [
      {
        code: 'TIE_DECIDED_BY_RANK',
        severity: 'info',
        message:
          'Tỉnh Thừa Thiên Huế, tỉnh Thanh Hóa và tỉnh Quảng Trị cùng đạt 4/6 phiếu; theo Quy chế hoạt động của Cụm, lấy đơn vị xếp hạng cao hơn: tỉnh Thừa Thiên Huế (hạng 2) và tỉnh Thanh Hóa (hạng 3).',
      },
    ],
  },
  {
    // The same with `Khi bằng phiếu ở suất cuối` = `Bỏ phiếu lại`: the tied members vote again,
    // round 2 among TTH, TH, QT (most votes, then rank) for both places.
    name: 'a tie on votes for the last place, with a new round',
    book: () =>
      book(CERTIFICATE_4_4_4, (b) => {
        setSetting(b, 'Số Bằng khen Thủ tướng', 2);
        setSetting(b, 'Khi bằng phiếu ở suất cuối', 'Bỏ phiếu lại');
      }),
    flag: settled(['NA']),
    certificate: { nominees: [], runoffNeeded: true, runoffAmong: ['TTH', 'TH', 'QT'], nextRound: 2, round: 1, exhausted: false },
    pending: true,
    problems: [
      {
        code: 'RUNOFF_NEEDED',
        severity: 'warning',
        message:
          'Tỉnh Thừa Thiên Huế, tỉnh Thanh Hóa và tỉnh Quảng Trị bằng số phiếu ở suất cuối của Bằng khen của Thủ tướng Chính phủ: cần bỏ phiếu vòng 2 giữa các đơn vị này.',
      },
    ],
  },
  {
    // … and its round 2: TTH 4, TH 4 (66,67% each), QT 2: TTH and TH fill the two places.
    name: 'a tie with a new round, decided in round 2',
    book: () =>
      book([...CERTIFICATE_4_4_4, ...times(4, [null, 'TTH; TH', 2]), ...times(2, [null, 'QT', 2])], (b) => {
        setSetting(b, 'Số Bằng khen Thủ tướng', 2);
        setSetting(b, 'Khi bằng phiếu ở suất cuối', 'Bỏ phiếu lại');
      }),
    flag: settled(['NA']),
    certificate: settled(['TTH', 'TH'], 2),
    pending: false,
    problems: [],
  },
  {
    // Flag NA 5/6. Certificate: TH 3, QT 3 (50% each): nobody passes; the place stays empty (the
    // quota is a maximum), and the meeting may vote once more between the two most voted.
    name: 'the Certificate place left empty',
    book: () => book([...times(3, ['NA', 'TH', 1]), ['NA', 'QT', 1], ['NA', 'QT', 1], ['TTH', 'QT', 1]]),
    flag: settled(['NA']),
    certificate: settled([]),
    pending: false,
    problems: [
      {
        code: 'NOMINEES_FEWER_THAN_QUOTA',
        severity: 'info',
        message: 'Còn 1 suất Bằng khen chưa có đơn vị đạt tỷ lệ phiếu; Hội nghị có thể bỏ phiếu thêm một vòng (vòng 2), gợi ý giữa tỉnh Thanh Hóa và tỉnh Quảng Trị.',
      },
    ],
  },
];

/** A case by name (tests that look closer at one). */
export function conferenceCase(name: string): ConferenceCase {
  const c = CONFERENCE_CASES.find((x) => x.name === name);
  if (!c) throw new Error('no conference case ' + name);
  return c;
}
