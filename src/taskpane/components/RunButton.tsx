/**
 * A command's button: while its command runs it shows a spinner and keeps the keyboard focus
 * (aria-disabled: announced as unavailable, never blurred to the page), and while any
 * command runs it does nothing (one command at a time). The stage of the run is written under it.
 */
import * as React from 'react';
import { PaneButton, PaneSpinner } from './PaneButton';
import { useViewStyles } from '../styles';

export interface RunButtonProps {
  /** This button's own command is running. */
  running: boolean;
  /** Some command is running. */
  busy: boolean;
  /** What the running command is doing now ("Đang đọc dữ liệu trong sổ…"). */
  stage?: string | null;
  appearance?: 'primary' | 'secondary';
  type?: 'button' | 'submit';
  onClick?(): void;
  children: React.ReactNode;
}

export function RunButton({ running, busy, stage, appearance = 'primary', type = 'button', onClick, children }: RunButtonProps): React.JSX.Element {
  const styles = useViewStyles();
  return (
    <div className={styles.actions}>
      <PaneButton appearance={appearance} type={type} unavailable={busy} icon={running ? <PaneSpinner /> : undefined} onClick={onClick}>
        {children}
      </PaneButton>
      {running && stage && (
        <span className={styles.small} aria-hidden="true">
          {stage}
        </span>
      )}
    </div>
  );
}
