/**
 * "Phát phiếu chấm" (docs/phieu-cham.md): an optional deadline and member list, then one link
 * per form and one for all of them in a .zip. The files are built in the page (src/app/memberForms.ts)
 * and offered as downloads: Office.js cannot write files, and a link the user clicks is what both
 * Excel's pane and a browser let a page save.
 */
import * as React from 'react';
import { Button, Caption1, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/index';
import { formWordsFor, parseDeadline } from '../../core/forms/index';
import type { IssueOutcome, NamedBytes } from '../../app/memberForms';
import type { FormsStrings } from '../strings/forms';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  list: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Object URLs for the files, revoked when the files change or the view goes. */
function useDownloads(files: readonly NamedBytes[]): string[] {
  const [urls, setUrls] = React.useState<string[]>([]);
  React.useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const made = files.map((f) => URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: f.name.endsWith('.zip') ? 'application/zip' : XLSX })));
    setUrls(made);
    return () => made.forEach((u) => URL.revokeObjectURL(u));
  }, [files]);
  return urls;
}

export interface MemberFormsIssueProps {
  t: FormsStrings;
  lang: Lang;
  busy: boolean;
  onIssue(request: { deadline: string | null; members: string[] }): Promise<IssueOutcome | undefined>;
}

export function MemberFormsIssue({ t, lang, busy, onIssue }: MemberFormsIssueProps): React.JSX.Element {
  const styles = useStyles();
  const [deadline, setDeadline] = React.useState('');
  const [members, setMembers] = React.useState('');
  const [outcome, setOutcome] = React.useState<IssueOutcome | null>(null);
  const badDeadline = deadline.trim() !== '' && parseDeadline(deadline) === null;
  const files = React.useMemo(() => (outcome?.ok ? [outcome.zip, ...outcome.forms.map((f) => f.file)] : []), [outcome]);
  const urls = useDownloads(files);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (badDeadline) return;
    const list = members.split(/[;,]/).map((m) => m.trim()).filter((m) => m !== '');
    void onIssue({ deadline: deadline.trim() === '' ? null : parseDeadline(deadline), members: list }).then((r) => r && setOutcome(r));
  };

  const refusal = outcome && !outcome.ok ? refusalText(outcome, lang) : null;
  return (
    <section aria-label={t.issue.title}>
      <Text as="h2" weight="semibold">
        {t.issue.title}
      </Text>
      <Caption1 block>{t.issue.intro}</Caption1>
      <form className={styles.form} noValidate onSubmit={submit} aria-label={t.issue.title}>
        <Field label={t.issue.deadline} hint={t.issue.deadlineHint} validationMessage={badDeadline ? t.issue.badDeadline : undefined}>
          <Input type="date" value={deadline} onChange={(_, d) => setDeadline(d.value)} />
        </Field>
        <Field label={t.issue.members} hint={t.issue.membersHint}>
          <Input value={members} onChange={(_, d) => setMembers(d.value)} />
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={busy || badDeadline}>
            {t.issue.run}
          </Button>
        </div>
      </form>
      {refusal && (
        <Text block className={styles.error} role="alert">
          {refusal}
        </Text>
      )}
      {outcome?.ok && (
        <div data-testid="issued-forms">
          <Text block>{t.issue.done(outcome.forms.length)}</Text>
          {urls[0] && (
            <Link href={urls[0]} download={outcome.zip.name} data-file={outcome.zip.name}>
              {t.issue.zip(outcome.zip.name)}
            </Link>
          )}
          <Caption1 block>{t.issue.files}</Caption1>
          <ul className={styles.list}>
            {outcome.forms.map((f, i) => (
              <li key={f.member}>
                {urls[i + 1] ? (
                  <Link href={urls[i + 1]} download={f.file.name} data-file={f.file.name}>
                    {f.file.name}
                  </Link>
                ) : (
                  f.file.name
                )}{' '}
                — {t.issue.line(f.name, f.inputs, f.prefilled)}
              </li>
            ))}
          </ul>
          <Caption1 block>{t.issue.hostNote}</Caption1>
        </div>
      )}
    </section>
  );
}

function refusalText(outcome: Extract<IssueOutcome, { ok: false }>, lang: Lang): string {
  const w = formWordsFor(lang).formsRefusal;
  switch (outcome.refusal) {
    case 'notScoring':
      return w.notScoring;
    case 'structure':
      return w.structure(outcome.problems.length);
    case 'noSelfSheet':
      return w.noSelfSheet;
    case 'unknownMembers':
      return w.unknownMembers(outcome.unknown);
  }
}
