/**
 * The top of a view whose step runs one command (Kiểm tra, Xếp hạng, Bầu chọn / Đề nghị): its
 * heading, what the command does, the button, "not run yet", and the result next to the button
 * (ResultBlock). What the view shows of the result comes after, as `children`.
 */
import * as React from 'react';
import type { Notice } from '../notices';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';
import { ResultBlock } from './ResultBlock';
import { RunButton } from './RunButton';

export interface CommandViewProps {
  t: Strings;
  title: string;
  intro: string;
  /** Shown between the intro and the button (Xếp hạng: the data changed since the last ranking). */
  note?: React.ReactNode;
  runLabel: string;
  notRun: string;
  resultTitle: string;
  /** The command has a result to show (this session's run). */
  hasRun: boolean;
  busy: boolean;
  running: boolean;
  stage: string | null;
  notice: Notice | null;
  focusSeq: number;
  onRun(): void;
  onShowErrors?(): void;
  /** Inside the result block, under the summary. */
  resultExtra?: React.ReactNode;
  children?: React.ReactNode;
}

export function CommandView(p: CommandViewProps): React.JSX.Element {
  const view = useViewStyles();
  return (
    <section className={view.root} aria-labelledby="view-title">
      <h2 id="view-title" className={view.title}>
        {p.title}
      </h2>
      <p className={view.text}>{p.intro}</p>
      {p.note}
      <RunButton running={p.running} busy={p.busy} stage={p.stage} onClick={p.onRun}>
        {p.runLabel}
      </RunButton>
      {!p.hasRun && !p.notice && <p className={`${view.text} ${view.italic}`}>{p.notRun}</p>}
      <ResultBlock t={p.t} title={p.resultTitle} notice={p.notice} focusSeq={p.focusSeq} onShowErrors={p.onShowErrors}>
        {p.resultExtra}
      </ResultBlock>
      {p.children}
    </section>
  );
}
