/**
 * The small form behind "Tạo sổ mới": cluster name, year and the member list. Each problem sits on
 * its field (Fluent Field validation), and the first field with one takes the focus; the result of
 * creating the sheets — done, or refused by the workbook — is shown by the view right under it.
 */
import * as React from 'react';
import { Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import type { FormIssue, NewWorkbookForm as FormValues } from '../../app/newWorkbookForm';
import type { Strings } from '../strings';
import { PaneButton } from './PaneButton';
import { RunButton } from './RunButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '4px', alignItems: 'flex-start' },
});

export function issueText(issue: FormIssue, t: Strings): string {
  const i = t.settings.issue;
  switch (issue.kind) {
    case 'missing':
      return i.clusterMissing;
    case 'invalid':
      return i.yearInvalid;
    case 'tooFew':
      return i.tooFew;
    case 'tooMany':
      return i.tooMany;
    case 'syntax':
      return i.syntax(issue.item);
    case 'codeInvalid':
      return i.codeInvalid(issue.code, issue.suggestion);
    case 'codeDuplicate':
      return i.codeDuplicate(issue.code);
    case 'nameDuplicate':
      return i.nameDuplicate(issue.name);
  }
}

export interface NewWorkbookFormProps {
  t: Strings;
  busy: boolean;
  running: boolean;
  stage: string | null;
  defaultYear: number;
  /** The first field takes the focus when the form opens and whenever this changes. */
  focusSeq: number;
  /** Resolves to the issues found (empty when the sheets were created or the host refused). */
  onSubmit(values: FormValues): Promise<FormIssue[]>;
  onCancel(): void;
}

const FIELDS: FormIssue['field'][] = ['clusterName', 'year', 'members'];

export function NewWorkbookForm({ t, busy, running, stage, defaultYear, focusSeq, onSubmit, onCancel }: NewWorkbookFormProps): React.JSX.Element {
  const styles = useStyles();
  const [values, setValues] = React.useState<FormValues>({ clusterName: '', year: String(defaultYear), members: '' });
  const [issues, setIssues] = React.useState<FormIssue[]>([]);
  const inputs = {
    clusterName: React.useRef<HTMLInputElement>(null),
    year: React.useRef<HTMLInputElement>(null),
    members: React.useRef<HTMLTextAreaElement>(null),
  };
  React.useEffect(() => {
    inputs.clusterName.current?.focus();
  }, [focusSeq]); // eslint-disable-line react-hooks/exhaustive-deps
  const messageFor = (field: FormIssue['field']) => {
    const texts = issues.filter((x) => x.field === field).map((x) => issueText(x, t));
    return texts.length > 0 ? texts.join(' ') : undefined;
  };
  const set = (field: keyof FormValues) => (_: unknown, d: { value: string }) => setValues((v) => ({ ...v, [field]: d.value }));

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={t.settings.newWorkbook}
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        void onSubmit(values).then((found) => {
          setIssues(found);
          // The first field with a problem takes the focus (its message is read with it).
          const first = FIELDS.find((f) => found.some((x) => x.field === f));
          if (first) inputs[first].current?.focus();
        });
      }}
    >
      <Field label={t.settings.clusterName} required validationMessage={messageFor('clusterName')}>
        <Input ref={inputs.clusterName} value={values.clusterName} placeholder={t.settings.clusterPlaceholder} onChange={set('clusterName')} />
      </Field>
      <Field label={t.settings.year} required validationMessage={messageFor('year')}>
        <Input ref={inputs.year} value={values.year} inputMode="numeric" onChange={set('year')} />
      </Field>
      <Field label={t.settings.members} required hint={t.settings.membersHint} validationMessage={messageFor('members')}>
        <Textarea ref={inputs.members} value={values.members} resize="vertical" rows={3} onChange={set('members')} />
      </Field>
      <div className={styles.actions}>
        <RunButton type="submit" running={running} busy={busy} stage={stage}>
          {t.settings.create}
        </RunButton>
        <PaneButton onClick={onCancel}>{t.settings.cancel}</PaneButton>
      </div>
    </form>
  );
}
