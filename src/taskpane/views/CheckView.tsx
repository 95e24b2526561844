/**
 * Kiểm tra / Check: runs the check next to its result, then the problem list (ProblemList.tsx).
 * On a workbook that is not a scoring workbook yet, the result offers to create the input sheets
 * at once. Officers may colour the problem cells (explicit and reversible; only where the host can).
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { memberNames, type CheckReport, type Lang, type Problem } from '../../core/index';
import type { ProblemFilter } from '../../app/problemGroups';
import { ProblemList, type Locate } from '../components/ProblemList';
import { CommandView } from '../components/CommandView';
import type { Notice } from '../notices';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';

const useStyles = makeStyles({
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '12px', rowGap: '4px', fontSize: tokens.fontSizeBase300 },
  checkbox: { display: 'inline-flex', alignItems: 'center', columnGap: '6px', cursor: 'pointer' },
  box: { width: '16px', height: '16px', margin: 0, accentColor: tokens.colorBrandBackground },
});

export interface Highlight {
  on: boolean;
  onToggle(on: boolean): void;
  onClear?: () => void;
}

export interface CheckViewProps {
  t: Strings;
  lang: Lang;
  /** The latest report of any command (its problems are the list); null before any. */
  report: CheckReport | null;
  notScoring: boolean;
  busy: boolean;
  running: boolean;
  stage: string | null;
  notice: Notice | null;
  focusSeq: number;
  listFocusSeq: number;
  onRun(): void;
  onShowErrors(): void;
  /** Offered when the workbook is not a scoring workbook (opens the new-workbook form). */
  onCreateWorkbook?(): void;
  problemMessage(p: Problem, lang: Lang): string;
  filter: ProblemFilter;
  onFilter(filter: ProblemFilter): void;
  /** Present only when the host can colour cells. */
  highlight: Highlight | null;
  locate: Locate;
}

export function CheckView(props: CheckViewProps): React.JSX.Element {
  const { t, lang, report, busy } = props;
  const view = useViewStyles();
  const styles = useStyles();
  const problems = report?.problems ?? [];
  return (
    <CommandView
      t={t}
      title={t.steps.check}
      intro={t.check.intro}
      runLabel={t.check.run}
      notRun={t.check.notRun}
      resultTitle={t.check.result}
      hasRun={report !== null}
      busy={busy}
      running={props.running}
      stage={props.stage}
      notice={props.notice}
      focusSeq={props.focusSeq}
      onRun={props.onRun}
      onShowErrors={props.onShowErrors}
      resultExtra={
        props.notScoring &&
        props.onCreateWorkbook && (
          <div>
            <button type="button" className={view.link} onClick={props.onCreateWorkbook}>
              {t.createHere}
            </button>
          </div>
        )
      }
    >
      {props.highlight && problems.length > 0 && (
        <div className={styles.tools}>
          <label className={styles.checkbox}>
            <input type="checkbox" className={styles.box} checked={props.highlight.on} disabled={busy} onChange={(e) => props.highlight?.onToggle(e.currentTarget.checked)} />
            {t.check.highlight}
          </label>
          {props.highlight.onClear && (
            <button type="button" className={view.link} disabled={busy} onClick={props.highlight.onClear}>
              {t.check.clearHighlight}
            </button>
          )}
        </div>
      )}
      {report && !props.notScoring && (
        <ProblemList
          t={t}
          lang={lang}
          problems={problems}
          members={report.workbook?.members ?? []}
          names={memberNames(report.workbook)}
          filter={props.filter}
          onFilter={props.onFilter}
          problemMessage={props.problemMessage}
          locate={props.locate}
          focusSeq={props.listFocusSeq}
        />
      )}
    </CommandView>
  );
}
