/**
 * Styles shared by the pane's views: the column a view is laid out in, its headings, small print,
 * a button that looks like a link, and text only screen readers read. One place, so that every
 * view looks alike at 320 px.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, margin: '2px 0 0' },
  heading: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, margin: '8px 0 2px' },
  subheading: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, margin: '6px 0 2px' },
  section: { display: 'flex', flexDirection: 'column', rowGap: '4px', minWidth: 0 },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  tiny: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground3 },
  text: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, margin: 0, overflowWrap: 'anywhere' },
  italic: { fontStyle: 'italic' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px', rowGap: '4px' },
  plainList: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  link: {
    display: 'inline',
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px', borderRadius: '2px' },
  },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: '-1px' },
});

export type ViewStyles = ReturnType<typeof useViewStyles>;
