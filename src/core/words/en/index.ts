/**
 * The English vocabulary, for the English screens and the command line with --lang en. Same keys
 * as ../vi (the Words type enforces it). The workbook's own words (sheet names, headers, setting
 * labels, the values a cell takes) stay Vietnamese and quoted: they are what the officer sees and
 * types in the workbook (src/core/words/format.ts).
 */
import { formatPercent } from '../../hundredths';
import type { Words } from '../words';
import { enProblems } from './problems';
import { cleanText } from '../../text';
import { joinWithAnd, sentenceStart } from '../kit';

type Domain = Omit<Words, 'problems'>;

const AWARD = { flag: 'Government Emulation Flag', certificate: "Prime Minister's Certificate of Merit" } as const;
/** "the Government Emulation Flag"; a neutral word when the award is not known. */
const theAward = (a: 'flag' | 'certificate'): string => (AWARD[a] ? `the ${AWARD[a]}` : 'this award');

const domain: Domain = {
  lang: 'en',
  listSeparator: ', ',
  memberInSentence: (name) => cleanText(name),
  membersInSentence: (names) => joinWithAnd(names.map(cleanText), 'and'),
  membersStartingSentence: (names) => sentenceStart(joinWithAnd(names.map(cleanText), 'and')),
  severity: { error: 'Error', warning: 'Warning', info: 'Information' },
  award: { name: AWARD, short: { flag: 'Flag', certificate: 'Certificate' }, both: 'Flag and Certificate' },
  criterionType: { score: 'scored', bonus: 'bonus', deduction: 'deduction' },
  reason: (r) => {
    switch (r.kind) {
      case 'notSigned':
        return 'did not sign the emulation covenant';
      case 'declared':
        return r.text;
      case 'bandBelow':
        return r.band === null
          ? `has no classification band (the lowest allowed is “${r.minBand}”)`
          : `classified “${r.band}”, below the required “${r.minBand}”`;
      case 'flagNominee':
        return 'already nominated for the Government Emulation Flag';
    }
  },
  tieBreak: (rule) => {
    switch (rule.kind) {
      case 'group':
        return `higher subtotal of group ${rule.group}`;
      case 'lessDeduction':
        return 'less deduction';
      case 'moreBonus':
        return 'more bonus';
      case 'closerSelf':
        return 'self score closer to the final';
    }
  },
  note: {
    shared: (names) => `Shares the rank with ${names}`,
    tieBreak: (below, rule) => `Placed above ${below}: ${rule}`,
    ineligible: (awards, reasons) => `Cannot be nominated for the ${awards}: ${reasons}`,
  },
  outcome: {
    label: (c, mode) => {
      switch (c.outcome) {
        case 'nominated':
          return mode === 'vote' ? 'Nominated' : 'Proposed';
        case 'toBeVoted':
          return 'Proposed, to be voted';
        case 'runoff':
          return 'Run-off needed';
        case 'nextRound':
          return 'Goes to the next round';
        case 'lowerRank':
          return 'Tied on votes, lower rank';
        case 'unresolved':
          return 'Not settled';
        case 'belowThreshold':
          return 'Share of votes too low';
        case 'outsideQuota':
          return mode === 'vote' ? 'Outside the quota' : 'Outside the proposed quota';
        case 'ineligible':
          return 'Cannot be nominated';
        case 'notProposed':
          return '';
      }
    },
    reason: (c, quota, threshold) => {
      switch (c.outcome) {
        case 'nominated':
          return null;
        case 'runoff':
          return 'Tied on votes with another member for the last place and not settled: a run-off vote is needed.';
        case 'nextRound':
          return 'Share of votes too low; among the most voted, so it goes to the next round.';
        case 'lowerRank':
          return "Tied on votes with another member for the last place; under the cluster's rules the better rank takes it.";
        case 'unresolved':
          return 'Tied on votes for the last place when no round is left: the place stays empty.';
        case 'belowThreshold':
          return `Share of votes not above ${formatPercent(threshold, 'en')}.`;
        case 'outsideQuota':
          return `Enough votes but outside the quota (${quota}).`;
        case 'ineligible':
          return `Cannot be nominated: ${c.reasons.map(domain.reason).join('; ')}.`;
        case 'toBeVoted':
          return 'Shares the rank at the cut-off: to be settled by the vote.';
        case 'notProposed':
          return 'Not on the proposal.';
      }
    },
  },
  votes: (votes, base, percent) => `${votes}/${base} votes (${formatPercent(percent, 'en', 'fixed')})`,
  ballots: (f) => `ballots issued ${f.issued}; returned ${f.returned}; valid ${f.valid}; invalid ${f.invalid}; blank (naming no member) ${f.abstained}`,
  round: (r) => `Round ${r}`,
  roundResult: {
    noVotes: 'no member received votes',
    taken: (names) => `nominated: ${names}`,
    next: (round, names) => `round ${round} between ${names}`,
    empty: 'the place left stays empty',
  },
  mode: { vote: 'Result of the vote', proposal: 'Proposal from the ranking (not yet voted)' },
  next: {
    head: (year) => (year > 0 ? `Head in ${year}` : 'Head next year'),
    deputies: (year, count) => `${count > 1 ? 'Deputies' : 'Deputy'} ${year > 0 ? `in ${year}` : 'next year'}`,
    suggested: 'suggested by the rotation, to be confirmed by the meeting',
    notSet: 'not decided',
  },
  meeting: {
    runoff: (award, names, round, reason) =>
      reason === 'threshold'
        ? `No member has enough votes to be nominated for ${theAward(award)}: round ${round ?? '…'} is needed between ${names}.`
        : `${sentenceStart(names)} are tied on votes for the last place of ${theAward(award)}: ${round === undefined || round === null ? 'a run-off vote' : `round ${round}`} is needed between them.`,
    exhausted: (award, open, rounds) =>
      `After ${rounds} rounds, ${open} place(s) for ${theAward(award)} still have no nominee; under the cluster's rules (at most ${rounds} rounds) they stay empty. The minutes record every round.`,
    openPlaces: (award, open, nextRound, suggested) =>
      `${open} place(s) for ${theAward(award)} have no member with enough votes; ` +
      (nextRound === null ? 'they stay empty.' : `the meeting may vote one more round (round ${nextRound}), suggested between ${suggested}.`),
    decidedByRank: (_award, names, votes, base, taken) =>
      `${sentenceStart(names)} all have ${votes}/${base} votes; under the cluster's rules the better rank takes the place: ` +
      `${taken.length > 0 ? joinWithAnd(taken.map((x) => `${cleanText(x.name)} (rank ${x.rank})`), 'and') : '…'}.`,
    tiedAtCutoff: (award, names, rank) =>
      `${sentenceStart(names)} share${rank === null ? ' a rank' : ` rank ${rank}`} at the last place of the quota for ${theAward(award)}: the meeting must settle it by vote.`,
    notFirst: (name, rank, vote) =>
      `${name} is ${vote ? 'nominated' : 'proposed'} for ${theAward('flag')} but ranked ${rank}, not first: the minutes must record the reason.`,
    fewerThanQuota: (award, count, quota, vote) =>
      `The number of members ${vote ? 'nominated' : 'proposed'} for ${theAward(award)} (${count}) is below the quota (${quota}).`,
    quorumNotMet: (present, members, required) =>
      `Only ${present} of ${members} members are present, fewer than the ${required} (two thirds) needed: the vote is not valid.`,
    quorum: (present, members, required) => `${present} of ${members} members present (at least ${required} needed).`,
    title: 'Matters the meeting must settle',
    pending: (count) => `${count} ${count === 1 ? 'matter' : 'matters'} for the meeting to settle`,
  },
  lock: {
    signedOff: (at, fp, by) => `Data signed off at ${at} — fingerprint ${fp}${by ? ` (by ${by})` : ''}.`,
    changed: (at, then, now) =>
      `The data changed after the sign-off at ${at}: fingerprint then ${then}, now ${now}. Results made from the data as it is now do not match the signed-off data.`,
    changedShort: 'The data changed after the sign-off: it does not match the signed-off data.',
    unknownTime: '(time unknown)',
    noFingerprint: '(none)',
    unreadable: '(unreadable)',
  },
  settings: {
    anyStep: '0 (any value)',
    quota: (award) => `Number to nominate for ${theAward(award)}`,
    minBand: (award) => `Lowest band to nominate for ${theAward(award)}`,
  },
};

export const EN: Words = { ...domain, problems: enProblems(domain) };
