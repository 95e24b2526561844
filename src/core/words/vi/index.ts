/**
 * The Vietnamese vocabulary (the default language, and always the language of the documents and
 * the run log). Same keys as ../en (the Words type enforces it).
 */
import { formatPercent } from '../../hundredths';
import { CRITERION_TYPE_WORDS } from '../format';
import type { Words } from '../words';
import { viProblems } from './problems';
import { joinWithAnd, sentenceStart } from '../kit';
import { memberInSentence } from './sentenceNames';

type Domain = Omit<Words, 'problems'>;

const AWARD = { flag: 'Cờ thi đua của Chính phủ', certificate: 'Bằng khen của Thủ tướng Chính phủ' } as const;
const SHORT = { flag: 'Cờ thi đua', certificate: 'Bằng khen' } as const;
/** The award's full name; a neutral word when it is not known. */
const awardName = (a: 'flag' | 'certificate'): string => AWARD[a] ?? 'danh hiệu này';

const domain: Domain = {
  lang: 'vi',
  listSeparator: ', ',
  memberInSentence,
  membersInSentence: (names) => joinWithAnd(names.map(memberInSentence), 'và'),
  membersStartingSentence: (names) => sentenceStart(joinWithAnd(names.map(memberInSentence), 'và')),
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  award: { name: AWARD, short: SHORT, both: 'Cờ thi đua và Bằng khen' },
  criterionType: CRITERION_TYPE_WORDS,
  reason: (r) => {
    switch (r.kind) {
      case 'notSigned':
        return 'không ký giao ước thi đua';
      case 'declared':
        return r.text;
      case 'bandBelow':
        return r.band === null
          ? `không đạt xếp loại nào (tối thiểu phải đạt “${r.minBand}”)`
          : `xếp loại “${r.band}”, thấp hơn mức tối thiểu “${r.minBand}”`;
      case 'flagNominee':
        return 'đã được suy tôn đề nghị Cờ thi đua của Chính phủ';
    }
  },
  tieBreak: (rule) => {
    switch (rule.kind) {
      case 'group':
        return `điểm nhóm ${rule.group} cao hơn`;
      case 'lessDeduction':
        return 'ít điểm trừ hơn';
      case 'moreBonus':
        return 'nhiều điểm thưởng hơn';
      case 'closerSelf':
        return 'điểm tự chấm sát với điểm cuối cùng hơn';
    }
  },
  note: {
    shared: (names) => `Đồng hạng với ${names}`,
    tieBreak: (below, rule) => `Xếp trên ${below} do ${rule}`,
    ineligible: (awards, reasons) => `Không đủ điều kiện đề nghị ${awards}: ${reasons}`,
  },
  outcome: {
    label: (c, mode) => {
      switch (c.outcome) {
        case 'nominated':
          return mode === 'vote' ? 'Được suy tôn' : 'Đề xuất';
        case 'toBeVoted':
          return 'Đề xuất, cần bỏ phiếu';
        case 'runoff':
          return 'Cần bỏ phiếu lại';
        case 'nextRound':
          return 'Vào vòng bỏ phiếu sau';
        case 'lowerRank':
          return 'Bằng phiếu, xếp hạng thấp hơn';
        case 'unresolved':
          return 'Không phân định được';
        case 'belowThreshold':
          return 'Không đạt tỷ lệ phiếu';
        case 'outsideQuota':
          return mode === 'vote' ? 'Ngoài chỉ tiêu' : 'Ngoài chỉ tiêu đề xuất';
        case 'ineligible':
          return 'Không đủ điều kiện';
        case 'notProposed':
          return '';
      }
    },
    reason: (c, quota, threshold) => {
      switch (c.outcome) {
        case 'nominated':
          return null;
        case 'runoff':
          return 'Bằng số phiếu với đơn vị khác ở suất cuối, chưa phân định được: cần bỏ phiếu lại.';
        case 'nextRound':
          return 'Chưa đạt tỷ lệ phiếu; thuộc các đơn vị nhiều phiếu nhất nên vào vòng bỏ phiếu sau.';
        case 'lowerRank':
          return 'Bằng số phiếu với đơn vị khác ở suất cuối; theo Quy chế hoạt động của Cụm, lấy đơn vị xếp hạng cao hơn.';
        case 'unresolved':
          return 'Bằng số phiếu ở suất cuối khi đã hết số vòng bỏ phiếu: suất này để trống.';
        case 'belowThreshold':
          return `Tỷ lệ phiếu không vượt quá ${formatPercent(threshold, 'vi')}.`;
        case 'outsideQuota':
          return `Đạt tỷ lệ phiếu nhưng ngoài số lượng được đề nghị (${quota}).`;
        case 'ineligible':
          return `Không đủ điều kiện: ${c.reasons.map(domain.reason).join('; ')}.`;
        case 'toBeVoted':
          return 'Đồng hạng tại ngưỡng đề xuất: cần bỏ phiếu để quyết định.';
        case 'notProposed':
          return 'Không thuộc danh sách đề xuất.';
      }
    },
  },
  votes: (votes, base, percent) => `${votes}/${base} phiếu (${formatPercent(percent, 'vi', 'fixed')})`,
  ballots: (f) =>
    `số phiếu phát ra ${f.issued}; số phiếu thu về ${f.returned}; hợp lệ ${f.valid}; không hợp lệ ${f.invalid}; phiếu trống (không bầu đơn vị nào) ${f.abstained}`,
  round: (r) => `Vòng ${r}`,
  roundResult: {
    noVotes: 'không đơn vị nào có phiếu',
    taken: (names) => `được suy tôn: ${names}`,
    next: (round, names) => `bỏ phiếu vòng ${round} giữa ${names}`,
    empty: 'suất còn lại để trống',
  },
  mode: { vote: 'Kết quả bỏ phiếu suy tôn', proposal: 'Đề xuất theo kết quả xếp hạng (chưa bỏ phiếu)' },
  next: {
    head: (year) => `Cụm trưởng năm ${year > 0 ? year : 'sau'}`,
    deputies: (year) => `Cụm phó năm ${year > 0 ? year : 'sau'}`,
    suggested: 'đề xuất theo thứ tự luân phiên, Hội nghị xác nhận',
    notSet: '……………',
  },
  meeting: {
    runoff: (award, names, round, reason) =>
      reason === 'threshold'
        ? `Chưa đủ tỷ lệ phiếu để suy tôn ${SHORT[award] ?? 'danh hiệu này'}: cần bỏ phiếu vòng ${round ?? 'sau'} giữa ${names}.`
        : `${sentenceStart(names)} bằng số phiếu ở suất cuối của ${awardName(award)}: cần bỏ phiếu ${round === undefined || round === null ? 'lại' : `vòng ${round}`} giữa các đơn vị này.`,
    exhausted: (award, open, rounds) =>
      `Sau ${rounds} vòng bỏ phiếu vẫn còn ${open} suất ${awardName(award)} chưa có đơn vị được suy tôn; theo Quy chế hoạt động của Cụm (tối đa ${rounds} vòng), suất này để trống. Biên bản ghi kết quả từng vòng.`,
    openPlaces: (award, open, nextRound, suggested) =>
      `Còn ${open} suất ${SHORT[award] ?? 'danh hiệu này'} chưa có đơn vị đạt tỷ lệ phiếu; ` +
      (nextRound === null ? 'suất này để trống.' : `Hội nghị có thể bỏ phiếu thêm một vòng (vòng ${nextRound}), gợi ý giữa ${suggested}.`),
    decidedByRank: (_award, names, votes, base, taken) =>
      `${sentenceStart(names)} cùng đạt ${votes}/${base} phiếu; theo Quy chế hoạt động của Cụm, lấy đơn vị xếp hạng cao hơn: ` +
      `${taken.length > 0 ? joinWithAnd(taken.map((x) => `${memberInSentence(x.name)} (hạng ${x.rank})`), 'và') : '…'}.`,
    tiedAtCutoff: (award, names, rank) =>
      `${sentenceStart(names)} đồng${rank === null ? '' : ` hạng ${rank}`} ở vị trí cuối của chỉ tiêu ${awardName(award)}: Hội nghị cần bỏ phiếu để quyết định.`,
    notFirst: (name, rank, vote) =>
      `${name} được ${vote ? 'suy tôn' : 'đề xuất'} ${AWARD.flag} nhưng xếp hạng ${rank}, không phải hạng nhất: biên bản cần ghi rõ lý do.`,
    fewerThanQuota: (award, count, quota, vote) =>
      `Số đơn vị được ${vote ? 'suy tôn' : 'đề xuất'} ${awardName(award)} (${count}) ít hơn chỉ tiêu (${quota}).`,
    quorumNotMet: (present, members, required) =>
      `Chỉ có ${present}/${members} thành viên dự họp, chưa đạt tối thiểu ${required} thành viên (hai phần ba): kết quả bỏ phiếu chưa có giá trị.`,
    quorum: (present, members, required) => `Dự họp ${present}/${members} thành viên (cần ít nhất ${required}).`,
    title: 'Những vấn đề Hội nghị cần xử lý',
    pending: (count) => `Có ${count} vấn đề Hội nghị cần xử lý`,
  },
  lock: {
    signedOff: (at, fp, by) => `Số liệu đã chốt lúc ${at} — mã kiểm tra ${fp}${by ? ` (người chốt: ${by})` : ''}.`,
    changed: (at, then, now) =>
      `Số liệu đã thay đổi sau khi chốt lúc ${at}: mã kiểm tra khi chốt ${then}, hiện nay ${now}. Kết quả lập từ số liệu hiện nay không khớp với số liệu đã chốt.`,
    changedShort: 'Số liệu đã thay đổi sau khi chốt: không khớp với số liệu đã chốt.',
    unknownTime: '(không rõ thời gian)',
    noFingerprint: '(không có)',
    unreadable: '(chưa đọc được)',
  },
  settings: {
    anyStep: '0 (không quy định)',
    quota: (award) => `Số ${awardName(award)}`,
    minBand: (award) => `Xếp loại tối thiểu để đề nghị ${awardName(award)}`,
  },
};

export const VI: Words = { ...domain, problems: viProblems(domain) };
