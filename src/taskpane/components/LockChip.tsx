/**
 * The sign-off chip above the steps, on every view once the data is locked: "Đã chốt lúc … — mã
 * …", red when the data changed after the lock. It opens the Chốt số liệu step.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { wordsFor, type Lang, type LockStatus } from '../../core/index';
import type { Strings } from '../strings';
import { LockIcon } from './StepStrip';

const useStyles = makeStyles({
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: '6px',
    maxWidth: '100%',
    minHeight: '24px',
    padding: '2px 8px',
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'left',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  ok: { color: tokens.colorPaletteGreenForeground1, backgroundColor: tokens.colorPaletteGreenBackground1, border: `1px solid ${tokens.colorPaletteGreenBorder2}` },
  changed: { color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder2}`, fontWeight: tokens.fontWeightSemibold },
});

export function LockChip({ t, lang, lock, onOpen }: { t: Strings; lang: Lang; lock: LockStatus; onOpen(): void }): React.JSX.Element {
  const styles = useStyles();
  const w = wordsFor(lang).lock;
  const at = lock.at || w.unknownTime;
  const text = lock.matches ? t.lock.chip(at, lock.fingerprint ?? w.noFingerprint) : t.lock.chipChanged(at);
  return (
    <button type="button" className={mergeClasses(styles.chip, lock.matches ? styles.ok : styles.changed)} data-testid="lock-chip" data-changed={!lock.matches} onClick={onOpen}>
      <LockIcon />
      <span>{text}</span>
    </button>
  );
}
