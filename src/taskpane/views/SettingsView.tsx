/**
 * Cài đặt / Thông tin (not a step: the button at the top right): the effective settings (defaults
 * marked), worded by the core (settingLines: next year's leaders as the documents name them), the
 * data fingerprint, and "Tạo sổ mới" — one press opens its form with the focus in its first field,
 * and its result stays next to its button. The sign-off lock is its own step now (LockView.tsx).
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { settingLines, type Lang } from '../../core/index';
import type { WorkbookStatus } from '../../app/commands';
import type { FormIssue, NewWorkbookForm as FormValues } from '../../app/newWorkbookForm';
import { NewWorkbookForm } from '../components/NewWorkbookForm';
import { PaneButton } from '../components/PaneButton';
import { ResultBlock } from '../components/ResultBlock';
import type { Notice } from '../notices';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';

const useStyles = makeStyles({
  // A plain table: Fluent's Table brings a data-grid we do not need.
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  td: { padding: '4px 6px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  isDefault: { color: tokens.colorNeutralForeground2 },
  fingerprint: { fontFamily: tokens.fontFamilyMonospace },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: '2px', margin: 0 },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  definition: { margin: '0 0 4px 0' },
});

export interface SettingsViewProps {
  t: Strings;
  lang: Lang;
  status: WorkbookStatus | null;
  lastRank: string | null;
  stale: boolean;
  busy: boolean;
  running: boolean;
  stage: string | null;
  defaultYear: number;
  onRefresh(): void;
  /** Creates the template; `created` is false when the form has issues or the host refused. */
  onCreate(values: FormValues): Promise<{ created: boolean; issues: FormIssue[] }>;
  formOpen: boolean;
  onFormOpen(open: boolean): void;
  /** The new-workbook form's result (shown next to its button). */
  createNotice: Notice | null;
  /** Changes when the form is opened from elsewhere: its first field takes the focus. */
  formFocusSeq: number;
  createFocusSeq: number;
}

export function SettingsView(props: SettingsViewProps): React.JSX.Element {
  const { t, status, lastRank, stale, busy } = props;
  const view = useViewStyles();
  const styles = useStyles();
  const settings = status?.workbook ? settingLines(status.workbook, props.lang) : null;

  return (
    <section className={view.root} aria-labelledby="view-title">
      <h2 id="view-title" className={view.title}>
        {t.settingsButton}
      </h2>
      {stale && (
        <p className={view.text} role="note">
          <strong>{t.stale}</strong>
        </p>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.settings.fingerprint}</dt>
        <dd className={`${styles.definition} ${styles.fingerprint}`}>{status?.fingerprint ?? t.settings.none}</dd>
        <dt className={styles.term}>{t.settings.lastRank}</dt>
        <dd className={`${styles.definition} ${styles.fingerprint}`}>{lastRank ?? t.settings.none}</dd>
      </dl>
      <div>
        <PaneButton unavailable={busy} onClick={props.onRefresh}>
          {t.settings.refresh}
        </PaneButton>
      </div>

      <h3 className={view.heading}>{t.settings.newWorkbook}</h3>
      <p className={view.small}>{t.settings.newWorkbookIntro}</p>
      {!props.formOpen && (
        <div>
          <PaneButton unavailable={busy} onClick={() => props.onFormOpen(true)}>
            {t.settings.newWorkbook}
          </PaneButton>
        </div>
      )}
      {props.formOpen && (
        <NewWorkbookForm
          t={t}
          busy={busy}
          running={props.running}
          stage={props.stage}
          defaultYear={props.defaultYear}
          focusSeq={props.formFocusSeq}
          onCancel={() => props.onFormOpen(false)}
          onSubmit={async (values) => {
            const result = await props.onCreate(values);
            if (result.created) props.onFormOpen(false);
            return result.issues;
          }}
        />
      )}
      <ResultBlock t={t} title={t.settings.newWorkbook} notice={props.createNotice} focusSeq={props.createFocusSeq} />

      <h3 className={view.heading}>{t.settings.title}</h3>
      {status?.notScoringWorkbook && <p className={view.text}>{t.notScoring}</p>}
      {!settings && !status?.notScoringWorkbook && <p className={`${view.text} ${view.italic}`}>{t.settings.noSettings}</p>}
      {settings && (
        <table className={styles.table} aria-label={t.settings.title}>
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {t.settings.name}
              </th>
              <th className={styles.th} scope="col">
                {t.settings.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {settings.map((s) => (
              <tr key={s.id}>
                <td className={styles.td}>{s.name}</td>
                <td className={styles.td}>
                  {s.value}
                  {s.isDefault && (
                    <>
                      {' '}
                      <span className={styles.isDefault}>{t.settings.isDefault}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
