/**
 * A member's total as a horizontal stacked bar of plain divs: one part per top-level group, then
 * the bonus; the deduction is hatched over the end of the bar, so the total is where the
 * hatching starts. The numbers are in the aria-label (the picture alone says nothing to a
 * screen reader).
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { BarPart } from '../../app/rankingRows';

/** One colour per top-level group, in `Tiêu chí` order; they repeat after the last. */
export const GROUP_COLOURS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPalettePurpleBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteSteelBorderActive,
  tokens.colorPaletteLavenderBorderActive,
  tokens.colorPaletteBrownBorderActive,
];
export const BONUS_COLOUR = tokens.colorPaletteLightGreenBorderActive;
export const DEDUCTION_PATTERN = `repeating-linear-gradient(135deg, ${tokens.colorPaletteRedBorderActive} 0 3px, ${tokens.colorPaletteRedBackground2} 3px 6px)`;

export function partColour(colour: number): string {
  return colour < 0 ? BONUS_COLOUR : GROUP_COLOURS[colour % GROUP_COLOURS.length];
}

const useStyles = makeStyles({
  track: {
    position: 'relative',
    display: 'flex',
    height: '12px',
    width: '100%',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  part: { height: '100%', flexShrink: 0 },
  deduction: { position: 'absolute', top: 0, bottom: 0, backgroundImage: DEDUCTION_PATTERN },
});

const share = (value: number, scale: number) => `${Math.max(0, Math.min(100, (value / scale) * 100)).toFixed(3)}%`;

export interface ScoreBarProps {
  parts: BarPart[];
  deduction: number;
  /** Points the full width stands for. */
  scale: number;
  label: string;
}

export function ScoreBar({ parts, deduction, scale, label }: ScoreBarProps): React.JSX.Element {
  const styles = useStyles();
  const positive = parts.reduce((s, p) => s + p.value, 0);
  return (
    <div className={styles.track} role="img" aria-label={label}>
      {parts.map((p) => (
        <div key={p.key} className={styles.part} data-part={p.key} style={{ width: share(p.value, scale), backgroundColor: partColour(p.colour) }} />
      ))}
      {deduction > 0 && (
        <div
          className={styles.deduction}
          data-part="deduction"
          style={{ left: share(Math.max(0, positive - deduction), scale), width: share(Math.min(deduction, positive), scale) }}
        />
      )}
    </div>
  );
}
