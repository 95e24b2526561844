/** The small form behind "Tạo sổ mới": cluster name, year and the member list. */
import * as React from 'react';
import { Button, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import type { FormIssue, NewWorkbookForm as FormValues } from '../../app/newWorkbookForm';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '4px' },
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
  defaultYear: number;
  /** Resolves to the issues found (empty when the sheets were created). */
  onSubmit(values: FormValues): Promise<FormIssue[]>;
  onCancel(): void;
}

export function NewWorkbookForm({ t, busy, defaultYear, onSubmit, onCancel }: NewWorkbookFormProps): React.JSX.Element {
  const styles = useStyles();
  const [values, setValues] = React.useState<FormValues>({ clusterName: '', year: String(defaultYear), members: '' });
  const [issues, setIssues] = React.useState<FormIssue[]>([]);
  const messageFor = (field: FormIssue['field']) => {
    const texts = issues.filter((x) => x.field === field).map((x) => issueText(x, t));
    return texts.length > 0 ? texts.join(' ') : undefined;
  };
  const set = (field: keyof FormValues) => (_: unknown, d: { value: string }) => setValues((v) => ({ ...v, [field]: d.value }));

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(values).then(setIssues);
      }}
    >
      <Field label={t.settings.clusterName} required validationMessage={messageFor('clusterName')}>
        <Input value={values.clusterName} placeholder={t.settings.clusterPlaceholder} onChange={set('clusterName')} />
      </Field>
      <Field label={t.settings.year} required validationMessage={messageFor('year')}>
        <Input value={values.year} inputMode="numeric" onChange={set('year')} />
      </Field>
      <Field label={t.settings.members} required hint={t.settings.membersHint} validationMessage={messageFor('members')}>
        <Textarea value={values.members} resize="vertical" rows={3} onChange={set('members')} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t.settings.create}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.settings.cancel}
        </Button>
      </div>
    </form>
  );
}
