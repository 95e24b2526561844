/**
 * Đề nghị / Nominate: writes the nomination sheet and shows it: proposal or vote, each award's
 * nominees and candidates with their votes, the points the meeting must settle, the members that
 * cannot be nominated and why, and next year's head and deputies (rules.md §6–§9).
 */
import * as React from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RankReport } from '../../core/index';
import type { Lang } from '../../core/messages';
import type { AwardResult, Candidate, Results } from '../../core/results';
import type { CommandResult } from '../../app/commands';
import { nominationWarnings, type NominationWarning } from '../../app/nominationWarnings';
import { memberNamer } from '../../app/rankingRows';
import { formatPercent, joinNames } from '../format';
import { reasonsText } from '../noteText';
import type { Strings } from '../strings';

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
}

export function NominateView({ t, lang, run, busy, onRun }: NominateViewProps): React.JSX.Element {
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
      {run && results && <Nomination t={t} lang={lang} results={results} nameOf={memberNamer(run.report.workbook)} />}
    </section>
  );
}

interface NominationProps {
  t: Strings;
  lang: Lang;
  results: Results;
  nameOf(code: string): string;
}

function Nomination({ t, lang, results, nameOf }: NominationProps): React.JSX.Element {
  const styles = useStyles();
  const n = results.nomination;
  const warnings = nominationWarnings(results);
  // Members that cannot be nominated, with their reasons; being the Flag nominee is not a lack
  // of eligibility, so that reason is left out here (rules.md §6, §8.8).
  const ineligible = results.ranking
    .map((r) => ({
      member: r.member,
      flag: r.eligible.flag.filter((x) => x.kind !== 'flagNominee'),
      certificate: r.eligible.certificate.filter((x) => x.kind !== 'flagNominee'),
    }))
    .filter((r) => r.flag.length > 0 || r.certificate.length > 0);
  const suggested = n.nextSuggested ? ` (${t.nominate.suggested})` : '';

  return (
    <>
      <Text>
        {t.nominate.modeLabel}: <strong>{n.mode === 'vote' ? t.nominate.vote : t.nominate.proposal}</strong>
      </Text>
      {n.mode === 'vote' && <Text className={styles.small}>{t.nominate.quorum(n.quorum.present, n.quorum.members, n.quorum.required)}</Text>}
      {warnings.map((w, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{warningText(w, t, nameOf)}</MessageBarBody>
        </MessageBar>
      ))}
      <AwardBlock t={t} lang={lang} award={n.flag} nameOf={nameOf} />
      <AwardBlock t={t} lang={lang} award={n.certificate} nameOf={nameOf} />
      <div className={styles.section}>
        <h3 className={styles.heading}>{t.nominate.ineligibleTitle}</h3>
        {ineligible.length === 0 && <Text className={styles.small}>{t.nominate.noIneligible}</Text>}
        {ineligible.length > 0 && (
          <ul className={styles.plain}>
            {ineligible.map((r) => (
              <li key={r.member}>
                <strong>{nameOf(r.member)}</strong>
                {r.flag.length > 0 && ` — ${t.awardShort.flag}: ${reasonsText(r.flag, t)}`}
                {r.certificate.length > 0 && ` — ${t.awardShort.certificate}: ${reasonsText(r.certificate, t)}`}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.section}>
        <h3 className={styles.heading}>{t.nominate.nextTitle}</h3>
        <Text>
          {t.nominate.nextHead}: {n.nextHead ? nameOf(n.nextHead) + suggested : t.nominate.notSet}
        </Text>
        <Text>
          {t.nominate.nextDeputies}: {n.nextDeputies.length > 0 ? joinNames(n.nextDeputies.map(nameOf), t.and) + suggested : t.nominate.notSet}
        </Text>
      </div>
    </>
  );
}

function warningText(w: NominationWarning, t: Strings, nameOf: (c: string) => string): string {
  switch (w.kind) {
    case 'runoff':
      return `${t.award[w.award]}: ${t.nominate.runoff(joinNames(w.members.map(nameOf), t.and))}`;
    case 'tiedAtCutoff':
      return `${t.award[w.award]}: ${t.nominate.tiedAtCutoff(joinNames(w.members.map(nameOf), t.and))}`;
    case 'notFirst':
      return t.nominate.notFirst(nameOf(w.member), w.rank);
  }
}

function AwardBlock({ t, lang, award, nameOf }: { t: Strings; lang: Lang; award: AwardResult; nameOf(c: string): string }): React.JSX.Element {
  const styles = useStyles();
  const headingId = React.useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.award[award.award]}
      </h3>
      <Text className={styles.small}>{t.nominate.quota(award.quota)}</Text>
      <Text>
        {t.nominate.nominees}:{' '}
        <strong>{award.nominees.length > 0 ? joinNames(award.nominees.map(nameOf), t.and) : t.nominate.noNominee}</strong>
      </Text>
      {award.candidates.length > 0 && (
        <ul className={styles.list} aria-label={`${t.nominate.candidates} — ${t.awardShort[award.award]}`}>
          {award.candidates.map((c) => (
            <li key={c.member} className={styles.candidate}>
              <span className={styles.candidateLine}>
                <span className={styles.candidateName}>{nameOf(c.member)}</span>
                <Badge appearance="tint" color={OUTCOME_COLOUR[c.outcome]}>
                  {t.nominate.outcome[c.outcome]}
                </Badge>
              </span>
              <span className={styles.small}>
                {t.rank.rank(c.rank)} ·{' '}
                {c.votes !== null && c.base !== null && c.percent !== null
                  ? t.nominate.votes(c.votes, c.base, formatPercent(c.percent, lang))
                  : t.nominate.noVotes}
                {c.reasons.length > 0 && ` · ${reasonsText(c.reasons, t)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {award.ballots && (
        <Text className={styles.small}>
          {t.nominate.ballots(award.ballots.issued, award.ballots.valid, award.ballots.invalid, award.ballots.abstained)}
        </Text>
      )}
    </section>
  );
}
