/**
 * A command's button: while its command runs it shows a spinner and keeps the keyboard focus
 * (`disabledFocusable`: announced as unavailable, never blurred to the page), and while any
 * command runs it does nothing (one command at a time). The stage of the run is written under it.
 */
import * as React from 'react';
import { Button, Spinner } from '@fluentui/react-components';
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
      <Button
        appearance={appearance}
        type={type}
        disabledFocusable={busy}
        icon={running ? <Spinner size="extra-tiny" aria-hidden="true" /> : undefined}
        onClick={busy ? undefined : onClick}
      >
        {children}
      </Button>
      {running && stage && (
        <span className={styles.small} aria-hidden="true">
          {stage}
        </span>
      )}
    </div>
  );
}
