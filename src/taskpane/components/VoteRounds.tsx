/**
 * The rounds of one award's vote in the Đề nghị view (docs/quy-tac-tinh-diem.md §9): each round
 * counted, with its ballot figures and the votes it gave (the vocabulary's roundLines, the same
 * lines the command line and the printed sheet give), then the round still to be held — its number
 * and the members it is between — or, for the Certificate, the extra round the meeting may hold.
 * While a round is pending, a button writes its ballot forms (app/commands.ts runBallotForms).
 * Nothing is shown for a proposal or a vote settled in one round.
 */
import * as React from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { roundLines, sentenceStart, type AwardResult, type MemberNames, type Words } from '../../core/index';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '4px', fontSize: tokens.fontSizeBase200 },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '4px 0 0' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', rowGap: '4px' },
  small: { color: tokens.colorNeutralForeground2 },
  among: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '4px', rowGap: '2px' },
});

export interface VoteRoundsProps {
  t: Strings;
  w: Words;
  award: AwardResult;
  names: MemberNames;
  /** Writes the pending round's ballot forms; the button shows only while a round is pending. */
  onWriteForms?: () => void;
  busy?: boolean;
}

export function VoteRounds({ t, w, award, names, onWriteForms, busy = false }: VoteRoundsProps): React.JSX.Element | null {
  const styles = useStyles();
  const headingId = React.useId();
  const next = award.runoffNeeded && award.nextRound !== null ? { round: award.nextRound, among: award.runoffAmong, label: t.voteRounds.among } : null;
  const extra = award.extraRound ? { round: award.extraRound.round, among: award.extraRound.among, label: t.voteRounds.extra } : null;
  if (award.rounds.length <= 1 && next === null && extra === null) return null;
  const lines = roundLines(award, names, w);
  const upcoming = next ?? extra;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.title}>
        {`${t.voteRounds.title} — ${w.award.short[award.award]}`}
      </h4>
      <ol className={styles.list}>
        {award.rounds.map((r, i) => (
          <li key={r.round}>
            <Text>{lines[i]}</Text>
            <br />
            <Text className={styles.small}>{sentenceStart(w.ballots(r.ballots))}.</Text>
          </li>
        ))}
        {upcoming && (
          <li key="upcoming">
            <span className={styles.among}>
              <Text weight="semibold">{`${w.round(upcoming.round)} (${t.voteRounds.awaiting}) — ${upcoming.label}:`}</Text>
              {upcoming.among.map((m) => (
                <Badge key={m} appearance="tint" color={next ? 'warning' : 'informative'}>
                  {names.name(m)}
                </Badge>
              ))}
            </span>
            {next && onWriteForms && (
              <div>
                <Button size="small" disabled={busy} onClick={onWriteForms}>
                  {t.voteRounds.writeForms(next.round)}
                </Button>
              </div>
            )}
          </li>
        )}
      </ol>
    </section>
  );
}
