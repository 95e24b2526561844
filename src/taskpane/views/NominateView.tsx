/**
 * Đề nghị / Nominate: writes the nomination sheet and shows it: proposal or vote, each award's
 * nominees and candidates with their votes, the points the meeting must settle, the members that
 * cannot be nominated and why, and next year's head and deputies (docs/quy-tac-tinh-diem.md §7–§10).
 */
import * as React from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
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
import type { Strings } from '../strings';
import { VoteRounds } from '../components/VoteRounds';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '8px 0 2px' },
  section: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  candidate: { display: 'flex', flexDirection: 'column', rowGap: '1px', fontSize: tokens.fontSizeBase200 },
  candidateLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px' },
  candidateName: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  plain: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
});

const OUTCOME_COLOUR: Record<Candidate['outcome'], 'success' | 'warning' | 'informative' | 'danger' | 'subtle'> = {
  nominated: 'success',
  runoff: 'warning',
  nextRound: 'warning',
  lowerRank: 'informative',
  unresolved: 'danger',
  toBeVoted: 'warning',
  belowThreshold: 'informative',
  outsideQuota: 'informative',
  notProposed: 'subtle',
  ineligible: 'danger',
};

export interface NominateViewProps {
  t: Strings;
  lang: Lang;
  run: CommandResult<RankReport> | null;
  busy: boolean;
  onRun(): void;
  /** Writes the pending round's ballot forms (shown by VoteRounds while a round is pending). */
  onWriteForms?(): void;
}

export function NominateView({ t, lang, run, busy, onRun, onWriteForms }: NominateViewProps): React.JSX.Element {
  const styles = useStyles();
  const results = run?.report.results ?? null;
  return (
    <section className={styles.root} aria-label={t.tabs.nominate}>
      <Text>{t.nominate.intro}</Text>
      <div>
        <Button appearance="primary" disabled={busy} onClick={onRun}>
          {t.nominate.run}
        </Button>
      </div>
      {!run && <Text italic>{t.nominate.notRun}</Text>}
      {run && results && (
        <Nomination t={t} w={wordsFor(lang)} results={results} year={run.report.workbook?.settings.year ?? 0} names={memberNames(run.report.workbook)} forms={{ onWriteForms, busy }} />
      )}
    </section>
  );
}

interface NominationProps {
  t: Strings;
  w: Words;
  results: Results;
  year: number;
  names: MemberNames;
  forms: FormsAction;
}

/** The ballot-forms button's action, passed down to VoteRounds. */
interface FormsAction {
  onWriteForms?: () => void;
  busy: boolean;
}

function Nomination({ t, w, results, year, names, forms }: NominationProps): React.JSX.Element {
  const styles = useStyles();
  const n = results.nomination;
  // Members that cannot be nominated, with their reasons; being the Flag nominee is not a lack
  // of eligibility, so that reason is left out here.
  const ineligible = results.ranking
    .map((r) => ({ member: r.member, flag: shortcomings(r.eligible.flag), certificate: shortcomings(r.eligible.certificate) }))
    .filter((r) => r.flag.length > 0 || r.certificate.length > 0);
  const next = nextLeaderLines(n, year, names, w);
  const suggested = next.suggested ? ` (${w.next.suggested})` : '';

  return (
    <>
      <Text>
        {t.nominate.modeLabel}: <strong>{w.mode[n.mode]}</strong>
      </Text>
      {n.mode === 'vote' && <Text className={styles.small}>{w.meeting.quorum(n.quorum.present, n.quorum.members, n.quorum.required)}</Text>}
      {meetingPoints(results).map((p, i) => (
        <MessageBar key={i} intent={MEETING_POINT_SEVERITY[p.kind]} layout="multiline">
          <MessageBarBody>{meetingPointText(p, n.mode, names, w)}</MessageBarBody>
        </MessageBar>
      ))}
      <AwardBlock t={t} w={w} mode={n.mode} award={n.flag} names={names} forms={forms} />
      <AwardBlock t={t} w={w} mode={n.mode} award={n.certificate} names={names} forms={forms} />
      <div className={styles.section}>
        <h3 className={styles.heading}>{t.nominate.ineligibleTitle}</h3>
        {ineligible.length === 0 && <Text className={styles.small}>{t.nominate.noIneligible}</Text>}
        {ineligible.length > 0 && (
          <ul className={styles.plain}>
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
      <div className={styles.section}>
        <h3 className={styles.heading}>{t.nominate.nextTitle}</h3>
        <Text>{next.head + (n.nextHead !== null ? suggested : '')}</Text>
        <Text>{next.deputies + (n.nextDeputies.length > 0 ? suggested : '')}</Text>
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
  forms: FormsAction;
}

function AwardBlock({ t, w, mode, award, names, forms }: AwardBlockProps): React.JSX.Element {
  const styles = useStyles();
  const headingId = React.useId();
  const list = (codes: readonly string[]): string => names.names(codes).join(w.listSeparator);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {w.award.name[award.award]}
      </h3>
      <Text className={styles.small}>{t.nominate.quota(award.quota)}</Text>
      <Text>
        {t.nominate.nominees}: <strong>{award.nominees.length > 0 ? list(award.nominees) : t.nominate.noNominee}</strong>
      </Text>
      {award.candidates.length > 0 && (
        <ul className={styles.list} aria-label={`${t.nominate.candidates} — ${w.award.short[award.award]}`}>
          {award.candidates.map((c) => (
            <CandidateItem key={c.member} t={t} w={w} mode={mode} c={c} name={names.name(c.member)} />
          ))}
        </ul>
      )}
      {award.ballots && <Text className={styles.small}>{capitalized(w.ballots(award.ballots))}.</Text>}
      <VoteRounds t={t} w={w} award={award} names={names} onWriteForms={forms.onWriteForms} busy={forms.busy} />
    </section>
  );
}

function CandidateItem({ t, w, mode, c, name }: { t: Strings; w: Words; mode: NominationResult['mode']; c: Candidate; name: string }): React.JSX.Element {
  const styles = useStyles();
  const label = w.outcome.label(c, mode);
  return (
    <li className={styles.candidate}>
      <span className={styles.candidateLine}>
        <span className={styles.candidateName}>{name}</span>
        {label !== '' && (
          <Badge appearance="tint" color={OUTCOME_COLOUR[c.outcome]}>
            {label}
          </Badge>
        )}
      </span>
      <span className={styles.small}>
        {t.rank.rank(c.rank)} · {c.votes !== null && c.base !== null && c.percent !== null ? w.votes(c.votes, c.base, c.percent) : t.nominate.noVotes}
        {c.reasons.length > 0 && ` · ${reasonsText(c.reasons, w)}`}
      </span>
    </li>
  );
}

/** "Số phiếu phát ra …" from "số phiếu phát ra …": the vocabulary's clause as a sentence. */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
