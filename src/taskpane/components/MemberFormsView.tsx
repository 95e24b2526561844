/**
 * The "Phiếu chấm" view (member forms, docs/phieu-cham.md): issuing the forms and gathering them
 * back. Loaded on demand (App.tsx: React.lazy), with src/app/memberForms.ts and the file engine
 * that builds and reads the .xlsx files in the page, so that the pane opens without them.
 */
import * as React from 'react';
import { Caption1, Divider, makeStyles } from '@fluentui/react-components';
import type { Lang, WorkbookPort } from '../../core/index';
import type { CommandDeps } from '../../app/deps';
import { issueMemberForms, previewGather, runGather, type GatherPreview, type NamedBytes } from '../../app/memberForms';
import { formsStrings } from '../strings/forms';
import { MemberFormsGather } from './MemberFormsGather';
import { MemberFormsIssue } from './MemberFormsIssue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '12px', minWidth: 0 },
});

export interface MemberFormsViewProps {
  port: WorkbookPort;
  lang: Lang;
  busy: boolean;
  /** The pane's one-command-at-a-time runner (progress, errors). */
  run<T>(work: (deps: CommandDeps) => Promise<T>): Promise<T | undefined>;
  /** Told after values were written into the workbook (the pane reads its status again). */
  onWritten(): void;
}

export default function MemberFormsView({ port, lang, busy, run, onWritten }: MemberFormsViewProps): React.JSX.Element {
  const styles = useStyles();
  const t = formsStrings(lang);
  return (
    <div className={styles.root}>
      <Caption1>{t.intro}</Caption1>
      <MemberFormsIssue t={t} lang={lang} busy={busy} onIssue={(request) => run((deps) => issueMemberForms(port, deps, request))} />
      <Divider />
      <MemberFormsGather
        t={t}
        lang={lang}
        busy={busy}
        canWrite={typeof port.fillInputCells === 'function'}
        onPreview={(files: NamedBytes[], replace: boolean) => run((deps) => previewGather(port, deps, files, replace))}
        onGather={async (files: NamedBytes[], shown: GatherPreview) => {
          const r = await run((deps) => runGather(port, deps, files, shown));
          if (r?.kind === 'done') onWritten();
          return r;
        }}
      />
    </div>
  );
}
