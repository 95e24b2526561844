/**
 * The place of one award's vote rounds in the Bầu chọn / Đề nghị view: the rounds counted and the
 * round still to be held with who is in it (components/VoteRounds.tsx, passed as `children`), then
 * what to do about that round: the button that writes the next round's ballot forms
 * (`onWriteNextBallots`, app/commands.ts runBallotForms), and how to enter that round's ballots. Nothing is shown for a vote settled in one round or a proposal.
 */
import * as React from 'react';
import type { AwardResult } from '../../core/index';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';
import { PaneButton } from './PaneButton';

export interface AwardRoundsProps {
  t: Strings;
  award: AwardResult;
  /** Writes the ballot forms of the next round for this award; absent until a shell offers it. */
  onWriteNextBallots?(award: AwardResult['award']): void;
  busy?: boolean;
  /** The rounds (VoteRounds). */
  children?: React.ReactNode;
}

export function AwardRounds({ t, award, onWriteNextBallots, busy, children }: AwardRoundsProps): React.JSX.Element | null {
  const view = useViewStyles();
  const next = award.runoffNeeded ? award.nextRound : null;
  if (award.rounds.length <= 1 && next === null && !award.extraRound) return null;
  return (
    <div className={view.section} data-testid="award-rounds">
      {children}
      {next !== null && onWriteNextBallots && (
        <div>
          <PaneButton size="small" unavailable={busy} onClick={() => onWriteNextBallots(award.award)}>
            {t.nominate.writeNextBallots(next)}
          </PaneButton>
        </div>
      )}
      {next !== null && <p className={view.small}>{t.nominate.nextRoundHow(next)}</p>}
    </div>
  );
}
