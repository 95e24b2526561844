/**
 * From a parsed workbook to results: finals, totals, bands, ranking, eligibility, the proposal or
 * the vote, next year's leaders, and the warnings the rules raise (docs/quy-tac-tinh-diem.md).
 * Robust on a workbook with errors (missing scores count 0), so that its warnings can be shown
 * with the reader's errors; results are only shown when there are no errors (src/core/index.ts).
 */
import { MemberNames } from '../memberNames';
import type { Award, ParsedWorkbook } from '../model';
import { problem, type Problem } from '../problems';
import type { AwardResult, IneligibleReason, NominationResult, Results } from '../results';
import type { SettingId } from '../settings/settingIds';
import { MEETING_POINT_SEVERITY, meetingPoints } from './meetingPoints';
import { quorumOf } from './quorum';
import { finalScores } from './finalScores';
import { memberScore } from './totals';
import { rankMembers } from './ranking';
import { ineligibility, minBandFor } from './eligibility';
import { proposeAward } from './proposal';
import { countAward } from './vote';
import type { BallotNote } from './ballotValidity';
import { nextLeaders } from './nextLeaders';
import { scorerDeviations, selfDeviationProblems } from './deviations';

export function computeResults(wb: ParsedWorkbook): { results: Results; problems: Problem[] } {
  const problems: Problem[] = [];
  const { settings, members } = wb;
  const names = new MemberNames(members);
  const nameOf = (code: string): string => names.name(code);
  const settingCell = (id: SettingId): string => wb.settingCells[id]?.cell ?? '';

  const finals = finalScores(wb);
  const scores = members.map((_, i) => memberScore(wb, i, finals[i]));
  for (const s of scores) {
    if (s.band === null) {
      problems.push(
        problem('warning', 'TOTAL_WITHOUT_BAND', wb.sheetNames.bands ?? '', '', { member: nameOf(s.member), total: s.total }, { member: s.member }),
      );
    }
  }
  problems.push(...selfDeviationProblems(wb, finals));
  const bias = scorerDeviations(wb);
  problems.push(...bias.problems);

  const ranking = rankMembers(scores, settings.tieBreak);
  const scoreOf = new Map(scores.map((s) => [s.member, s]));
  const memberOf = new Map(members.map((m) => [m.code, m]));
  const baseReasons = (award: Award, code: string): IneligibleReason[] =>
    ineligibility(memberOf.get(code)!, scoreOf.get(code)!.band, wb.bands, minBandFor(award, settings));

  const voting = wb.ballots !== null && wb.ballots.length > 0;
  const voteRules = (quota: number) => ({
    quota,
    threshold: settings.voteThreshold,
    base: settings.voteBase,
    memberCount: members.length,
    present: settings.present,
    lastPlaceTie: settings.lastPlaceTie,
    maxRounds: settings.maxRounds,
  });
  const ballotNotes: BallotNote[] = [];

  // Flag first, all its rounds; the Certificate vote excludes the Flag nominees (docs/quy-tac-tinh-diem.md §9).
  const flagReasons = (code: string) => baseReasons('flag', code);
  let flag: AwardResult;
  if (voting) {
    const counted = countAward('flag', wb.ballots!, ranking, flagReasons, new Set(), voteRules(settings.flagQuota));
    flag = counted.result;
    ballotNotes.push(...counted.notes);
  } else flag = proposeAward('flag', settings.flagQuota, ranking, flagReasons, new Set());
  const flagNominees = new Set(flag.nominees);
  // In a proposal, members left to the vote for the Flag are not also proposed for the Certificate.
  const excludedFromCertificate = new Set([...flag.nominees, ...(voting ? [] : flag.tiedAtCutoff)]);
  const certificateReasons = (code: string): IneligibleReason[] => {
    const r = baseReasons('certificate', code);
    return flagNominees.has(code) ? [...r, { kind: 'flagNominee' }] : r;
  };
  let certificate: AwardResult;
  if (voting) {
    const counted = countAward('certificate', wb.ballots!, ranking, certificateReasons, excludedFromCertificate, voteRules(settings.certificateQuota));
    certificate = counted.result;
    ballotNotes.push(...counted.notes);
  } else certificate = proposeAward('certificate', settings.certificateQuota, ranking, certificateReasons, excludedFromCertificate);

  for (const e of ranking) {
    e.eligible = { flag: flagReasons(e.member), certificate: certificateReasons(e.member) };
    const f = e.eligible.flag;
    const c = e.eligible.certificate.filter((r) => r.kind !== 'flagNominee');
    if (f.length) e.notes.push({ kind: 'ineligible', award: 'flag', reasons: f });
    if (c.length) e.notes.push({ kind: 'ineligible', award: 'certificate', reasons: c });
  }

  const next = nextLeaders(settings);
  const nomination: NominationResult = {
    mode: voting ? 'vote' : 'proposal',
    flag,
    certificate,
    quorum: quorumOf(settings.present, members.length),
    nextHead: next.head,
    nextDeputies: next.deputies,
    nextSuggested: next.suggested,
    maxRounds: settings.maxRounds,
    pending: flag.runoffNeeded || certificate.runoffNeeded,
  };
  const results: Results = { scores, ranking, nomination, deviations: bias.deviations };

  problems.push(...ballotProblems(wb, ballotNotes, nameOf));
  problems.push(...nominationProblems(wb, results, nameOf, settingCell));
  if (next.suggested && next.head !== null) {
    problems.push(
      problem('info', 'NEXT_LEADERS_SUGGESTED', wb.sheetNames.settings, settingCell('rotation'), {
        head: nameOf(next.head),
        deputies: next.deputies.map(nameOf),
      }),
    );
  }
  return { results, problems };
}

/**
 * The meeting's points (meetingPoints.ts) as problems, where the user looks for them: at the
 * ballots when there was a vote, at the quota's setting before; and the votes cast for members
 * that cannot be nominated. The quorum is the reader's problem (it is checked before counting).
 */
function nominationProblems(wb: ParsedWorkbook, results: Results, nameOf: (code: string) => string, settingCell: (id: SettingId) => string): Problem[] {
  const out: Problem[] = [];
  const voting = results.nomination.mode === 'vote';
  const quotaSetting: Record<Award, SettingId> = { flag: 'flagQuota', certificate: 'certificateQuota' };
  const ballotsSheet = wb.sheetNames.ballots ?? '';
  const placeOf = (award: Award): [string, string] => (voting ? [ballotsSheet, ''] : [wb.sheetNames.settings, settingCell(quotaSetting[award])]);
  for (const point of meetingPoints(results)) {
    const severity = MEETING_POINT_SEVERITY[point.kind];
    switch (point.kind) {
      case 'quorumNotMet':
        break;
      case 'runoff':
        out.push(
          problem(severity, 'RUNOFF_NEEDED', ...placeOf(point.award), {
            award: point.award,
            members: point.members.map(nameOf),
            round: point.round,
            reason: point.reason,
          }),
        );
        break;
      case 'exhausted':
        out.push(problem(severity, 'ROUNDS_EXHAUSTED', ...placeOf(point.award), { award: point.award, open: point.open, rounds: point.rounds }));
        break;
      case 'openPlaces':
        out.push(
          problem(severity, 'NOMINEES_FEWER_THAN_QUOTA', ...placeOf(point.award), {
            award: point.award,
            quota: point.quota,
            count: point.count,
            vote: true,
            open: point.open,
            ...(point.nextRound !== null ? { nextRound: point.nextRound, suggested: point.suggested.map(nameOf) } : {}),
          }),
        );
        break;
      case 'decidedByRank': {
        const d = point.decision;
        out.push(
          problem(severity, 'TIE_DECIDED_BY_RANK', ...placeOf(point.award), {
            award: point.award,
            members: d.members.map(nameOf),
            votes: d.votes,
            base: d.base,
            taken: d.taken.map((m) => ({ member: nameOf(m), rank: point.ranks[m] ?? 0 })),
          }),
        );
        break;
      }
      case 'tiedAtCutoff':
        out.push(
          problem(severity, 'SHARED_RANK_AT_CUTOFF', ...placeOf(point.award), { award: point.award, rank: point.rank ?? 0, members: point.members.map(nameOf) }),
        );
        break;
      case 'notFirst':
        out.push(
          problem(severity, 'FLAG_NOMINEE_NOT_FIRST', ...placeOf('flag'), { member: nameOf(point.member), rank: point.rank, vote: voting }, { member: point.member }),
        );
        break;
      case 'fewerThanQuota':
        out.push(problem(severity, 'NOMINEES_FEWER_THAN_QUOTA', ...placeOf(point.award), { award: point.award, quota: point.quota, count: point.count, vote: voting }));
        break;
    }
  }
  // Votes for a member that cannot be nominated: only round 1 lists such members.
  if (voting)
    for (const award of ['flag', 'certificate'] as const)
      for (const c of results.nomination[award].rounds[0]?.candidates ?? [])
        if (c.reasons.length > 0 && (c.votes ?? 0) > 0)
          out.push(
            problem('warning', 'VOTES_FOR_INELIGIBLE', ballotsSheet, '', { member: nameOf(c.member), votes: c.votes ?? 0, award, reasons: c.reasons }, { member: c.member }),
          );
  return out;
}

/** What the vote found wrong with a paper for one round, as warnings on the paper's cell. */
function ballotProblems(wb: ParsedWorkbook, notes: readonly BallotNote[], nameOf: (code: string) => string): Problem[] {
  const sheet = wb.sheetNames.ballots ?? '';
  return notes.map((n) => {
    const cell = n.ballot[n.award].cell;
    const number = n.ballot.number;
    switch (n.kind) {
      case 'overPlaces':
        return n.round === 1
          ? problem('warning', 'BALLOT_OVER_QUOTA', sheet, cell, { number, award: n.award, count: n.count, quota: n.places })
          : problem('warning', 'BALLOT_OVER_PLACES', sheet, cell, { number, award: n.award, round: n.round, count: n.count, places: n.places });
      case 'notCandidate':
        return problem('warning', 'BALLOT_NOT_CANDIDATE', sheet, cell, {
          number,
          award: n.award,
          round: n.round,
          names: n.members.map(nameOf),
          among: n.among.map(nameOf),
        });
      case 'noRound':
        return problem('warning', 'BALLOT_NO_SUCH_ROUND', sheet, cell, { number, award: n.award, round: n.round });
    }
  });
}
