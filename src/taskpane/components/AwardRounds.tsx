/**
 * The place of one award's vote rounds in the Bầu chọn / Đề nghị view: the run-off still to be
 * held and who is in it, and the action that writes the next round's ballot forms. Issue 13 gives
 * them this place; the rules of rounds and run-offs are issue 10's (its rounds display, e.g.
 * components/VoteRounds.tsx, goes in `children`, above the run-off), and the ballot-form action
 * arrives as `onWriteNextBallots` — absent, the view says how to hold the run-off by hand.
 */
import * as React from 'react';
import type { AwardResult, MemberNames } from '../../core/index';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';
import { Pill } from './Pill';

export interface AwardRoundsProps {
  t: Strings;
  award: AwardResult;
  names: MemberNames;
  /** Writes the ballot forms of the next round for this award (issue 10); absent until it exists. */
  onWriteNextBallots?(award: AwardResult['award']): void;
  busy?: boolean;
  /** The rounds already counted (issue 10's display). */
  children?: React.ReactNode;
}

export function AwardRounds({ t, award, names, onWriteNextBallots, busy, children }: AwardRoundsProps): React.JSX.Element | null {
  const view = useViewStyles();
  const headingId = React.useId();
  const runoff = award.candidates.filter((c) => c.outcome === 'runoff').map((c) => c.member);
  if (runoff.length === 0 && !children) return null;
  return (
    <section className={view.section} aria-labelledby={headingId} data-testid="award-rounds">
      <h4 id={headingId} className={view.subheading}>
        {t.nominate.rounds}
      </h4>
      {children}
      {runoff.length > 0 && (
        <>
          <p className={view.text}>
            {t.nominate.runoffAmong}:{' '}
            {runoff.map((m) => (
              <React.Fragment key={m}>
                <Pill tone="warning">{names.name(m)}</Pill>{' '}
              </React.Fragment>
            ))}
          </p>
          {onWriteNextBallots ? (
            <div>
              <button type="button" className={view.link} disabled={busy} onClick={() => onWriteNextBallots(award.award)}>
                {t.nominate.writeNextBallots}
              </button>
            </div>
          ) : (
            <p className={view.small}>{t.nominate.runoffHow}</p>
          )}
        </>
      )}
    </section>
  );
}
