/**
 * The pane's buttons, its spinner and its notice box, drawn with the theme's tokens. Fluent's
 * Button, Spinner and MessageBar cost the pane's first script about 13 KB of gzip; these do what
 * the pane needs of them: a button that stays focusable while unavailable (aria-disabled, so a
 * running command keeps the focus), a spinner hidden from screen readers (the live region says
 * what runs), and a notice box whose intent is in its icon and its border, not in colour alone.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  button: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    columnGap: '6px',
    minHeight: '32px',
    padding: '4px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, border: `1px solid ${tokens.colorNeutralStroke1Hover}` },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `1px solid ${tokens.colorBrandBackground}`,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover, border: `1px solid ${tokens.colorBrandBackgroundHover}` },
    ':active': { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  subtle: {
    backgroundColor: 'transparent',
    border: '1px solid transparent',
    fontWeight: tokens.fontWeightRegular,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, border: '1px solid transparent' },
  },
  small: { minHeight: '24px', padding: '2px 8px', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  unavailable: {
    cursor: 'not-allowed',
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    color: tokens.colorNeutralForegroundDisabled,
    border: `1px solid ${tokens.colorNeutralStrokeDisabled}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackgroundDisabled, border: `1px solid ${tokens.colorNeutralStrokeDisabled}` },
  },
  spinner: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    flexShrink: 0,
    boxSizing: 'border-box',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorNeutralStroke1}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.8s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
  },
  large: { width: '24px', height: '24px', border: `3px solid ${tokens.colorNeutralStroke1}`, borderTopColor: tokens.colorBrandStroke1 },
  notice: {
    display: 'flex',
    columnGap: '8px',
    padding: '8px 10px',
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  icon: { flexShrink: 0, fontWeight: tokens.fontWeightBold, width: '16px', textAlign: 'center' },
  body: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}`, borderLeft: `4px solid ${tokens.colorPaletteGreenForeground1}` },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}`, borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeForeground1}` },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}`, borderLeft: `4px solid ${tokens.colorPaletteRedForeground1}` },
  info: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, borderLeft: `4px solid ${tokens.colorNeutralForeground2}` },
  iconSuccess: { color: tokens.colorPaletteGreenForeground1 },
  iconWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  iconError: { color: tokens.colorPaletteRedForeground1 },
  iconInfo: { color: tokens.colorNeutralForeground2 },
});

export interface PaneButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  appearance?: 'primary' | 'secondary' | 'subtle';
  size?: 'small' | 'medium';
  /** Unavailable but still focusable (aria-disabled): a press does nothing. */
  unavailable?: boolean;
  icon?: React.ReactNode;
}

export const PaneButton = React.forwardRef<HTMLButtonElement, PaneButtonProps>(function PaneButton(
  { appearance = 'secondary', size = 'medium', unavailable = false, icon, className, onClick, type = 'button', children, ...rest },
  ref,
) {
  const styles = useStyles();
  return (
    <button
      ref={ref}
      type={type}
      aria-disabled={unavailable || undefined}
      className={mergeClasses(
        styles.button,
        appearance === 'primary' && styles.primary,
        appearance === 'subtle' && styles.subtle,
        size === 'small' && styles.small,
        unavailable && styles.unavailable,
        className,
      )}
      onClick={(e) => {
        if (unavailable) {
          e.preventDefault();
          return;
        }
        onClick?.(e);
      }}
      {...rest}
    >
      {icon}
      {children}
    </button>
  );
});

/** A spinning ring; hidden from screen readers (say what runs in words next to it or in a live region). */
export function PaneSpinner({ size = 'small' }: { size?: 'small' | 'large' }): React.JSX.Element {
  const styles = useStyles();
  return <span className={mergeClasses(styles.spinner, size === 'large' && styles.large)} aria-hidden="true" />;
}

export type NoticeIntent = 'success' | 'warning' | 'error' | 'info';

const ICON: Record<NoticeIntent, string> = { success: '✓', warning: '!', error: '✕', info: 'i' };

/** A notice: an icon and a left border per intent, the text in the normal text colour. */
export function NoticeBox({ intent, children, ...rest }: { intent: NoticeIntent; children: React.ReactNode } & React.HTMLAttributes<HTMLDivElement>): React.JSX.Element {
  const styles = useStyles();
  const iconTone = { success: styles.iconSuccess, warning: styles.iconWarning, error: styles.iconError, info: styles.iconInfo }[intent];
  return (
    <div className={mergeClasses(styles.notice, styles[intent])} data-intent={intent} {...rest}>
      <span className={mergeClasses(styles.icon, iconTone)} aria-hidden="true">
        {ICON[intent]}
      </span>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
