/**
 * A member's total as a horizontal stacked bar of plain divs: one part per top-level group, then
 * the bonus; the deduction is hatched over the end of the bar, so the total is where the
 * hatching starts. The numbers are in the aria-label, and for sighted users in the row's "Điểm
 * theo nhóm" and the score table (RankView.tsx): the picture is never the only way to read them.
 *
 * Colours (test/taskpane/palette.test.ts checks them): every group colour has at least 3:1
 * contrast with white (WCAG 1.4.11, non-text contrast); neighbours alternate dark and medium, so
 * that two adjacent parts differ in lightness by at least 1.5:1 and stay apart (CIE ΔE ≥ 30) under
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009) as well as normal
 * vision; parts are separated by a white gap. The bonus and the deduction are told apart by
 * their texture (vertical lines, diagonal hatching), not by colour alone.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { BarPart } from '../../app/rankingRows';

/** One colour per top-level group, in `Tiêu chí` order; they repeat after the last. */
export const GROUP_COLOURS = ['#1D4E89', '#C8741B', '#0B5F5A', '#8F6AD8', '#7A4A12', '#4D8FD1', '#6B2C6E', '#7E8A1F'] as const;
export const BONUS_COLOUR = '#2E7D32';
export const DEDUCTION_COLOUR = '#C62828';
export const BONUS_PATTERN = `repeating-linear-gradient(90deg, ${BONUS_COLOUR} 0 3px, #FFFFFF 3px 4px)`;
export const DEDUCTION_PATTERN = `repeating-linear-gradient(135deg, ${DEDUCTION_COLOUR} 0 3px, #FFFFFF 3px 6px)`;

/** The background of a part or a legend swatch: a group's colour, or the bonus's texture. */
export function partBackground(colour: number): string {
  return colour < 0 ? BONUS_PATTERN : GROUP_COLOURS[colour % GROUP_COLOURS.length];
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
  part: { height: '100%', flexShrink: 0, boxSizing: 'border-box', borderRight: '1px solid #FFFFFF' },
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
        <div key={p.key} className={styles.part} data-part={p.key} style={{ width: share(p.value, scale), background: partBackground(p.colour) }} />
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
