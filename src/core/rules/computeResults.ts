/**
 * From a parsed workbook to results: finals, totals, bands, ranking, eligibility, the proposal or
 * the vote, next year's leaders, and the warnings the rules raise (rules.md §2–§10).
 * Robust on a workbook with errors (missing scores count 0), so that its warnings can be shown
 * with the reader's errors; results are only shown when there are no errors (src/core/index.ts).
 */
import type { Award, ParsedWorkbook } from '../model';
import { problem, type Problem } from '../problems';
import type { AwardResult, IneligibleReason, NominationResult, RankEntry, Results } from '../results';
import { finalScores } from './finalScores';
import { memberScore } from './totals';
import { rankMembers } from './ranking';
import { ineligibility, minBandFor } from './eligibility';
import { proposeAward } from './proposal';
import { countAward } from './vote';
import { nextLeaders } from './nextLeaders';
import { scorerDeviations, selfDeviationProblems } from './deviations';
import { reasonsText } from '../reasons';

export function computeResults(wb: ParsedWorkbook): { results: Results; problems: Problem[] } {
  const problems: Problem[] = [];
  const { settings, members } = wb;
  const nameOf = (code: string): string => members.find((m) => m.code === code)?.name ?? code;
  const settingCell = (key: string): string => settings.view.find((v) => v.key === key)?.cell ?? '';

  const finals = finalScores(wb);
  const scores = members.map((_, i) => memberScore(wb, i, finals[i]));
  for (const s of scores) {
    if (s.band === null) {
      problems.push(problem('warning', 'TOTAL_WITHOUT_BAND', wb.sheetNames.bands ?? '', wb.sheetNames.bands ? 'A1' : '', { member: nameOf(s.member) }, { member: s.member }));
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
  });

  // Flag first; the Certificate round excludes the Flag nominees (rules.md §7, §8.8).
  const flagReasons = (code: string) => baseReasons('flag', code);
  const flag: AwardResult = voting
    ? countAward('flag', wb.ballots!, ranking, flagReasons, new Set(), voteRules(settings.flagQuota))
    : proposeAward('flag', settings.flagQuota, ranking, flagReasons, new Set());
  const flagNominees = new Set(flag.nominees);
  // In a proposal, members left to the vote for the Flag are not also proposed for the Certificate.
  const excludedFromCertificate = new Set([...flag.nominees, ...(voting ? [] : flag.tiedAtCutoff)]);
  const certificateReasons = (code: string): IneligibleReason[] => {
    const r = baseReasons('certificate', code);
    return flagNominees.has(code) ? [...r, { kind: 'flagNominee' }] : r;
  };
  const certificate: AwardResult = voting
    ? countAward('certificate', wb.ballots!, ranking, certificateReasons, excludedFromCertificate, voteRules(settings.certificateQuota))
    : proposeAward('certificate', settings.certificateQuota, ranking, certificateReasons, excludedFromCertificate);

  for (const e of ranking) {
    e.eligible = { flag: flagReasons(e.member), certificate: certificateReasons(e.member) };
    const f = e.eligible.flag;
    const c = e.eligible.certificate.filter((r) => r.kind !== 'flagNominee');
    if (f.length) e.notes.push({ kind: 'ineligible', award: 'flag', reasons: f });
    if (c.length) e.notes.push({ kind: 'ineligible', award: 'certificate', reasons: c });
  }

  problems.push(...nominationProblems(wb, ranking, flag, certificate, voting, nameOf, settingCell));

  const next = nextLeaders(settings);
  if (next.suggested && next.head !== null) {
    problems.push(
      problem('info', 'NEXT_LEADERS_SUGGESTED', wb.sheetNames.settings, settingCell('Thứ tự luân phiên'), {
        head: nameOf(next.head),
        deputies: next.deputies.map(nameOf).join(', '),
      }),
    );
  }

  const quorumRequired = Math.ceil((2 * members.length) / 3);
  const nomination: NominationResult = {
    mode: voting ? 'vote' : 'proposal',
    flag,
    certificate,
    quorum: { present: settings.present, members: members.length, required: quorumRequired, met: settings.present >= quorumRequired },
    nextHead: next.head,
    nextDeputies: next.deputies,
    nextSuggested: next.suggested,
  };
  return { results: { scores, ranking, nomination, deviations: bias.deviations }, problems };
}

function nominationProblems(
  wb: ParsedWorkbook,
  ranking: readonly RankEntry[],
  flag: AwardResult,
  certificate: AwardResult,
  voting: boolean,
  nameOf: (code: string) => string,
  settingCell: (key: string) => string,
): Problem[] {
  const out: Problem[] = [];
  const quotaKey: Record<Award, string> = { flag: 'Số Cờ thi đua Chính phủ', certificate: 'Số Bằng khen Thủ tướng' };
  const ballotsSheet = wb.sheetNames.ballots ?? '';
  const placeOf = (award: Award): [string, string] =>
    voting ? [ballotsSheet, 'A1'] : [wb.sheetNames.settings, settingCell(quotaKey[award])];
  const rankOf = new Map(ranking.map((e) => [e.member, e.rank]));

  for (const result of [flag, certificate]) {
    const [sheet, cell] = placeOf(result.award);
    const names = result.tiedAtCutoff.map(nameOf).join(', ');
    if (result.tiedAtCutoff.length > 0 && !voting) {
      out.push(
        problem('warning', 'SHARED_RANK_AT_CUTOFF', sheet, cell, {
          award: result.award,
          rank: rankOf.get(result.tiedAtCutoff[0]) ?? 0,
          members: names,
        }),
      );
    }
    if (result.runoffNeeded) out.push(problem('warning', 'RUNOFF_NEEDED', sheet, cell, { award: result.award, members: names }));
    if (result.nominees.length < result.quota && !(result.tiedAtCutoff.length > 0)) {
      out.push(problem('info', 'NOMINEES_FEWER_THAN_QUOTA', sheet, cell, { award: result.award, quota: result.quota, count: result.nominees.length }));
    }
    if (voting) {
      for (const c of result.candidates) {
        if (c.reasons.length > 0 && (c.votes ?? 0) > 0) {
          out.push(
            problem(
              'warning',
              'VOTES_FOR_INELIGIBLE',
              ballotsSheet,
              'A1',
              { member: nameOf(c.member), votes: c.votes ?? 0, award: result.award, reason: reasonsText(c.reasons, 'vi') },
              { member: c.member },
            ),
          );
        }
      }
    }
  }
  for (const code of flag.nominees) {
    const rank = rankOf.get(code) ?? 0;
    if (rank !== 1) out.push(problem('warning', 'FLAG_NOMINEE_NOT_FIRST', voting ? ballotsSheet : wb.sheetNames.settings, voting ? 'A1' : settingCell(quotaKey.flag), { member: nameOf(code), rank }, { member: code }));
  }
  return out;
}
