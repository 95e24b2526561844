/**
 * The step strip at the top of the pane: the year's work in order, each step with its state —
 * not done (its number), done (✓), stale because the data changed (!), locked (a padlock) — in
 * its mark, in words under its name, and in its accessible name. Each step is a button in the
 * tab order (Enter or Space opens it); the open one is marked aria-current="step".
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { StepKey, StepState } from '../../app/steps';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';

export interface StripStep {
  key: StepKey;
  state: StepState;
  /** A short fact under the state ("3 lỗi"). */
  note?: string;
  /** Red rather than amber when stale (the sign-off: the data changed after the lock). */
  alarm?: boolean;
}

const useStyles = makeStyles({
  strip: { display: 'grid', gridAutoColumns: 'minmax(0, 1fr)', gridAutoFlow: 'column', listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    position: 'relative',
    minWidth: 0,
    // The line joining the marks, behind them.
    ':before': { content: '""', position: 'absolute', top: '15px', left: '0', right: '0', height: '2px', backgroundColor: tokens.colorNeutralStroke2 },
    ':first-child:before': { left: '50%' },
    ':last-child:before': { right: '50%' },
  },
  step: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: '2px',
    width: '100%',
    minHeight: '100%',
    padding: '4px 1px 6px',
    border: 'none',
    borderBottom: '3px solid transparent',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    cursor: 'pointer',
    textAlign: 'center',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px', borderRadius: tokens.borderRadiusMedium },
  },
  current: { borderBottomColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  mark: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '22px',
    height: '22px',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
  },
  done: { border: `2px solid ${tokens.colorPaletteGreenBorderActive}`, backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  locked: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  stale: { border: `2px solid ${tokens.colorPaletteDarkOrangeBorderActive}`, backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  alarm: { border: `2px solid ${tokens.colorPaletteRedBorderActive}`, backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere', hyphens: 'auto' },
  labelCurrent: { fontWeight: tokens.fontWeightSemibold },
  state: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground2 },
});

/** A padlock drawn in the text colour (no icon font or icon package). */
export function LockIcon({ size = 12 }: { size?: number }): React.JSX.Element {
  return (
    <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M3.5 5V3.6a2.5 2.5 0 0 1 5 0V5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="2" y="5" width="8" height="6" rx="1" fill="currentColor" />
    </svg>
  );
}

function Mark({ n, state, alarm }: { n: number; state: StepState; alarm?: boolean }): React.JSX.Element {
  const styles = useStyles();
  const cls = mergeClasses(
    styles.mark,
    state === 'done' && styles.done,
    state === 'locked' && styles.locked,
    state === 'stale' && (alarm ? styles.alarm : styles.stale),
  );
  return (
    <span className={cls} aria-hidden="true">
      {state === 'done' ? '✓' : state === 'locked' ? <LockIcon /> : state === 'stale' ? '!' : n}
    </span>
  );
}

export interface StepStripProps {
  t: Strings;
  steps: StripStep[];
  current: StepKey | null;
  onSelect(step: StepKey): void;
}

export function StepStrip({ t, steps, current, onSelect }: StepStripProps): React.JSX.Element {
  const styles = useStyles();
  const srOnly = useViewStyles().srOnly;
  return (
    <ol className={styles.strip}>
        {steps.map((s, i) => {
          const name = t.steps[s.key];
          const state = t.stepState[s.state];
          const selected = current === s.key;
          return (
            <li key={s.key} className={styles.item}>
              <button
                type="button"
                className={mergeClasses(styles.step, selected && styles.current)}
                aria-current={selected ? 'step' : undefined}
                data-step={s.key}
                data-state={s.state}
                onClick={() => onSelect(s.key)}
              >
                {/* The name is the content: "Bước 1: Kiểm tra — Đã xong", the hidden parts for screen readers. */}
                <Mark n={i + 1} state={s.state} alarm={s.alarm} />
                <span className={srOnly}>{t.stepPrefix(i + 1)}</span>
                <span className={mergeClasses(styles.label, selected && styles.labelCurrent)}>{name}</span>
                <span className={srOnly}> — </span>
                {s.state !== 'notDone' || s.note ? (
                  <span className={styles.state}>{s.note ? `${state}, ${s.note}` : state}</span>
                ) : (
                  <span className={srOnly}>{state}</span>
                )}
              </button>
            </li>
          );
        })}
    </ol>
  );
}
