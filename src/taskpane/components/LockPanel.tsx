/**
 * "Chốt số liệu" in the Settings/Info view (issue 6): the lock recorded in `Nhật ký`, the form
 * that locks (the chair's name, an optional password) and the one that unlocks. A mismatch
 * between the recorded and the current fingerprint is shown in red (LockMismatchBanner). The
 * password lives only in this form's state until the command runs; nothing keeps it.
 */
import * as React from 'react';
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { describeLock, wordsFor, type Lang, type LockStatus } from '../../core/index';
import type { LockForm } from '../../app/signOff';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  status: { overflowWrap: 'anywhere' },
  fingerprint: { fontFamily: tokens.fontFamilyMonospace },
});

export interface LockPanelProps {
  t: Strings;
  lang: Lang;
  lock: LockStatus | null;
  busy: boolean;
  /** Resolves to true when the command went through (the form is then cleared). */
  onLock(form: LockForm): Promise<boolean>;
  onUnlock(form: LockForm): Promise<boolean>;
}

export function LockPanel({ t, lang, lock, busy, onLock, onUnlock }: LockPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [by, setBy] = React.useState('');
  const [password, setPassword] = React.useState('');
  const locked = lock?.locked === true;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const run = locked ? onUnlock : onLock;
    void run({ by, password }).then((done) => {
      // The password never outlives the command; the name stays for the next time.
      setPassword('');
      if (done && locked) setBy('');
    });
  };

  return (
    <section aria-label={t.lock.title}>
      <Caption1>{t.lock.intro}</Caption1>
      <p className={styles.status}>
        <Text weight="semibold">{locked && lock ? signedOffText(lock, lang) : t.lock.notLocked}</Text>
      </p>
      <form className={styles.form} noValidate onSubmit={submit} aria-label={locked ? t.lock.unlock : t.lock.lock}>
        <Field label={locked ? t.lock.unlockBy : t.lock.by} required={!locked}>
          <Input value={by} autoComplete="name" onChange={(_, d) => setBy(d.value)} />
        </Field>
        <Field label={locked ? t.lock.unlockPassword : t.lock.password} hint={locked ? undefined : t.lock.passwordHint}>
          <Input type="password" value={password} autoComplete={locked ? 'current-password' : 'new-password'} onChange={(_, d) => setPassword(d.value)} />
        </Field>
        <div>
          <Button appearance={locked ? 'secondary' : 'primary'} type="submit" disabled={busy}>
            {locked ? t.lock.unlock : t.lock.lock}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The sign-off as recorded (when, which fingerprint, who), whether or not the data still matches it. */
function signedOffText(lock: LockStatus, lang: Lang): string {
  const w = wordsFor(lang).lock;
  return w.signedOff(lock.at || w.unknownTime, lock.fingerprint ?? w.noFingerprint, lock.by || null);
}

/** The red notice when the data changed after the sign-off (shown above every tab). */
export function LockMismatchBanner({ lang, lock, fingerprint }: { lang: Lang; lock: LockStatus; fingerprint: string | null }): React.JSX.Element {
  return (
    <MessageBar intent="error" data-intent="error" layout="multiline">
      <MessageBarBody>{describeLock(lock, fingerprint, lang)?.text}</MessageBarBody>
    </MessageBar>
  );
}
