/**
 * A small label with a tinted background ("Lỗi", "Xuất sắc", "Được suy tôn"): Fluent's Badge
 * costs the pane's first load 4 KB and its tints were not all readable; these pairs are the
 * palette's foreground-on-background tones, each above 4.5:1 (the axe checks of test/e2e).
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export type PillTone = 'danger' | 'warning' | 'success' | 'info' | 'brand' | 'neutral';

const useStyles = makeStyles({
  pill: {
    display: 'inline-flex',
    alignItems: 'center',
    padding: '0 6px',
    minHeight: '18px',
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  danger: { color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, backgroundColor: tokens.colorPaletteDarkOrangeBackground1, border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}` },
  success: { color: tokens.colorPaletteGreenForeground1, backgroundColor: tokens.colorPaletteGreenBackground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}` },
  info: { color: tokens.colorNeutralForeground2, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}` },
  brand: { color: tokens.colorBrandForeground1, backgroundColor: tokens.colorBrandBackground2, border: `1px solid ${tokens.colorBrandStroke2}` },
  neutral: { color: tokens.colorNeutralForeground2, backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke1}` },
});

export function Pill({ tone, children, className }: { tone: PillTone; children: React.ReactNode; className?: string }): React.JSX.Element {
  const styles = useStyles();
  return <span className={mergeClasses(styles.pill, styles[tone], className)}>{children}</span>;
}
