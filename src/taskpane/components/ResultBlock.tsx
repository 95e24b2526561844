/**
 * A command's result, next to its button: a heading that takes the focus after the run (so that
 * keyboard and screen-reader users land on what happened, never on the page's body), the
 * summary, and — when errors are behind it — the link into the problem list ("Xem 3 lỗi").
 */
import * as React from 'react';
import type { Notice } from '../notices';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';
import { NoticeBox } from './PaneButton';

export interface ResultBlockProps {
  t: Strings;
  title: string;
  notice: Notice | null;
  /** Changes after each run of this view's command: the heading then takes the focus. */
  focusSeq: number;
  onShowErrors?(): void;
  children?: React.ReactNode;
}

/** Focuses the element when `seq` changes to a positive value. */
export function useFocusOn<T extends HTMLElement>(seq: number): React.RefObject<T> {
  const ref = React.useRef<T>(null);
  React.useEffect(() => {
    if (seq > 0) ref.current?.focus();
  }, [seq]);
  return ref;
}

export function ResultBlock({ t, title, notice, focusSeq, onShowErrors, children }: ResultBlockProps): React.JSX.Element | null {
  const styles = useViewStyles();
  const heading = useFocusOn<HTMLHeadingElement>(focusSeq);
  const id = React.useId();
  if (!notice && !children) return null;
  return (
    <section className={styles.section} aria-labelledby={id} data-testid="result">
      <h3 id={id} ref={heading} tabIndex={-1} className={styles.subheading}>
        {title}
      </h3>
      {notice && (
        <NoticeBox intent={notice.intent}>
          {notice.lines.map((l, i) => (
            <span key={i}>{l}</span>
          ))}
          {notice.errors !== undefined && notice.errors > 0 && onShowErrors && (
            <span>
              <button type="button" className={styles.link} onClick={onShowErrors}>
                {t.seeErrors(notice.errors)}
              </button>
            </span>
          )}
        </NoticeBox>
      )}
      {children}
    </section>
  );
}
