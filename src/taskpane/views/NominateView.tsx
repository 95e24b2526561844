/**
 * Bầu chọn / Đề nghị: writes the nomination sheet next to its result, and shows it: proposal or
 * vote, each award's nominees and candidates with their votes, the place of the vote's rounds
 * and run-off (AwardRounds.tsx), the points the meeting must settle, the members that cannot be
 * nominated and why, and next year's head and deputies (docs/quy-tac-tinh-diem.md §7–§10).
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import {
  MEETING_POINT_SEVERITY,
  meetingPointText,
  meetingPoints,
  memberNames,
  nextLeaderLines,
  reasonsText,
  shortcomings,
  wordsFor,
  type AwardResult,
  type Candidate,
  type Lang,
  type MemberNames,
  type NominationResult,
  type RankReport,
  type Results,
  type Words,
} from '../../core/index';
import type { CommandResult } from '../../app/commands';
import { AwardRounds } from '../components/AwardRounds';
import { NoticeBox } from '../components/PaneButton';
import { Pill, type PillTone } from '../components/Pill';
import { CommandView } from '../components/CommandView';
import type { Notice } from '../notices';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';
import { VoteRounds } from '../components/VoteRounds';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  candidate: { display: 'flex', flexDirection: 'column', rowGap: '1px', fontSize: tokens.fontSizeBase200 },
  candidateLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px' },
  candidateName: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
});

const OUTCOME_TONE: Record<Candidate['outcome'], PillTone> = {
  nominated: 'success',
  runoff: 'warning',
  nextRound: 'warning',
  lowerRank: 'info',
  unresolved: 'danger',
  toBeVoted: 'warning',
  belowThreshold: 'info',
  outsideQuota: 'info',
  notProposed: 'neutral',
  ineligible: 'danger',
};

export interface NominateViewProps {
  t: Strings;
  lang: Lang;
  run: CommandResult<RankReport> | null;
  busy: boolean;
  running: boolean;
  stage: string | null;
  notice: Notice | null;
  focusSeq: number;
  onRun(): void;
  onShowErrors(): void;
  /** Writes the next round's ballot forms (issue 10: app/commands.ts runBallotForms). */
  onWriteNextBallots?(award: AwardResult['award']): void;
}

export function NominateView({ t, lang, run, busy, ...props }: NominateViewProps): React.JSX.Element {
  const results = run?.report.results ?? null;
  return (
    <CommandView
      t={t}
      title={t.steps.nominate}
      intro={t.nominate.intro}
      runLabel={t.nominate.run}
      notRun={t.nominate.notRun}
      resultTitle={t.nominate.result}
      hasRun={run !== null}
      busy={busy}
      running={props.running}
      stage={props.stage}
      notice={props.notice}
      focusSeq={props.focusSeq}
      onRun={props.onRun}
      onShowErrors={props.onShowErrors}
    >
      {run && results && (
        <Nomination
          t={t}
          w={wordsFor(lang)}
          results={results}
          year={run.report.workbook?.settings.year ?? 0}
          names={memberNames(run.report.workbook)}
          busy={busy}
          onWriteNextBallots={props.onWriteNextBallots}
        />
      )}
    </CommandView>
  );
}

interface NominationProps {
  t: Strings;
  w: Words;
  results: Results;
  year: number;
  names: MemberNames;
  busy: boolean;
  onWriteNextBallots?(award: AwardResult['award']): void;
}

function Nomination({ t, w, results, year, names, busy, onWriteNextBallots }: NominationProps): React.JSX.Element {
  const view = useViewStyles();
  const n = results.nomination;
  // Members that cannot be nominated, with their reasons; being the Flag nominee is not a lack
  // of eligibility, so that reason is left out here.
  const ineligible = results.ranking
    .map((r) => ({ member: r.member, flag: shortcomings(r.eligible.flag), certificate: shortcomings(r.eligible.certificate) }))
    .filter((r) => r.flag.length > 0 || r.certificate.length > 0);
  const next = nextLeaderLines(n, year, names, w);
  const suggested = next.suggested ? ` (${w.next.suggested})` : '';
  const points = meetingPoints(results);

  return (
    <>
      <p className={view.text}>
        {t.nominate.modeLabel}: <strong>{w.mode[n.mode]}</strong>
      </p>
      {n.mode === 'vote' && <p className={view.small}>{w.meeting.quorum(n.quorum.present, n.quorum.members, n.quorum.required)}</p>}
      {points.length > 0 && (
        <section className={view.section} aria-label={w.meeting.title}>
          <h3 className={view.heading}>{w.meeting.title}</h3>
          {points.map((p, i) => (
            <NoticeBox key={i} intent={MEETING_POINT_SEVERITY[p.kind]}>
              {meetingPointText(p, n.mode, names, w)}
            </NoticeBox>
          ))}
        </section>
      )}
      <AwardBlock t={t} w={w} mode={n.mode} award={n.flag} names={names} busy={busy} onWriteNextBallots={onWriteNextBallots} />
      <AwardBlock t={t} w={w} mode={n.mode} award={n.certificate} names={names} busy={busy} onWriteNextBallots={onWriteNextBallots} />
      <div className={view.section}>
        <h3 className={view.heading}>{t.nominate.ineligibleTitle}</h3>
        {ineligible.length === 0 && <p className={view.small}>{t.nominate.noIneligible}</p>}
        {ineligible.length > 0 && (
          <ul className={view.plainList}>
            {ineligible.map((r) => (
              <li key={r.member}>
                <strong>{names.name(r.member)}</strong>
                {r.flag.length > 0 && ` — ${w.award.short.flag}: ${reasonsText(r.flag, w)}`}
                {r.certificate.length > 0 && ` — ${w.award.short.certificate}: ${reasonsText(r.certificate, w)}`}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={view.section}>
        <h3 className={view.heading}>{t.nominate.nextTitle}</h3>
        <p className={view.text}>{next.head + (n.nextHead !== null ? suggested : '')}</p>
        <p className={view.text}>{next.deputies + (n.nextDeputies.length > 0 ? suggested : '')}</p>
      </div>
    </>
  );
}

interface AwardBlockProps {
  t: Strings;
  w: Words;
  mode: NominationResult['mode'];
  award: AwardResult;
  names: MemberNames;
  busy: boolean;
  onWriteNextBallots?(award: AwardResult['award']): void;
}

function AwardBlock({ t, w, mode, award, names, busy, onWriteNextBallots }: AwardBlockProps): React.JSX.Element {
  const view = useViewStyles();
  const styles = useStyles();
  const headingId = React.useId();
  const list = (codes: readonly string[]): string => names.names(codes).join(w.listSeparator);
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={view.heading}>
        {w.award.name[award.award]}
      </h3>
      <p className={view.small}>{t.nominate.quota(award.quota)}</p>
      <p className={view.text}>
        {t.nominate.nominees}: <strong>{award.nominees.length > 0 ? list(award.nominees) : t.nominate.noNominee}</strong>
      </p>
      {award.candidates.length > 0 && (
        <ul className={styles.list} aria-label={`${t.nominate.candidates} — ${w.award.short[award.award]}`}>
          {award.candidates.map((c) => (
            <CandidateItem key={c.member} t={t} w={w} mode={mode} c={c} name={names.name(c.member)} />
          ))}
        </ul>
      )}
      {award.ballots && <p className={view.small}>{capitalized(w.ballots(award.ballots))}.</p>}
      <AwardRounds t={t} award={award} busy={busy} onWriteNextBallots={onWriteNextBallots}>
        <VoteRounds t={t} w={w} award={award} names={names} />
      </AwardRounds>
    </section>
  );
}

function CandidateItem({ t, w, mode, c, name }: { t: Strings; w: Words; mode: NominationResult['mode']; c: Candidate; name: string }): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const label = w.outcome.label(c, mode);
  return (
    <li className={styles.candidate}>
      <span className={styles.candidateLine}>
        <span className={styles.candidateName}>{name}</span>
        {label !== '' && <Pill tone={OUTCOME_TONE[c.outcome]}>{label}</Pill>}
      </span>
      <span className={view.small}>
        {t.rank.rank(c.rank)} · {c.votes !== null && c.base !== null && c.percent !== null ? w.votes(c.votes, c.base, c.percent) : t.nominate.noVotes}
        {c.reasons.length > 0 && ` · ${reasonsText(c.reasons, w)}`}
      </span>
    </li>
  );
}

/** "Số phiếu phát ra …" from "số phiếu phát ra …": the vocabulary's clause as a sentence. */
function capitalized(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
