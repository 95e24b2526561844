/**
 * Kiểm tra / Check: runs the check, counts the problems by severity, lists them by sheet then
 * member; a problem takes the user to its cell. Officers filter by their own member, and may
 * colour the problem cells (explicit and reversible; only where the host can).
 */
import * as React from 'react';
import { Badge, Button, Field, Select, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { countBySeverity, memberNames, type Lang, type Problem, type RankReport, type Severity } from '../../core/index';
import type { CommandResult } from '../../app/commands';
import { groupProblems, membersMentioned } from '../../app/problemGroups';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', minWidth: 0 },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '4px' },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px', rowGap: '4px' },
  sheetHeading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '8px 0 2px' },
  memberHeading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '6px 0 2px', color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  problem: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: '2px',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  notClickable: { cursor: 'default' },
  where: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: 'anywhere' },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOUR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface CheckViewProps {
  t: Strings;
  lang: Lang;
  run: CommandResult<RankReport> | null;
  busy: boolean;
  onRun(): void;
  problemMessage(p: Problem, lang: Lang): string;
  /** Member code shown, or null for all. */
  filter: string | null;
  onFilter(member: string | null): void;
  /** Present only when the host can colour cells. */
  highlight: { on: boolean; onToggle(on: boolean): void; onClear?: () => void } | null;
  onSelectCell(sheet: string, cell: string): void;
}

export function CheckView(props: CheckViewProps): React.JSX.Element {
  const { t, lang, run, busy } = props;
  const styles = useStyles();
  const report = run?.report ?? null;
  const problems = report?.problems ?? [];
  const members = report?.workbook?.members ?? [];
  const names = memberNames(report?.workbook);
  const nameOf = (code: string): string => names.name(code);
  const filterOptions = membersMentioned(problems, members);
  const allCodes = members.length > 0 ? members.map((m) => m.code) : filterOptions;
  const filter = props.filter !== null && allCodes.includes(props.filter) ? props.filter : null;
  const groups = groupProblems(problems, members, filter);
  const counts = countBySeverity(problems);

  return (
    <section className={styles.root} aria-label={t.tabs.check}>
      <Text>{t.check.intro}</Text>
      <div>
        <Button appearance="primary" disabled={busy} onClick={props.onRun}>
          {t.check.run}
        </Button>
      </div>
      {!run && <Text italic>{t.check.notRun}</Text>}
      {run && run.outcome !== 'notScoring' && (
        <>
          <div className={styles.counts} role="group" aria-label={t.check.countsLabel}>
            {SEVERITIES.map((s) => (
              <Badge key={s} appearance={counts[s] > 0 ? 'filled' : 'outline'} color={BADGE_COLOUR[s]}>
                {t.check.count(t.check.severity[s], counts[s])}
              </Badge>
            ))}
          </div>
          {allCodes.length > 0 && (
            <Field label={t.check.memberFilter}>
              <Select
                value={filter ?? ''}
                onChange={(_, d) => props.onFilter(d.value === '' ? null : d.value)}
              >
                <option value="">{t.check.allMembers}</option>
                {allCodes.map((c) => (
                  <option key={c} value={c}>
                    {nameOf(c)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {props.highlight && problems.length > 0 && (
            <div className={styles.tools}>
              <Switch
                label={t.check.highlight}
                checked={props.highlight.on}
                disabled={busy}
                onChange={(_, d) => props.highlight?.onToggle(d.checked)}
              />
              {props.highlight.onClear && (
                <Button size="small" disabled={busy} onClick={props.highlight.onClear}>
                  {t.check.clearHighlight}
                </Button>
              )}
            </div>
          )}
          {problems.length === 0 && <Text>{t.check.noProblems}</Text>}
          {problems.length > 0 && groups.length === 0 && <Text>{t.check.noneForMember}</Text>}
          <div aria-label={t.check.problemsLabel} role="region">
            {groups.map((g) => (
              <div key={g.sheet}>
                <h3 className={styles.sheetHeading}>{g.sheet === '' ? t.check.wholeWorkbook : g.sheet}</h3>
                {g.members.map((mg) => (
                  <div key={mg.member ?? ''}>
                    <h4 className={styles.memberHeading}>{mg.member === null ? t.check.generalGroup : nameOf(mg.member)}</h4>
                    <ul className={styles.list}>
                      {mg.problems.map((p, i) => (
                        <li key={i}>
                          <ProblemItem p={p} {...props} styles={styles} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function ProblemItem(props: CheckViewProps & { p: Problem; styles: ReturnType<typeof useStyles> }): React.JSX.Element {
  const { p, t, lang, styles } = props;
  const body = (
    <>
      <span className={styles.where}>
        <Badge size="small" appearance="tint" color={BADGE_COLOUR[p.severity]}>
          {t.check.severity[p.severity]}
        </Badge>
        <strong>{p.cell === '' ? t.check.wholeSheet : p.cell}</strong>
        <span className={styles.code}>{p.code}</span>
      </span>
      <span className={styles.message}>{props.problemMessage(p, lang)}</span>
    </>
  );
  if (p.sheet === '') return <div className={`${styles.problem} ${styles.notClickable}`}>{body}</div>;
  // A native button: Enter and Space activate it, and it is in the tab order.
  const cell = p.cell === '' ? 'A1' : p.cell;
  return (
    <button type="button" className={styles.problem} title={t.check.goTo(p.sheet, cell)} onClick={() => props.onSelectCell(p.sheet, cell)}>
      {body}
    </button>
  );
}
