/**
 * Chốt số liệu (issue 6, moved out of Cài đặt into its step by issue 13): the lock recorded in
 * `Nhật ký`, the form that locks (the chair's name, an optional password) and the one that
 * unlocks; the result next to the button. A missing name is marked on its field before anything
 * runs. A mismatch between the recorded and the current fingerprint is shown in red. The password
 * lives only in this form's state until the command runs; nothing keeps it.
 */
import * as React from 'react';
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { describeLock, wordsFor, type Lang, type LockStatus } from '../../core/index';
import type { LockForm } from '../../app/signOff';
import { NoticeBox } from '../components/PaneButton';
import { ResultBlock } from '../components/ResultBlock';
import { RunButton } from '../components/RunButton';
import type { Notice } from '../notices';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
});

export interface LockViewProps {
  t: Strings;
  lang: Lang;
  lock: LockStatus | null;
  /** The data's fingerprint now (for the red notice when it changed after the lock). */
  fingerprint: string | null;
  /** The host can protect sheets and keep the log. */
  supported: boolean;
  notScoring: boolean;
  busy: boolean;
  running: boolean;
  stage: string | null;
  notice: Notice | null;
  focusSeq: number;
  onShowErrors(): void;
  /** Resolves to true when the command went through (the form is then cleared). */
  onLock(form: LockForm): Promise<boolean>;
  onUnlock(form: LockForm): Promise<boolean>;
}

/** The sign-off as recorded (when, which fingerprint, who), whether or not the data still matches it. */
function signedOffText(lock: LockStatus, lang: Lang): string {
  const w = wordsFor(lang).lock;
  return w.signedOff(lock.at || w.unknownTime, lock.fingerprint ?? w.noFingerprint, lock.by || null);
}

export function LockView(props: LockViewProps): React.JSX.Element {
  const { t, lang, lock, busy } = props;
  const view = useViewStyles();
  const styles = useStyles();
  const [by, setBy] = React.useState('');
  const [password, setPassword] = React.useState('');
  const [nameError, setNameError] = React.useState(false);
  const nameInput = React.useRef<HTMLInputElement>(null);
  const locked = lock?.locked === true;
  const changed = locked && lock !== null && !lock.matches;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!locked && by.trim() === '') {
      // Said on the field itself, and the field takes the focus: nothing runs.
      setNameError(true);
      nameInput.current?.focus();
      return;
    }
    setNameError(false);
    const run = locked ? props.onUnlock : props.onLock;
    void run({ by, password }).then((done) => {
      // The password never outlives the command; the name stays for the next time.
      setPassword('');
      if (done && locked) setBy('');
    });
  };

  return (
    <section className={view.root} aria-labelledby="view-title">
      <h2 id="view-title" className={view.title}>
        {t.lock.title}
      </h2>
      <p className={view.small}>{t.lock.intro}</p>
      {changed && lock && (
        <NoticeBox intent="error">{describeLock(lock, props.fingerprint, lang)?.text}</NoticeBox>
      )}
      <p className={view.text}>
        <strong>{locked && lock ? signedOffText(lock, lang) : t.lock.notLocked}</strong>
      </p>
      {!props.supported && <p className={view.text}>{t.lock.unsupported}</p>}
      {props.supported && !props.notScoring && (
        <form className={styles.form} noValidate onSubmit={submit} aria-label={locked ? t.lock.unlock : t.lock.lock}>
          <Field
            label={locked ? t.lock.unlockBy : t.lock.by}
            required={!locked}
            validationState={nameError ? 'error' : 'none'}
            validationMessage={nameError ? t.lock.refusal.nameMissing : undefined}
          >
            <Input
              ref={nameInput}
              value={by}
              autoComplete="name"
              onChange={(_, d) => {
                setBy(d.value);
                if (d.value.trim() !== '') setNameError(false);
              }}
            />
          </Field>
          <Field label={locked ? t.lock.unlockPassword : t.lock.password} hint={locked ? undefined : t.lock.passwordHint}>
            <Input type="password" value={password} autoComplete={locked ? 'current-password' : 'new-password'} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          <RunButton type="submit" appearance={locked ? 'secondary' : 'primary'} running={props.running} busy={busy} stage={props.stage}>
            {locked ? t.lock.unlock : t.lock.lock}
          </RunButton>
        </form>
      )}
      <ResultBlock t={t} title={t.lock.result} notice={props.notice} focusSeq={props.focusSeq} onShowErrors={props.onShowErrors} />
    </section>
  );
}
