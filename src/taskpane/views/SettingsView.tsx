/**
 * Cài đặt / Thông tin: the effective settings (defaults marked), worded by the core
 * (settingLines: next year's leaders as the documents name them), the data fingerprint, the
 * stale banner when the data changed after the last ranking, the sign-off lock ("Chốt số liệu",
 * LockPanel) and "new workbook" (the template).
 */
import * as React from 'react';
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { settingLines, type Lang } from '../../core/index';
import type { WorkbookStatus } from '../../app/commands';
import type { FormIssue, NewWorkbookForm as FormValues } from '../../app/newWorkbookForm';
import type { LockForm } from '../../app/signOff';
import { LockPanel } from '../components/LockPanel';
import { StaleBanner } from '../components/StaleBanner';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '8px 0 2px' },
  // A plain table: Fluent's Table brings a data-grid we do not need into the initial bundle.
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: '4px 6px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  td: { padding: '4px 6px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  value: { overflowWrap: 'anywhere' },
  isDefault: { color: tokens.colorNeutralForeground3, marginLeft: '4px' },
  fingerprint: { fontFamily: tokens.fontFamilyMonospace },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: '2px', margin: 0 },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  definition: { margin: '0 0 4px 0' },
});

// "New workbook" is loaded when the form is opened, with the template (src/core/index.ts, loadTemplate).
const NewWorkbookForm = React.lazy(() =>
  import(/* webpackChunkName: "new-workbook" */ '../components/NewWorkbookForm').then((m) => ({ default: m.NewWorkbookForm })),
);

export interface SettingsViewProps {
  t: Strings;
  lang: Lang;
  status: WorkbookStatus | null;
  lastRank: string | null;
  stale: boolean;
  busy: boolean;
  defaultYear: number;
  onRefresh(): void;
  /** Creates the template; `created` is false when the form has issues or the host refused. */
  onCreate(values: FormValues): Promise<{ created: boolean; issues: FormIssue[] }>;
  /** "Chốt số liệu" and "Mở khóa"; absent where the host cannot protect sheets. Resolve to true when done. */
  onLock?(form: LockForm): Promise<boolean>;
  onUnlock?(form: LockForm): Promise<boolean>;
}

export function SettingsView(props: SettingsViewProps): React.JSX.Element {
  const { t, status, lastRank, stale, busy } = props;
  const styles = useStyles();
  const [formOpen, setFormOpen] = React.useState(false);
  const settings = status?.workbook ? settingLines(status.workbook, props.lang) : null;

  return (
    <section className={styles.root} aria-label={t.tabs.settings}>
      {stale && <StaleBanner text={t.stale} />}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.settings.fingerprint}</dt>
        <dd className={`${styles.definition} ${styles.fingerprint}`}>{status?.fingerprint ?? t.settings.none}</dd>
        <dt className={styles.term}>{t.settings.lastRank}</dt>
        <dd className={`${styles.definition} ${styles.fingerprint}`}>{lastRank ?? t.settings.none}</dd>
      </dl>
      <div>
        <Button disabled={busy} onClick={props.onRefresh}>
          {t.settings.refresh}
        </Button>
      </div>

      {props.onLock && props.onUnlock && status && !status.notScoringWorkbook && (
        <>
          <h3 className={styles.heading}>{t.lock.title}</h3>
          <LockPanel t={t} lang={props.lang} lock={status.lock ?? null} busy={busy} onLock={props.onLock} onUnlock={props.onUnlock} />
        </>
      )}

      <h3 className={styles.heading}>{t.settings.title}</h3>
      {status?.notScoringWorkbook && <Text>{t.notScoring}</Text>}
      {!settings && !status?.notScoringWorkbook && <Text italic>{t.settings.noSettings}</Text>}
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
                  <span className={styles.value}>{s.value}</span>
                  {s.isDefault && <span className={styles.isDefault}>{t.settings.isDefault}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className={styles.heading}>{t.settings.newWorkbook}</h3>
      <Caption1>{t.settings.newWorkbookIntro}</Caption1>
      {!formOpen && (
        <div>
          <Button disabled={busy} onClick={() => setFormOpen(true)}>
            {t.settings.newWorkbook}
          </Button>
        </div>
      )}
      {formOpen && (
        <React.Suspense fallback={null}>
          <NewWorkbookForm
            t={t}
            busy={busy}
            defaultYear={props.defaultYear}
            onCancel={() => setFormOpen(false)}
            onSubmit={async (values) => {
              const result = await props.onCreate(values);
              if (result.created) setFormOpen(false);
              return result.issues;
            }}
          />
        </React.Suspense>
      )}
    </section>
  );
}
